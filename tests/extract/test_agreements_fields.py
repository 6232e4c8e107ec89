"""A set of documents told by the fields it covers: "signed seven memoranda covering fisheries, tourism
and sport", "five memoranda, including on X, Y and Z", "six agreements on X, Y and Z" are one instrument
per field, however the set and its fields are joined (a participle, "including", one adposition)."""

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
    return "2025-05-10"


@pytest.mark.parametrize(("text", "titles"), [
    ("Morocco and Vietnam signed four memoranda of understanding, covering fisheries, vocational training, "
     "tourism and sport.",
     # "four memoranda" is tagged singular, and keeps its form
     ["memoranda on fisheries", "memoranda on sport", "memoranda on tourism", "memoranda on vocational training"]),
    ("During the visit, Kenya and Indonesia signed three agreements covering health, geology and higher education.",
     ["agreement on geology", "agreement on health", "agreement on higher education"]),
    ("Peru and Thailand exchanged five memoranda, including on rice research, customs cooperation and tourism.",
     ["memorandum on customs cooperation", "memorandum on rice research", "memorandum on tourism"]),
    ("The ministers of Chile and Malaysia signed four documents, including on forestry, halal certification "
     "and maritime safety.",
     ["document on forestry", "document on halal certification", "document on maritime safety"]),
    ("Nepal and Qatar concluded three memoranda of understanding on labour mobility, civil aviation and "
     "scientific research.",
     ["memoranda on civil aviation", "memoranda on labour mobility", "memoranda on scientific research"]),
    ("Four agreements concerning water management, rail transport, e-commerce and archives were inked by "
     "Uzbekistan and Hungary on Monday.",
     ["agreement on archives", "agreement on e-commerce", "agreement on rail transport",
      "agreement on water management"]),
    ("Bolivia and Egypt signed nine documents, including in the fields of pharmaceuticals, railway training "
     "and archaeology, as well as a protocol on consular matters.",
     ["document on archaeology", "document on pharmaceuticals", "document on railway training",
      "protocol on consular matters"]),
])
def test_a_set_of_documents_told_by_its_fields_is_one_instrument_per_field(
        analysed: Callable[..., AnalyzedDoc], text: str, titles: list[str]) -> None:
    found = find_agreements(analysed(text))
    assert sorted(ag.title for ag in found) == titles
    assert {ag.status for ag in found} == {"signed"}


def test_a_listed_field_that_is_an_instrument_is_told_once_by_its_own_name(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Oman and Kenya signed five memoranda, including on port logistics, a Youth Exchange Programme "
                 "for 2025-2028 and cooperation in athletics.")
    assert sorted(ag.title for ag in find_agreements(a)) == [
        "Youth Exchange Programme", "memorandum on cooperation in athletics",
        "memorandum on port logistics"]


def test_one_instrument_on_several_fields_stays_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Oman and Kenya signed an agreement on trade, investment and tourism.")
    assert [ag.title for ag in find_agreements(a)] == ["agreement on trade, investment and tourism"]


def test_the_fields_of_a_set_told_as_fields_are_not_one_instrument_each(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Oman and Kenya signed ten agreements covering the health, port and energy sectors.")
    assert find_agreements(a) == []


@pytest.mark.parametrize("text", [
    "Oman and Kenya signed 23 documents covering trade, energy, health and culture.",
    "Oman and Kenya concluded fifteen agreements covering trade, energy and health.",
])
def test_a_set_larger_than_its_fields_is_told_by_its_areas(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert find_agreements(analysed(text)) == []


def test_the_rest_of_a_signing_told_by_its_areas_is_not_one_instrument_each(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Fiji and Samoa signed a memorandum on fisheries and eleven other agreements covering trade, "
                 "energy and health.")
    assert [ag.title for ag in find_agreements(a)] == ["memorandum on fisheries"]
