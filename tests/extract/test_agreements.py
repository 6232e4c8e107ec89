"""Agreements read from hand-written stories: titles, statuses, dates, bare counts left out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.extract import agreements
from accord.extract.analysis import AnalyzedDoc
from accord.extract.events import find_event_mentions
from accord.facts import Agreement


def find_agreements(a: AnalyzedDoc) -> list[Agreement]:
    return agreements.find_agreements(a, find_event_mentions(a))


@pytest.fixture
def published() -> str:
    return "2024-05-10"


def test_signed_memorandum_with_its_date(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Germany and Kazakhstan signed a memorandum of understanding on renewable energy on May 3.")
    [ag] = find_agreements(a)
    assert ag.title == "memorandum of understanding on renewable energy"
    assert ag.status == "signed"
    assert ag.date == "2024-05-03"
    assert sorted(ag.countries) == ["DEU", "KAZ"]


def test_bare_count_is_not_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Germany and Kazakhstan signed twelve documents.\n\nGermany and Kazakhstan signed 12 agreements.")
    assert find_agreements(a) == []


def test_negotiated_visa_waiver_is_proposed_without_date(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Germany and Kazakhstan will advance the negotiations on a visa waiver agreement.")
    [ag] = find_agreements(a)
    assert "visa" in ag.title
    assert ag.status == "proposed"
    assert ag.date is None


def test_mentions_of_one_instrument_merge_to_the_strongest_status(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Kazakhstan discussed a visa waiver agreement in March.\n\n"
        "The visa-free regime between Germany and Kazakhstan has been in force since April 2024."
    )
    [ag] = find_agreements(a)
    assert ag.status == "in_force"


def test_a_suspension_done_outweighs_further_steps_only_discussed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Serbia and Montenegro on Monday suspended the visa facilitation agreement.\n\n"
        "Officials said the two sides could discuss the visa facilitation agreement again next month."
    )
    [ag] = find_agreements(a)
    assert ag.status == "ended"


def test_a_list_of_signed_documents_gives_one_agreement_per_item(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Kazakhstan signed several documents, including an agreement on air services between "
        "Germany and Kazakhstan, a protocol on customs cooperation between Germany and Kazakhstan, and a "
        "roadmap for tourism development."
    )
    titles = sorted(ag.title for ag in find_agreements(a))
    assert len(titles) == 3
    assert any("air services" in t for t in titles)
    assert any("customs cooperation" in t for t in titles)
    assert any("roadmap for tourism" in t for t in titles)
    assert {ag.status for ag in find_agreements(a)} == {"signed"}


def test_a_title_stops_at_place_and_time(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Germany and Kazakhstan signed an agreement on energy cooperation in Astana on Tuesday.")
    assert [(g.title, g.status, g.date) for g in find_agreements(a)] == [
        ("agreement on energy cooperation", "signed", "2024-05-07")
    ]


def test_such_agreement_is_no_new_instrument_and_in_force_since_dates_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Kazakhstan-Germany Investment Treaty, in force since May 2019, is the only such agreement "
        "Kazakhstan has with Germany."
    )
    assert [(g.title, g.status, g.date) for g in find_agreements(a)] == [
        ("Kazakhstan-Germany Investment Treaty", "in_force", "2019-05")
    ]


def test_a_bare_contract_takes_the_complement_its_verb_carries(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kazakhstan and Germany signed a contract on Monday for the delivery of wind turbines.")
    assert [g.title for g in find_agreements(a)] == ["contract for the delivery of wind turbines"]


def test_deals_signed_by_firms_are_not_instruments_of_the_states(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("At the forum, German and Kazakh firms signed deals on logistics and mining.")
    assert find_agreements(a) == []


def test_states_named_beside_the_instrument_are_not_its_parties(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Kazakhstan held talks on trade.\n\n"
        "We expect a ban on imports from Iran and Syria and the approval of our agreement on border "
        "inspections, the minister said."
    )
    assert [(g.title, sorted(g.countries)) for g in find_agreements(a)] == [
        ("agreement on border inspections", ["DEU", "KAZ"])
    ]


def test_an_instrument_signed_by_four_states_lists_them_all(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Kazakhstan discussed the corridor.\n\n"
        "The corridor rests on a transit agreement that Kazakhstan, Germany, Poland and Lithuania signed "
        "in Warsaw in May 2022."
    )
    assert [(g.title, sorted(g.countries), g.date) for g in find_agreements(a)] == [
        ("transit agreement", ["DEU", "KAZ", "LTU", "POL"], "2022-05")
    ]


def test_a_venue_is_not_part_of_the_title_and_agreed_minutes_are_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Kazakhstan signed an agreement on the sidelines of the Astana International Forum.\n\n"
        "At the end of the session, the ministers of Germany and Kazakhstan signed the agreed minutes of the "
        "commission."
    )
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [("agreed minutes of the commission", "signed")]


def test_an_exchange_of_notes_and_the_loan_agreement_are_two_instruments(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kazakhstan and Japan signed an Exchange of Notes on a Japanese yen loan on May 7.\n\n"
        "The loan agreement itself was signed the same day by the ministers of Kazakhstan and Japan."
    )
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == ["Exchange of Notes on a Japanese yen loan", "loan agreement"]


def test_listed_documents_take_the_date_of_the_signing_that_leads_the_list(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "The Germany-Kazakhstan intergovernmental commission met in Berlin on May 6.\n\n"
        "The following documents between Germany and Kazakhstan were signed after the meeting:\n"
        "Memorandum on cooperation in geology;\n"
        "Agreement on air services."
    )
    got = sorted((ag.title, ag.date) for ag in find_agreements(a))
    assert got == [("Agreement on air services", "2024-05-06"), ("Memorandum on cooperation in geology", "2024-05-06")]


def test_a_counted_plural_with_a_list_of_subjects_names_one_instrument_each(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Three MoUs - on cooperation in tourism, on maritime safety, and between the Central Bank of Chile "
        "and the Norwegian Export Credit Agency - were signed by Norway and Chile on Monday."
    )
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == [
        "MoUs between the Central Bank of Chile and the Norwegian Export Credit Agency",
        "MoUs on cooperation in tourism",
        "MoUs on maritime safety",
    ]
    assert {(ag.status, ag.date) for ag in find_agreements(a)} == {("signed", "2024-05-06")}


def test_an_abbreviation_in_brackets_stays_in_the_title_and_a_letter_of_intent_is_an_instrument(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Two documents were exchanged by Norway and Chile: a memorandum of understanding (MoU) on salmon "
        "farming and a letter of intent on green hydrogen."
    )
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == ["letter of intent on green hydrogen", "memorandum of understanding (MoU) on salmon farming"]


def test_a_list_after_the_documents_signed_takes_their_status(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Among the documents signed by Norway and Chile were an agreement on fisheries and a protocol on "
        "customs cooperation."
    )
    found = {ag.title: ag.status for ag in find_agreements(a)}
    assert found == {"agreement on fisheries": "signed", "protocol on customs cooperation": "signed"}


def test_the_main_verb_tells_a_later_stage_than_the_participle(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Norway-Chile treaty on fisheries, signed in 2015, entered into force on March 3.")
    [ag] = find_agreements(a)
    assert ag.status == "in_force"
    assert ag.date == "2024-03-03"


def test_an_instrument_still_to_be_signed_is_proposed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Norway proposed drafting a fisheries agreement with Chile to be signed next year.\n\n"
        "The protocol on port security between Norway and Chile is to be signed in June."
    )
    found = {ag.title: ag.status for ag in find_agreements(a)}
    assert found == {
        "fisheries agreement with Chile": "proposed",
        "protocol on port security between Norway and Chile": "proposed",
    }


def test_an_instrument_named_by_its_year_that_was_terminated(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway and Chile said the new treaty replaces the 1998 agreement, which was terminated.")
    found = {ag.title: ag.status for ag in find_agreements(a)}
    assert found["1998 agreement"] == "ended"


def test_an_exchange_of_notes_bringing_an_instrument_into_force_is_not_another_instrument(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "The fisheries treaty between Norway and Chile will enter into force after the exchange of diplomatic notes."
    )
    [ag] = find_agreements(a)
    assert ag.title == "fisheries treaty between Norway and Chile"
    assert ag.status == "signed"


def test_an_on_phrase_hung_on_the_verb_still_names_the_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The ministers of Norway and Chile reviewed progress under the roadmap on salmon farming signed in 2022."
    )
    [ag] = find_agreements(a)
    assert ag.title == "roadmap on salmon farming"
    assert ag.status == "signed"
    assert ag.date == "2022"


def test_a_list_told_by_the_next_sentence_takes_the_signing_before_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Norway and Chile signed five documents on Monday.\n\n"
        "They include a memorandum on seabed mapping, a protocol on veterinary checks, and an agreement on "
        "the creation of a joint shipyard at the port of Talcahuano."
    )
    found = sorted((ag.title, ag.status, ag.date) for ag in find_agreements(a))
    assert found == [
        ("agreement on the creation of a joint shipyard at the port of Talcahuano", "signed", "2024-05-06"),
        ("memorandum on seabed mapping", "signed", "2024-05-06"),
        ("protocol on veterinary checks", "signed", "2024-05-06"),
    ]


def test_a_counted_plural_without_a_subject_is_no_instrument_and_named_company_deals_are(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Norway and Chile signed a series of mining agreements on Monday.\n\n"
        "The deals include a supply agreement between Equinor and Codelco for copper concentrate."
    )
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("supply agreement between Equinor and Codelco for copper concentrate", "signed")
    ]


def test_an_abbreviation_after_an_exchange_of_notes_does_not_end_its_title(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("The Exchange of Notes (EoN) for the 12th yen loan package was signed by Norway and Chile.")
    [ag] = find_agreements(a)
    assert ag.title == "Exchange of Notes (EoN) for the 12th yen loan package"
    assert ag.status == "signed"


def test_raising_relations_to_a_partnership_is_agreeing_on_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    agreed = analysed("Norway and Chile agreed on Monday to elevate relations to a comprehensive partnership.")
    assert [(ag.title, ag.status) for ag in find_agreements(agreed)] == [
        ("comprehensive partnership", "agreed")
    ]
    planned = analysed("Norway and Chile will upgrade their ties to a strategic partnership.")
    assert [(ag.title, ag.status) for ag in find_agreements(planned)] == [("strategic partnership", "proposed")]


def test_a_relation_based_on_a_treaty_has_it_in_force(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The ministers praised the ties of Norway and Chile based on the Treaty of Arica on Fisheries.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [("Treaty of Arica on Fisheries", "in_force")]


def test_loan_agreements_for_named_projects_are_one_instrument_per_project(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Norway and Chile signed loan agreements worth $300 million for three projects, including the "
        "Valdivia Water Plant and the Osorno Ring Road."
    )
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == ["loan agreements for Osorno Ring Road", "loan agreements for Valdivia Water Plant"]


def test_one_agreement_signed_by_companies_is_a_deal_of_the_pair(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norwegian and Chilean companies signed an agreement on the construction of a salmon hatchery.")
    assert [ag.title for ag in find_agreements(a)] == ["agreement on the construction of a salmon hatchery"]


def test_a_proper_title_is_kept_over_a_later_description(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Norway and Chile signed the Maritime Security Agreement on Monday.\n\n"
        "Officials of Norway and Chile called it the most important maritime agreement in decades."
    )
    [ag] = find_agreements(a)
    assert ag.title == "Maritime Security Agreement"


def test_list_after_a_nominal_signing_takes_its_status(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Ministers of Chile and Peru attended the signing of twelve documents in Lima.\n\n"
        "The documents include a cooperation plan on promoting tourism with Peru's regions, "
        "and a memorandum on cooperation in fisheries."
    )
    titles = {ag.title: ag.status for ag in find_agreements(a)}
    assert titles == {
        "cooperation plan on promoting tourism with Peru's regions": "signed",
        "memorandum on cooperation in fisheries": "signed",
    }


def test_minutes_are_one_document_and_acronym_names_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Peru signed the minutes of the creation of a joint fisheries council.\n\n"
        "The Chile-Peru FTA took effect in March 2021."
    )
    got = {ag.title: (ag.status, ag.date) for ag in find_agreements(a)}
    assert got == {
        "minutes of the creation of a joint fisheries council": ("signed", "2024-05-10"),
        "Chile-Peru FTA": ("in_force", "2021-03"),
    }


def test_extended_swap_arrangement_is_agreed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Peru agreed to extend the water-for-power swap arrangement until 2031.")
    [ag] = find_agreements(a)
    assert ag.status == "agreed"
    assert "swap arrangement" in ag.title


def test_issued_joint_statement_is_agreed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The presidents of Chile and Peru held talks and issued a joint statement.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status) == ("joint statement", "agreed")


def test_a_recalled_instrument_takes_the_participle_after_its_title(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Mongolia and Chile held talks on Monday.\n\n"
                 "The ministers praised the Treaty on Scientific Exchange, concluded in 1998 and in force.")
    [ag] = find_agreements(a)
    assert ag.title == "Treaty on Scientific Exchange"
    assert (ag.status, ag.date) == ("in_force", "1998")


def test_a_signing_told_in_a_relative_clause_after_the_title(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Mongolia held talks on Monday.\n\n"
                 "The new smelter draws on a memorandum on copper processing that the two governments signed "
                 "in March 2019.")
    [ag] = find_agreements(a)
    assert ag.title == "memorandum on copper processing"
    assert (ag.status, ag.date) == ("signed", "2019-03")


def test_an_instrument_listed_after_a_signing_in_its_sentence(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Portugal and Angola held a summit in Luanda on Monday and signed nine documents, among them "
                 "an agreement on the protection of migrant workers.")
    [ag] = find_agreements(a)
    assert ag.title == "agreement on the protection of migrant workers"
    assert (ag.status, ag.date) == ("signed", "2024-05-06")


def test_a_named_place_after_on_is_part_of_the_title(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway and Chile held talks on Monday.\n\n"
                 "The ministers recalled the Memorandum on the Patagonia Ocean Partnership signed in Oslo in "
                 "June 2021.")
    [ag] = find_agreements(a)
    assert ag.title == "Memorandum on the Patagonia Ocean Partnership"
    assert (ag.status, ag.date) == ("signed", "2021-06")


def test_an_instrument_that_still_has_to_be_ratified_is_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Portugal and Angola signed a fisheries accord on Monday.\n\n"
                 "Under the fisheries accord, which still has to be ratified by both parliaments, boats of "
                 "the two countries will share the southern grounds.")
    [ag] = find_agreements(a)
    assert ag.status == "signed"


def test_an_instrument_with_in_force_in_its_own_phrase(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway and Chile met on Monday.\n\n"
                 "\"Our countries have had a fisheries treaty in force since 2011, and it serves us well,\" the "
                 "Chilean minister said.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == ("fisheries treaty", "in_force", "2011")


def test_an_instrument_between_a_state_and_a_union_is_no_pairs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The presidents of France and Kazakhstan discussed the enhanced partnership agreement between "
                 "Kazakhstan and the European Union, signed in 2015.")
    assert find_agreements(a) == []


def test_an_instrument_between_two_other_states_is_theirs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The prime ministers of Peru and Chile welcomed the free trade agreement signed between "
                 "Ecuador and Colombia last week.")
    assert [(x.countries, x.status) for x in find_agreements(a)] == [(["COL", "ECU"], "signed")]


def test_relations_raised_to_the_level_of_a_partnership(analysed: Callable[..., AnalyzedDoc]) -> None:
    raised = analysed("Ghana and Vietnam raised relations to the level of strategic partnership.")
    announced = analysed("The presidents announced the transition of Ghana-Vietnam relations to the level of "
                         "strategic partnership.")
    level_only = analysed("Ghana and Vietnam raised the level of their partnership in trade.")
    assert [(x.title, x.countries, x.status) for x in find_agreements(raised)] == [
        ("strategic partnership", ["GHA", "VNM"], "agreed")]
    assert [(x.title, x.status) for x in find_agreements(announced)] == [("strategic partnership", "agreed")]
    assert find_agreements(level_only) == []


def test_a_bare_protocol_signed_after_a_session_is_the_sessions(analysed: Callable[..., AnalyzedDoc]) -> None:
    session = analysed("The fifth session of the Ghana-Vietnam intergovernmental commission was held in Accra. "
                       "At the end of the session the co-chairs signed its protocol.")
    talks = analysed("The presidents of Ghana and Vietnam held talks in Accra. Ministers signed a protocol.")
    assert [(x.title, x.status) for x in find_agreements(session)] == [("protocol of the session", "signed")]
    assert find_agreements(talks) == []


def test_a_road_map_of_two_words_is_an_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Following the session, Peru and Chile signed a road map on port cooperation for 2025-2027.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("road map on port cooperation", "signed")]


def test_a_titled_instrument_recalled_in_passing_exists_since_its_year(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Bolivia and Chile will hold cultural events to mark the 1992 Treaty of Peace and Friendship, "
                 "which settled their border.")
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(a)] == [
        ("1992 Treaty of Peace and Friendship", "signed", "1992")]
    # with no year of its own, it is not dated by the story
    a = analysed("Bolivia and Chile praised the Treaty of Peace and Friendship, which settled their border.")
    assert [(ag.status, ag.date) for ag in find_agreements(a)] == [("signed", None)]


def test_an_instrument_under_negotiation_is_proposed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo held talks. The agreement on the avoidance of double taxation is under negotiation.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("agreement on the avoidance of double taxation", "proposed")]


def test_a_ceasefire_is_an_agreement_with_the_date_it_was_agreed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Eritrea and Ethiopia stopped the fighting along the border.\n\n"
                 "The ceasefire agreed in Nairobi on 14 March by the two foreign ministers is holding, observers said.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == ("ceasefire", "agreed", "2024-03-14")


def test_an_infinitive_after_the_instrument_says_what_it_is_for(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo began negotiations on a treaty to curb the smuggling of fuel.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("treaty to curb the smuggling of fuel", "proposed")]
    # an infinitive of what happens to it is its status, not its purpose
    a = analysed("Ghana and Togo signed an agreement on fisheries, to be ratified by both parliaments.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [("agreement on fisheries", "signed")]


def test_a_phrase_hung_on_the_verb_of_negotiations_is_what_they_are_about(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Chile and Peru agreed to begin negotiations on a customs agreement, as well as on a pact to "
                 "protect migrant workers, ministers said.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("customs agreement", "proposed"), ("pact to protect migrant workers", "proposed")]
    a = analysed("Chile and Peru agreed to begin talks on a customs agreement and on a pact to protect migrant "
                 "workers.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("customs agreement", "proposed"), ("pact to protect migrant workers", "proposed")]


def test_a_hyphened_number_stays_in_the_title(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Brazil buys gas from Bolivia under the five-year contract signed by the two states in 2020.")
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(a)] == [("five-year contract", "signed", "2020")]


def test_an_instrument_in_a_relative_clause_is_about_the_noun_the_clause_tells_of(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Chile and Peru inspected the new Arica-Tacna railway, for which a framework agreement was signed in "
                 "2019.")
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(a)] == [
        ("framework agreement for the new Arica-Tacna railway", "signed", "2019")]
    # a relative clause of place gives the instrument no subject
    a = analysed("Chile and Peru visited the port, where they signed an agreement on fisheries.")
    assert [ag.title for ag in find_agreements(a)] == ["agreement on fisheries"]


def test_notes_exchanged_on_a_loan_are_a_signed_exchange_of_notes(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The foreign ministers of Ghana and Japan exchanged notes on a yen loan for the Tema port on Monday.")
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(a)] == [
        ("exchange of notes on a yen loan for the Tema port", "signed", "2024-05-06")]
    a = analysed("Ghana and Japan will exchange notes on a grant for rural schools.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("exchange of notes on a grant for rural schools", "proposed")]
    # views exchanged are no instrument
    assert find_agreements(analysed("Ghana and Japan exchanged views on the regional situation.")) == []


def test_capitalised_words_cut_from_before_a_titled_instrument_are_its_name(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Ghana and Togo held talks. The ministers welcomed the entry into force in May of the Status of "
                 "Forces Agreement, signed in Lome in 2023, which lets the two armies train together.")
    assert [(ag.title, ag.date) for ag in find_agreements(a)] == [("Status of Forces Agreement", "2023")]
    a = analysed("Ghana and Togo signed the Memorandum of Understanding on Fisheries.")
    assert [ag.title for ag in find_agreements(a)] == ["Memorandum of Understanding on Fisheries"]


def test_a_definite_noun_of_the_title_is_what_an_earlier_sentence_named_in_full(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Work began on Monday on the Ulan-Kyakhta cross-border railway linking Mongolia and Russia. "
                 "The intergovernmental agreement on the railway, signed in 2023, is being implemented.")
    assert [(ag.title, ag.date) for ag in find_agreements(a)] == [
        ("intergovernmental agreement on the Ulan-Kyakhta cross-border railway", "2023")]
    # an earlier mention with no name to it leaves the title as it is
    a = analysed("Mongolia and Russia discussed the railway. The agreement on the railway was signed in 2023.")
    assert [ag.title for ag in find_agreements(a)] == ["agreement on the railway"]


def test_plural_deals_told_by_their_value_are_a_total_not_instruments(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("At the forum, firms from Chile and Peru reached commercial agreements worth $50 million.")
    assert find_agreements(a) == []
    # with what they are about, they are named
    a = analysed("Chile and Peru reached commercial agreements on fisheries worth $50 million.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("commercial agreements on fisheries worth $50 million", "agreed")]


def test_a_titled_instrument_of_a_year_praised_or_recalled_exists(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo praised the 2018 Border Trade Agreement and the Transit Accord of 2021. "
                 "Ghana and Togo also mentioned the Customs Cooperation Agreement.")
    got = sorted((ag.title, ag.status, ag.date) for ag in find_agreements(a))
    # capitals alone, with no year and nothing done to it, may name one still to come
    assert got == [("2018 Border Trade Agreement", "signed", "2018"), ("Transit Accord of 2021", "signed", "2021")]


def test_talk_of_carrying_out_an_instrument_tells_it_applies(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo discussed the implementation of the agreement on road transport. "
                 "Ghana and Togo reviewed the implementation of the memorandum on fisheries signed on 2 March.")
    got = sorted((ag.title, ag.status, ag.date) for ag in find_agreements(a))
    assert got == [("agreement on road transport", "in_force", None),
                   ("memorandum on fisheries", "signed", "2024-03-02")]


def test_a_short_name_in_brackets_joins_the_later_mentions_of_its_instrument(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Ghana and Togo signed the Comprehensive Economic Partnership Agreement (GT-CEPA) on 3 May. "
                 "The CEPA between Ghana and Togo will take effect in 2025.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == ("Comprehensive Economic Partnership Agreement (GT-CEPA)", "signed",
                                              "2024-05-03")


def test_a_named_title_the_parser_splits_from_its_on_phrase(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The bridge opened to trucks on Friday, following the entry into force of the Treaty on the "
                 "Chilean-Bolivian State Border.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, sorted(ag.countries)) == (
        "Treaty on the Chilean-Bolivian State Border", "in_force", ["BOL", "CHL"])


def test_regulations_are_the_pairs_only_when_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On May 2 the ministers of Laos and Vietnam signed regulations on the joint border commission's "
                 "work.\n\nNew customs regulations of Laos took effect on May 6, Vietnam said.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == ("regulations on the joint border commission's work", "signed",
                                              "2024-05-02")


def test_what_an_instrument_does_names_it_and_what_befell_it_does_not(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kenya is negotiating a protocol that would open the Indian market to Kenyan avocados.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, sorted(ag.countries)) == (
        "protocol that would open the Indian market to Kenyan avocados", "proposed", ["IND", "KEN"])
    b = analysed("Kenya and India signed a protocol on tea, which entered into force on May 1.")
    assert [g.title for g in find_agreements(b)] == ["protocol on tea"]


def test_an_instrument_named_only_by_its_level_is_the_one_told_before(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Fiji and Tonga signed a Maritime Security Agreement in Suva on May 2.\n\n"
                 "The two ministers signed the treaty-level pact, which awaits ratification by Tonga's parliament.")
    assert [(g.title, g.status) for g in find_agreements(a)] == [("Maritime Security Agreement", "signed")]


def test_an_instrument_named_only_by_whom_it_is_with_is_no_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana signed a memorandum with its Togolese counterpart. "
                 "Togo signed a programme with the West African Development Bank for 2026-2028.")
    [ag] = find_agreements(a)
    assert ag.title.startswith("programme with the West African Development Bank")


def test_states_that_only_mediate_are_not_the_parties(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Sudan closed its border with South Sudan in March. The closure came a week before the two sides agreed "
        "a ceasefire in Cairo on April 2 with the mediation of Egypt and Kenya."
    )
    got = {(x.title, tuple(x.countries)) for x in find_agreements(a)}
    assert got == {("ceasefire", ("SDN", "SSD"))}


def test_a_short_form_made_of_a_titles_initials_is_the_same_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Vietnam signed a free trade agreement in 2011. Santiago has asked Hanoi to start talks on "
        "extending the FTA to services."
    )
    got = [(x.title, x.status, x.date) for x in find_agreements(a)]
    assert got == [("free trade agreement", "signed", "2011")]


def test_an_instrument_of_which_names_the_noun_before_its_comma(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Minister Tuya said Mongolia attached importance to building the new highway at the Zamiin-Uud "
                 "crossing with China, the intergovernmental agreement of which was signed in Beijing last year.")
    [ag] = find_agreements(a)
    assert ag.title.startswith("intergovernmental agreement of ")
    assert "Zamiin-Uud crossing" in ag.title and "which" not in ag.title
    assert (ag.status, ag.date) == ("signed", "2023")


def test_a_programme_the_parties_are_to_draft_is_proposed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ecuador and Peru agreed to draft a new programme of agricultural cooperation for 2027-2031.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status) == ("new programme of agricultural cooperation", "proposed")
    # a plan said with nothing of what it is about names no instrument
    assert find_agreements(analysed("Ecuador and Peru will prepare a plan.")) == []


def test_an_arrangement_one_side_withdraws_is_an_ended_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Laos protested after Thailand withdrew the transit facility for Lao rice on 3 March.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date, ag.countries) == (
        "transit facility for Lao rice", "ended", "2024-03-03", ["LAO", "THA"])
    # a facility that is a place, closed, is no arrangement withdrawn
    assert find_agreements(analysed("Laos and Thailand closed the storage facility near Vientiane.")) == []


def test_a_contract_to_be_signed_and_an_agreement_under_negotiation_are_proposed(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Ghana and Togo met. Ghana's energy minister will sign the power supply contract with his Togolese "
                 "counterpart next month.")
    assert [(g.title, g.status) for g in find_agreements(a)] == [("power supply contract", "proposed")]
    a = analysed("Ghana and Togo met. How far have the Free Trade Agreement negotiations come?")
    assert [(g.title, g.status) for g in find_agreements(a)] == [("Free Trade Agreement", "proposed")]


def test_an_instrument_lobbied_for_is_proposed_and_the_one_it_would_replace_is_its_own(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed("Ghana and Togo met. Exporters are lobbying for an investment treaty to replace the 1994 "
                 "trade accord.")
    titles = {g.title: g.status for g in find_agreements(a)}
    assert titles["investment treaty"] == "proposed"
    assert "1994 trade accord" in titles


def test_the_instrument_a_new_one_would_replace_is_in_force(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo want an investment treaty to replace the 2008 double taxation treaty.")
    assert ("2008 double taxation treaty", "in_force") in [(g.title, g.status) for g in find_agreements(a)]


def test_an_instrument_named_by_its_past_year_is_one_that_exists(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile told Peru it stood by the 2011 agreement on the protection of migratory birds.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == ("2011 agreement on the protection of migratory birds", "signed", "2011")
    a = analysed("Under a 2019 treaty on river navigation, barges of Paraguay sail to ports of Argentina.")
    [ag] = find_agreements(a)
    assert (ag.title, sorted(ag.countries)) == ("2019 treaty on river navigation", ["ARG", "PRY"])


def test_a_span_of_years_or_a_year_to_come_names_no_instrument_that_exists(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Peru hope for a 2027 agreement on fisheries.\n\n"
                 "Chile and Peru praised the 2021-2025 programme on fisheries.")
    assert [ag.title for ag in find_agreements(a) if ag.status == "signed"] == []


def test_a_loan_or_a_swap_line_signed_between_the_states_is_an_instrument(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In March the German development bank KfW signed with Ghana a loan of €40 million for rural roads.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, sorted(ag.countries)) == (
        "loan of €40 million for rural roads", "signed", ["DEU", "GHA"])
    a = analysed("The central banks of Chile and Brazil hold a currency swap line of 2 billion dollars,"
                 " signed in 2021.")
    [ag] = find_agreements(a)
    assert ("swap" in ag.title, ag.status, ag.date) == (True, "signed", "2021")


def test_a_loan_granted_or_covered_by_notes_is_no_instrument_of_its_own(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Japan will provide Ghana a loan of 12 billion yen for a port.")
    assert find_agreements(a) == []
    a = analysed("Ghana and Japan signed an Exchange of Notes on a yen loan of 9 billion yen for a bridge.")
    assert [ag.title for ag in find_agreements(a) if "Exchange" not in ag.title] == []


def test_instruments_listed_among_those_whose_signature_was_proceeded_to(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo proceeded to the signature of seven legal instruments, among which the protocol "
                 "on the joint management of the Volta basin, a memorandum of understanding on the sale of "
                 "electricity and a convention relative to the crossing of livestock.")
    found = {ag.title: ag.status for ag in find_agreements(a)}
    assert found == {
        "protocol on the joint management of the Volta basin": "signed",
        "memorandum of understanding on the sale of electricity": "signed",
        "convention relative to the crossing of livestock": "signed",
    }


def test_a_road_map_joined_to_a_protocol_is_an_instrument_of_its_own(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In Accra the Protocol of the 4th session of the commission and the Road map of development "
                 "of agricultural cooperation between Ghana and Togo have been signed.")
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles[0] == "Protocol of the 4th session of the commission"
    assert titles[1].startswith("Road map of development of agricultural cooperation")


def test_a_bare_instrument_is_named_by_what_it_covers(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Bolivia signed an agreement under which the number of border crossings open at night "
                 "will rise from four to nine.")
    [ag] = find_agreements(a)
    assert ag.title == ("agreement under which the number of border crossings open at night will rise "
                        "from four to nine")
    a = analysed("Under a contract signed in 2021, the state firm of Bolivia delivers "
                 "2 million tonnes of natural gas a year to Peru.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == ("contract for tonnes of natural gas", "signed", "2021")


def test_an_instrument_a_side_honours_or_no_longer_observes_exists(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Lithuania says Poland no longer honours the agreement on cross-border rail freight.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status) == ("agreement on cross-border rail freight", "in_force")
    a = analysed("Norway urged Sweden to observe the treaty on reindeer grazing.")
    [ag] = find_agreements(a)
    assert ag.status == "in_force"


def test_what_an_instrument_does_is_not_its_title(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Vietnam and Chile signed a free trade agreement in 2011.\n\n"
                 "The minister said the agreement would abolish tariffs on 90% of Chilean fruit and Vietnamese shoes.")
    assert [ag.title for ag in find_agreements(a)] == ["free trade agreement"]


def test_the_states_a_title_strings_together_are_its_parties(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Peru met in Lima.\n\n"
                 "The Chile-Peru-Colombia Agreement on Andean Fisheries, in force since 2019, is due for review.")
    [ag] = find_agreements(a)
    assert (sorted(ag.countries), ag.status) == (["CHL", "COL", "PER"], "in_force")


def test_a_bare_instrument_in_which_the_states_changed_a_law_is_named_by_it(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In a protocol signed by the two finance ministers on 3 March 2021, the governments of Peru and "
                 "Chile extended the Tacna Port Statute to cover fuel.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status) == ("protocol for Tacna Port Statute", "signed")


def test_an_instrument_backing_a_project_exists_and_is_about_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The ministers of Spain and Morocco discussed the proposed power cable from Tarifa to Tangier, "
                 "backed by a joint declaration of the two governments in 2022.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == (
        "joint declaration of the two governments on proposed power cable", "signed", "2022")


def test_a_session_protocol_named_by_its_clause_keeps_the_sessions_day(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The sixth session of the Ghana-Togo intergovernmental commission was held in Lome on 2 May. "
                 "Under the protocol signed after the session, Ghana will supply 300 megawatts of power to Togo "
                 "in July.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.date) == ("protocol for megawatts of power", "2024-05-02")


def test_an_instrument_subscribed_is_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Colombia and Panama held their binational cabinet in Cartagena on 3 May. Also it was subscribed "
                 "the agreement on the joint management of the border river basin.")
    [ag] = find_agreements(a)
    assert "border river basin" in ag.title
    assert ag.status == "signed"


def test_an_ordinal_tells_two_instruments_of_a_kind_apart(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway will buy 90 more howitzers from Finland under a second executive contract signed on Monday. "
                 "It extends the framework agreement for up to 500 howitzers signed in May 2021 and the "
                 "first executive contract of June 2021, which covered 90 guns.")
    found = {ag.title: (ag.status, ag.date) for ag in find_agreements(a)}
    assert found["first executive contract"] == ("signed", "2021-06")  # its own date, not the framework's
    assert found["second executive contract"] == ("signed", "2024-05-06")


def test_a_title_in_capitals_runs_on_across_a_small_word(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Romania and Bulgaria recalled the Agreement on Cooperation in Protecting the Cultural Heritage "
                 "of 12 March 1993.")
    [ag] = find_agreements(a)
    assert ag.title == "Agreement on Cooperation in Protecting the Cultural Heritage"
    assert (ag.status, ag.date) == ("signed", "1993-03-12")
    a = analysed("Ghana and Togo signed the Agreement on Trade in Goods in Accra on Monday.")
    assert [ag.title for ag in find_agreements(a)] == ["Agreement on Trade in Goods"]  # a place ends it


def test_an_instrument_a_body_was_founded_under_exists_and_is_about_it(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Germany and Kazakhstan held talks. The German-Kazakh University in Almaty, founded under the 1999 "
                 "intergovernmental agreement, now has 3,000 students.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == (
        "1999 intergovernmental agreement on German-Kazakh University", "signed", "1999")
    a = analysed("Italy and Kenya held talks. Since 2018 the Italian-Kenyan University (IKU) has operated in Nairobi "
                 "on the basis of an intergovernmental agreement signed in 2013.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == (
        "intergovernmental agreement on Italian-Kenyan University (IKU)", "signed", "2013")
    a = analysed("Egypt and Russia held talks. Rosatom built the Dabaa plant under the 2015 intergovernmental "
                 "agreement.")
    assert not any("Rosatom" in ag.title for ag in find_agreements(a))  # the builder is not what it founded


def test_relations_the_states_agree_to_restore_are_one_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kuwait and Iraq said on 3 March that they would re-establish relations.\n\n"
                 "Their foreign ministers had agreed in Amman to restore full diplomatic relations.")
    [ag] = find_agreements(a)
    assert (ag.title, ag.status, ag.date) == ("agreement to restore diplomatic relations", "agreed", "2024-03-03")
    assert find_agreements(analysed("Jordan and Iraq agreed to restore trade ties.")) == []


def test_development_cooperation_one_side_ended_is_an_ended_arrangement(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In February Malawi halted its development cooperation with Norway, which had paid for schools "
                 "and clinics for a decade.")
    [ag] = find_agreements(a)
    assert "development cooperation" in ag.title
    assert (ag.status, ag.date) == ("ended", "2024-02")
    a = analysed("The talks between Malawi and Norway ended with a joint statement on fisheries.")
    assert "ended" not in [ag.status for ag in find_agreements(a)]


def test_the_years_a_title_covers_do_not_date_its_signing(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Croatia and Slovenia signed a memorandum of understanding on the action plan for border "
                 "regions 2025-2031 on Monday.\n\n"
                 "The ministers also signed the programme of application of the cultural agreement for the year 2026.")
    found = {ag.title: ag.date for ag in find_agreements(a)}
    assert found["memorandum of understanding on the action plan for border regions 2025-2031"] == "2024-05-06"
    assert found["programme of application of the cultural agreement for the year 2026"] == "2024-05-10"


def test_an_instrument_the_ministers_are_told_to_finish_is_proposed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The presidents of Benin and Niger met in Cotonou, and they instructed their trade ministers to "
                 "finish the new customs protocol by June.")
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(a)] == [
        ("new customs protocol", "proposed", None)]


def test_a_participle_after_a_comma_gives_the_status_of_the_title_before(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The President of Chile will travel to Lima for talks with the Prime Minister of Peru on the "
                 "agreement on the delimitation of the maritime border, signed in 2009 but not yet ratified.")
    [ag] = find_agreements(a)
    assert (ag.status, ag.date) == ("signed", "2009")


def test_an_instrument_still_to_be_concluded_is_proposed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Officials said an investment agreement for the Tuvana copper mine, to be concluded "
                 "between the governments of Peru and Chile, could be ready by the autumn.")
    [ag] = find_agreements(a)
    assert (ag.status, ag.date) == ("proposed", None)


def test_the_agreement_told_again_in_force_is_the_last_one_of_its_kind(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In May 2019 the ministers of Chile and Argentina signed an agreement delimiting the two countries' "
                 "continental shelves.\n\nThe agreement entered into force on 1 March 2021.")
    [ag] = find_agreements(a)
    assert (ag.status, ag.date) == ("in_force", "2021-03-01")
    a = analysed("Chile and Argentina discussed fisheries.\n\nThe agreement entered into force on 1 March 2021.")
    assert find_agreements(a) == []  # no instrument of its kind was told
    for pending in ("The treaty must still be ratified by the two legislatures.",
                    "Both sides will complete their procedures so that the treaty can take effect in June.",
                    "The treaty has not entered into force."):
        a = analysed(f"Australia and Fiji signed the Lomaiviti Treaty on Monday.\n\n{pending}")
        assert [ag.status for ag in find_agreements(a)] == ["signed"], pending


def test_a_contract_expected_to_be_signed_is_proposed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Georgia and China held talks. Officials in Tbilisi expect the Poti contract to be "
                 "signed before the summer.")
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(a)] == [("Poti contract", "proposed", None)]


def test_relations_the_leaders_decided_to_elevate_are_agreed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("President Boric says Chile and Peru have decided to elevate their relations to a Comprehensive "
                 "Strategic Partnership.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [("Comprehensive Strategic Partnership", "agreed")]


def test_a_participle_after_a_comma_hung_on_another_noun_is_not_the_titles(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Trade between Chile and Peru grew. Negotiations on extending the free trade agreement to trade in "
                 "services, launched in 2022, are ongoing.")
    assert [ag.status for ag in find_agreements(a)] == ["proposed"]


def test_the_years_an_earlier_title_of_a_list_covers_do_not_date_the_next(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Guinea and Mali signed seven documents, including the protocol of implementation of the "
                 "fisheries agreement for the year 2023 and a convention on road transport.")
    assert {ag.date for ag in find_agreements(a)} == {"2024-05-10"}


def test_an_instrument_said_to_be_in_development_is_proposed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Also the agreement between the ministries of education of Armenia and Moldova on mutual "
                 "recognition of diplomas is in development.")
    assert [(ag.status, ag.date) for ag in find_agreements(a)] == [("proposed", None)]
    a = analysed("The agreement between Armenia and Moldova on the development of tourism was signed.")
    assert [ag.status for ag in find_agreements(a)] == ["signed"]


def test_an_implementing_protocol_is_a_kind_of_instrument_not_one_in_force(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Croatia and Slovenia met in Zagreb on Monday.\n\n"
                 "The ministers signed the implementing protocol of the fisheries agreement for the year 2026.")
    assert [(ag.status, ag.date) for ag in find_agreements(a)] == [("signed", "2024-05-10")]
    a = analysed("Norway and Iceland signed an implementing arrangement on search and rescue.")
    assert [ag.status for ag in find_agreements(a)] == ["signed"]


def test_the_change_of_an_instrument_is_a_new_instrument_to_come(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Japan opened talks on the modernisation of the Peru-Japan Economic Partnership "
                 "Agreement, in force since 2012.\n\n"
                 "Canada and Ecuador held a second round of negotiations to upgrade their free trade agreement.")
    got = sorted((ag.title, ag.status) for ag in find_agreements(a))
    assert got == [
        ("modernisation of Peru-Japan Economic Partnership Agreement", "proposed"),
        ("upgrade of free trade agreement", "proposed"),
    ]


def test_a_revision_begun_of_an_old_treaty_is_not_that_treaty_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo have begun a revision of the 1998 border treaty.")
    [ag] = find_agreements(a)
    assert ag.title == "revision of 1998 border treaty"
    assert ag.status == "proposed"


def test_an_instrument_in_force_and_its_upgrade_to_come_are_two(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Morocco said it wanted to upgrade the 2004 free trade agreement with Jordan, in force since "
                 "June 2006, to cover services.")
    got = sorted((ag.title, ag.status, ag.date) for ag in find_agreements(a))
    assert got == [
        ("2004 free trade agreement with Jordan", "in_force", "2006-06"),
        ("upgrade of 2004 free trade agreement with Jordan", "proposed", None),
    ]


def test_talks_on_updating_an_instrument_in_force_keep_it_in_force(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Tunisia and Turkey began talks on an update of the trade agreement that entered into force in 2011.")
    got = sorted((ag.title, ag.status, ag.date) for ag in find_agreements(a))
    assert got == [("trade agreement", "in_force", "2011"), ("update of trade agreement", "proposed", None)]


def test_the_instrument_told_again_in_talks_on_its_upgrade_is_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Iceland and India agreed to launch negotiations on upgrading the Iceland-India Free Trade Agreement."
                 "\n\nBoth sides said the talks on the Free Trade Agreement would start in March.")
    [ag] = find_agreements(a)
    assert ag.title == "upgrade of Iceland-India Free Trade Agreement"
    assert ag.status == "proposed"


def test_a_short_name_in_the_singular_is_the_instrument_told_before(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Peru signed a memorandum on joint inspections in the ports of Arica and Ilo.\n\n"
                 "If the port memorandum works, smuggling will fall, a Chilean minister said.")
    [ag] = find_agreements(a)
    assert ag.title == "memorandum on joint inspections in the ports of Arica and Ilo"
    assert ag.status == "signed"


def test_an_exchange_of_notes_that_brings_a_treaty_into_force_is_no_instrument(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The extradition treaty between Malta and Jordan will enter into force sixty days after the "
                 "exchange of diplomatic notes confirming that both sides have completed their procedures.\n\n"
                 "Malta and Jordan also signed an exchange of notes on a loan for the Aqaba container port.")
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == ["exchange of notes on a loan for the Aqaba container port",
                      "extradition treaty between Malta and Jordan"]


def test_the_project_an_instrument_is_on_is_the_work_the_sentence_before_named(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Norway also discussed the building of the Volta River bridge. The memorandum on the "
                 "project was signed in Oslo last March, the Norwegian envoy said.")
    [ag] = find_agreements(a)
    assert ag.title == "memorandum on the Volta River bridge"
    assert (ag.status, ag.date) == ("signed", "2024-03")
