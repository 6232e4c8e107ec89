"""Fusion rules on hand-built rows: pure functions, no database."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from accord.store.fusion import (
    cluster_events,
    cluster_indicators,
    conflicting_clusters,
    date_span,
    same_event,
    values_conflict,
)


def ev(id: int, date: str | None, location: str | None = None, participants: list[str] | None = None,
       type: str = "CONSULT", countries: str = "RUS,TJK", story: str | None = None,
       sides: dict[str, str] | None = None, session: int | None = None,
       anniversary: int | None = None) -> dict[str, Any]:
    return {"id": id, "type": type, "countries": countries, "date": date, "location": location,
            "participants": participants or [], "story": story, "sides": sides or {}, "session": session,
            "anniversary": anniversary}


def ind(id: int, value: float, period: str | None = "2024", qualifier: str | None = None) -> dict[str, Any]:
    return {"id": id, "metric": "trade_turnover", "countries": "RUS,TJK", "period": period, "kind": "actual",
            "unit": "USD", "flow_from": None, "flow_to": None, "label": None, "target_year": None,
            "value": value, "qualifier": qualifier}


def test_date_span_covers_the_precision_given():
    assert date_span("2025") == (date(2025, 1, 1), date(2025, 12, 31))
    assert date_span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_span("2025-03-17") == (date(2025, 3, 17), date(2025, 3, 17))
    assert date_span("2023-01/2023-06") == (date(2023, 1, 1), date(2023, 6, 30))
    assert date_span("March") is None and date_span(None) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_day_spans_itself(d: date):
    assert date_span(d.isoformat()) == (d, d)


def test_reports_within_the_window_fuse_and_outside_do_not():
    assert same_event(ev(1, "2025-03-17"), ev(2, "2025-03-19"), window_days=3)
    assert not same_event(ev(1, "2025-03-17"), ev(2, "2025-03-25"), window_days=3)


def test_the_window_widens_with_the_precision_of_the_date():
    assert same_event(ev(1, "2025-03"), ev(2, "2025-03-29"), window_days=3)
    assert same_event(ev(1, "2025-03"), ev(2, "2025-04-02"), window_days=3)
    assert not same_event(ev(1, "2025-03"), ev(2, "2025-04-08"), window_days=3)
    # ISO week 12 of 2025 runs from Monday 17 to Sunday 23 March
    assert date_span("2025-W12") == (date(2025, 3, 17), date(2025, 3, 23))
    assert same_event(ev(1, "2025-W12"), ev(2, "2025-03-25"), window_days=3)
    assert not same_event(ev(1, "2025-W12"), ev(2, "2025-03-30"), window_days=3)


def test_undated_reports_fuse_when_story_date_and_people_or_place_agree():
    dated = ev(1, "2025-03-17", "Moscow", ["Vladimir Putin"])
    assert same_event(ev(2, None, "Moscow", story="2025-03-18"), dated, window_days=3)
    assert same_event(ev(2, None, participants=["Putin"], story="2025-03-17"), dated, window_days=3)
    # the story date alone does not make two reports one event
    assert not same_event(ev(2, None, story="2025-03-17"), dated, window_days=3)
    # nor do place and people without a story date that agrees
    assert not same_event(ev(2, None, "Moscow", ["Putin"], story="2025-05-02"), dated, window_days=3)
    assert same_event(ev(1, None, "Moscow", story="2025-03-17"), ev(2, None, "moscow", story="2025-03-16"),
                      window_days=3)


def test_two_undated_meetings_of_the_same_leaders_years_apart_stay_two():
    people = ["Emomali Rahmon", "Vladimir Putin"]
    a = ev(1, None, "Moscow", people, story="2019-05-08")
    b = ev(2, None, "Moscow", people, story="2024-05-08")
    assert not same_event(a, b, window_days=3)
    assert cluster_events([a, b], 3) == {1: 1, 2: 2}


def test_a_bare_year_places_an_event_only_through_its_story():
    assert not same_event(ev(1, "2025"), ev(2, "2025-03-17"), window_days=3)
    assert same_event(ev(1, "2025", "Moscow", story="2025-03-18"), ev(2, "2025-03-17", "Moscow"), window_days=3)
    # a story of 2025 that dates its event 2019 does not report the 2025 meeting
    assert not same_event(ev(1, "2019", "Moscow", story="2025-03-18"), ev(2, "2025-03-17", "Moscow"), window_days=3)


def test_participants_compare_by_person_across_spellings_and_scripts():
    a = ev(1, "2022-05-10", participants=["Recep Tayyip Erdoğan"], countries="KAZ,TUR")
    assert same_event(a, ev(2, "2022-05-11", "Ankara", ["Эрдоган"], countries="KAZ,TUR"), window_days=3)
    assert same_event(ev(1, "2023-11-18", None, ["M. Bazrpash"], story="2023-11-18"),
                      ev(2, None, "Ashgabat", ["Mehrdad Bazarpash"], story="2023-11-19"), window_days=3)


def test_host_named_by_one_outlet_and_guest_by_the_other_do_not_vote_no():
    host = ev(1, "2025-03-17", "Dushanbe", ["Emomali Rahmon"], sides={"rhmn": "TJK"})
    guest = ev(2, "2025-03-17", "Dushanbe", ["Vladimir Putin"], sides={"ptn": "RUS"})
    assert same_event(host, guest, window_days=3)
    # another person for the same side is another meeting, even in the same palace
    other = ev(3, "2025-03-17", "Dushanbe", ["Dmitry Medvedev"], sides={"mdvdv": "RUS"})
    assert not same_event(guest, other, window_days=3)


def test_different_place_and_no_people_keep_events_apart():
    assert not same_event(ev(1, "2025-03-17", "Moscow"), ev(2, "2025-03-17", "Dushanbe"), window_days=3)
    # another place, but a shared participant (named differently) is the same meeting
    a = ev(1, "2025-03-17", "Moscow", ["Vladimir Putin"])
    assert same_event(a, ev(3, "2025-03-18", "Kremlin", ["Putin"]), window_days=3)


def test_an_undated_story_joins_the_one_event_it_agrees_with_and_no_other():
    rows = [ev(1, "2024-09-03", "Ulaanbaatar", ["Vladimir Putin", "Ukhnaagiin Khurelsukh"]),
            ev(2, "2019-09-03", "Ulaanbaatar", ["Vladimir Putin", "Khaltmaagiin Battulga"],
               sides={"ptn": "RUS", "btlg": "MNG"}),
            ev(3, None, None, ["Khurelsukh"], sides={"hrlsh": "MNG"})]
    assert cluster_events(rows, 3) == {1: 1, 2: 2, 3: 1}
    # when two events fit it equally, an undated report is not guessed into either
    rows[1] = ev(2, "2019-09-03", "Ulaanbaatar", ["Vladimir Putin", "Ukhnaagiin Khurelsukh"])
    assert cluster_events(rows, 3) == {1: 1, 2: 2, 3: 3}
    # nor does it join a cluster it shares no person with: a place alone does not date a story
    assert cluster_events([rows[0], ev(3, None, "Ulaanbaatar")], 3) == {1: 1, 3: 3}
    assert cluster_events([rows[0], ev(3, None, "Kazan", ["Putin"])], 3) == {1: 1, 3: 1}


def test_an_undated_report_joins_a_delegation_whose_reports_name_different_members() -> None:
    # one report names the presidents, one a president and his minister, one only the minister at
    # the same day's forum: one event; an undated report of the president joins it
    def row(id: int, date: str | None, people: list[str], sides: dict[str, str]) -> dict[str, Any]:
        return ev(id, date, "Lima", people, countries="CHL,PER", sides=sides)

    rows = [row(1, "2025-05-10", ["Gabriel Boric", "Dina Boluarte"], {"brk": "CHL", "blrt": "PER"}),
            row(2, "2025-05-10", ["Gabriel Boric", "Alberto van Klaveren"], {"brk": "CHL", "klvrn": "CHL"}),
            row(3, "2025-05-10", ["Alberto van Klaveren"], {"klvrn": "CHL"}),
            row(4, None, ["Boric"], {"brk": "CHL"})]
    assert cluster_events(rows, 3) == {1: 1, 2: 1, 3: 1, 4: 1}
    # a report that names someone else for a side the cluster names stays apart
    rows[3] = row(4, None, ["Boric", "Luis Arce"], {"brk": "CHL", "ark": "PER"})
    assert cluster_events(rows, 3) == {1: 1, 2: 1, 3: 1, 4: 4}


def test_an_undated_report_joins_the_visit_timed_to_its_anniversary_of_two_it_fits():
    rows = [ev(1, "2026-10-05", "Paris", ["Emmanuel Macron", "Sadyr Japarov"], countries="FRA,KGZ"),
            ev(2, "2031-04-20", "Paris", ["Emmanuel Macron", "Sadyr Japarov"], countries="FRA,KGZ", anniversary=35),
            ev(3, None, None, ["Japarov"], countries="FRA,KGZ", anniversary=35)]
    assert cluster_events(rows, 3) == {1: 1, 2: 2, 3: 2}
    assert cluster_events(list(reversed(rows)), 3) == {1: 1, 2: 2, 3: 2}
    # another anniversary is another year: the one visit it fits then does not take it
    assert cluster_events([rows[1], ev(3, None, None, ["Japarov"], countries="FRA,KGZ", anniversary=30)], 3) \
        == {2: 2, 3: 3}
    # told by neither or by only one of the two it fits, it stays apart
    assert cluster_events([rows[0], {**rows[1], "anniversary": None}, rows[2]], 3) == {1: 1, 2: 2, 3: 3}


def test_an_undated_report_stored_first_lends_its_cluster_its_id():
    rows = [ev(1, None, None, ["Khurelsukh"]), ev(5, "2024-09-03", participants=["Ukhnaagiin Khurelsukh"]),
            ev(7, "2024-09-04", "Ulaanbaatar")]
    assert cluster_events(rows, 3) == {1: 1, 5: 1, 7: 1}


def test_clusters_do_not_depend_on_row_order():
    rows = [ev(1, "2025-03-17"), ev(2, "2025-03-20"), ev(3, "2025-03-23"), ev(4, "2025-06-01"),
            ev(5, "2025-03-18", type="AGREE")]
    forward = cluster_events(rows, 3)
    backward = cluster_events(list(reversed(rows)), 3)
    assert forward == backward == {1: 1, 2: 1, 3: 1, 4: 4, 5: 5}


def test_conflicts_are_values_outside_their_qualifiers_reach():
    assert values_conflict(ind(1, 1.5e9), ind(2, 1.6e9))
    # no tolerance beyond the qualifiers: two bare values that differ conflict
    assert values_conflict(ind(1, 1.5e9), ind(2, 1.52e9))
    assert not values_conflict(ind(1, 1.5e9, qualifier="over"), ind(2, 1.6e9))
    assert values_conflict(ind(1, 1.5e9, qualifier="under"), ind(2, 1.6e9))
    # "about" reaches 5% either way
    assert not values_conflict(ind(1, 500e6, qualifier="about"), ind(2, 520e6))
    assert values_conflict(ind(1, 400e6, qualifier="about"), ind(2, 427e6))
    assert not values_conflict(ind(1, 5e9, qualifier="about"), ind(2, 5e9, qualifier="over"))


def test_other_periods_are_a_series_and_period_less_figures_fuse_when_values_agree():
    rows = [ind(1, 1.5e9, "2024"), ind(2, 1.6e9, "2024"), ind(3, 1.3e9, "2023"), ind(4, 1.5e9, None),
            ind(5, 1.5e9, None, qualifier="over"), ind(6, 1.6e9, None), ind(7, 1.55e9, None, qualifier="about"),
            ind(8, 20, None, qualifier="over"), ind(9, 95, None)]
    clusters = cluster_indicators(rows)
    # 7 ("about 1.55bn") reaches both 1.5bn and 1.6bn, so those period-less reports are one figure;
    # "over 20" and "95" may both be true, but they are not the same number
    assert clusters == {1: 1, 2: 1, 3: 3, 4: 4, 5: 4, 6: 4, 7: 4, 8: 8, 9: 9}
    assert conflicting_clusters(rows, clusters) == {1, 4}


def test_repeated_targets_fuse_when_value_unit_kind_and_year_agree():
    def target(id: int, value: float, year: str) -> dict[str, Any]:
        return {**ind(id, value, None), "kind": "target", "unit": "multiplier", "target_year": year}

    clusters = cluster_indicators([target(1, 2.5, "2030"), target(2, 2.5, "2030"), target(3, 2.5, "2035"),
                                   target(4, 3.0, "2030")])
    assert clusters == {1: 1, 2: 1, 3: 3, 4: 4}


def test_one_session_number_fuses_and_another_keeps_apart():
    held = ev(1, "2025-06-10", "Dushanbe", ["Rahmon"], session=9)
    # told two days later, in another city's words, naming nobody: the ninth session all the same
    assert same_event(held, ev(2, "2025-06-12", "Tajikistan", session=9), window_days=3)
    # the same day and place, but the eighth session: another event
    assert not same_event(held, ev(3, "2025-06-10", "Dushanbe", ["Rahmon"], session=8), window_days=3)
    # one number is no licence across years
    assert not same_event(held, ev(4, "2019-06-10", session=9), window_days=3)


def test_an_undated_report_joins_the_cluster_of_its_session_number():
    ninth = [ev(1, "2025-06-10", "Dushanbe", ["Rahmon"], session=9), ev(2, "2025-06-11", session=9)]
    earlier = [ev(3, "2021-10-02", "Dushanbe", session=7)]
    assert cluster_events([*ninth, *earlier, ev(4, None, session=9)], 3) == {1: 1, 2: 1, 3: 3, 4: 1}
    # a number no cluster has keeps it apart, even when a participant matches
    assert cluster_events([*ninth, ev(5, None, participants=["Rahmon"], session=10)], 3)[5] == 5


def test_reports_chained_within_the_window_fuse_in_any_order_and_a_month_reaches_its_days():
    # the 1st and the 5th are 4 days apart, each within 3 days of the 3rd; the March report spans
    # the month, so the 30th is within its window though it starts 29 days after it
    rows = [ev(5, "2025-05-05"), ev(1, "2025-05-01"), ev(3, "2025-05-03"), ev(9, "2025-05-20"),
            ev(7, "2025-03"), ev(8, "2025-03-30"), ev(2, "2025-04-10")]
    assert cluster_events(rows, window_days=3) == {1: 1, 3: 1, 5: 1, 9: 9, 7: 7, 8: 7, 2: 2}
    assert cluster_events(rows[::-1], window_days=3) == cluster_events(rows, window_days=3)
