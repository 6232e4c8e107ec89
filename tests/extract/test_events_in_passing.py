"""What a story names in passing rather than reports: an old instrument cited as the frame of the
story, talks handed on to a body, talks named as the subject of a matter."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_events_frictions import find_events, types

from accord.extract.analysis import AnalyzedDoc


@pytest.fixture
def published() -> str:
    return "2025-03-04"


def test_an_old_instrument_cited_with_its_signing_date_is_no_signing(analysed: Callable[..., AnalyzedDoc]) -> None:
    under = analysed("Fish exports are shipped under the Partnership Agreement between Chile and Peru, "
                     "signed on 3 May 2009 and in force since 2011.")
    spirit = analysed("Lima said the remarks ran counter to the Treaty of Friendship signed by Peru and Ecuador "
                      "on 26 October 1998.")
    assert "AGREE" not in types(find_events(under))
    assert "AGREE" not in types(find_events(spirit))


def test_a_recent_instrument_described_by_its_signing_is_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo are carrying out the Protocol on Border Trade, signed on 14 February 2025 "
                 "in Accra.")
    agreed = [e for e in find_events(a) if e.type == "AGREE"]
    assert [e.date for e in agreed] == ["2025-02-14"]


def test_an_old_signing_told_in_its_own_clause_is_still_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Nepal and Bhutan signed a memorandum on hydropower cooperation on 5 June 2016.")
    agreed = [e for e in find_events(a) if e.type == "AGREE"]
    assert [e.date for e in agreed] == ["2016-06-05"]


def test_talks_handed_on_to_a_body_are_not_held(analysed: Callable[..., AnalyzedDoc]) -> None:
    verb = analysed("Chile and Argentina instructed the Joint Border Committee to negotiate a new schedule "
                    "for the passes on Tuesday.")
    noun = analysed("The presidents of Kenya and Uganda tasked their energy ministers to hold talks on the "
                    "pipeline on Monday.")
    assert "CONSULT" not in types(find_events(verb))
    assert "CONSULT" not in types(find_events(noun))


def test_talks_held_in_the_same_words_are_still_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Argentina negotiated a new schedule for the passes on Tuesday.")
    assert "CONSULT" in types(find_events(a))


def test_talks_named_as_the_subject_of_a_matter_are_no_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    topic = analysed("The foreign minister of Estonia replied on Friday that the border treaty was not a topic "
                     "of negotiation with Russia.")
    matter = analysed("Guyana said on Monday that its frontier with Venezuela is not a matter for discussion.")
    assert "CONSULT" not in types(find_events(topic))
    assert "CONSULT" not in types(find_events(matter))


def test_how_long_a_link_takes_to_travel_is_no_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    of_hours = analysed("Kenya and Tanzania opened the new road on 2 March, with a trip of about four hours "
                        "between Nairobi and Arusha.")
    minutes = analysed("Kenya and Tanzania opened the new road on 2 March, cutting the border crossing to a "
                       "40-minute journey.")
    assert "CONSULT" not in types(find_events(of_hours))
    assert "CONSULT" not in types(find_events(minutes))


def test_a_trip_of_days_is_still_a_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The President of Kenya arrived in Tanzania on 2 March for a trip of three days.")
    assert "CONSULT" in types(find_events(a))


def test_talks_a_relative_clause_puts_ahead_are_a_plan(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway and Sweden began a review of the fishing quotas on Monday.\n\n"
                 "It is a negotiation that will take months, the Norwegian minister said.")
    assert "CONSULT" not in types(find_events(a))


def test_an_old_instrument_told_with_the_place_of_its_signing_is_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The bridge is built under the Finnish-Swedish treaty signed in Haparanda on 9 June 2011.")
    agreed = [e for e in find_events(a) if e.type == "AGREE"]
    assert [e.date for e in agreed] == ["2011-06-09"]


def test_a_conference_by_its_name_is_a_forum(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Korea-Kenya Conference on Investment and Trade opened in Nairobi on 3 March.")
    met = [e for e in find_events(a) if e.type == "CONSULT"]
    assert [(e.mode, e.date) for e in met] == [("forum", "2025-03-03")]


def test_a_conference_with_no_name_is_no_forum(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kenya thanked Korea on 3 March for the international conference held in Nairobi.")
    assert "forum" not in [e.mode for e in find_events(a)]


def test_a_press_conference_is_no_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The foreign ministers of Kenya and Korea gave a joint press conference in Nairobi.")
    assert "CONSULT" not in types(find_events(a))


def test_a_brief_exchange_between_leaders_is_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kenyan President William Ruto raised the dispute with Ugandan President Yoweri Museveni in a "
                 "short exchange on the sidelines of the African Union summit on 16 February.")
    talks = [e for e in find_events(a) if e.type == "CONSULT"]
    assert [(e.mode, e.date, e.countries) for e in talks] == [("talks", "2025-02-16", ["KEN", "UGA"])]


def test_an_exchange_of_things_is_no_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    fire = analysed("Troops of Armenia and Azerbaijan reported a brief exchange of fire on 16 February.")
    trade = analysed("The exchanges between Togo and Benin reached 90 billion CFA francs in 2023.")
    assert "CONSULT" not in types(find_events(fire))
    assert "CONSULT" not in types(find_events(trade))


def test_a_gathering_told_in_the_present_is_on_the_story_s_day(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Peru-Korea Business Forum opens in Seoul with 200 firms.\n\n"
                 "The Peruvian trade minister arrived in Seoul on Sunday.", published="2025-03-04")
    forums = [e for e in find_events(a) if e.mode == "forum"]
    assert [e.date for e in forums] == ["2025-03-04"]


def test_talks_going_on_since_a_date_are_no_one_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    verb = analysed("Thailand and Cambodia have been negotiating a fisheries accord since last spring.")
    noun = analysed("Sessions of the joint border committee of Peru and Ecuador have been frozen since March 2021.")
    assert "CONSULT" not in types(find_events(verb))
    assert "CONSULT" not in types(find_events(noun))


def test_first_meeting_since_a_year_is_still_a_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The foreign ministers of Thailand and Cambodia met in Bangkok on Monday for the first time "
                 "since 2019.")
    held = analysed("Ghana and Togo on Friday held the first session of their joint commission since 2016.")
    assert "CONSULT" in types(find_events(a))
    assert "CONSULT" in types(find_events(held))


def test_an_exchange_a_future_entry_into_force_waits_for_is_no_signing(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    noun = analysed("The visa accord between Peru and Ecuador will enter into force a month after the exchange "
                    "of the instruments of ratification.")
    verb = analysed("The Peru-Ecuador fisheries convention will become binding ninety days after the two "
                    "governments exchange their ratification instruments.")
    once = analysed("The treaty between Peru and Ecuador shall apply once the sides exchange diplomatic notes.")
    for a in (noun, verb, once):
        assert "AGREE" not in types(find_events(a))


def test_an_exchange_told_under_a_past_entry_into_force_is_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The treaty between Peru and Ecuador entered into force after the exchange of instruments "
                 "of ratification in Lima.")
    assert "AGREE" in types(find_events(a))
