"""Amounts as the Russian press writes them, and round trips of random amounts written the Russian way."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.extract.indicators.numbers import find_quantities, parse_figure


def _read(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru") if not q.conversion]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("товарооборот составил $24,2 млрд", [(24_200_000_000, "USD")]),
        ("до 17 миллиардов долларов", [(17_000_000_000, "USD")]),
        ("инвестиции на 1,5 млрд долларов США", [(1_500_000_000, "USD")]),
        ("объем достиг 3, 244 млрд долларов", [(3_244_000_000, "USD")]),
        ("вырос в 2,5 раза", [(2.5, "multiplier")]),
        ("работают более 300 предприятий", [(300, "count")]),
        ("увеличился на 7,3%", [(7.3, "percent")]),
        ("рост на 12 процентов", [(12, "percent")]),
        ("1,2 трлн тенге", [(1_200_000_000_000, "KZT")]),
        ("5,6 млн сомони", [(5_600_000, "TJS")]),
        ("100 млн евро", [(100_000_000, "EUR")]),
        ("2 млрд рублей", [(2_000_000_000, "RUB")]),
        ("15 тыс. тонн зерна", [(15_000, "count")]),
        ("12 345,6 млн", [(12_345_600_000, "count")]),
        ("экспорт вырос вдвое", [(2, "multiplier")]),
        ("подписали три документа", [(3, "count")]),
        ("двадцать пять проектов", [(25, "count")]),
    ],
)
def test_russian_amounts(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


def test_a_range_reads_its_lower_bound_with_the_upper_ones_scale_and_currency() -> None:
    [low, high] = find_quantities("от 3 до 5 млрд долларов", "ru")
    assert (low.value, low.unit, low.lower_bound) == (3_000_000_000, "USD", True)
    assert (high.value, high.unit) == (5_000_000_000, "USD")


@pytest.mark.parametrize("text", ["12.12.2010", "Бишкек, 13.02.26 /Кабар/.", "в 15:40", "в 2024 году"])
def test_dates_clock_times_and_years_are_not_amounts(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("24,2", Decimal("24.2")), ("1,500", Decimal("1.5")), ("12 345", Decimal(12345)),
     ("1\u00a0500\u00a0000", Decimal(1500000)), ("1.5", Decimal("1.5")), ("12.12.2010", None)],
)
def test_a_russian_figure_has_a_decimal_comma_and_space_grouping(text: str, value: Decimal | None) -> None:
    assert parse_figure(text, "ru") == value


_SCALES = {"млн": 10**6, "млрд": 10**9, "миллиардов": 10**9, "миллиона": 10**6, "трлн": 10**12}
_CURRENCIES = {"долларов": "USD", "долларов США": "USD", "евро": "EUR", "тенге": "KZT", "сомони": "TJS",
               "рублей": "RUB", "юаней": "CNY"}


def _russian(whole: int, tenths: int, sep: str) -> str:
    grouped = f"{whole:,}".replace(",", sep)
    return f"{grouped},{tenths}" if tenths else grouped


@given(
    whole=st.integers(min_value=1, max_value=999_999),
    tenths=st.integers(min_value=0, max_value=9),
    sep=st.sampled_from([" ", "\u00a0"]),
    scale=st.sampled_from(sorted(_SCALES)),
    currency=st.sampled_from(sorted(_CURRENCIES)),
    prefix=st.sampled_from(["составил ", "до ", "на сумму ", "около "]),
)
def test_any_sum_written_the_russian_way_parses_back_to_itself(
    whole: int, tenths: int, sep: str, scale: str, currency: str, prefix: str
) -> None:
    text = f"{prefix}{_russian(whole, tenths, sep)} {scale} {currency}."
    expected = float((Decimal(whole) + Decimal(tenths) / 10) * _SCALES[scale])
    assert _read(text) == [(expected, _CURRENCIES[currency])]


@given(whole=st.integers(min_value=0, max_value=999), hundredths=st.integers(min_value=1, max_value=99),
       unit=st.sampled_from(["%", " процента", " процентов"]))
def test_any_percentage_written_the_russian_way_parses_back_to_itself(whole: int, hundredths: int, unit: str) -> None:
    text = f"вырос на {whole},{hundredths:02d}{unit} за год"
    assert _read(text) == [(float(Decimal(whole) + Decimal(hundredths) / 100), "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("товарооборот составил 2 млрд 310 млн долларов", [(2_310_000_000, "USD")]),
        ("экспорт достиг $4 млрд 75 млн", [(4_075_000_000, "USD")]),
        ("инвестиции на 1 млн 200 тыс. евро", [(1_200_000, "EUR")]),
        ("объем составил 3 трлн 40 млрд тенге", [(3_040_000_000_000, "KZT")]),
        ("импорт – 9 миллиардов 600 миллионов рублей", [(9_600_000_000, "RUB")]),
        ("5 млн долларов, 30 млн из них", [(5_000_000, "USD"), (30_000_000, "count")]),
        ("5 млн 30 млрд", [(5_000_000, "count"), (30_000_000_000, "count")]),
    ],
)
def test_a_smaller_scaled_figure_after_a_scaled_one_adds_to_it(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected
