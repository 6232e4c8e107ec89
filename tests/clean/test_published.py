"""Publication date rules: stated metadata, datelines, page-top dates, contradiction and inference."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from accord.clean.datelines import dateline, page_top_date, slashed_date, without_credit
from accord.clean.inference import infer_published
from accord.clean.published import normalize_stated, publication_date
from accord.clean.text import clean_text

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def published(raw: str, lang: str = "en", stated: list[str | None] | None = None) -> str | None:
    page = clean_text(raw, lang)
    return publication_date(stated or [None], page, "\n\n".join(page.paragraphs), lang)


# stated metadata

def test_stated_iso_timestamp_keeps_the_date() -> None:
    assert normalize_stated("2024-12-19T10:15:00+05:00") == "2024-12-19"


def test_stated_rfc_2822_date() -> None:
    assert normalize_stated("Thu, 19 Dec 2024 10:00:00 GMT") == "2024-12-19"


def test_stated_year_month() -> None:
    assert normalize_stated("2026-02") == "2026-02"


def test_stated_nonsense_is_no_date() -> None:
    assert normalize_stated("yesterday-ish") is None
    assert normalize_stated("") is None


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_any_iso_date_round_trips(day: dt.date) -> None:
    assert normalize_stated(day.isoformat()) == day.isoformat()
    assert normalize_stated(f"{day.isoformat()}T08:30:00Z") == day.isoformat()


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_any_written_date_is_read(day: dt.date) -> None:
    assert normalize_stated(f"{day.day} {MONTHS[day.month - 1]} {day.year}") == day.isoformat()


def test_stated_metadata_wins_over_the_dateline() -> None:
    raw = "LONDON, 3 March 2020 — The ministers met to discuss trade and energy cooperation in the region."
    assert published(raw, stated=["2020-03-04"]) == "2020-03-04"


# datelines

def test_numeric_dateline() -> None:
    raw = "PARIS, 19.12.2024 /Agency/. The seventh meeting of the joint commission was held in the capital."
    assert published(raw) == "2024-12-19"


def test_wire_dateline_with_year() -> None:
    raw = "OTTAWA, Sept. 18, 2025 /Wire/ - Today, the two leaders met to discuss trade and security issues."
    assert published(raw) == "2025-09-18"


def test_dateline_takes_its_year_from_the_page_timestamp() -> None:
    raw = "\n".join([
        "Premiers meet by video link",
        "Updated: November 30, 2022 Source: Wire Service",
        "LIMA, Nov. 29 (Wire) -- The two premiers held a meeting via video link on Tuesday and agreed to "
        "expand trade and energy cooperation between their countries.",
    ])
    assert published(raw) == "2022-11-29"


def test_dateline_takes_its_year_from_the_story() -> None:
    raw = "\n".join([
        "QUITO, Ecuador, July 3. The presidents signed a partnership agreement during the official visit "
        "of the prime minister to the country, the agency reports.",
        "The prime minister arrived in the country for an official visit on July 2, 2024.",
    ])
    assert published(raw) == "2024-07-03"


def test_a_dateline_of_two_places_set_apart_by_a_slash_takes_the_year_of_the_rights_line() -> None:
    raw = "\n".join([
        "Two neighbours reopen their rail link",
        "LIMA/QUITO, June 9 (Wire) - The two governments reopened the rail link between their capitals on "
        "Monday after a pause of several months, officials said.",
        "© Wire Service 2027. All rights reserved.",
    ])
    assert published(raw) == "2027-06-09"


def test_a_date_inside_a_sentence_is_no_dateline() -> None:
    assert dateline(["Officials reported on February 17 that talks were held."], "en") is None


# page-top dates

def test_page_top_timestamp_line() -> None:
    lines = ["Ministers meet", "11:00 - July 30, 2024", "The ministers met."]
    assert page_top_date(lines, None, "en") == "2024-07-30"


def test_slashed_timestamp_is_read_day_first() -> None:
    lines = ["Posted 05/03/2023 10:00", "The ministers met to discuss trade."]
    assert page_top_date(lines, None, "en") == "2023-03-05"


def test_two_digit_year_stamp_with_its_clock_time() -> None:
    lines = ["Ministers meet", "09/11/23 17:05, Riga – Baltic Desk, Ieva KALNA", "The ministers met."]
    assert page_top_date(lines, None, "en") == "2023-11-09"
    assert slashed_date("26.02.24, 08:30", "", "en") == "2024-02-26"


def test_two_digit_year_without_a_clock_time_is_no_date() -> None:
    assert slashed_date("Scores 3/1/24 in the last rounds", "", "en") is None


def test_slashed_timestamp_takes_the_order_the_story_confirms() -> None:
    body = "The two presidents met in the capital on May 3 to discuss energy projects."
    assert slashed_date("Posted 05/03/2023 10:00", body, "en") == "2023-05-03"


def test_slashed_timestamp_with_a_day_above_twelve_has_one_reading() -> None:
    assert slashed_date("Updated 04/13/2022", "", "en") == "2022-04-13"
    assert slashed_date("Updated 2022/04/13", "", "en") == "2022-04-13"
    assert slashed_date("Updated 31/31/2022", "", "en") is None


def test_a_numeric_stamp_written_with_dashes_is_read_as_one_with_slashes() -> None:
    assert slashed_date("Updated: 14-05-2024 09:12 IST", "", "en") == "2024-05-14"
    assert slashed_date("Posted 03-11-2025", "", "en") == "2025-11-03"
    assert slashed_date("Last modified 12-31-2023 18:00", "", "en") == "2023-12-31"
    body = "The two presidents met in the capital on May 3 to discuss energy projects."
    assert slashed_date("Published 05-03-2023 10:00", body, "en") == "2023-05-03"
    lines = ["Wire Service | Updated: 14-05-2024 09:12 IST", "Delhi, May 13 - The ministers met on Monday."]
    assert page_top_date(lines, None, "en") == "2024-05-14"
    # the separators of one stamp are the same; a range of days or a phone number is none
    assert slashed_date("Tel. 12-05/2024", "", "en") is None
    assert slashed_date("Open 10-12 2024", "", "en") is None


@given(st.dates(min_value=dt.date(1990, 1, 13), max_value=dt.date(2039, 12, 31)).filter(lambda d: d.day > 12))
def test_any_unambiguous_slashed_date_is_read_in_either_order(day: dt.date) -> None:
    assert slashed_date(f"{day.day:02d}/{day.month:02d}/{day.year}", "", "en") == day.isoformat()
    assert slashed_date(f"{day.month}/{day.day}/{day.year}", "", "en") == day.isoformat()


def test_the_dateline_credit_is_metadata() -> None:
    assert (without_credit("OSLO, March 3 (Nordic Wire). The foreign ministers met.", "en")
            == "OSLO, March 3. The foreign ministers met.")
    assert without_credit("LIMA (Andes Wire) - Peru and Chile agreed.", "en") == "LIMA - Peru and Chile agreed."
    # a name with a parenthesis is no dateline
    assert (without_credit("Minister Lopez (left) - met his counterpart.", "en")
            == "Minister Lopez (left) - met his counterpart.")


def test_page_date_tag_is_the_date_without_a_dateline() -> None:
    raw = " date 2021-01-28 The ambassador and the vice president met to discuss bilateral cooperation."
    assert published(raw) == "2021-01-28"


def test_page_date_contradicted_by_the_story_is_the_sites_date() -> None:
    raw = "\n".join([
        "22 november 2024",
        "Президент подписал четыре соглашения в ходе визита",
        "В ходе визита президента 7 ноября было подписано четыре документа о сотрудничестве между "
        "правительствами двух стран, сообщает агентство.",
        "За восемь месяцев 2014 года объем товарооборота между двумя странами вырос на 40 процентов.",
    ])
    assert published(raw, "ru") == "2014-11"


# inference

def test_inference_places_the_anchor_between_past_and_future_references() -> None:
    text = ("The newspaper reported on February 17 that the ministers met. In October 2025 the sides "
            "set up a task force. The visa regime will be lifted, effective from March 2026. "
            "The agreement was discussed in April 2025.")
    assert infer_published(text, "en") == "2026-02"


def test_inference_takes_a_year_of_full_figures_as_over() -> None:
    text = ("The president paid a visit to the capital on March 17. Trade grew by 7% to $1.5bn in 2024. "
            "The sides plan to double trade by 2030.")
    assert infer_published(text, "en") == "2025-03"


def test_inference_takes_a_part_year_figure_as_current() -> None:
    text = ("The documents were signed on 7 November. Trade grew by 40% over eight months of 2014.")
    assert infer_published(text, "en") == "2014-11"


def test_the_base_of_a_part_year_comparison_is_the_year_before() -> None:
    text = ("The delegations met in the port city on June 9. Freight volumes rose 8% against the same period "
            "of 2019, and the sides hope to open a ferry line by the end of 2022.")
    assert infer_published(text, "en") == "2020-06"


def test_last_year_as_a_figure_of_its_own_is_the_year_named_beside_it() -> None:
    text = ("The two ministers met on April 22. Tourist arrivals grew from 40,000 in 2017 to 95,000 in 2019, "
            "and hotel bookings reached 12,000 last year.")
    assert infer_published(text, "en") == "2020-04"


def test_a_date_printed_with_its_true_weekday_is_the_storys_now() -> None:
    text = "Speaking at the ceremony on Tuesday 20 October, 2020 in the capital, the envoy praised ties."
    assert infer_published(text, "en") == "2020-10"


def test_a_future_anchor_gives_the_year_only() -> None:
    text = ("Ожидается, что визит состоится 2-3 июня. По итогам прошлого года товарооборот вырос на 34%, "
            "чем в 2020 году.")
    assert infer_published(text, "ru") == "2022"


def test_year_only_mentions_give_no_date() -> None:
    assert infer_published("Trade exceeded $3.1 billion by the end of 2023, the minister said.", "en") is None


def test_an_anchor_without_any_year_gives_no_date() -> None:
    assert infer_published("On August 16, the capital hosted the commission meeting.", "en") is None


def test_historical_full_dates_are_not_the_publication_date() -> None:
    text = ("Cooperation rests on an agreement signed on 16 June 2004 and a treaty signed on 14 November 2005. "
            "A session of the commission took place in the capital.")
    assert published(text) is None


def test_a_full_date_opening_the_lead_gives_the_month() -> None:
    text = ("On 14 April 2031, the two foreign ministers opened a consulate in the port city. "
            "They agreed to hold the next round of talks in 2032.")
    assert infer_published(text, "en") == "2031-04"


def test_a_full_date_after_the_leads_verb_and_a_credit_gives_the_month() -> None:
    text = ("Вестник (ABC) – Ереван принял 3 марта 2029 года делегацию парламента соседней страны. "
            "Стороны обсудили строительство моста.")
    assert infer_published(text, "ru") == "2029-03"


def test_a_date_deep_in_the_lead_is_background() -> None:
    text = "The port, which the two states agreed to modernise on 2 May 2019, handled record cargo."
    assert infer_published(text, "en") is None


def test_a_lead_date_before_a_past_event_of_the_story_is_background() -> None:
    text = ("11 января 2027 года стороны подписали договор о границе. "
            "В октябре 2030 года министры встретились в столице и обсудили его выполнение.")
    assert infer_published(text, "ru") is None


def test_a_planned_date_opening_the_lead_is_no_publication_date() -> None:
    text = "On 9 September 2033 the leaders will open the new bridge, the ministry announced."
    assert infer_published(text, "en") is None


def test_a_place_in_capitals_with_a_full_stop_opens_a_dateline() -> None:
    found = dateline(["ASTANA. September 19 (Agency) - The ministers met."], "en")
    assert found is not None and (found.month, found.day) == (9, 19)
    # a capitalised word that ends a sentence is no dateline's place
    assert dateline(["The delegation left Astana. September 19 was a holiday."], "en") is None


def test_a_dateline_with_a_two_digit_year_gives_the_filing_date() -> None:
    from accord.clean.datelines import dateline

    expr = dateline(["Ош, 05.03.24 /Кабар/. Делегации двух стран обсудили поставки зерна."], "ru")
    assert expr is not None and (expr.year, expr.month, expr.day) == (2024, 3, 5)
    # the same figures inside a sentence, or a version number after a place, are no dateline
    assert dateline(["Делегации обсудили поставки зерна 05.03.24 и другие вопросы."], "ru") is None
    assert dateline(["Ош, 31.13.24 /Кабар/. Делегации обсудили поставки."], "ru") is None


def test_a_lead_opening_with_a_full_date_dates_the_story() -> None:
    raw = ("Envoys meet over river transit\n\n"
           "On 14 August 2029, the transport minister of Chile received a delegation from Bolivia "
           "to discuss transit fees at the port.")
    assert published(raw) == "2029-08-14"


def test_a_lead_dated_after_a_place_and_another_calendar_dates_the_story() -> None:
    raw = ("Manama, Safar 3, 1451, July 6, 2029, Agency -- The minister of trade welcomed the visiting "
           "delegation of Oman today.")
    assert published(raw) == "2029-07-06"


def test_a_full_date_inside_the_lead_clause_or_a_planned_one_dates_nothing() -> None:
    assert published("The two countries will open the bridge on 3 May 2031, the ministry said "
                     "in a statement on border trade.") is None
    assert published("Ties rest on a friendship treaty signed on 3 May 1995 and renewed twice "
                     "since then by both parliaments.") is None


def test_a_bare_stamp_wins_over_a_related_story_s_stamp() -> None:
    lines = ["Ferry link between two ports reopens 11.01.2030",
             "Ministers sign fisheries deal",
             "15.01.2030 09:20",
             "The fisheries ministers of the two states signed the deal on Tuesday."]
    assert page_top_date(lines, None, "en") == "2030-01-15"
    # with no bare stamp, the stamp after a headline is the only page date there is
    assert page_top_date(lines[:2] + lines[3:], None, "en") == "2030-01-11"


def test_the_base_of_a_comparison_stays_past_beside_a_causal_due_to() -> None:
    text = ("The envoys met in the capital on May 21. Grain exports rose by 12% compared with the same "
            "period of 2027, mostly due to higher prices.")
    assert infer_published(text, "en") == "2028-05"


def test_a_header_bar_with_weather_and_rates_yields_to_the_stamp_of_the_story() -> None:
    lines = ["Tuesday, 8 April 2025 | Tbilisi +12°C | USD 2.75 ▲ | EUR 3.01 ▼", "GEORGIA TODAY",
             "Ministers open the new rail link", "4 April 2025, 11:05", "The two ministers opened the link."]
    assert page_top_date(lines, None, "en") == "2025-04-04"


def test_a_header_bar_is_the_date_when_the_story_has_no_stamp_of_its_own() -> None:
    lines = ["Home | World | Business", "Tuesday, 8 April 2025 | Tbilisi +12°C",
             "Ministers open the new rail link", "The two ministers opened the link on Monday."]
    assert page_top_date(lines, None, "en") == "2025-04-08"


def test_a_long_line_that_ends_in_a_full_date_with_its_weekday_is_a_stamp() -> None:
    lines = ["Ministry of Trade", "Record of the weekly media briefing by the ministry's spokesperson held on "
             "Thursday, 12 June 2025", "Good afternoon and welcome."]
    assert page_top_date(lines, None, "en") == "2025-06-12"
    headline = ["Ministers say the new rail link between the two capitals will open on 12 June 2026 at last"]
    assert page_top_date(headline, None, "en") is None


def test_a_related_story_line_near_the_top_gives_no_date() -> None:
    lines = ["World | Africa", "Senegal and Mali reopen the rail corridor",
             "Read also: Dakar hosts investors (2 March 2026)",
             "The transport ministers reopened the corridor on Friday."]
    assert page_top_date(lines, None, "en") is None
    lines[2] = "2 March 2026"
    assert page_top_date(lines, None, "en") == "2026-03-02"


def test_a_lead_opening_with_its_full_date_beats_a_stamp_after_headline_words() -> None:
    page = ["Dakar hosts investors from the region 2 March 2026", "Senegal and Mali reopen the rail corridor",
            "On 9 March 2026, the transport ministers of Senegal and Mali reopened the rail corridor."]
    assert published("\n".join(page)) == "2026-03-09"
    # a bare stamp is the page's own and still comes first
    assert published("\n".join(["9 March 2026 10:15"] + page[1:])) == "2026-03-09"
    assert published("\n".join(["11 March 2026 10:15"] + page[1:])) == "2026-03-11"


def test_the_headlines_under_a_related_stories_heading_date_nothing() -> None:
    lines = ["Menu", "Bhutan and India open a hydropower plant", "Related stories",
             "India and Nepal sign transit treaty 3 June 2026", "The prime ministers opened the plant."]
    assert page_top_date(lines, None, "en") is None


def test_a_date_glued_to_the_headline_and_byline_is_the_page_date() -> None:
    raw = "\n".join(["Bhutan and India open a hydropower plantBy Tashi Dorji9 June 2026", "Related stories",
                     "India and Nepal sign transit treaty 3 June 2026",
                     "The prime ministers of Bhutan and India opened the plant on Monday, officials said."])
    assert published(raw) == "2026-06-09"


def test_a_dated_byline_glued_to_the_headline_after_a_space_gives_the_year_a_dateline_lacks() -> None:
    raw = "\n".join(["Bhutan and India open a hydropower plant By Tashi Dorji | 9 June 2025",
                      "THIMPHU, June 9 (Wire) - The prime ministers of Bhutan and India opened the plant on Monday, "
                      "officials said.", "The next session will be held in Delhi in 2026."])
    assert published(raw) == "2025-06-09"


def test_a_dateline_set_off_by_dashes_with_a_weekday_takes_the_year_its_calendar_and_rights_line_allow() -> None:
    raw = "\n".join(["Chad and Niger reopen their border",
                     "N'Djamena – Chad Press Agency – Wednesday, 12 March – Chad and Niger reopened the border "
                     "crossing at Nguigmi today, the interior ministry said.",
                     "Trade grew from 2018 through 2023, officials said.",
                     "© 2025 Chad Press Agency. All rights reserved."])
    # 12 March fell on a Wednesday in 2025 (and in 2014, 2031), the rights line says 2025
    assert published(raw) == "2025-03-12"


def test_the_end_of_a_span_of_years_is_no_deadline() -> None:
    text = "The envoys met in the capital on May 21. Trade grew from 2018 through 2023, officials said."
    assert infer_published(text, "en") == "2024-05"


def test_a_relative_phrase_glossed_by_its_full_date_dates_the_story() -> None:
    assert infer_published("Chad and Niger reopened the border last month, on 28 February 2026.", "en") == "2026-03"
    assert infer_published("The ministers met yesterday (9 June 2026) in Niamey.", "en") == "2026-06-10"


def test_a_date_written_with_of_as_a_translation_words_it_is_the_stamp() -> None:
    raw = "\n".join(["Press releases", "Chile and Argentina sign a border trade protocol",
                     "Release No. 45-2023   Tuesday, 14 of March of 2023 - 11:15 a.m.", "",
                     "The foreign ministers of Chile and Argentina signed a protocol on border trade in Santiago."])
    assert published(raw) == "2023-03-14"


def test_a_stamp_glued_to_the_end_of_the_headline_line_gives_the_year_of_a_dateline() -> None:
    raw = "\n".join(["Ghana, Togo open joint border post at AflaoKofi Mensah  3 March 2023 09:40", "",
                     "ACCRA. March 3. GNA - Ghana and Togo opened a joint customs post at Aflao on Friday, the revenue "
                     "authorities of the two countries said."])
    assert published(raw) == "2023-03-03"


def test_the_date_of_the_next_release_is_not_the_page_date() -> None:
    raw = "\n".join(["STATISTICS RELEASE   5.2.2025   8:00   |   Reference period: 2024",
                     "Next release: 6.3.2025", "", "Trade with Norway rose in 2024",
                     "Denmark's exports of goods to Norway rose by 4 per cent in 2024, the statistics office said."])
    assert published(raw) == "2025-02-05"


def test_an_iso_timestamp_with_clock_and_zone_is_the_page_date() -> None:
    raw = "\n".join(["THE HIGHLAND COURIER", "Home › World", "Published: 2029-10-02T18:05:00-05:00",
                     "Peru and Bolivia open a new customs post on Lake Titicaca", "",
                     "The customs services of Peru and Bolivia opened a joint post at Desaguadero in March, "
                     "officials said on Tuesday."])
    assert published(raw) == "2029-10-02"


def test_a_bare_stamp_in_a_field_of_a_longer_line_dates_the_story() -> None:
    lines = ["Ministers of Peru and Ecuador open a border bridge",
             "Released 04.09.2029 · Source: Office of the Minister of Transport, Public Works and Housing of Peru",
             "On Monday 3 September 2029, the two transport ministers opened the bridge over the river."]
    assert page_top_date(lines, None, "en") == "2029-09-04"
    assert published("\n".join(lines)) == "2029-09-04"


def test_a_month_field_of_a_report_s_stamp_line_beats_a_date_in_its_first_point() -> None:
    page = ["About | Research | Events", "Working Paper No. 12 · October 2029 · 9 min read",
            "After the closure: what the shut border means for Peru and Bolivia",
            "On 14 August 2029, Bolivia closed its border crossings with Peru for three weeks, citing "
            "smuggling, and trade between the two neighbours fell sharply in the following month."]
    assert published("\n".join(page)) == "2029-10"


def test_a_headline_s_field_with_more_words_than_a_stamp_is_no_bare_stamp() -> None:
    lines = ["Most read: Quito raises fuel prices again (02/09/2029) · Lima metro line opens (01/09/2029)",
             "Ministers of Peru and Ecuador open a border bridge", "03.09.2029 10:20",
             "The two transport ministers opened the bridge over the river on Monday."]
    assert page_top_date(lines, None, "en") == "2029-09-03"


def test_a_numeric_stamp_glued_to_the_headline_dates_the_story() -> None:
    raw = "\n".join(["Accueil | Politique", "Chad recalls its envoy from NiameyPublié le 07/03/2031 à 17h40 - Par la "
                     "rédaction", "N'Djamena - The government of Chad has recalled its ambassador from Niger, the "
                     "foreign ministry said in a statement."])
    assert published(raw) == "2031-03-07"


def test_a_year_before_a_named_year_is_no_story_s_last_year() -> None:
    raw = "\n".join(["Chile opens trade office in Windhoek",
                     "SANTIAGO, May 6 (Wire) - Chile opened a trade office in Windhoek on Tuesday, as its president "
                     "promised in March last year.",
                     "Chile-Namibia trade reached $61 million in 2029, 8% more than in the year before."])
    assert published(raw) == "2030-05-06"


def test_a_dateline_without_a_year_takes_the_year_of_the_site_s_related_list() -> None:
    raw = "\n".join(["Tonga and Samoa open a shipping line",
                     "APIA, March 9. The transport ministers of Tonga and Samoa opened a weekly shipping line today.",
                     "The first vessel will sail from Nuku'alofa on Friday with 40 containers.",
                     "Related", "08.03.2031 Samoa raises fuel prices",
                     "05.03.2031 Fiji hosts regional fisheries talks"])
    assert published(raw) == "2031-03-09"


def test_a_related_list_in_january_puts_a_december_dateline_in_the_year_before() -> None:
    raw = "\n".join(["Tonga and Samoa open a shipping line",
                     "APIA, December 30. The transport ministers of Tonga and Samoa opened a shipping line today.",
                     "The first vessel will sail from Nuku'alofa on Friday with 40 containers.",
                     "Related", "02.01.2032 Samoa raises fuel prices"])
    assert published(raw) == "2031-12-30"


def test_a_stamp_in_the_sites_own_language_dates_an_english_story() -> None:
    story = "The two ministers opened the new border crossing."
    stamps = {
        "Montevideo, 7 de febrero de 2027 | Redacción": "2027-02-07",  # Spanish, day 'de' month 'de' year
        "Atualizado em 22 de setembro de 2026 às 09h10": "2026-09-22",  # Portuguese
        "Publié le 1er décembre 2026 à 16h05": "2026-12-01",  # French, the first of the month an ordinal
        "Veröffentlicht am 9. Juli 2027, 11:30 Uhr": "2027-07-09",  # German, the day an ordinal with its stop
        "Selasa, 16 Agustus 2026 | 08:45 WIB": "2026-08-16",  # Indonesian
        "Güncelleme: 28 Ekim 2026 17:20": "2026-10-28",  # Turkish
    }
    for stamp, expected in stamps.items():
        assert page_top_date(["Site name", stamp, "Ministers open a crossing", story], None, "en") == expected


def test_a_dateline_in_the_sites_own_language_dates_an_english_story() -> None:
    assert published("Asunción, 11 de junio de 2027.\n\nParaguay and Bolivia signed a gas deal.") == "2027-06-11"
    assert published("SURABAYA, 5 Mei 2026 - Indonesia and Malaysia opened a ferry route.") == "2026-05-05"


def test_a_german_stop_after_a_day_is_no_ordinal_in_english() -> None:
    # a numbered list item: '3.' is its number, the date is the month and year
    lines = ["Timeline", "3. April 2027 talks resume in the capital"]
    assert page_top_date(lines, None, "en") == "2027-04"


def test_a_span_told_back_to_a_glossed_date_gives_the_storys_month() -> None:
    text = ("Five months ago, on March 9, the foreign ministers of Ghana and Togo signed a border accord. "
            "The joint commission first met on 2 February 2031 and trade grew in 2030.")
    assert infer_published(text, "en") == "2031-08"
    # a count of weeks from a full date gives the day
    assert infer_published("Two weeks ago, on 27 December 2030, Chile and Peru reopened the pass.", "en") \
        == "2031-01-10"
    # an indefinite article counts one
    assert infer_published("A year ago, on 14 July 2029, Fiji and Samoa opened a ferry line.", "en") == "2030-07"
    # a span that crosses the year end takes the year the references fit
    text = "Ten months ago, on June 3, Oman and Qatar opened the link. Trade in 2029 was $4 billion."
    assert infer_published(text, "en") == "2030-04"


def test_a_span_told_back_without_a_date_beside_it_dates_nothing() -> None:
    text = "Five months ago the foreign ministers of Ghana and Togo signed a border accord in 2031."
    assert infer_published(text, "en") is None


def test_a_weekday_of_the_week_before_puts_the_story_some_days_later() -> None:
    text = "Kenya and Uganda opened the rail line last Friday, March 28. Freight between them fell in 2029."
    assert infer_published(text, "en") == "2030-04"
    # the same weekday told as this week's is the story's own month
    assert infer_published(text.replace("last Friday", "on Friday"), "en") == "2030-03"
    # early in a month the week after stays in it
    text = "Peru and Chile opened the bridge last Tuesday, 4 November. Their trade grew in 2030."
    assert infer_published(text, "en") == "2031-11"


STORY = ("Lima — The trade ministers of Peru and Kenya met on Thursday to review coffee and avocado "
         "shipments, and agreed to open a direct air cargo route before the end of the year.")


def test_a_stamp_line_of_two_dates_is_dated_by_the_one_labelled_published() -> None:
    raw = "\n".join([
        "\"Lima and Nairobi are closer than the map says\"",
        "Taped 11 February 2031 at the embassy; posted 16 February 2031",
        STORY,
    ])
    assert published(raw) == "2031-02-16"


def test_a_stamp_with_its_byline_field_glued_to_the_headline_dates_the_story() -> None:
    glued = "Peru and Kenya agree to open a cargo route for fresh produce14.03.2031, 09:20 | Newsroom of the Courier"
    raw = "\n".join([glued, STORY])
    assert published(raw) == "2031-03-14"


def test_a_year_first_date_as_a_machine_translation_prints_it_is_the_page_s_stamp() -> None:
    raw = "\n".join(["Asia Desk Digest", "Home > Asia > Japan", "(Era 13 / 2031, March 4)",
                     "Japan-Peru Foreign Ministers' Meeting", STORY])
    assert published(raw) == "2031-03-04"


def test_a_headline_that_ends_in_its_stamp_with_weekday_clock_and_label_dates_the_story() -> None:
    raw = "\n".join(["Peru to buy Kenyan avocados under new protocol 2031/03/04 (Tue) 16:40 posted", STORY])
    assert published(raw) == "2031-03-04"


def test_a_dateline_that_is_one_field_of_a_stamp_line_dates_the_story() -> None:
    raw = "\n".join([
        "Kenya and Peru agree to open a cargo route for fresh produce",
        "Business desk · NAIROBI, March 4 · 3 min read",
        "Kenya's avocado exports to Peru reached $12 million in 2030, up from $9 million in 2029, the "
        "ministry said, and the two sides want to double them.",
    ])
    assert published(raw) == "2031-03-04"


def test_a_site_bar_s_day_is_no_dateline_field() -> None:
    raw = "\n".join([
        "Nairobi  +24°C  |  USD 129.4  |  Friday, 9 May 2031",
        "Kenya and Peru agree to open a cargo route for fresh produce",
        "14/03/2031 09:20",
        STORY,
    ])
    assert published(raw) == "2031-03-14"
