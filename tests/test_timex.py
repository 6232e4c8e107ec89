"""Time expressions: shapes the press writes dates in, and resolution against a publication date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from accord import resources
from accord.timex import dated_languages, find_time_expressions, opens_dateline, parse_iso, resolve, resolve_end

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]


def texts(text: str, lang: str = "en") -> list[str]:
    return [e.text for e in find_time_expressions(text, lang)]


def test_finds_each_shape_once_without_overlap() -> None:
    found = texts("The forum opens on September 29-30, 2023; the plan for 2013-2017 was adopted "
                  "in April 2013 and signed on 16 June 2004. Talks were held on Tuesday.")
    assert found == ["September 29-30, 2023", "2013-2017", "April 2013", "16 June 2004", "Tuesday"]


def test_amounts_and_percentages_are_not_years() -> None:
    assert texts("Trade reached $2,024 million, up 2020% on a base of 2019.5 tonnes") == []


def test_modal_may_and_verb_march_are_not_months() -> None:
    assert texts("Talks may resume as workers march on. May brings rain.") == []
    assert texts("They met on May 9 and in March.") == ["May 9", "March"]


def test_day_month_without_year_resolves_to_the_nearest_year() -> None:
    [expr] = find_time_expressions("held on December 18 in Dushanbe")
    assert resolve(expr, "2024-12-19") == "2024-12-18"
    assert resolve(expr, "2025-01-03") == "2024-12-18"
    assert resolve(expr, None) is None


def test_relative_expressions_need_an_anchor() -> None:
    last, this = find_time_expressions("last year, and this year too")
    assert resolve(last, "2025-03") == "2024"
    assert resolve(this, "2025-03") == "2025"
    assert resolve(last, None) is None


def test_a_relative_week_is_the_month_of_the_day_a_week_off_the_anchor() -> None:
    texts = ["talks held last week", "aid sent over the past week", "a raid last weekend",
             "signed earlier this week", "due to arrive next week", "in the coming week"]
    found = [expr for text in texts for expr in find_time_expressions(text)]
    assert [e.relative for e in found] == ["last_week", "last_week", "last_week", "this_week", "next_week",
                                           "next_week"]
    # 4 March 2026: the week before lies in February, the week after still in March
    assert [resolve(e, "2026-03-04") for e in found] == ["2026-02", "2026-02", "2026-02", "2026-03", "2026-03",
                                                         "2026-03"]
    assert resolve(found[4], "2026-12-28") == "2027-01"
    assert resolve(found[0], None) is None


def test_russian_relative_weeks() -> None:
    found = find_time_expressions("встреча на прошлой неделе, визит на следующей неделе", "ru")
    assert [resolve(e, "2025-07-03") for e in found] == ["2025-06", "2025-07"]


def test_weekday_resolves_to_the_latest_such_day_on_or_before_the_anchor() -> None:
    [expr] = find_time_expressions("met on Wednesday")
    assert resolve(expr, "2024-12-19") == "2024-12-18"  # 19 December 2024 was a Thursday
    assert resolve(expr, "2024-12") is None


def test_ranges_have_an_end() -> None:
    [months] = find_time_expressions("in January-August 2025")
    assert (resolve(months, None), resolve_end(months, None)) == ("2025-01", "2025-08")


def test_weekday_checks_out_only_when_the_calendar_agrees() -> None:
    [right] = find_time_expressions("on Tuesday 20 October, 2020")
    [wrong] = find_time_expressions("on Monday 20 October, 2020")
    assert right.weekday_checks_out and not wrong.weekday_checks_out


def test_russian_dates() -> None:
    found = find_time_expressions("30 января в Астане, визит 2-3 июня, товарооборот в 2018 году и за 8 месяцев "
                                  "прошлого года; БОХТАР, 16.09.2020", "ru")
    assert [(e.year, e.month, e.day, e.relative) for e in found] == [
        (None, 1, 30, None), (None, 6, 2, None), (2018, None, None, None), (None, None, None, "last_year"),
        (2020, 9, 16, None),
    ]


@given(st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(range(4)))
def test_any_written_date_parses_back(day: dt.date, shape: int) -> None:
    written = [
        f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.isoformat()}",
    ][shape]
    [expr] = find_time_expressions(f"The meeting took place on {written} in the capital.")
    assert resolve(expr, None) == day.isoformat()


@given(st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_russian_written_date_parses_back(day: dt.date) -> None:
    [expr] = find_time_expressions(f"Встреча прошла {day.day} {MONTHS_RU_GEN[day.month - 1]} {day.year} года.", "ru")
    assert resolve(expr, None) == day.isoformat()


@given(st.dates(min_value=dt.date(1961, 1, 1), max_value=dt.date(2098, 12, 31)),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_undated_day_resolves_within_six_months_of_the_anchor(anchor: dt.date, month: int, day: int) -> None:
    [expr] = find_time_expressions(f"on {MONTHS_EN[month - 1]} {day}")
    parsed = parse_iso(resolve(expr, anchor.isoformat()))
    assert parsed is not None
    gap = abs((dt.date(parsed[0], month, day) - anchor).days)
    assert gap <= 184


def test_may_closing_a_span_of_months_is_the_month() -> None:
    assert texts("in January–May trade grew, and it may grow") == ["January", "May"]


def test_an_impossible_anchor_anchors_nothing() -> None:
    # a page may state "2025-14-03": it must not stop the run, nor date anything
    assert parse_iso("2025-14-03") is None
    assert parse_iso("2025-02-30") is None
    [expr] = find_time_expressions("held on December 18 in Dushanbe")
    assert resolve(expr, "2025-14-03") is None


def test_a_dateline_s_place_is_one_to_three_places_with_commas_or_one_in_capitals_with_a_stop() -> None:
    assert opens_dateline("BISHKEK, ") and opens_dateline("Lagos, Nigeria, ") and opens_dateline("NUR-SULTAN. ")
    assert not opens_dateline("Officials reported on ") and not opens_dateline("It left Lagos. ")
    assert not opens_dateline("")


def test_a_dateline_filed_from_two_capitals_names_them_joined_by_a_slash() -> None:
    assert opens_dateline("Port Sudan/N'Djamena, ") and opens_dateline("Tashkent/Bishkek, ")
    assert opens_dateline("Kinshasa / Kigali, ") and opens_dateline("Rabat/Algiers, Morocco, ")
    assert opens_dateline("Tehran/New Delhi, ") and opens_dateline("Buenos Aires/Santiago, ")
    # a slash inside a sentence joins no places of a dateline
    assert not opens_dateline("Trade in January/February rose, ") and not opens_dateline("He said Kyiv/Warsaw ")


def test_a_dotted_date_written_year_first() -> None:
    # as Latvian, Lithuanian, Hungarian and Korean sites print it, with or without the closing dot
    [e] = find_time_expressions("Publicēts 2024.02.07. 09:15", "en")
    assert (e.year, e.month, e.day) == (2024, 2, 7)
    [e] = find_time_expressions("(2025.11.30)", "en")
    assert (e.year, e.month, e.day) == (2025, 11, 30)
    assert find_time_expressions("build 2024.17.45 of the app", "en") == []  # no 17th month


def test_a_day_of_a_month_of_a_year_is_one_date() -> None:
    [expr] = find_time_expressions("The decree was published on 7 of June of 2022 in the gazette.", "en")
    assert (expr.year, expr.month, expr.day) == (2022, 6, 7)


def test_an_iso_date_with_its_clock_time_and_zone_is_one_date() -> None:
    found = find_time_expressions("Updated 2029-10-02T18:05:00-05:00 by the desk", "en")
    assert [(e.text, e.year, e.month, e.day) for e in found] == [("2029-10-02T18:05:00-05:00", 2029, 10, 2)]
    found = find_time_expressions("posted 2030-01-15T07:45Z", "en")
    assert [(e.year, e.month, e.day) for e in found] == [(2030, 1, 15)]


def test_every_language_with_month_names_names_the_twelve_months() -> None:
    assert {"en", "ru", "es", "pt", "fr", "de", "id", "tr"} <= set(dated_languages())
    for lang in dated_languages():
        assert [num for num, _ in resources.numbered_forms(lang, "months.txt")] == list(range(1, 13)), lang


def test_a_language_reads_its_own_dates_with_its_own_grammar() -> None:
    (spanish,) = find_time_expressions("el 30 de noviembre de 2026", "es")
    assert (spanish.year, spanish.month, spanish.day) == (2026, 11, 30)
    (german,) = find_time_expressions("am 2. Februar 2027", "de")
    assert (german.year, german.month, german.day) == (2027, 2, 2)
    (turkish,) = find_time_expressions("19 Haziran 2026 Cuma", "tr")
    assert (turkish.year, turkish.month, turkish.day) == (2026, 6, 19)


def test_a_year_first_date_is_one_expression() -> None:
    found = find_time_expressions("(Era 13 / 2031, March 4) and 2029 Nov. 17", "en")
    assert [(e.year, e.month, e.day) for e in found] == [(2031, 3, 4), (2029, 11, 17)]
    # a year and a month with no day after it are two expressions, not a day
    assert [(e.year, e.month, e.day) for e in find_time_expressions("in 2031 March exports rose", "en")] == [
        (2031, None, None), (None, 3, None)]


def test_a_year_first_slashed_date_is_a_day_and_a_fiscal_year_is_not() -> None:
    assert [(e.year, e.month, e.day) for e in find_time_expressions("agreed 2031/03/04 (Tue)", "en")
            if e.year] == [(2031, 3, 4)]
    assert [(e.year, e.month, e.day) for e in find_time_expressions("the fiscal year 2030/31", "en")] == [
        (2030, None, None)]


def test_a_day_of_the_month_alone_is_the_story_s_month_or_the_one_before() -> None:
    [met] = find_time_expressions("The envoys met on the 12th for two hours.", "en")
    assert (met.text, met.day, met.month, met.year) == ("12th", 12, None, None)
    assert resolve(met, "2031-06-14") == "2031-06-12"
    assert resolve(met, "2031-06-03") == "2031-05-12"  # later than the story's day: the month before
    [said] = find_time_expressions("The agency said on the 30th that talks would go on.", "en")
    assert resolve(said, "2031-03-02") == "2031-02-28"  # February has no 30th: its last day
    # an ordinal of a noun is no date
    assert find_time_expressions("They opened the 14th session on the 3rd floor of the hall.", "en") == []


def test_a_translated_date_with_of_before_its_year_keeps_the_year() -> None:
    # (Spanish and Portuguese "23 de junio de 2031" and "junio 23 de 2031" translated word for word)
    for text, day in [("Lima, March 4 of 2031 - The ministry said", 4), ("on Monday, March 4 of 2031,", 4),
                      ("signed on March 14th of 2031 in Quito", 14), ("the 4 of March of 2031", 4),
                      ("SANTIAGO, March 9, of 2031 -", 9), ("until 21 of March of 2031.", 21)]:
        [expr] = [e for e in find_time_expressions(text, "en") if e.month]
        assert (expr.year, expr.month, expr.day) == (2031, 3, day), text
