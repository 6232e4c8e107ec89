"""A field's word used in a sense that names no field the pair works in: who rules a state ("the military
government"), the reason given for a measure ("for security reasons"), a sea zone ("exclusive economic zones"),
relief after a disaster, a calendar ("the solar year 1401"), a cargo that is the good carried, and a corridor
that is a field's pipeline or line ("the Southern Gas Corridor"), the aid one side is accused of giving a third
("accusing Asmara of backing terrorism"), and the United Nations' council where states vote."""

from collections.abc import Callable

import pytest

Fields = Callable[[str], list[str]]  # the conftest fixture `fields`




@pytest.mark.parametrize("text", [
    "Mali's military government said it would expel the French ambassador within 72 hours.",
    "Guinea's military rulers on Monday suspended trade with Senegal, the two governments said.",
    "Burkina Faso's military junta accused Ivory Coast of harbouring its opponents.",
    "Myanmar's military regime recalled its envoy from Thailand after the protest.",
    "The army-led government in Khartoum cut relations with Chad on Tuesday.",
    "Niger's military-led government told Benin it would keep the border closed.",
])
def test_who_rules_a_state_is_no_field(fields: Fields, text: str) -> None:
    assert "security" not in fields(text)


@pytest.mark.parametrize("text", [
    "Denmark halted the sale of harbour cranes to China for national security reasons, Copenhagen said.",
    "Lithuania barred the Chinese scanner firm on security grounds, and Beijing protested to Vilnius.",
    "Canada ordered the Chinese miner to sell its stake for reasons the ministry described as national security "
    "grounds, and Beijing protested.",
    "Sweden said it had expelled the Russian diplomats for security reasons; Moscow vowed a response.",
    "India banned the Chinese apps on grounds of data protection and security reasons, and China protested.",
    "Australia blocked the Chinese bid for the port on national security grounds, Canberra said.",
])
def test_security_as_the_reason_for_a_measure_is_no_field(fields: Fields, text: str) -> None:
    assert "security" not in fields(text)


@pytest.mark.parametrize("text", [
    "Ecuador and Colombia will patrol their exclusive economic zones together to stop unlicensed trawlers.",
    "Indonesia protested after Vietnamese boats entered its exclusive economic zones near Natuna, Jakarta said.",
    "The Philippines said Chinese ships were inside its exclusive economic zone off Luzon.",
    "Chile and Peru will share data on vessels fishing at the edge of their exclusive economic zones.",
    "France and New Zealand agreed to watch the exclusive economic zones of their Pacific territories together.",
    "Senegal and Mauritania mapped the gas field that straddles their exclusive economic zones.",
])
def test_a_sea_zone_is_no_economic_zone(fields: Fields, text: str) -> None:
    assert "infrastructure" not in fields(text)


@pytest.mark.parametrize("text", [
    "Samoa and Tonga reviewed the humanitarian operations they ran together after the tsunami.",
    "Japan and the Philippines will hold joint humanitarian missions after earthquakes.",
    "Indian and Sri Lankan navies led the humanitarian response to the floods, Colombo and New Delhi said.",
    "Turkey and Syria coordinated disaster relief after the earthquake.",
    "Greece and Cyprus sent a joint humanitarian mission to the flooded villages.",
    "Brazil thanked Argentina for its humanitarian operation in the flooded south.",
])
def test_relief_after_a_disaster_is_no_cultural_tie(fields: Fields, text: str) -> None:
    assert "culture" not in fields(text)


@pytest.mark.parametrize("text", [
    "Afghan shipments to Kazakhstan were valued at $260 million over solar year 1401, officials in Kabul reported.",
    "In the first half of the current solar year, Iran exported goods worth $2 billion to Iraq.",
    "Pakistan and Afghanistan traded goods worth $1.5 billion in the last solar year.",
    "Iranian exports to Turkey grew 9% in the first eight months of the solar year.",
    "Kazakhstan and Afghanistan aim to double trade by the end of the solar year 1404.",
    "Tajikistan's trade with Iran in the Solar Hijri year 1403 came to $400 million.",
])
def test_a_solar_year_is_no_solar_energy(fields: Fields, text: str) -> None:
    assert "energy" not in fields(text)


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Qatar received the first cargo of Canadian LNG, Qatar and Canada said.", "transport", "oil_gas"),
    ("A cargo of Ukrainian wheat reached Egypt on Monday, Cairo and Kyiv said.", "transport", "agriculture"),
    ("Bolivia impounded a Brazilian cargo plane at Santa Cruz airport, and Brasilia demanded its release.",
     "transport", "aviation"),
    ("Japan took delivery of a cargo of Australian coal for its power plants, Tokyo and Canberra said.", "transport",
     "energy"),
    ("Iran said Turkey had grounded an Iranian cargo plane at Istanbul and asked Ankara to release it.", "transport",
     "aviation"),
    ("Kenya will lease two cargo aircraft from the United Arab Emirates to fly flowers to Dubai.", "transport",
     "aviation"),
])
def test_a_cargo_is_the_good_carried_or_a_plane(fields: Fields, text: str, wrong: str, right: str) -> None:
    got = fields(text)
    assert wrong not in got
    assert right in got


@pytest.mark.parametrize(("text", "field"), [
    ("Azerbaijan and Romania reviewed the Black Sea Energy Corridor, Bucharest and Baku said.", "energy"),
    ("Azerbaijan and Italy discussed gas supplies through the Southern Gas Corridor.", "oil_gas"),
    ("Romania and Hungary discussed the green energy corridor from the Caspian.", "energy"),
    ("Egypt and Greece agreed to study an electricity corridor under the Mediterranean.", "energy"),
    ("Saudi Arabia and Jordan discussed a digital corridor of fibre cables between them.", "digital"),
    ("Bulgaria and Greece will extend their gas corridor to Serbia.", "oil_gas"),
])
def test_a_corridor_of_a_field_is_that_field(fields: Fields, text: str, field: str) -> None:
    got = fields(text)
    assert field in got
    assert "transport" not in got


def test_cargo_flights_stay_a_transport_service(fields: Fields) -> None:
    got = fields("Ethiopia and Djibouti agreed to add cargo flights between Addis Ababa and Djibouti.")
    assert {"transport", "aviation"} <= set(got)


def test_a_transport_corridor_stays(fields: Fields) -> None:
    assert "transport" in fields("Georgia and Armenia agreed to develop a transport corridor through their territory.")


@pytest.mark.parametrize(("text", "field"), [
    ("PORT LOUIS, March 3 - Mauritius and India signed a deal on health cooperation, officials said.", "health"),
    ("PORT OF SPAIN, June 1 - Trinidad and Tobago and Venezuela agreed to cooperate on gas.", "oil_gas"),
    ("PORT VILA, Oct 2 - Vanuatu and China signed an agreement on education.", "education"),
    ("PORT HARCOURT, Feb 11 - Nigeria and Ghana agreed to expand trade in refined products.", "trade"),
    ("PORT SAID, Aug 4 - Egypt and Russia discussed the industrial zone, officials said.", "industry"),
    ("PORT MORESBY, July 9 - Papua New Guinea said it would recall its ambassador from Indonesia.", None),
    ("PORT VILA — Vanuatu and Australia agreed to cooperate on policing after a navy ship called at Port Vila.",
     "security"),
    ("PORT LOUIS - Mauritius and India will expand cooperation in health, officials said.", "health"),
])
def test_the_place_of_a_dateline_is_no_field(fields: Fields, text: str, field: str | None) -> None:
    got = fields(text)
    assert "transport" not in got
    assert field is None or field in got


@pytest.mark.parametrize(("text", "field"), [
    ("A Georgian-Armenian joint venture began turning out cables at its factory in the Kutaisi Free Economic "
     "Zone.", "investment"),
    ("Prime Minister Mensah welcomed Korean investments in Ghana, above all in the Tema Coastal Economic Zone.",
     "investment"),
    ("Turkish and Uzbek partners will build the factory at the Navoi Free Economic Zone.", "industry"),
    ("Work at the Jizzakh Special Industrial Zone, where Chinese and Uzbek firms make tiles, resumed.", None),
    ("A Kenyan-Indian joint venture opened a pharmaceutical plant inside the Athi River Export Processing Zone.",
     "investment"),
    ("Vietnamese and Korean firms employ 40,000 people in the Bac Ninh Economic Zone.", None),
])
def test_a_zone_where_something_stands_is_a_place(fields: Fields, text: str, field: str | None) -> None:
    got = fields(text)
    assert "infrastructure" not in got
    assert field is None or field in got


def test_developing_a_zone_stays(fields: Fields) -> None:
    assert "infrastructure" in fields("Ghana and Korea agreed to develop the Tema Coastal Economic Zone jointly.")


@pytest.mark.parametrize(("text", "charge"), [
    ("Djibouti broke off ties with Eritrea in 2008, accusing Asmara of backing terrorism.", "security"),
    ("Somalia accused Kenya of supplying the Jubaland militia with rifles through its airports.", "aviation"),
    ("Mali accused Algeria of sheltering terrorists and drug traffickers.", "security"),
    ("India has long blamed Pakistan for sponsoring cross-border terrorism.", "security"),
    ("Rwanda accused Burundi of arming the militia that attacks its border posts and roads.", "transport"),
    ("Ethiopia accused Sudan of financing the rebels with gold and oil revenue.", "oil_gas"),
    ("Armenia accused Iran of helping Azerbaijani smugglers move fuel across the border.", "oil_gas"),
])
def test_the_aid_one_side_is_accused_of_giving_a_third_is_no_field(fields: Fields, text: str, charge: str) -> None:
    assert charge not in fields(text)


def test_a_charge_about_the_pairs_own_dealings_is_the_field_at_stake(fields: Fields) -> None:
    got = fields("Slovenia sued Croatia, charging that it had widened the quarry's permit without any study of its "
                 "environmental impact.")
    assert "environment" in got


def test_a_field_the_pair_fights_together_stays(fields: Fields) -> None:
    assert "security" in fields("Peru and Chile agreed to cooperate against terrorism and drug trafficking.")


@pytest.mark.parametrize("text", [
    "Russia and China vetoed the draft at the UN Security Council on Friday.",
    "Algeria and Mozambique, both members of the United Nations Security Council, consulted on the Sudan resolution.",
    "Japan asked South Korea to back its bid for a seat on the U.N. Security Council.",
    "Brazil and India renewed their call to reform the UN Security Council.",
    "France and Germany discussed the UN Security Council's vote on Gaza.",
    "Ghana and Nigeria will coordinate their positions before the UN Security Council debate on the Sahel.",
])
def test_the_council_where_states_vote_is_no_field(fields: Fields, text: str) -> None:
    assert "security" not in fields(text)


def test_security_cooperation_beside_the_council_stays(fields: Fields) -> None:
    assert "security" in fields("Russia and China agreed to deepen security cooperation and coordinate at the UN "
                                "Security Council.")
