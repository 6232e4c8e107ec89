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
       type: str = "CONSULT", countries: str = "RUS,TJK") -> dict[str, Any]:
    return {"id": id, "type": type, "countries": countries, "date": date, "location": location,
            "participants": participants or []}


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
    assert same_event(ev(1, "2025-03"), ev(2, "2025-03-17"), window_days=3)


def test_undated_never_fuses_with_dated():
    assert not same_event(ev(1, None, "Moscow"), ev(2, "2025-03-17", "Moscow"), window_days=3)
    assert same_event(ev(1, None, "Moscow"), ev(2, None, "moscow"), window_days=3)
    # two undated reports with nothing in common are kept apart
    assert not same_event(ev(1, None), ev(2, None), window_days=3)


def test_different_place_and_people_keep_events_apart():
    a = ev(1, "2025-03-17", "Moscow", ["Vladimir Putin"])
    assert not same_event(a, ev(2, "2025-03-17", "Dushanbe", ["Sergey Lavrov"]), window_days=3)
    # another place, but a shared participant (named differently) is the same meeting
    assert same_event(a, ev(3, "2025-03-18", "Kremlin", ["Putin"]), window_days=3)


def test_a_bare_year_only_fuses_with_the_same_year():
    assert not same_event(ev(1, "2025"), ev(2, "2025-03-17"), window_days=3)
    assert same_event(ev(1, "2025"), ev(2, "2025"), window_days=3)


def test_clusters_do_not_depend_on_row_order():
    rows = [ev(1, "2025-03-17"), ev(2, "2025-03-20"), ev(3, "2025-03-23"), ev(4, "2025-06-01"),
            ev(5, "2025-03-18", type="AGREE")]
    forward = cluster_events(rows, 3)
    backward = cluster_events(list(reversed(rows)), 3)
    assert forward == backward == {1: 1, 2: 1, 3: 1, 4: 4, 5: 5}


def test_conflicts_allow_two_percent_and_read_qualifiers():
    assert values_conflict(ind(1, 1.5e9), ind(2, 1.6e9))
    assert not values_conflict(ind(1, 1.5e9), ind(2, 1.52e9))
    assert not values_conflict(ind(1, 1.5e9, qualifier="over"), ind(2, 1.6e9))
    assert values_conflict(ind(1, 1.5e9, qualifier="under"), ind(2, 1.6e9))
    assert not values_conflict(ind(1, 500e6, qualifier="about"), ind(2, 520e6))


def test_other_periods_are_a_series_and_no_period_never_merges():
    rows = [ind(1, 1.5e9, "2024"), ind(2, 1.6e9, "2024"), ind(3, 1.3e9, "2023"), ind(4, 1.5e9, None),
            ind(5, 1.5e9, None)]
    clusters = cluster_indicators(rows)
    assert clusters == {1: 1, 2: 1, 3: 3, 4: 4, 5: 5}
    assert conflicting_clusters(rows, clusters) == {1}
