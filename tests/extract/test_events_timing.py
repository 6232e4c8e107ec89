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


# the story of 5 March 2025 (a Wednesday) dates its acts by a count of days from another act
@pytest.mark.parametrize(("text", "want"), [
    ("Armenia summoned the Iranian envoy on Tuesday, a day after Tehran imposed a ban on Armenian brandy.",
     {("PROTEST", "2025-03-04"), ("SANCTION", "2025-03-03")}),
    ("Two days after Mali expelled the Swiss ambassador on 21 February, Bern recalled its own envoy.",
     {("SANCTION", "2025-02-21"), ("SANCTION", "2025-02-23")}),
    ("Estonia closed its border with Russia on 28 February, one week after Moscow detained four Estonian "
     "nationals.", {("COERCE", "2025-02-28"), ("COERCE", "2025-02-21")}),
    ("A day before the Laotian president arrived in Hanoi on Friday, the two foreign ministers spoke by phone.",
     {("CONSULT", "2025-02-27"), ("CONSULT", "2025-02-28")}),
    ("The Croatian premier met his Slovenian counterpart in Zagreb on Monday, hours after the two governments "
     "signed a rail deal.", {("CONSULT", "2025-03-03"), ("AGREE", "2025-03-03")}),
    ("Three days before it recalled its ambassador from Kinshasa on Sunday, Kigali accused Congo of arming "
     "rebels.", {("SANCTION", "2025-03-02"), ("ACCUSE", "2025-02-27")}),
    # a count with no number is a few days or weeks: the act keeps the month only
    ("Poland closed a crossing on Monday, days after Belarusian guards detained two Polish citizens.",
     {("COERCE", "2025-03-03"), ("COERCE", "2025-02")}),
    ("Weeks after Benin expelled two Nigerien diplomats on 2 February, Niamey recalled its envoy.",
     {("SANCTION", "2025-02-02"), ("SANCTION", "2025-02")}),
])
def test_a_count_of_days_after_or_before_another_act_sets_the_date_off(
        analysed: Callable[..., AnalyzedDoc], text: str, want: set[tuple[str, str]]) -> None:
    assert {(e.type, e.date) for e in find_events(analysed(text))} == want


def test_acts_of_last_week_and_this_week_carry_their_month(analysed: Callable[..., AnalyzedDoc]) -> None:
    last = analysed("Last week envoys from Mongolia and Kazakhstan held four meetings over three days.")
    this = analysed("Earlier this week Tunisia and Libya agreed to reopen the Ras Jedir crossing.")
    assert [(e.type, e.date) for e in find_events(last)] == [("CONSULT", "2025-02")]
    assert [(e.type, e.date) for e in find_events(this)] == [("AGREE", "2025-03")]


# the story of 5 March 2025: a date inside a clause of 'after' or 'before' is the day of that clause's act;
# the act outside it comes later or earlier, so it does not take that day (it is told as the story's own)
@pytest.mark.parametrize(("text", "want"), [
    ("Romania lodged a protest with Hungary after Hungarian police detained two Romanian truck drivers on "
     "Saturday.", {("PROTEST", "2025-03-05"), ("COERCE", "2025-03-01")}),
    ("Peru recalled its ambassador from Mexico after the Mexican president insulted the Peruvian government on "
     "12 February.", {("SANCTION", "2025-03-05")}),
    ("Talks between Egypt and Ethiopia on the dam resumed after the two governments exchanged letters on "
     "20 January.", {("CONSULT", "2025-03-05")}),
    ("Kenya summoned the Somali envoy before Somalia expelled two Kenyan diplomats on Monday.",
     {("PROTEST", "2025-03-05"), ("SANCTION", "2025-03-03")}),
    ("Chile opened a consulate in Auckland after New Zealand and Chile signed a visa agreement in January.",
     {("AGREE", "2025-01"), ("COOPERATE", "2025-03-05")}),
    # a date that stands outside the clause is still the act's own
    ("On Friday, after the ministers met in Doha, Qatar and Oman signed a transit agreement.",
     {("CONSULT", "2025-02-28"), ("AGREE", "2025-02-28")}),
])
def test_a_date_in_a_clause_of_after_or_before_is_not_the_other_acts(
        analysed: Callable[..., AnalyzedDoc], text: str, want: set[tuple[str, str]]) -> None:
    assert {(e.type, e.date) for e in find_events(analysed(text))} == want
