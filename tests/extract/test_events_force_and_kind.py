"""Frictions told by verbs the older cues missed (contacts cut, accreditation withdrawn, a protest
addressed to the other capital, force used at sea and in the air) and aid given in kind or as military
financing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_events_frictions import find_events, types

from accord.extract.analysis import AnalyzedDoc


@pytest.fixture
def published() -> str:
    return "2025-03-04"


def test_contacts_suspended_with_an_embassy_are_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In April 2022 Eritrea cut all contacts with the Swedish embassy in Asmara.")
    [sanction] = find_events(a)
    assert sanction.type == "SANCTION"
    assert sorted(sanction.countries) == ["ERI", "SWE"]
    assert sanction.date == "2022-04"


def test_an_envoy_deprived_of_accreditation_is_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In October 2022 Latvia stripped the Belarusian ambassador of his accreditation.")
    assert types(find_events(a)) == ["SANCTION"]


def test_diplomatic_staff_cut_is_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Friday Estonia cut the personnel of the Russian embassy in Tallinn by half.")
    assert types(find_events(a)) == ["SANCTION"]


def test_relations_frozen_since_a_year_are_a_state_not_an_act(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Relations between Peru and Mexico have been frozen since the 2022 crisis.")
    assert "SANCTION" not in types(find_events(a))


def test_a_protest_addressed_to_the_other_state_is_a_protest(analysed: Callable[..., AnalyzedDoc]) -> None:
    addressed = analysed("Finland formally protested to Moscow on Monday.")
    third = analysed("Finland formally protested to the United Nations on Monday about Russia.")
    assert types(find_events(addressed)) == ["PROTEST"]
    assert find_events(addressed)[0].date == "2025-03-03"
    assert "PROTEST" not in types(find_events(third))


def test_flares_and_water_cannon_are_coercion(analysed: Callable[..., AnalyzedDoc]) -> None:
    flares = analysed("On Sunday a Russian Su-35 released flares near a Norwegian P-8 patrol aircraft over the "
                      "Barents Sea.")
    cannon = analysed("A Chinese coast guard cutter used water cannon against a Vietnamese fishing boat "
                      "near the Paracels on Thursday.")
    assert types(find_events(flares)) == ["COERCE"]
    assert types(find_events(cannon)) == ["COERCE"]


def test_a_vessel_stopped_and_boarded_is_coercion(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("A Senegalese navy patrol boarded a Gambian trawler off Kartong on Saturday.")
    assert types(find_events(a)) == ["COERCE"]


def test_strikes_carried_out_and_an_embassy_stormed_are_assaults(analysed: Callable[..., AnalyzedDoc]) -> None:
    strikes = analysed("Afghanistan said Pakistan carried out air strikes on villages in Paktika province "
                       "on Monday.")
    stormed = analysed("Nicaraguan police stormed the Costa Rican consulate in Managua on Friday night.")
    assert "ASSAULT" in types(find_events(strikes))
    assert types(find_events(stormed)) == ["ASSAULT"]


def test_a_project_named_after_a_strike_word_is_no_assault(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Brazil and Argentina launched a joint programme against cyber attacks on Monday.")
    assert "ASSAULT" not in types(find_events(a))


def test_goods_handed_over_are_aid_in_kind(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Japanese agency JICA handed over twelve ambulances to the health ministry of Malawi "
                 "on 20 February.")
    [aid] = find_events(a)
    assert aid.type == "AID"
    assert sorted(aid.countries) == ["JPN", "MWI"]
    assert aid.date == "2025-02-20"


def test_a_suspect_handed_over_is_no_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Malawi handed over the suspect to Japanese police on Monday.")
    assert "AID" not in types(find_events(a))


def test_military_financing_announced_is_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Madrid announced 80 million euros in military financing for Ecuador on Monday.")
    assert types(find_events(a)) == ["AID"]


def test_a_firm_accused_is_no_accusation_of_its_state(analysed: Callable[..., AnalyzedDoc]) -> None:
    firm = analysed("On Wednesday Ghana revoked the gold concession, accusing the Chinese operator of ignoring "
                    "safety rules.")
    state = analysed("On Wednesday Ghana accused China of ignoring safety rules.")
    assert "ACCUSE" not in types(find_events(firm))
    assert [(e.type, e.date) for e in find_events(state)] == [("ACCUSE", "2025-02-26")]


def test_supplies_cut_off_are_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In August 2023 Ghana cut off gas supplies to Togo.")
    assert [(e.type, e.date) for e in find_events(a)] == [("SANCTION", "2023-08")]


def test_words_said_side_by_side_are_each_an_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Monday Peru's ministry condemned the attacks but rejected claims by Chile of official "
                 "tolerance of violence.")
    assert sorted(e.type for e in find_events(a)) == ["PROTEST", "REJECT"]
