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


# a pronoun said to be a meeting, a visit or a round of talks stands for the event just told: no second event
@pytest.mark.parametrize(("text", "want"), [
    ("The presidents of Ghana and Togo met in Lomé in January. It was their first meeting since the border row.",
     [("CONSULT", "2025-01")]),
    ("Nepal's prime minister visited Bhutan in October. This was the third visit by a Nepali leader in a decade.",
     [("CONSULT", "2024-10")]),
    ("Chile's and Peru's trade ministers held talks in Arica last week. It was the first round of talks on the "
     "fisheries protocol.", [("CONSULT", "2025-02")]),
    ("Spanish and Moroccan officials met in Rabat on 12 February. That was their second meeting this year.",
     [("CONSULT", "2025-02-12")]),
    ("Kenyan and Ugandan ministers met in Kampala in December. It was a short meeting.",
     [("CONSULT", "2024-12")]),
    ("Indonesia's president met Brazil's president in Rio de Janeiro in November. It was their first bilateral "
     "meeting since he took office.", [("CONSULT", "2024-11")]),
])
def test_a_meeting_a_pronoun_is_said_to_be_is_the_one_told_before(
        analysed: Callable[..., AnalyzedDoc], text: str, want: list[tuple[str, str]]) -> None:
    assert [(e.type, e.date) for e in find_events(analysed(text))] == want


@pytest.mark.parametrize("text", [
    "Hungary says negotiations with Korean battery makers have stalled over power prices.",
    "Vietnam's talks with Japanese investors on a port in Da Nang ended without a deal.",
    "Developers in Canada say negotiations with German utilities have stalled over price.",
    # an instrument in the making, the clause of its talks hung on it or on a noun of its name
    "Serbia and Hungary still lack the treaty on social security, which their ministries of labour have been "
    "negotiating since the spring.",
    "Jordan wants a road transport protocol with Iraq, which the two transport ministries are negotiating.",
    "Moldova and Romania still have no agreement on recognition of diplomas, which the two ministries have been "
    "negotiating for years.",
])
def test_talks_of_firms_or_on_a_text_in_the_making_are_no_consultation(
        analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert "CONSULT" not in types(find_events(analysed(text)))


@pytest.mark.parametrize("text", [
    # what an instrument provides for, told of it as the doer
    "Peru and Chile signed a memorandum on mining on Monday, which sets up a joint committee on copper.",
    "The new treaty between Kenya and Tanzania opens the Namanga crossing to trucks around the clock.",
    # an inquiry opened, fire opened: no joint work launched
    "The European Commission opened an anti-subsidy investigation into Chinese electric buses on Monday.",
    "India launched an anti-dumping probe into steel from Vietnam on Friday.",
    "Armenian troops opened fire on Azerbaijani positions near Sotk on Sunday, Baku said.",
    # a forum named with the kind of gathering before the names of the states: a forum, not a launch
    '"Egypt is a key partner," said the Greek minister, who tomorrow opens in Cairo the Investment Forum '
    'Greece-Egypt with 150 companies.',
    "Mitsotakis, who opened in Athens on Monday the Business Forum Greece-Egypt, spoke of energy links.",
])
def test_what_is_opened_or_set_up_without_joint_work_launched_is_no_cooperation(
        analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert "COOPERATE" not in types(find_events(analysed(text)))


def test_fire_opened_is_an_assault_and_a_centre_launched_still_a_launch(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    fire = analysed("Armenian troops opened fire on Azerbaijani positions near Sotk on Sunday, Baku said.")
    centre = analysed("Egyptian and Greek ministers launched the Greece-Egypt Cooperation Centre in Athens on Monday.")
    assert types(find_events(fire)) == ["ASSAULT"]
    assert types(find_events(centre)) == ["COOPERATE"]


# a text the sides agree to write is not agreed yet: it is, when it is signed
@pytest.mark.parametrize("text", [
    "A roadmap on energy was discussed; Azerbaijan and Bulgaria agreed to finalise the document by the next "
    "meeting of the commission.",
    "Kenya and Ethiopia agreed to finalize the text of the visa accord before the summit in June.",
    "The customs chiefs of Laos and Vietnam agreed to draft joint inspection rules for the Cau Treo crossing.",
    "Georgia and Armenia agreed to prepare a programme of cultural exchanges for 2026-2028.",
    "Ecuador and Peru agreed to draft a new programme of agricultural cooperation for 2027-2031.",
    "Uruguay and Paraguay agreed to elaborate a joint plan against river pollution.",
])
def test_a_text_agreed_to_be_written_is_no_agreement_yet(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert "AGREE" not in types(find_events(analysed(text)))


def test_an_act_agreed_beside_a_text_to_write_is_still_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana and Togo agreed to prepare a road map on border trade and to open a joint post at Aflao.")
    assert types(find_events(a)) == ["AGREE"]


# talks that name no one, told beside a session of the pair's commission on its day, are the session's own
@pytest.mark.parametrize(("text", "want"), [
    ("In Bishkek yesterday took place the fifth meeting of the Kyrgyz-Armenian intergovernmental commission. "
     "The sides exchanged views on the current state of trade relations.", [("CONSULT", "commission")]),
    ("The joint commission of Chile and Peru held its ninth session in Lima on Monday. The two delegations "
     "discussed fisheries and held talks on a new border crossing.", [("CONSULT", "commission")]),
    ("The Mongolia-Kazakhstan intergovernmental commission held its session in Astana on 2 March. During the "
     "session the parties negotiated a new air services protocol.", [("CONSULT", "commission")]),
    # talks set beside the session, or held on another day, are talks of their own
    ("The Ghana-Togo permanent joint commission met in Accra on Monday. On the sidelines, the foreign ministers "
     "of Ghana and Togo held talks on the border.", [("CONSULT", "commission"), ("CONSULT", "talks")]),
    ("The intergovernmental commission of Laos and Vietnam met in Vientiane on Monday. Negotiations on the rail "
     "link continued in Hanoi on Tuesday.", [("CONSULT", "commission"), ("CONSULT", "talks")]),
])
def test_talks_of_no_one_on_a_sessions_day_are_the_session(
        analysed: Callable[..., AnalyzedDoc], text: str, want: list[tuple[str, str]]) -> None:
    assert sorted((e.type, e.mode) for e in find_events(analysed(text))) == want


# a figure that "arrives" at a sum, as translated pages say "reaches", is no visitor arriving
@pytest.mark.parametrize("text", [
    "Bolivia and Paraguay signed a gas deal. The authorities estimate that with the new contract the sales of gas "
    "could arrive to between 1.5 and 2 million cubic meters per day beginning 2025.",
    "Bolivia and Peru expect that the turnover could arrive to 1.2 billion dollars in 2026.",
    "According to the ministry, the volume of Uzbek fruit sold to Kazakhstan arrived at 300,000 tonnes last year.",
    "The revenues of Armenian exporters in Georgia arrived to 90 million dollars in 2024.",
    "Prices of Kazakh wheat in Uzbekistan arrived to a record in March.",
    "The sales of Moldovan wine in Romania could arrive at 40 million euros next year.",
])
def test_a_figure_arriving_at_a_sum_is_no_visit(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert "CONSULT" not in types(find_events(analysed(text)))
