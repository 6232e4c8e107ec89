"""Sentences that name an event without reporting one of their own: a question put to a minister (the
answer tells the event), a writer addressing the reader, a person sworn in, and a plan named again by a
definite noun."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_events_frictions import find_events, types

from accord.extract.analysis import AnalyzedDoc


@pytest.fixture
def published() -> str:
    return "2025-03-04"


def test_a_question_s_event_is_the_one_its_answer_tells(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Q: What did Ghana and Brazil sign during President Mahama's visit to Brasilia? A: During the "
                 "state visit of President Mahama to Brasilia in October 2024, Ghana and Brazil signed a "
                 "protocol on cocoa research.")
    events = find_events(a)
    assert sorted((e.type, e.date) for e in events) == [("AGREE", "2024-10"), ("CONSULT", "2024-10")]


def test_a_question_alone_still_tells_its_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Q: Your prime minister travelled to Hanoi in April. What did Norway gain from the visit?")
    assert types(find_events(a)) == ["CONSULT"]


def test_an_answer_after_a_question_still_tells_its_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Q: Were the negotiations a success? A: Ghana and Brazil signed a visa waiver agreement in "
                 "Brasilia on Monday.")
    agreed = [e for e in find_events(a) if e.type == "AGREE"]
    assert len(agreed) == 1
    assert agreed[0].date == "2025-03-03"


def test_a_reader_addressed_with_a_request_verb_is_no_request(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ask any tailor in Lagos where her fabric is woven and she will probably name China.")
    assert "REQUEST" not in types(find_events(a))


def test_a_state_urging_the_other_is_still_a_request(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Monday Chile urged Portugal to reopen the consulate in Valparaiso.")
    assert types(find_events(a)) == ["REQUEST"]


def test_the_inauguration_of_a_president_is_no_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    named = analysed("Uruguay confirmed on Friday that its vice-president would attend the inauguration of "
                     "Paraguayan President-elect Ana Benitez in Asuncion.")
    office = analysed("Peruvian ministers attended the inauguration of the new Bolivian president in La Paz.")
    assert "COOPERATE" not in types(find_events(named))
    assert "COOPERATE" not in types(find_events(office))


def test_the_inauguration_of_a_work_is_still_a_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Bolivia attended the inauguration of the Desaguadero border bridge on Saturday.")
    assert "COOPERATE" in types(find_events(a))


def test_a_plan_named_again_by_a_definite_noun_is_that_plan(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway summoned the Georgian ambassador on Monday. Georgia's prime minister still plans to "
                 "travel to Oslo in June for talks on energy. Norwegian diplomats confirmed the visit would go "
                 "ahead.")
    visits = [e for e in find_events(a) if e.type == "CONSULT"]
    assert [e.date for e in visits] == ["2025-06"]


def test_people_who_arrive_are_no_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    refugees = analysed("Germany pledged more help for Sudanese refugees who arrived in Chad last year.")
    minister = analysed("The Armenian minister, who arrived in Ottawa on Monday, met his Canadian counterpart.")
    assert "CONSULT" not in types(find_events(refugees))
    assert [(e.type, e.date) for e in find_events(minister)] == [("CONSULT", "2025-03-03")]


def test_talks_named_as_what_was_discussed_are_no_round(analysed: Callable[..., AnalyzedDoc]) -> None:
    discussed = analysed("Earlier this month, Kenya's trade secretary received the Korean ambassador to examine a "
                         "restart of the economic partnership negotiations, frozen since 2020.")
    held = analysed("Korea and Kenya held negotiations on an economic partnership in Nairobi on Monday.")
    assert [(e.type, e.mode, e.date) for e in find_events(discussed)] == [("CONSULT", "meeting", "2025-03")]
    assert [(e.type, e.mode, e.date) for e in find_events(held)] == [("CONSULT", "talks", "2025-03-03")]


def test_a_signing_hoped_for_with_no_date_is_no_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    hoped = analysed("Ruiz told reporters that Lima hopes to sign a fisheries memorandum with Quito soon.")
    signed = analysed("Peru and Ecuador signed a memorandum on fisheries on Monday.")
    assert find_events(hoped) == []
    assert [(e.type, e.date) for e in find_events(signed)] == [("AGREE", "2025-03-03")]


def test_a_signing_planned_for_a_day_is_an_event_of_that_day(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Ecuador are expected to sign a memorandum on fisheries on 12 May.")
    assert [(e.type, e.date) for e in find_events(a)] == [("AGREE", "2025-05-12")]


def test_a_reader_addressed_before_the_main_clause_is_no_request(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ask a Filipino tuna exporter who buys his catch and the reply, nine times out of ten, is Japan.")
    assert "REQUEST" not in types(find_events(a))


def test_a_summit_one_leader_attended_is_no_event_of_the_pair(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana accused Morocco of stalling the talks. Speaking to journalists in London, where she "
                 "attended the Commonwealth summit, the Ghanaian foreign minister called the delay unfortunate.")
    assert "CONSULT" not in types(find_events(a))


def test_a_forum_of_the_pair_one_leader_attended_is_an_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("President Lula attended the India-Brazil Business Summit in Delhi on Tuesday.")
    assert [(e.type, e.mode) for e in find_events(a)] == [("CONSULT", "forum")]


# a gathering said to be scheduled, foreseen or envisaged (a passive of planning) is still to come: never one
# held on the story's day
@pytest.mark.parametrize("text", [
    "Bolivia and Paraguay signed a gas deal on Friday. The meeting of the Binational Commission is scheduled in "
    "Asuncion.",
    "Bolivia and Paraguay signed a gas deal on Friday. Arce and Pena will meet again in Asuncion, where is foreseen "
    "the meeting of the Binational Commission.",
    "Chile and Peru signed a fisheries protocol on Friday. A session of the joint commission is envisaged in Lima.",
    "Kenya and Ethiopia signed a road deal on Friday. A visit of the Kenyan president to Addis Ababa is foreseen in "
    "the autumn.",
    "Uzbekistan and Qatar signed three deals on Friday. A meeting of the business council is envisioned in Doha.",
    "The presidents of Ghana and Togo met in Accra on Friday. A second round of talks is slated for June.",
])
def test_a_gathering_told_by_a_passive_of_planning_is_not_held(
        analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    held = [e for e in find_events(analysed(text, published="2024-03-08")) if e.type == "CONSULT"]
    assert [(e.mode, e.date) for e in held] in ([], [("meeting", "2024-03-08")])
    assert all(e.mode == "meeting" for e in held)
