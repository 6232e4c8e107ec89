"""Agreements: a phrase that only describes an instrument told beside it ('was the first such deal ...'),
and one of a side with a third party ('the free trade agreement with the EU'), name no instrument of the
pair."""

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
    return "2025-03-04"


@pytest.mark.parametrize(("text", "title"), [
    ("Ecuador and Singapore held talks.\n\nThe free trade agreement, effective from 2022, is the first such pact "
     "Singapore made with an Andean republic.", "free trade agreement"),
    ("Ghana and Turkey held talks.\n\nThe investment treaty, signed in 2016, is the largest accord of its kind "
     "in West Africa.", "investment treaty"),
    ("Kenya and Oman held talks.\n\nThe air services agreement, applied since 2012, remains the first such "
     "pact Nairobi signed with a Gulf state.", "air services agreement"),
    ("Peru and Korea held talks.\n\nThe fisheries protocol signed in 2019 was the second such arrangement "
     "Lima agreed with an Asian partner.", "fisheries protocol"),
    ("Norway and Vietnam held talks.\n\nThe maritime agreement, signed in 2021, became the biggest contract "
     "of its type in the region.", "maritime agreement"),
    ("Tunisia and Italy held talks.\n\nThe migration memorandum, signed in 2023, was the first such deal Rome "
     "signed with a North African government.", "migration memorandum"),
])
def test_a_predicate_telling_what_kind_of_deal_it_was_is_no_second_instrument(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    assert [ag.title for ag in find_agreements(analysed(text))] == [title]


@pytest.mark.parametrize("text", [
    "Peru and Norway held talks.\n\nPeru has benefited since March 2013 from the trade agreement with the "
    "European Union.",
    "Spain and Morocco held talks.\n\nMorocco's fisheries agreement with the European Union expired in 2023.",
    "Uruguay and Japan held talks.\n\nUruguay hopes to conclude the trade agreement with ASEAN by 2026.",
    "Vietnam and Germany held talks.\n\nVietnam has gained from the investment protection agreement with the "
    "European Union, in force since 2020.",
    "Kenya and Britain held talks.\n\nKenya signed an economic partnership agreement with the Gulf Cooperation "
    "Council in 2024.",
    "Chile and Korea held talks.\n\nChile's free trade agreement with China took effect in 2006.",
])
def test_an_instrument_with_a_third_party_is_not_the_pairs(
        analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert find_agreements(analysed(text)) == []


def test_an_instrument_with_the_other_side_stays_the_pairs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Korea held talks.\n\nChile's free trade agreement with Korea took effect in 2004.")
    [ag] = find_agreements(a)
    assert (sorted(ag.countries), ag.status, ag.date) == (["CHL", "KOR"], "in_force", "2004")


@pytest.mark.parametrize(("text", "title"), [
    ("Peru and Bolivia held talks.\n\nThe agreement on the use of the lake's water, which is under negotiation, "
     "should be ready by June.", "agreement on the use of the lake's water"),
    ("Ghana and Turkey held talks.\n\nThe extradition treaty, which is under consideration in both capitals, "
     "was raised again.", "extradition treaty"),
    ("Zambia and Kuwait held talks.\n\nThe delegations reviewed the bridge, the credit agreement for which is "
     "under consideration by both cabinets.", "credit agreement"),
    ("Senegal and Portugal held talks.\n\nThe agreement on recognition of nursing qualifications, which the health "
     "ministries have been negotiating since 2019, is still unfinished.",
     "agreement on recognition of nursing qualifications"),
    ("Portugal and Morocco held talks.\n\nThey hope to finish the convention on social security of seasonal "
     "workers, which Lisbon and Rabat are drafting.", "convention on social security of seasonal workers"),
    ("Chile and Vietnam held talks.\n\nThe accord on protection of foreign investments, which the two "
     "governments have negotiated for five years, came up.", "accord on protection of foreign investments"),
])
def test_a_relative_clause_telling_the_instrument_is_still_written_makes_it_proposed(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    [ag] = find_agreements(analysed(text))
    assert title in ag.title
    assert (ag.status, ag.date) == ("proposed", None)


@pytest.mark.parametrize(("text", "title"), [
    ("Uruguay and Indonesia observed that the negotiations on the Agreement on encouragement and reciprocal "
     "protection of investments are in the last phase.",
     "Agreement on encouragement and reciprocal protection of investments"),
    ("Ghana and Turkey said that the talks on the Agreement on avoidance of double taxation are nearly over.",
     "Agreement on avoidance of double taxation"),
    ("Peru and Chile noted that the negotiations on the Treaty on extradition and legal assistance are in their "
     "last round.", "Treaty on extradition and legal assistance"),
    ("Kenya and Oman reported that work on the Convention on recognition and enforcement of court rulings is "
     "advancing.", "Convention on recognition and enforcement of court rulings"),
    ("Norway and Poland said that the negotiations on the Agreement on readmission of persons are at an early "
     "stage.", "Agreement on readmission of persons"),
    ("Vietnam and Chile noted that the negotiations on the Protocol on exchange and protection of classified "
     "information are still under way.", "Protocol on exchange and protection of classified information"),
])
def test_a_title_keeps_its_on_phrase_the_parser_gave_the_noun_above(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    [ag] = find_agreements(analysed(text))
    assert (ag.title, ag.status) == (title, "proposed")
