"""Dates as the Russian press writes them, and round trips of random dates through those forms."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.timex import find_time_expressions, resolve, resolve_end

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
MONTHS_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]
MONTHS_LOC = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
              "ноябре", "декабре"]
ANCHOR = "2025-06-15"


def _resolved(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, resolve(e, ANCHOR)) for e in find_time_expressions(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("встреча состоялась 30 января", [("30 января", "2025-01-30")]),
        ("подписан 7 ноября 2014 года в Астане", [("7 ноября 2014 года", "2014-11-07")]),
        ("соглашение от 12.12.2010", [("12.12.2010", "2010-12-12")]),
        ("в этом году", [("этом году", "2025")]),
        ("за 11 месяцев прошлого года", [("прошлого года", "2024")]),
        ("в минувшем году", [("минувшем году", "2024")]),
        ("по итогам 2023 года", [("2023 года", "2023")]),
        ("к 2030 году", [("2030 году", "2030")]),
        ("15 марта 2025 г.", [("15 марта 2025 г.", "2025-03-15")]),
        ("в следующем месяце", [("следующем месяце", "2025-07")]),
    ],
)
def test_russian_dates_resolve(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _resolved(text) == expected


def test_a_span_of_months_of_a_year_is_one_range() -> None:
    [expr] = find_time_expressions("в январе-сентябре 2024 года", "ru")
    assert (resolve(expr, ANCHOR), resolve_end(expr, ANCHOR)) == ("2024-01", "2024-09")
    [expr] = find_time_expressions("январь-сентябрь 2024 года", "ru")
    assert (resolve(expr, ANCHOR), resolve_end(expr, ANCHOR)) == ("2024-01", "2024-09")


def test_a_span_of_days_in_one_month_is_one_range() -> None:
    [expr] = find_time_expressions("визит 2-3 октября 2024 года", "ru")
    assert (resolve(expr, ANCHOR), resolve_end(expr, ANCHOR)) == ("2024-10-02", "2024-10-03")


def test_amounts_are_not_dates() -> None:
    assert _resolved("товарооборот составил 2024,5 млн долларов, рост на 2020%") == []


_DAYS = st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2040, 12, 31))


@given(day=_DAYS, form=st.sampled_from(["{d} {mg} {y} года", "{d} {mg} {y} г.", "{d} {mg} {y}", "{dd}.{mm}.{y}"]),
       lead=st.sampled_from(["", "Визит состоялся ", "Документ подписан ", "(", "С "]))
def test_any_date_written_the_russian_way_resolves_to_itself(day: dt.date, form: str, lead: str) -> None:
    text = lead + form.format(d=day.day, dd=f"{day.day:02d}", mm=f"{day.month:02d}", mg=MONTHS_GEN[day.month - 1],
                              y=day.year) + ", сообщает пресс-служба."
    [expr] = find_time_expressions(text, "ru")
    assert resolve(expr, ANCHOR) == day.isoformat()


@given(year=st.integers(min_value=1991, max_value=2040), first=st.integers(min_value=1, max_value=11),
       span=st.integers(min_value=1, max_value=11), locative=st.booleans())
def test_any_span_of_months_written_the_russian_way_resolves_to_itself(
    year: int, first: int, span: int, locative: bool
) -> None:
    last = min(12, first + span)
    names = MONTHS_LOC if locative else MONTHS_NOM
    text = f"за {names[first - 1]}-{names[last - 1]} {year} года"
    [expr] = find_time_expressions(text, "ru")
    assert (resolve(expr, ANCHOR), resolve_end(expr, ANCHOR)) == (f"{year}-{first:02d}", f"{year}-{last:02d}")


@given(year=st.integers(min_value=1991, max_value=2040), form=st.sampled_from(["в {y} году", "по итогам {y} года",
                                                                               "к {y} году", "{y} г."]))
def test_any_year_written_the_russian_way_resolves_to_itself(year: int, form: str) -> None:
    [expr] = find_time_expressions(form.format(y=year), "ru")
    assert resolve(expr, ANCHOR) == str(year)
