"""The headline and the date under a page's widgets: a weather reading, a live page's note on how it refreshes,
and a labelled stamp that names its desk and section beside the date are the site's lines, never the headline;
a stamp glued to the headline comes off; the next release's date in a stamp is never the page's."""

from __future__ import annotations

import pytest

from accord.clean.published import publication_date
from accord.clean.text import clean_text

HEADLINE = "Peru and Thailand agree to cut rice and copper tariffs"
LEAD = ("Peru and Thailand agreed on Wednesday to phase out tariffs on rice and refined copper over five years, "
        "the trade ministries of both countries said in a joint statement issued in Lima.")


@pytest.mark.parametrize("widget", [
    "Weather: Cusco 12°C, clear skies",
    "Lima weather: +19°C, overcast",
    "Bangkok 34 °C · thunderstorms likely",
    "Today in Arequipa: 21° Sunny",
    "Chiang Mai | 29℃ | haze warning",
    "Forecast for Trujillo: 68°F, light drizzle",
])
def test_a_weather_reading_is_not_the_headline(widget: str) -> None:
    raw = "\n".join(["ANDES DAILY — news of the south", "Home | Politics | Economy | World", widget, "",
                     HEADLINE, "Posted: 3 April 2030", "", LEAD])
    assert clean_text(raw, "en").title == HEADLINE


@pytest.mark.parametrize("stamp", [
    "Posted on 03/04/2030 by the Newsroom  ·  Filed under: Economy",
    "Published on 3 April 2030 by our Lima desk | Category: Trade",
    "Posted 3 April 2030, 09:15 by Web Editor · Section: Business and markets",
    "Published: April 3, 2030 · Staff reporters · Tags: Peru, Thailand, trade",
    "Posted on 2030/04/03 by Asia desk — filed in Economy",
    "Date posted: 3.4.2030 by the Economy team · Trade news",
])
def test_a_labelled_stamp_naming_its_desk_is_not_the_headline(stamp: str) -> None:
    raw = "\n".join(["Latin Asia Review — the Peru-Thailand portal", "Home | Trade | Culture | Contact", stamp, "",
                     HEADLINE, "", LEAD])
    assert clean_text(raw, "en").title == HEADLINE


@pytest.mark.parametrize("note", [
    "Live ticker reloads every 45 seconds  ·  Hold",
    "This live blog refreshes automatically",
    "Live blog updates every two minutes  ·  Stop",
    "Auto-refresh: on",
    "The live ticker updates automatically  |  Turn off",
    "This feed refreshes every 30 seconds",
])
def test_a_live_pages_refresh_note_is_not_the_headline(note: str) -> None:
    raw = "\n".join(["ANDES DAILY — news of the south", "Home | Politics | Economy | World", HEADLINE, note, "",
                     "10:42 | " + LEAD])
    page = clean_text(raw, "en")
    assert page.title == HEADLINE
    assert not any(note.split()[0] in p.split()[:1] for p in page.paragraphs)


def test_a_story_sentence_that_gives_a_temperature_stays() -> None:
    line = ("The rice harvest in the north suffered as temperatures reached 41°C in May, the Thai agriculture "
            "ministry said.")
    page = clean_text("\n".join([HEADLINE, LEAD, line]), "en")
    assert line in page.paragraphs


def test_a_headline_naming_its_days_under_a_labelled_stamp_is_the_headline() -> None:
    headline = "Agenda: Official visit of President Ana Lugo to Thailand, 14-16 June 2030"
    raw = "\n".join(["Latin Asia Review — the Peru-Thailand portal", "Home | Trade | Culture | Contact",
                     "Posted on 12/06/2030 by the Newsroom  ·  Filed under: Diplomacy", "", headline, "", LEAD])
    assert clean_text(raw, "en").title == headline


@pytest.mark.parametrize(("glued", "stamp"), [
    (HEADLINE + "04.03.2030 – 10:05", "04.03.2030 – 10:05"),
    (HEADLINE + "04.03.2030 - 09:15", "04.03.2030 - 09:15"),
    (HEADLINE + "04.03.2030, 17:40 CET", "04.03.2030, 17:40 CET"),
    (HEADLINE + "04.03.2030 — 08:05 GMT", "04.03.2030 — 08:05 GMT"),
    (HEADLINE + "4 March 2030 10:42", "4 March 2030 10:42"),
    (HEADLINE + "2030-03-04", "2030-03-04"),
])
def test_a_stamp_glued_to_the_headline_with_its_clock_time_comes_off(glued: str, stamp: str) -> None:
    page = clean_text("\n".join(["Home › Economy › Trade", glued, "", LEAD]), "en")
    assert page.title == HEADLINE
    assert stamp in page.lines


@pytest.mark.parametrize("stamp", [
    "Released 11:30 AM (Lima time) Wed 4 Mar 2030   |   Next release: 3 Mar 2031",
    "Published 4 March 2030, 09:00 local time · Next update: 1 April 2030",
    "Issued Wednesday 4 March 2030 by the statistics office | Next edition: 4 June 2030",
    "Release date: Wed, 4 Mar 2030 at 10:00 · Next scheduled release: 2 Sep 2030",
    "Released on Wednesday 4 March 2030 (Lima) | Upcoming release: 6 March 2031",
    "Опубликовано в среду 4 марта 2030 в 10:00 | Следующий выпуск: 4 июня 2030",
])
def test_the_next_releases_date_in_a_stamp_is_not_the_pages(stamp: str) -> None:
    page = clean_text("\n".join(["Statistics office", "Statistics > Trade", HEADLINE, stamp, "", LEAD]), "en")
    assert publication_date([], page, "\n".join(page.paragraphs), "en") == "2030-03-04"


@pytest.mark.parametrize("headline", [
    "Qatar and Oman agree grid link as temperatures hit 49°C",
    "Mongolia asks China for fodder after winter falls to -40°C",
    "Heat of 45 °C halts India-Nepal border trade for a day",
    "Chile and Bolivia fight fires as mercury climbs to 38°C",
])
def test_a_headline_that_tells_a_temperature_in_its_clause_stays_the_headline(headline: str) -> None:
    raw = "\n".join(["SOUTHERN WIRE", "Home | Politics | Economy | World", "", headline, "Posted: 3 April 2030", "",
                     LEAD])
    assert clean_text(raw, "en").title == headline
