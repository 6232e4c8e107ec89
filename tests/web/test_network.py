"""Partners and network edges in a date range, from hand-made fused facts."""

from __future__ import annotations

from datetime import date

from accord.store import queries as q
from accord.web.network import fact_date, ranked, tallies


def source(published: str | None) -> q.Source:
    return q.Source("d", "d.txt", None, published, None, "A sentence.")


def event(countries: list[str], when: str | None, published: str | None = None) -> q.FusedEvent:
    return q.FusedEvent("ev-1", "CONSULT", None, countries, when, None, [], 1, [source(published)])


def test_undated_facts_take_their_earliest_report() -> None:
    assert fact_date(None, [source("2025-05-02"), source("2025-04-30"), source(None)]) == "2025-04-30"
    assert fact_date("2024", [source("2025-05-02")]) == "2024"
    assert fact_date(None, [source(None)]) is None


def test_weights_count_events_and_agreements_in_the_range() -> None:
    events = [event(["TJK", "RUS"], "2025-03-17"), event(["TJK", "RUS"], "2023-01-05"),
              event(["TJK", "IRN", "AZE"], None, published="2025-06-01")]
    agreements = [q.AgreementFact("agr-1", "Memorandum", ["TJK", "IRN"], "signed", "2025-01-16", [source(None)])]
    figures = [q.Figure("ind-1", "trade_turnover", ["RUS", "TJK"], "2024", "actual", "USD", 1.5e9, None, None, None,
                        None, False, [])]
    partners, between = tallies("TJK", events, agreements, figures, date(2025, 1, 1), date(2025, 12, 31))
    assert {c: (t.events, t.agreements, t.figures, t.weight) for c, t in partners.items()} == {
        "RUS": (1, 0, 0, 1), "IRN": (1, 1, 0, 2), "AZE": (1, 0, 0, 1)}
    assert between == {("AZE", "IRN"): 1}
    assert [c for c, _ in ranked(partners)] == ["IRN", "AZE", "RUS"]  # AZE's last date is the newer one
    everything, _ = tallies("TJK", events, agreements, figures, None, None)
    assert (everything["RUS"].events, everything["RUS"].figures, everything["RUS"].last_date) == (2, 1, "2025-03-17")
