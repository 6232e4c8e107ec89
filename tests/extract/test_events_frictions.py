"""Frictions and talks told in the phrasings of wire copy and translated pages from other regions:
nominal acts, envoys declared persona non grata, exchanges of fire, one side's own sittings, talks
asked for or not held."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.extract import events as event_extractor
from accord.extract.analysis import AnalyzedDoc
from accord.extract.people import find_people
from accord.facts import Event


def find_events(a: AnalyzedDoc) -> list[Event]:
    return event_extractor.find_events(a, [], event_extractor.find_event_mentions(a, []))


def types(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


@pytest.fixture
def published() -> str:
    return "2025-05-20"


def test_severing_of_relations_told_by_its_noun(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana recalled its staff weeks after the announcement by the Minister of Foreign Affairs, "
                 "on Monday 14 April, of the severing of diplomatic relations with Togo.")
    sanctions = [e for e in find_events(a) if e.type == "SANCTION"]
    assert len(sanctions) == 1
    assert sanctions[0].date == "2025-04-14"
    assert sorted(sanctions[0].countries) == ["GHA", "TGO"]


def test_undated_rupture_of_relations_is_no_act(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The rupture of relations between Chile and Bolivia weighs on trade.")
    assert "SANCTION" not in types(find_events(a))


def test_persona_non_grata_is_the_declaring_side_act(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Malawi broke off diplomatic relations with Zambia on Monday.\n\n"
                 "Zambia answered the same evening by declaring Malawian diplomats in Lusaka persona non grata.")
    sanctions = [e for e in find_events(a) if e.type == "SANCTION"]
    assert len(sanctions) == 2  # one act of each side, not one merged act


def test_accused_with_a_translated_to_clause(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Prime Minister of Chad has accused on Tuesday the Sudanese authorities to shelter "
                 "armed groups aiming to destabilise his country.")
    assert "ACCUSE" in types(find_events(a))


def test_rejecting_the_pretexts_and_regretting_the_decision(analysed: Callable[..., AnalyzedDoc]) -> None:
    rejected = analysed("The Ministry of Foreign Affairs of Peru rejected the fallacious pretexts of Chile.")
    regretted = analysed("Uruguay regretted the decision of Argentina to close the port to its barges.")
    assert "REJECT" in types(find_events(rejected))
    assert "REJECT" in types(find_events(regretted))


def test_ending_development_cooperation_is_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In January, Mali ended its development cooperation with Denmark.")
    sanctions = [e for e in find_events(a) if e.type == "SANCTION"]
    assert len(sanctions) == 1 and sanctions[0].date == "2025-01"


def test_exchange_of_fire_is_an_assault(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On 3 May Thai and Cambodian soldiers exchanged fire near a disputed temple.")
    assaults = [e for e in find_events(a) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].date == "2025-05-03"


def test_reopened_border_is_cooperation(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The border between Rwanda and Uganda reopened on 2 May after three years.")
    cooperation = [e for e in find_events(a) if e.type == "COOPERATE"]
    assert len(cooperation) == 1 and cooperation[0].date == "2025-05-02"


def test_signed_law_is_no_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Friday President Ruto of Kenya signed a law voiding the port deal with Tanzania.")
    assert "AGREE" not in types(find_events(a))


def test_session_of_one_states_council_is_no_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    own = analysed("Niger closed its airspace to flights from Benin on Monday after an emergency session of the "
                   "Council of Ministers in Niamey.")
    pronoun = analysed("The High Council of Security of Mali decided, in its meeting on Sunday, to close the "
                       "border with Burkina Faso.")
    assert "CONSULT" not in types(find_events(own))
    assert "CONSULT" not in types(find_events(pronoun))


def test_session_of_the_joint_council_is_a_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ministers of Ghana and Nigeria met on Monday at a session of the Council of Ministers of "
                 "Ghana and Nigeria.")
    border = analysed("Laos and Thailand said the extraordinary meeting of the Regional Border Committee in "
                      "Vientiane ended on 5 May.")
    assert "CONSULT" in types(find_events(a))
    assert "CONSULT" in types(find_events(border))


def test_meeting_on_the_sidelines_of_a_many_state_meeting_is_a_venue(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The trade ministers of Peru and Chile signed a memorandum in Bangkok in November on the "
                 "sidelines of the APEC leaders' meeting.")
    assert types(find_events(a)) == ["AGREE"]


def test_talks_not_held_or_asked_for_or_generic(analysed: Callable[..., AnalyzedDoc]) -> None:
    without = analysed("Bolivia says the fee was imposed by Brazil without consultation.")
    asked = analysed("Bolivia has also asked Brazil for an early meeting of the river commission.")
    every = analysed("Bolivia and Brazil repeat the target at every meeting of their joint committee.")
    for a in (without, asked, every):
        assert "CONSULT" not in types(find_events(a))


def test_officers_arriving_are_no_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Monday, the first trucks queued at the crossing between Bolivia and Peru before the "
                 "officers arrived.")
    assert "CONSULT" not in types(find_events(a))


def test_meeting_last_in_a_list_on_the_sidelines_is_a_venue(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The finance ministries of Chile and Peru signed the protocol in Lima in April on the sidelines "
                 "of the APEC trade ministers and customs chiefs' meeting.")
    assert "CONSULT" not in types(find_events(a))


def test_envoy_received_on_the_day_of_his_summons_is_the_summons(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Tuesday the Foreign Ministry of Estonia summoned the ambassador of Belarus over the "
                 "border incident.\n\nDeputy Foreign Minister Kaja Tammet received the envoy at the ministry.")
    assert types(find_events(a)) == ["PROTEST"]


def test_guest_received_beside_a_summons_is_still_a_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Tuesday the Foreign Ministry of Estonia summoned the ambassador of Belarus over the "
                 "border incident.\n\nOn Tuesday the President of Estonia received the Foreign Minister of Latvia.")
    assert "CONSULT" in types(find_events(a))


def test_visit_named_in_what_a_protest_is_over_is_no_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Sri Lanka summoned the Indian envoy on Monday to lodge a protest over remarks about the "
                 "Indian Prime Minister's visit to Kerala.")
    assert "CONSULT" not in types(find_events(a))


def test_exchange_of_views_is_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The foreign ministers of Norway and Iceland held an exchange of views in Oslo on 12 May.")
    consult = [e for e in find_events(a) if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].mode == "talks" and consult[0].date == "2025-05-12"


def test_recommended_meetings_are_no_meetings(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Recommendations for Laos and Cambodia:\n\n- Resume the joint commission's meetings foreseen by "
                 "the 1999 accord.")
    assert "CONSULT" not in types(find_events(a))


def test_following_day_counts_from_the_day_told_last(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On 3 March 2025 Guyana expelled two Venezuelan diplomats.\n\n"
                 "The following day the Ministry of Foreign Affairs of Venezuela rejected the accusations.\n\n"
                 "Relations had worsened since 14 January 2025. Two days later the foreign ministers of Guyana "
                 "and Venezuela spoke by phone.")
    dates = {e.type: e.date for e in find_events(a)}
    assert dates["SANCTION"] == "2025-03-03"
    assert dates["REJECT"] == "2025-03-04"
    assert dates["CONSULT"] == "2025-01-16"  # from the day told last in the text, not the last event's


def test_called_off_visit_is_no_visit_but_a_cancellation(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On 4 May the government of Armenia called off the visit of the Iranian deputy foreign minister "
                 "and cancelled all events of Iranian state institutions.")
    found = types(find_events(a))
    assert "CONSULT" not in found
    assert "SANCTION" in found


def test_envoy_recalled_for_consultations_before_his_titles(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile recalled for consultations its ambassador extraordinary and plenipotentiary to the "
                 "Republic of Peru, Ana Soto, the ministry's spokesman Luis Vera said today.")
    assert "SANCTION" in types(find_events(a))


def test_envoy_called_back_is_recalled(analysed: Callable[..., AnalyzedDoc]) -> None:
    apart = analysed("Yesterday we called our Ambassador in Rabat, Idrissa Ba, back to Nouakchott for consultations, "
                     "the Mauritanian minister said.")
    together = analysed("Ghana called back its high commissioner from Abuja on Friday.")
    assert types(find_events(apart)) == ["SANCTION"]  # the consultations are why he goes home: no talks
    recalled = [e for e in find_events(together) if e.type == "SANCTION"]
    assert [(e.date, sorted(e.countries)) for e in recalled] == [("2025-05-16", ["GHA", "NGA"])]


def test_measure_weighed_on_a_condition_is_a_threat(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("\"Unless the pipeline reopens by March, we will consider suspending grain exports to Moldova,\" "
                 "the Romanian premier said on Monday.")
    assert types(find_events(a)) == ["THREATEN"]


def test_hedged_measure_with_an_if_clause_is_a_threat(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Hungary may suspend gas deliveries to Serbia if the transit fee is raised again, "
                 "the minister said on Friday.")
    assert types(find_events(a)) == ["THREATEN"]


def test_hedged_measure_without_a_condition_is_no_act(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Analysts said Hungary could suspend gas deliveries to Serbia later this year.")
    assert "THREATEN" not in types(find_events(a))
    assert "SANCTION" not in types(find_events(a))


def test_guest_received_after_the_times_and_places_of_a_translation(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Minister of Trade of Niger, Mr. Abdou Sani, received yesterday Monday, in his office in "
                 "Niamey, the Minister of Transport of Chad, Mr. Idriss Mahamat.")
    met = [e for e in find_events(a) if e.type == "CONSULT"]
    assert [(e.date, sorted(e.countries)) for e in met] == [("2025-05-19", ["NER", "TCD"])]


def test_a_side_named_by_its_person_keeps_a_state_in_passing_out(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Austrian Chancellor Karl Brunner said on Monday that Hungary was blocking the pipeline.\n\n"
                 "Hungarian Prime Minister Gabor Szabo rejected the claim.\n\n"
                 "On Tuesday Szabo accused Brunner of undermining Hungary's energy security on Berlin's orders.")
    people = find_people(a)
    accused = [e for e in event_extractor.find_events(a, people, event_extractor.find_event_mentions(a, people))
               if e.type == "ACCUSE" and e.date == "2025-05-20"]
    assert [sorted(e.countries) for e in accused] == [["AUT", "HUN"]]  # not Germany, named in what he is accused of


def test_a_measure_lifted_is_a_concession_of_the_side_that_lifts_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    lifted = analysed("Oman has lifted its ban on Bahraini poultry imports, the trade ministry said on Monday.")
    refused = analysed("Oman will not lift the ban on Bahraini dates.")
    other = analysed("Oman lifted the speed limit on the coast road to Bahrain on Friday.")
    history = analysed("The embargo on Bahrain by Oman was lifted under an accord of March 2019.")
    assert [(e.type, e.date) for e in find_events(lifted)] == [("CONCEDE", "2025-05-19")]
    assert find_events(refused) == []
    assert find_events(other) == []
    assert "CONCEDE" not in [e.type for e in find_events(history)]  # told as history: no side lifts it


def test_a_doer_told_by_a_pronoun_is_the_person_named_just_before(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Lithuanian Prime Minister Rasa Dauksiene replied on Wednesday.\n\n"
                 "In a radio interview, she accused Poland of stalling the power link.")
    people = find_people(a)
    accused = [e for e in event_extractor.find_events(a, people, event_extractor.find_event_mentions(a, people))
               if e.type == "ACCUSE"]
    assert [e.participants for e in accused] == [["Rasa Dauksiene"]]


def test_third_states_condemning_side_by_side_tell_no_event_of_theirs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ethiopia expelled Somalia's ambassador on Monday. Somalia called the expulsion illegal. "
                 "Several African governments, including Kenya, Uganda and Rwanda, condemned the expulsion.")
    assert all(set(e.countries) == {"ETH", "SOM"} for e in find_events(a))


# "representations" lodged or made is how a protest is worded in many foreign ministries' releases
@pytest.mark.parametrize(("text", "want"), [
    ("China lodged stern representations with Japan over the port call on Monday.", [("PROTEST", "2025-05-19")]),
    ("Beijing made solemn representations to Manila over the detention of Chinese fishermen on Friday.",
     [("PROTEST", "2025-05-16")]),
    ("The Chinese embassy in Canberra said it had made representations to Australia over the remarks.",
     [("PROTEST", "2025-05-20")]),
])
def test_representations_lodged_are_a_protest(
        analysed: Callable[..., AnalyzedDoc], text: str, want: list[tuple[str, str]]) -> None:
    assert [(e.type, e.date) for e in find_events(analysed(text))] == want


# a measure begun is a measure taken, of the day it began; one that may begin is none yet
@pytest.mark.parametrize(("text", "want"), [
    ("Kazakhstan began enforcing a ban on fuel exports to Kyrgyzstan on Monday.", [("SANCTION", "2025-05-19")]),
    ("On Saturday Kenya started to apply a 25% duty on sugar imported from Uganda.", [("SANCTION", "2025-05-17")]),
    ("Algeria began expelling French diplomats on Friday.", [("SANCTION", "2025-05-16")]),
    ("Thailand may begin imposing quotas on rice from Myanmar next year.", []),
])
def test_a_measure_begun_is_taken(analysed: Callable[..., AnalyzedDoc], text: str,
                                  want: list[tuple[str, str]]) -> None:
    assert [(e.type, e.date) for e in find_events(analysed(text))] == want


# a story filed from both capitals: the dateline's places and date, which the parser may take for a second
# subject, make neither a second doer nor the day of the act the story tells ("on Friday")
@pytest.mark.parametrize(("text", "want"), [
    ("Port Sudan/N'Djamena, May 18 (HSW) — Sudan on Sunday ordered four Chadian diplomats to leave the country "
     "within 72 hours.", [("SANCTION", "2025-05-18")]),
    ("Kinshasa/Kigali, May 17 (CNA) — Congo on Friday expelled two Rwandan diplomats.", [("SANCTION", "2025-05-16")]),
    ("Tashkent/Bishkek, May 20 — Uzbekistan on Monday closed two crossings on its border with Kyrgyzstan.",
     [("COERCE", "2025-05-19")]),
    ("Rabat/Algiers, May 20 (MAP) — Algeria recalled its ambassador from Morocco on Tuesday.",
     [("SANCTION", "2025-05-20")]),
    ("Tallinn/Moscow, May 20 — Estonia on Friday declared a Russian diplomat persona non grata.",
     [("SANCTION", "2025-05-16")]),
    ("Dushanbe/Bishkek, May 20 (Asia-Plus) — Tajikistan on Wednesday banned imports of Kyrgyz potatoes.",
     [("SANCTION", "2025-05-14")]),
])
def test_a_dateline_of_two_capitals_is_neither_a_doer_nor_the_acts_day(
        analysed: Callable[..., AnalyzedDoc], text: str, want: list[tuple[str, str]]) -> None:
    assert [(e.type, e.date) for e in find_events(analysed(text))] == want


# ties lowered or reduced are ties downgraded, also when both sides are the subject: the ties are theirs
@pytest.mark.parametrize(("text", "want"), [
    ("Estonia and Russia are neighbours. The two countries lowered diplomatic ties to the level of chargés "
     "d'affaires in January 2023.", [("SANCTION", "2023-01")]),
    ("Lithuania lowered its diplomatic relations with Belarus to the level of chargé d'affaires on Monday.",
     [("SANCTION", "2025-05-19")]),
    ("In 2021 Slovakia reduced its diplomatic ties with Russia after the spy scandal.", [("SANCTION", "2021")]),
    ("Armenia and Azerbaijan are at odds. Both sides severed diplomatic relations in 1992.", [("SANCTION", "1992")]),
    # both sides acting on a third thing is still no act on each other
    ("Georgia and Armenia are neighbours. Both sides blame the transit regime for the delays.", []),
    ("Georgia and Armenia lowered tariffs on wine in 2024.", []),
])
def test_ties_lowered_are_downgraded(analysed: Callable[..., AnalyzedDoc], text: str,
                                     want: list[tuple[str, str]]) -> None:
    assert [(e.type, e.date) for e in find_events(analysed(text))] == want
