"""Words of a field that name no field of cooperation. Goods one side sells the other, told in the many
ways trade reporting lists them: a list after a verb of trade ("sells ... copper, wine and fish"), after a
word that opens a list of what a sum is made of ("consisting of", "principally", "made up of"), or after a
flow word and its adverb ("imports mostly ..."). The vigour spent on something ("showed real energy", "put
more energy into"). A field the pair agrees to work in stays one."""

from collections.abc import Callable

import pytest

Fields = Callable[[str], list[str]]  # the conftest fixture `fields`




@pytest.mark.parametrize("text", [
    "Chile still sells Korea copper, wine and fish; Korea supplies Chile cars, phones and steel.",
    "Thailand's exports to Vietnam reached US$2.1 billion, consisting of sugar, cement and machinery.",
    "Ecuador's shipments to Bolivia were worth 640 million dollars last year, principally petrol, vaccines and grain.",
    "Kenya bought $400 million of Indian rice, sugar and medicines last year, and India bought Kenyan tea.",
    "Tanzania imports mostly fuel, fertilisers and steel from India.",
    "Senegal's imports from Spain totalled EUR 900 million, made up of fuel, vehicles and pharmaceuticals.",
    "Norway exports to Japan came to NOK 40 billion, predominantly salmon, aluminium and fertilisers.",
    "Uruguay sold China beef, soybeans and wood pulp last year and bought Chinese phones, cars and machinery.",
])
def test_a_list_of_goods_sold_is_no_field(fields: Fields, text: str) -> None:
    assert set(fields(text)) <= {"trade"}


def test_fields_the_pair_agrees_on_stay(fields: Fields) -> None:
    agreed = fields("Peru and Japan agreed to cooperate in mining, energy and tourism.")
    assert agreed == ["energy", "mining", "tourism"]


def test_one_good_sold_stays_a_field(fields: Fields) -> None:
    assert "oil_gas" in fields("Japan buys Qatari gas under a new long-term contract with Qatar.")


def test_fields_stressed_after_a_trade_goal_stay(fields: Fields) -> None:
    # ("especially", "in particular" stress the fields of the pair's plans, no list of goods sold)
    got = fields("Bolivia and Paraguay aim to double trade between them to $3 billion by 2028, in particular through "
                 "river ports, roads and the purchase of electricity from Paraguay.")
    assert "energy" in got


@pytest.mark.parametrize("text", [
    "Palau's president praised Japan for the real energy it displayed on flood defences in Palau.",
    "Colombia's envoy said negotiators from Colombia and Ecuador would find more energy for the customs pact after "
    "the holiday.",
    "The new ambassador brought fresh energy to the talks between Chile and Peru.",
    "Talks between Ghana and Togo lacked energy after the elections.",
    "Kenya and Uganda will put more energy into resolving the border dispute.",
    "With renewed energy, Vietnam and Laos pledged to finish the border talks this year.",
    "Both Malawi and Zambia devoted their energies to the summit's preparation.",
])
def test_energy_as_the_vigour_spent_on_something_is_no_field(fields: Fields, text: str) -> None:
    assert "energy" not in fields(text)


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to cooperate on energy and mining.",
    "Vietnam and Laos will expand cooperation in renewable energy.",
    "China and Egypt discussed cooperation in new energy and electric vehicles.",
    "Laos will sell more energy to Vietnam under the new power deal between Vietnam and Laos.",
])
def test_energy_as_a_field_stays(fields: Fields, text: str) -> None:
    assert "energy" in fields(text)


@pytest.mark.parametrize(("text", "not_fields"), [
    ("Indonesian and Australian marines completed joint training near Darwin, the defence ministry in Jakarta said.",
     {"education"}),
    ("Under the pact between Kenya and Britain, British troops will come to Kenya for training at Nanyuki.",
     {"education"}),
    ("The Philippine Navy and the Japanese Maritime Self-Defense Force held a logistics drill off Luzon, Manila and "
     "Tokyo said.", {"transport"}),
    ("Chile will buy two frigates from the Netherlands, with a logistics and training package included.",
     {"transport", "education"}),
    ("Egypt and Greece said their special forces ended two weeks of training on Crete.", {"education"}),
    ("Ghana and Germany will expand training and logistics support for Ghanaian peacekeepers.",
     {"transport", "education"}),
    ("Nigeria's and Turkey's defence ministers discussed a new training area for army units.", {"education"}),
    ("Two Indian Navy ships called at the port of Colombo, Sri Lanka's defence ministry said.", {"transport"}),
])
def test_the_work_of_armed_forces_is_no_civil_field(fields: Fields, text: str, not_fields: set[str]) -> None:
    # training, logistics and ports of armed forces ('joint training with the Air Force') are security's
    assert not set(fields(text)) & not_fields


@pytest.mark.parametrize(("text", "field"), [
    ("Kazakhstan and Hungary agreed to expand student exchanges and the training of engineers.", "education"),
    ("Vietnam and Japan will cooperate in vocational training and logistics.", "transport"),
    ("Vietnam and Japan will cooperate in vocational training and logistics.", "education"),
    # forces told outside the clause of the field: the minister who reports it, a clause of their own
    ("Kazakhstan and Uzbekistan agreed to expand cooperation in logistics and vocational training for truck "
     "drivers, Defence Minister Ruslan Aitbayev said.", "transport"),
    ("Kazakhstan and Uzbekistan agreed to expand cooperation in logistics and vocational training for truck "
     "drivers, Defence Minister Ruslan Aitbayev said.", "education"),
    ("Vietnam and Cambodia signed a memorandum on logistics and port services on Monday, a day after the two "
     "army chiefs met at the border.", "transport"),
])
def test_civil_training_and_logistics_stay(fields: Fields, text: str, field: str) -> None:
    assert field in fields(text)


@pytest.mark.parametrize(("text", "not_fields"), [
    ("Trade between Peru and Korea rose 8% to $4.1 billion, according to the customs statistics of the Ministry of "
     "Economy and Finance.", {"finance"}),
    ("Exports from Kenya to Egypt reached $600 million, according to Kenya's Ministry of Investments, Trade and "
     "Industry.", {"investment", "industry"}),
    ("South African fruit exports to Namibia were worth R900 million, according to industry group Fruit SA.",
     {"industry"}),
    ("Turkish contractors have built roads worth $3 billion in Georgia, according to industry association TMB.",
     {"industry"}),
    ("Uganda's imports from India doubled, according to an Energy and Minerals Ministry report.",
     {"energy", "mining"}),
    ("Bilateral trade between Chile and India hit $4 billion, according to the annual trade and investment report "
     "of Chile's central bank.", {"investment", "finance"}),
    ("Malaysia and Thailand traded goods worth $2 billion last year, data from the Bank of Thailand show.",
     {"finance"}),
    ("According to figures from the Department of Agriculture and Tourism, Philippine exports to Japan grew 5% last "
     "year.", {"agriculture", "tourism"}),
])
def test_the_source_a_figure_is_credited_to_names_no_field(fields: Fields, text: str, not_fields: set[str]) -> None:
    assert "trade" in fields(text) or "construction" in fields(text)
    assert not set(fields(text)) & not_fields


@pytest.mark.parametrize("text", [
    "According to the agreement on energy and transport signed by Laos and Vietnam, Laos will sell power to Vietnam.",
    "According to the roadmap adopted by Serbia and Hungary, the two countries will cooperate in energy and tourism.",
])
def test_the_instrument_a_plan_follows_is_no_source(fields: Fields, text: str) -> None:
    assert {"energy"} <= set(fields(text))
