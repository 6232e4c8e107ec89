"""Reporting periods as the Russian press writes them: the year tied by its case, markers before it."""

from __future__ import annotations

import pytest

from accord.extract.indicators.periods import find_periods
from accord.timex import find_time_expressions

ANCHOR = "2025-06-15"


def _periods(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.value, p.marker) for p in find_periods(text, find_time_expressions(text, "ru"), ANCHOR, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("за 11 месяцев прошлого года", [("11 месяцев прошлого года", "2024-01/2024-11", "in")]),
        ("за первые 9 месяцев 2024 года", [("первые 9 месяцев 2024", "2024-01/2024-09", "in")]),
        ("по итогам 2023 года", [("2023 года", "2023", "in")]),
        ("в январе-сентябре 2024 года", [("январе-сентябре 2024 года", "2024-01/2024-09", "in")]),
        ("за январь–май текущего года", [("январь–май текущего года", "2025-01/2025-05", "in")]),
        ("к 2030 году", [("2030 году", "2030", "deadline")]),
        ("до 2030 года", [("2030 года", "2030", "deadline")]),
        ("в первом полугодии 2024 года", [("первом полугодии 2024", "2024-01/2024-06", "in")]),
        ("в I квартале 2025 года", [("I квартале 2025", "2025-01/2025-03", "in")]),
        ("по сравнению с аналогичным периодом 2023 года", [("2023 года", "2023", "base")]),
        ("5 млрд долларов в год", [("в год", None, "rate")]),
    ],
)
def test_russian_periods(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("за восемь месяцев текущего года", "2025-01/2025-08"),
        ("за первые десять месяцев 2024 года", "2024-01/2024-10"),
        ("за пять месяцев прошлого года", "2024-01/2024-05"),
        ("за одиннадцать месяцев 2023 года", "2023-01/2023-11"),
        ("за три месяца этого года", "2025-01/2025-03"),
    ],
)
def test_months_counted_in_words_are_a_period_from_january(text: str, value: str) -> None:
    assert [v for _, v, _ in _periods(text)] == [value]


def test_months_counted_in_words_with_no_year_are_a_duration() -> None:
    assert [v for _, v, _ in _periods("проект рассчитан на восемь месяцев")] == []
