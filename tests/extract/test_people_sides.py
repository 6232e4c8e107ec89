"""The side of a person the story names on the other side of the pair from where a naive reading puts him:
a side named before the agent, a seat he speaks in, a body spelt out elsewhere, a leader of the tables he
speaks to, the company he travels in."""

from collections.abc import Callable

Placed = Callable[[str], set[tuple[str, str]]]


def test_a_side_named_before_the_agent_places_the_office_holder(placed: Placed) -> None:
    got = placed(
        "Kazakhstan and Turkmenistan held the third meeting of their business council in Astana. It was chaired "
        "from the Kazakh side by the Energy Minister Serik Abenov, from Turkmen — by the First Deputy Prime "
        "Minister Batyr Amanov."
    )
    assert {("Serik Abenov", "KAZ"), ("Batyr Amanov", "TKM")} <= got


def test_an_official_who_tells_reporters_in_a_seat_of_government_is_of_that_state(placed: Placed) -> None:
    got = placed(
        "NIAMEY, June 4 - Niger shut its border with Burkina Faso at Seytenga on Sunday.\n"
        "Government spokesman Idrissa Ouedraogo told journalists in Ouagadougou that the step broke regional rules."
    )
    assert ("Idrissa Ouedraogo", "BFA") in got


def test_an_office_named_as_a_comptroller_introduces_the_name(placed: Placed) -> None:
    got = placed(
        "Ghana and Togo agreed to share customs data at the Aflao crossing. Ghana's Comptroller-General of Customs, "
        "Kwabena Asante, said the system would start in May."
    )
    assert ("Kwabena Asante", "GHA") in got


def test_an_envoy_named_with_no_state_is_of_the_state_whose_unnamed_envoy_the_story_names(placed: Placed) -> None:
    got = placed(
        "Niger expels Beninese envoy over border remarks\n"
        "Foreign Minister Ali Mahamane told reporters that Ambassador Paul Hounkpe must leave within three days. "
        "Niamey's ambassador to Benin, Moussa Issaka, was called home on Friday."
    )
    assert ("Paul Hounkpe", "BEN") in got


def test_a_body_given_by_its_short_form_after_the_name_places_its_officer(placed: Placed) -> None:
    got = placed(
        "The Bank of Korea (BOK) and the Central Bank of Chile (BCC) signed a currency swap on Tuesday. The "
        "agreement was signed by Mr Rafael Soto, President of the BCC, and Ms Han Mi-rae, Governor of the BOK, "
        "in Seoul."
    )
    assert {("Rafael Soto", "CHL"), ("Han Mi-rae", "KOR")} <= got


def test_a_minister_who_travelled_with_his_leader_is_on_his_side(placed: Placed) -> None:
    got = placed(
        "Thailand and Australia signed a dairy accord on Friday. Trade Minister Somchai Rattana, who travelled "
        "with Thai Prime Minister Anan Boonmee, said it opened a market that had been only half open."
    )
    assert ("Somchai Rattana", "THA") in got


def test_an_owner_named_in_passing_does_not_place_the_subject(placed: Placed) -> None:
    # (nor does a state the sentence names before a comma qualify the office after it)
    got = placed(
        "The Maldives and India signed a loan deal in March. The Majlis committee asked the government to table "
        "the loan deal signed with India, after Finance Minister Ahmed Shareef briefed members on President "
        "Mohamed Muizzu's state visit."
    )
    assert {("Ahmed Shareef", "MDV"), ("Mohamed Muizzu", "MDV")} <= got


def test_one_who_speaks_to_a_leader_of_the_tables_is_of_the_other_side(placed: Placed) -> None:
    got = placed(
        "Jordan and Russia discussed grain shipments. Defence Minister Rami Haddad spoke to Sergey Lavrov by "
        "phone on Tuesday and said Amman wanted talks to go on."
    )
    assert {("Sergey Lavrov", "RUS"), ("Rami Haddad", "JOR")} <= got


def test_a_leader_of_a_third_state_keeps_his_state(placed: Placed) -> None:
    got = placed(
        "China and Kazakhstan signed a transit accord in Moscow on Friday. In the Kremlin, President Xi Jinping, "
        "President Kassym-Jomart Tokayev and President Vladimir Putin signed a joint statement on the corridor."
    )
    assert ("Vladimir Putin", "RUS") in got
    assert {("Xi Jinping", "CHN"), ("Kassym-Jomart Tokayev", "KAZ")} <= got


def names(placed_people: set[tuple[str, str]]) -> set[str]:
    return {n for n, _ in placed_people}


def test_a_ministry_s_short_form_before_a_name_is_not_part_of_it(placed: Placed) -> None:
    got = placed(
        "Georgia summoned Moldova's envoy on Monday. The official representative of the Moldovan MFA Ion Rusu "
        "called the note of Tbilisi unfriendly."
    )
    assert ("Ion Rusu", "MDA") in got
    assert not any("MFA" in n.upper().split() for n in names(got))


def test_an_abbreviated_courtesy_title_opens_the_name_after_a_portfolio(placed: Placed) -> None:
    got = placed(
        "The talks were co-chaired by Kenyan Trade Secretary Peter Otieno and Malaysia's Minister of Tourism "
        "and Export Promotion H.E. Ahmad Faiz Rahman in Nairobi."
    )
    assert ("Ahmad Faiz Rahman", "MYS") in got


def test_an_office_held_in_a_federal_department_is_no_name(placed: Placed) -> None:
    got = placed(
        "Italy and Switzerland agreed on a health accord in Bern, where Italian Health Minister Paola Conti met "
        "Federal Councillor Ruth Amrein, who heads the Swiss Federal Department of Home Affairs."
    )
    assert ("Ruth Amrein", "CHE") in got
    assert not any("Department" in n or "Councillor" in n for n in names(got))


def test_a_military_rank_before_a_name_is_not_part_of_it(placed: Placed) -> None:
    got = placed(
        "Guinea and France agreed to resume budget support. Guinea's leader, Colonel Mamadou Camara, received "
        "the French ambassador in Conakry."
    )
    assert "Mamadou Camara" in names(got)
    assert not any(n.startswith("Colonel") for n in names(got))


def test_a_president_named_beside_a_leader_of_the_tables_is_of_the_other_side(placed: Placed) -> None:
    got = placed(
        "Prime Minister Ana Duarte and President Emmanuel Macron opened the new consulate on Friday. France and "
        "Portugal will also share a rail link."
    )
    assert {("Ana Duarte", "PRT"), ("Emmanuel Macron", "FRA")} <= got


def test_a_company_named_after_its_nationality_is_no_person(placed: Placed) -> None:
    got = placed(
        "Ghana and Turkey opened a power plant near Takoradi, where Turkish contractor Yildiz Engineering built "
        "the turbines, Energy Minister Kofi Mensah said."
    )
    assert not any("Yildiz" in n for n in names(got))


def test_an_official_at_a_body_a_where_clause_is_about_works_for_its_state(placed: Placed) -> None:
    got = placed(
        "Estonia has barred entry to five more Belarusian judges, Foreign Minister Mart Kask announced. Estonia's "
        "charge d'affaires was then called to the Ministry of Foreign Affairs of Belarus, where Deputy Foreign "
        "Minister Pavel Lutsko handed him a note."
    )
    assert ("Pavel Lutsko", "BLR") in got


def test_a_spokesperson_who_briefs_in_a_capital_speaks_for_its_state(placed: Placed) -> None:
    got = placed(
        "NAIROBI, March 3 - Kenya has lodged a protest with Ethiopia over the detention of herders. Foreign "
        "Ministry spokesperson Dina Mulatu told a weekly press briefing in Addis Ababa that the herders had "
        "crossed the border illegally."
    )
    assert ("Dina Mulatu", "ETH") in got


def test_its_spokesman_after_a_states_body_is_of_that_state(placed: Placed) -> None:
    got = placed(
        "HANOI, June 9 - Vietnam said the talks on the river dam had stalled. The Vietnamese minister of "
        "water resources Tran Van Long said Hanoi would keep its rights. The Cambodian Ministry of Foreign "
        "Affairs dismissed the claim, and its spokesman Chum Sovann said Vietnam misread the treaty."
    )
    assert ("Chum Sovann", "KHM") in got
    assert ("Tran Van Long", "VNM") in got


def test_two_hosts_joined_by_and_are_on_one_side(placed: Placed) -> None:
    got = placed(
        "Talks between Mexico and Canada opened in Mexico City. Canadian Trade Minister Claire Dubois spoke "
        "first. At the National Palace, Secretary of Economy Raul Ortega and Energy Secretary Lucia Mendez are "
        "hosting Dubois and Canada's Natural Resources Minister Paul Grant for two days."
    )
    assert {("Raul Ortega", "MEX"), ("Lucia Mendez", "MEX"), ("Paul Grant", "CAN")} <= got


def test_envoys_of_two_states_under_one_plural_office_are_one_per_side(placed: Placed) -> None:
    got = placed(
        "TIRANA, May 5 - The special representatives of Albania and Greece for the maritime border, Arben "
        "Hoxha and Nikos Petridis, met on Monday in Ioannina."
    )
    assert {("Arben Hoxha", "ALB"), ("Nikos Petridis", "GRC")} <= got


def test_a_bare_spokesperson_speaks_for_the_body_named_before_him(placed: Placed) -> None:
    got = placed(
        "MANILA, May 4 - The Philippines imposed duties on Indonesian cement. Indonesia's trade ministry on "
        "Monday accused Manila of protectionism in a statement. Spokesperson Dewi Lestari promised a reply from "
        "Jakarta within days. Trade Secretary Ramon Cruz defended the duties."
    )
    assert {("Dewi Lestari", "IDN"), ("Ramon Cruz", "PHL")} <= got


def test_a_spokesman_of_a_body_named_by_its_seat_is_of_that_state(placed: Placed) -> None:
    got = placed(
        "YEREVAN, June 2 - Armenia froze its talks on the visa regime. \"The decision is regrettable,\" State "
        "Department spokesman Tom Reilly said of Armenia and the United States."
    )
    assert ("Tom Reilly", "USA") in got


def test_the_embassys_officer_works_for_the_state_whose_embassy_was_named(placed: Placed) -> None:
    got = placed(
        "Lithuania ordered an attaché of the Russian embassy to leave within three days, the foreign ministry said "
        "on Monday. Vilnius also called in the embassy's chargé d'affaires, Oleg Sokolov, to protest. Foreign "
        "Minister Ieva Baltrune said Vilnius would not tolerate interference."
    )
    assert {("Oleg Sokolov", "RUS"), ("Ieva Baltrune", "LTU")} <= got
