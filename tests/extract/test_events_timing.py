"""When a story's events happen: a visit planned through the journey it is the purpose of, steps a
future act waits for, days told relative to the publication date or to another event."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_events_frictions import find_events

from accord.extract.analysis import AnalyzedDoc


@pytest.fixture
def published() -> str:
    return "2025-03-05"  # a Wednesday


def test_a_visit_that_a_future_journey_is_for_is_planned(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana's trade minister met Dutch officials in Accra on Monday.\n\n"
                 "The Dutch delegation will go to Tamale on Friday to visit a solar farm.")
    consults = sorted((e.date, e.mode) for e in find_events(a) if e.type == "CONSULT")
    # Friday ahead, not the Friday before the story: a second event, not the Monday meeting told again
    assert consults == [("2025-03-03", "meeting"), ("2025-03-07", "visit")]


def test_a_ratification_voted_is_an_agreement_of_the_day_of_the_vote(analysed: Callable[..., AnalyzedDoc]) -> None:
    voted = analysed("Ghana's parliament yesterday backed the ratification of the road transport treaty with "
                     "Togo.")
    planned = analysed("The Senate is expected to approve the ratification of the treaty between Ghana and Togo.")
    pending = analysed("The ratification of the treaty between Ghana and Togo has not been approved by the Senate.")
    assert [(e.type, e.date) for e in find_events(voted)] == [("AGREE", "2025-03-04")]
    assert find_events(planned) == []
    assert find_events(pending) == []
