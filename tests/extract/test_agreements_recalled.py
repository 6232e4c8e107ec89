"""Instruments recalled outside a signing clause: a scheme in force since a year, a treaty named by its
capitalised head after the year it is of."""

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


def test_an_in_force_phrase_after_a_title_tells_its_status(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peruvian nurses can train in Austria under the Youth Exchange Scheme, in force since 2014, "
                 "which now takes 150 people a year.")
    [ag] = find_agreements(a)
    assert ag.title == "Youth Exchange Scheme"
    assert (ag.status, ag.date) == ("in_force", "2014")
    assert sorted(ag.countries) == ["AUT", "PER"]


def test_a_scheme_only_discussed_names_no_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ireland and Chile discussed a scheme to cut fees for students.")
    assert find_agreements(a) == []


def test_the_instrument_to_be_changed_is_told_by_its_change(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Jordan and Canada said talks on updating the Canada-Jordan Free Trade Agreement, in force since "
                 "2012, would open in June.")
    [ag] = find_agreements(a)
    assert ag.title == "update of Canada-Jordan Free Trade Agreement"
    assert ag.status == "proposed"


def test_a_capitalised_head_after_a_past_year_names_the_treaty_of_that_year(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("\"The 1929 Treaty guarantees Peru free use of the port for ever,\" the Chilean minister said.")
    [ag] = find_agreements(a)
    assert ag.title == "1929 Treaty"
    assert (ag.status, ag.date) == ("signed", "1929")
    assert sorted(ag.countries) == ["CHL", "PER"]


def test_a_capitalised_head_after_a_year_to_come_is_no_treaty_that_exists(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Chile will sign the 2030 Plan next year.")
    [ag] = find_agreements(a)
    assert ag.status == "proposed"
