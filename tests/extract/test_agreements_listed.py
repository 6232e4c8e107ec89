"""Instruments told in lists: a plural with one complement per instrument, a pronoun standing for one
more of a kind, and the fields a verb says a set of instruments covers."""

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


def test_plural_instruments_said_to_cover_fields_are_one_per_field(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Ghana signed four memorandums on Friday.\n\n"
                 "These memorandums cover mining, forestry, museums and teacher training.")
    found = find_agreements(a)
    assert sorted(ag.title for ag in found) == [
        "memorandum on forestry", "memorandum on mining", "memorandum on museums",
        "memorandum on teacher training"]
    assert {(ag.status, ag.date) for ag in found} == {("signed", "2024-05-10")}


def test_fields_of_a_set_of_documents_are_not_one_instrument_each(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The accords signed between Chile and Norway covered salmon, shipping and energy fields.")
    assert find_agreements(a) == []


def test_one_included_in_a_count_is_an_instrument_of_that_kind(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Nine memorandums were signed by Peru and Ghana, including one on a cargo air bridge, while "
                 "the ministers set their next session for 2026.")
    [ag] = find_agreements(a)
    assert ag.title == "memorandum on a cargo air bridge"
    assert ag.status == "signed"


def test_a_second_one_on_a_field_is_a_second_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Nepal and Bhutan signed a memorandum of understanding on hydropower surveys, and a second one "
                 "on customs cooperation that lets traders clear goods faster.")
    found = sorted(find_agreements(a), key=lambda ag: ag.title)
    assert [ag.title for ag in found] == [
        "memorandum of understanding on hydropower surveys", "memorandum on customs cooperation"]
    assert {ag.status for ag in found} == {"signed"}


def test_one_of_a_count_is_no_instrument_of_its_own(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Nepal and Bhutan signed an agreement on timber exports, one of the nine documents of the visit.")
    [ag] = find_agreements(a)
    assert ag.title == "agreement on timber exports"


def test_memoranda_on_x_and_on_y_are_two(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("At the end of their meeting the ministers of Chile and Kenya signed memoranda on seed "
                 "banks in the Atacama and on training for rangers.")
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == ["memoranda on seed banks in the Atacama", "memoranda on training for rangers"]


def test_a_repeated_preposition_hung_on_the_verb_opens_the_next_instrument(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Laos and Cambodia also signed memorandums on rice exports by the state company and on 300 "
                 "grants a year for Lao nurses.")
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == ["memorandums on 300 grants a year for Lao nurses", "memorandums on rice exports"]


def test_a_stage_word_alone_does_not_name_an_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Senegal and Morocco signed a preliminary agreement on Monday.\n\n"
                 "Senegal and Morocco signed the original agreement in 2011, the minister said.")
    assert find_agreements(a) == []


def test_a_stage_word_keeps_what_the_instrument_does(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Senegal and Morocco signed a memorandum on port pilots on Monday, and an initial agreement "
                 "under which Morocco will lease 4 dredgers to Senegal.")
    titles = sorted(ag.title for ag in find_agreements(a))
    assert titles == ["initial agreement under which Morocco will lease 4 dredgers to Senegal",
                      "memorandum on port pilots"]


def test_subjects_after_including_without_the_instrument_word_are_one_instrument_each(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Six memorandums were signed by Chile and Vietnam on May 7, including on rice exports "
                 "and on a credit line for the Valparaíso ferry terminal.")
    found = find_agreements(a)
    assert sorted(ag.title for ag in found) == [
        "memorandum on a credit line for the Valparaíso ferry terminal", "memorandum on rice exports"]
    assert {(ag.status, ag.date) for ag in found} == {("signed", "2024-05-07")}


def test_a_nominal_signing_gives_its_status_to_the_instruments_beside_it(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Presidents of Ecuador and Kenya attended the signature of four texts on Friday, among them a "
                 "memorandum on flower certification and a protocol on nurse exchanges.\n\n"
                 "The signing of the Ecuador-Kenya air services agreement was accompanied by a memorandum on "
                 "seismology.\n\n"
                 "Ecuador and Kenya will witness the signing of two documents in June, among them a memorandum "
                 "on geothermal drilling.")
    found = {ag.title: ag.status for ag in find_agreements(a)}
    assert found["memorandum on flower certification"] == "signed"
    assert found["protocol on nurse exchanges"] == "signed"
    assert found["memorandum on seismology"] == "signed"
    assert found["memorandum on geothermal drilling"] == "proposed"
