"""Events read from hand-written stories: types, modes, dates against the publication date, merging."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.extract import events as event_extractor
from accord.extract.analysis import AnalyzedDoc
from accord.extract.people import find_people
from accord.facts import Event, Person


def find_events(a: AnalyzedDoc, people: list[Person]) -> list[Event]:
    return event_extractor.find_events(a, people, event_extractor.find_event_mentions(a, people))


@pytest.fixture
def published() -> str:
    return "2024-09-19"


def test_commission_session_dated_and_agreement_after_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The third meeting of the intergovernmental commission of Kazakhstan and Germany was held in Berlin "
        "on September 4.\n\nGermany and Kazakhstan agreed to expand cooperation in renewable energy."
    )
    events = find_events(a, [])
    consult = [e for e in events if e.type == "CONSULT"]
    agree = [e for e in events if e.type == "AGREE"]
    assert len(consult) == 1 and len(agree) == 1
    assert consult[0].mode == "commission"
    assert consult[0].date == "2024-09-04"
    assert sorted(consult[0].countries) == ["DEU", "KAZ"]
    assert consult[0].location == "Berlin"
    assert agree[0].date == "2024-09-19"  # no date of its own: the story's day


def test_opinions_are_not_events(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Chancellor of Germany described relations with Kazakhstan as excellent and expressed confidence "
        "that trade between Germany and Kazakhstan will grow."
    )
    assert find_events(a, []) == []


def test_mentions_of_one_visit_merge_and_weekday_resolves(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Chancellor of Germany paid an official visit to Kazakhstan on Tuesday.\n\n"
        "During the visit, the leaders of Germany and Kazakhstan held talks in Astana."
    )
    events = find_events(a, [])
    assert len(events) == 1
    assert events[0].type == "CONSULT" and events[0].mode == "visit"
    assert events[0].date == "2024-09-17"  # the Tuesday before Thursday 19 September 2024


def test_each_visit_takes_its_own_date(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Kazakhstan recalled the state visit to Germany in May 2022 and the visit to "
        "Kazakhstan in June 2023."
    )
    dates = sorted(e.date or "" for e in find_events(a, []) if e.type == "CONSULT")
    assert dates == ["2022-05", "2023-06"]


def test_undated_story_gives_null_dates_and_phone_call_mode(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Today, a telephone conversation took place between the President of Turkmenistan and the "
        "President of Azerbaijan.",
        published=None,
    )
    events = find_events(a, [])
    assert [(e.type, e.mode, e.date) for e in events] == [("CONSULT", "call", None)]


def test_participants_are_the_people_named_in_the_event_sentences(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Olaf Scholz met Kassym-Jomart Tokayev in Astana to discuss trade between Germany and Kazakhstan.")
    people = [
        Person("Olaf Scholz", "DEU", "Chancellor"),
        Person("Kassym-Jomart Tokayev", "KAZ", "President"),
        Person("Annalena Baerbock", "DEU", "Foreign Minister"),
    ]
    events = find_events(a, people)
    assert len(events) == 1
    assert events[0].participants == ["Olaf Scholz", "Kassym-Jomart Tokayev"]


def test_a_planned_visit_is_its_own_event_and_leaves_the_meeting_mode_alone(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Ministers of Germany and Kazakhstan met in Astana on Tuesday.\n\n"
        "The Kazakh president is expected to visit Germany in November."
    )
    got = sorted((e.mode or "", e.date or "") for e in find_events(a, []) if e.type == "CONSULT")
    assert got == [("meeting", "2024-09-17"), ("visit", "2024-11")]


def test_an_undated_plan_is_no_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Ministers of Germany and Kazakhstan met in Astana on Tuesday.\n\n"
        "Germany and Kazakhstan will hold a video conference of their trade ministries."
    )
    assert [(e.type, e.mode) for e in find_events(a, [])] == [("CONSULT", "meeting")]


def test_another_pair_of_people_meeting_the_same_day_is_another_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Olaf Scholz held talks with Kassym-Jomart Tokayev in Astana on Tuesday.\n\n"
        "Annalena Baerbock and Murat Nurtleu also met on Tuesday to discuss Germany and Kazakhstan."
    )
    people = [
        Person("Olaf Scholz", "DEU", "Chancellor"),
        Person("Kassym-Jomart Tokayev", "KAZ", "President"),
        Person("Annalena Baerbock", "DEU", "Foreign Minister"),
        Person("Murat Nurtleu", "KAZ", "Foreign Minister"),
    ]
    got = sorted(tuple(sorted(e.participants)) for e in find_events(a, people) if e.type == "CONSULT")
    assert got == [("Annalena Baerbock", "Murat Nurtleu"), ("Kassym-Jomart Tokayev", "Olaf Scholz")]


def test_commission_session_apart_from_visit_and_month_of_last_year(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Chancellor of Germany arrived in Astana on Tuesday on an official visit to Kazakhstan.\n\n"
        "The same day the fifth session of the German-Kazakh intergovernmental commission took place.\n\n"
        "The previous meeting was held in Berlin in March last year."
    )
    got = sorted((e.mode or "", e.date or "") for e in find_events(a, []) if e.type == "CONSULT")
    assert got == [("commission", "2024-09-17"), ("meeting", "2023-03"), ("visit", "2024-09-17")]


def test_a_loan_provided_is_aid_and_a_protest_is_an_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany will provide a loan of 50 million euros to Kazakhstan for water pipelines.\n\n"
        "Kazakhstan protested the detention of Kazakh truck drivers by German police."
    )
    assert sorted(e.type for e in find_events(a, [])) == ["AID", "PROTEST"]


def test_a_gerund_after_a_preposition_tells_a_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The German minister praised Kazakhstan after meeting his Kazakh counterpart in Astana.")
    assert [(e.type, e.mode, e.date) for e in find_events(a, [])] == [("CONSULT", "meeting", "2024-09-19")]


def test_a_courtesy_call_and_calling_on_a_person_are_meetings(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Kazakh foreign minister paid a courtesy call on Chancellor Olaf Scholz in Berlin on Monday.\n\n"
        "Germany asked Kazakhstan about pipelines, and the minister also called on President Frank-Walter Steinmeier."
    )
    got = [(e.type, e.mode) for e in find_events(a, [])]
    assert got == [("CONSULT", "meeting")]  # the undated call of the same days joins the first
    assert find_events(a, [])[0].date == "2024-09-16"


def test_received_the_same_day_takes_the_day_told_before(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The German-Kazakh intergovernmental commission met in Astana on September 12.\n\n"
        "On the same day, the Prime Minister of Kazakhstan received Minister K.Weber of Germany."
    )
    got = sorted((e.mode or "", e.date or "") for e in find_events(a, []))
    assert got == [("commission", "2024-09-12"), ("meeting", "2024-09-12")]


def test_a_plant_put_into_operation_and_flights_launched_by_an_airline_are_cooperation(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    plant = analysed("A German-Kazakh cement plant was put into operation today near Shymkent.")
    assert [(e.type, e.date) for e in find_events(plant, [])] == [("COOPERATE", "2024-09-19")]
    flights = analysed(
        "Kazakhstan and Germany welcomed the direct flights between Almaty and Munich launched by Air Astana.",
        published=None,
    )
    assert [(e.type, e.date) for e in find_events(flights, [])] == [("COOPERATE", None)]


def test_a_gift_with_its_own_date_is_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kazakhstan thanked Germany for the fire engines gifted to the city of Almaty in March last year.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("AID", "2023-03")]


def test_a_launch_via_video_link_is_no_call(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The ministers of Germany and Kazakhstan opened, via video link, the German-Kazakh University "
        "laboratory in Almaty on Monday."
    )
    assert [(e.type, e.mode) for e in find_events(a, [])] == [("COOPERATE", None)]


def test_a_session_held_via_video_conference_is_one_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The fourth meeting of the German-Kazakh Intergovernmental Committee was held on September 10 via "
        "video conference."
    )
    events = find_events(a, [])
    assert [(e.type, e.mode, e.date) for e in events] == [("CONSULT", "call", "2024-09-10")]


def test_the_pair_s_own_forum_is_an_event_even_as_a_venue(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The ministers of Germany and Kazakhstan held talks in Berlin on Tuesday on the sidelines of the "
        "German-Kazakh Business Forum.\n\n"
        "The ministers of Germany and Kazakhstan met in Rome on the sidelines of the G20 summit on Monday."
    )
    got = sorted((e.mode or "", e.date or "") for e in find_events(a, []))
    # the G20 summit is no event of its own; the Monday meeting in Rome is another day's meeting
    assert got == [("forum", "2024-09-17"), ("meeting", "2024-09-16"), ("talks", "2024-09-17")]


def test_a_binational_cabinet_yesterday_is_a_commission_session(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The presidents of Germany and Kazakhstan yesterday led the Second Binational Cabinet in Berlin.\n\n"
        "The Cabinet approved a 2025-2027 Programme of Economic Cooperation."
    )
    got = sorted((e.type, e.mode or "", e.date or "") for e in find_events(a, []))
    assert got == [("AGREE", "", "2024-09-18"), ("CONSULT", "commission", "2024-09-18")]


def test_leaders_named_after_the_session_and_signers_without_names_take_its_people(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "The sixth meeting of the German-Kazakh Intergovernmental Commission was held in Astana on September 18.\n\n"
        "The German delegation was led by Minister Robert Habeck.\n\n"
        "The Kazakh side was represented by Deputy Prime Minister Serik Zhumangarin.\n\n"
        "After the meeting, the co-chairs of Germany and Kazakhstan signed a memorandum on green hydrogen."
    )
    people = [Person("Robert Habeck", "DEU", "Minister"), Person("Serik Zhumangarin", "KAZ", "Deputy Prime Minister")]
    got = sorted((e.type, tuple(e.participants)) for e in find_events(a, people))
    both = ("Robert Habeck", "Serik Zhumangarin")
    assert got == [("AGREE", both), ("CONSULT", both)]


def test_companies_signing_deals_is_apart_from_what_the_ministers_agreed(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "At the forum, German and Kazakh companies signed 20 contracts on Wednesday.\n\n"
        "The ministers of Germany and Kazakhstan also agreed to create a council on hydrogen."
    )
    assert [e.type for e in find_events(a, [])] == ["AGREE", "AGREE"]


def test_a_visit_recalled_with_a_bare_month_is_a_past_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The new deal follows the signing in November of a memorandum on rail transit during the Kazakh "
        "president's state visit to Germany.",
        published="2024-06-20",
    )
    visits = [e for e in find_events(a, []) if e.type == "CONSULT"]
    assert [(e.mode, e.date) for e in visits] == [("visit", "2023-11")]


def _typed(events: list, type_: str) -> list[tuple[str | None, list[str]]]:
    return sorted((e.date, sorted(e.countries)) for e in events if e.type == type_)


def test_tariff_imposed_and_another_taking_effect_are_two_sanctions(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile on Monday imposed a 20% tariff on Peruvian fruit, two days after Peru's own ban on "
        "Chilean poultry came into force on Saturday."
    )
    assert _typed(find_events(a, []), "SANCTION") == [
        ("2024-09-14", ["CHL", "PER"]), ("2024-09-16", ["CHL", "PER"])]


def test_accusation_and_its_rejection(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The President of Chile announced new border checks on September 2, accusing Peru of tolerating "
        "smuggling.\n\nThe Foreign Minister of Peru rejected the allegations as baseless."
    )
    events = find_events(a, [])
    assert _typed(events, "ACCUSE") == [("2024-09-02", ["CHL", "PER"])]
    assert _typed(events, "REJECT") == [("2024-09-19", ["CHL", "PER"])]  # undated: the story's day


def test_reciprocal_expulsion_is_one_act_per_side(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Norway and Iceland expelled three of each other's diplomats on Tuesday.\n\n"
        "Iceland's consul was declared persona non grata."
    )
    assert _typed(find_events(a, []), "SANCTION") == [
        ("2024-09-17", ["ISL", "NOR"]), ("2024-09-17", ["ISL", "NOR"])]


def test_summons_recall_suspension_and_fee_raise(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "On September 10, the foreign ministry of Ghana summoned the Togolese ambassador to protest.\n\n"
        "Togo recalled its envoy from Ghana and suspended electricity exports to Ghana on September 12.\n\n"
        "Ghana responded by raising port fees for Togolese trucks."
    )
    events = find_events(a, [])
    assert _typed(events, "PROTEST") == [("2024-09-10", ["GHA", "TGO"])]
    # the recall and the suspension are two sanctions of one side on one day: one event
    assert _typed(events, "SANCTION") == [("2024-09-12", ["GHA", "TGO"])]
    assert _typed(events, "COERCE") == [("2024-09-19", ["GHA", "TGO"])]


def test_hedged_negated_and_described_conflict_is_no_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Ghana could impose tariffs on Togolese goods, an adviser said.\n\n"
        "Togo did not expel any diplomats from Ghana.\n\n"
        "Relations between Ghana and Togo have been frozen since 2020."
    )
    assert find_events(a, []) == []


def test_paused_negotiations_are_no_talks_and_launched_talks_no_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Canada paused negotiations on a trade agreement with Peru on September 5.\n\n"
        "Talks between Canada and Peru on an investment treaty were launched on September 9."
    )
    events = find_events(a, [])
    assert _typed(events, "RETREAT") == [("2024-09-05", ["CAN", "PER"])]  # a step back from talks, no measure
    assert _typed(events, "CONSULT") == [("2024-09-09", ["CAN", "PER"])]
    assert _typed(events, "COOPERATE") == []


def test_meetings_on_two_days_are_two_events(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Foreign Minister of Peru met the Chilean President on Monday.\n\n"
        "On Tuesday, the Peruvian minister met the Foreign Minister of Chile."
    )
    assert _typed(find_events(a, []), "CONSULT") == [
        ("2024-09-16", ["CHL", "PER"]), ("2024-09-17", ["CHL", "PER"])]


def test_visit_recalled_inside_another_clause_takes_its_month_and_year(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The ministers reviewed the projects agreed during the official visit of the Prime Minister of "
        "Portugal to Morocco in March last year."
    )
    consult = [e for e in find_events(a, []) if e.type == "CONSULT"]
    assert [(e.mode, e.date) for e in consult] == [("visit", "2023-03")]


def test_protest_note_handed_and_protest_note_delivered_by_participle(analysed: Callable[..., AnalyzedDoc]) -> None:
    handed = analysed("The Ministry of Foreign Affairs of Chile handed a note of protest to the Peruvian side.")
    assert [(e.type, sorted(e.countries)) for e in find_events(handed, [])] == [("PROTEST", ["CHL", "PER"])]
    delivered = analysed(
        "In a protest note delivered to the Ghanaian embassy on Monday, Togo's foreign ministry called "
        "the closure illegal."
    )
    assert [(e.type, e.date) for e in find_events(delivered, [])] == [("PROTEST", "2024-09-16")]


def test_opposing_the_other_states_measure_is_a_rejection(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Norway firmly opposes Iceland's new quota on mackerel, the ministry said on Tuesday.")
    assert [(e.type, sorted(e.countries), e.date) for e in find_events(a, [])] == [
        ("REJECT", ["ISL", "NOR"], "2024-09-17")]
    both = analysed("Norway and Iceland oppose protectionism in fisheries.")
    assert find_events(both, []) == []


def test_bare_aid_sent_to_a_state_is_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Austria sent rescue teams and aid to Slovenia after the floods.")
    assert [(e.type, sorted(e.countries)) for e in find_events(a, [])] == [("AID", ["AUT", "SVN"])]


def test_summit_that_only_places_a_meeting_in_time_is_no_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The presidents of Kenya and Brazil met in Nairobi on Monday ahead of the 2025 Summit of the "
        "Group of Twenty."
    )
    events = find_events(a, [])
    assert [(e.type, e.mode, e.date) for e in events] == [("CONSULT", "meeting", "2024-09-16")]


def test_session_of_a_commission_takes_the_date_of_its_clause(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Germany and Kazakhstan agreed to expand rail freight, the minister said after the fifth session of "
        "the Kazakh-German Intergovernmental Commission held in Astana on September 12."
    )
    consult = [e for e in find_events(a, []) if e.type == "CONSULT"]
    assert [(e.mode, e.date) for e in consult] == [("commission", "2024-09-12")]


def test_receiving_a_minister_by_title_is_a_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Monday, the President of Kazakhstan received the German minister.")
    assert [(e.type, e.mode, e.date) for e in find_events(a, [])] == [("CONSULT", "meeting", "2024-09-16")]


def test_earlier_meeting_of_two_named_people_is_apart_from_the_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Chancellor of Germany paid a visit to Kazakhstan.\n\n"
        "Earlier on Tuesday, German Economy Minister Anna Weber met Kazakh Energy Minister Daulet Serikov "
        "to discuss hydrogen projects."
    )
    consult = [e for e in find_events(a, find_people(a)) if e.type == "CONSULT"]
    assert [e.mode for e in consult] == ["visit", "meeting"]
    assert (consult[1].date, consult[1].participants) == ("2024-09-17", ["Anna Weber", "Daulet Serikov"])


def test_last_month_name_is_the_latest_such_month_before_the_story(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kazakh and German officials reviewed the agreements reached during the meeting of the two presidents "
        "in Berlin last July.",
        published="2024-05-02",
    )
    assert [(e.type, e.date) for e in find_events(a, []) if e.type == "CONSULT"] == [("CONSULT", "2023-07")]


def test_ground_breaking_ceremony_is_a_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The ground-breaking ceremony of the Kazakh-German hydrogen plant took place on September 10, "
        "attended by ministers of Germany and Kazakhstan."
    )
    assert [(e.type, e.date) for e in find_events(a, [])] == [("COOPERATE", "2024-09-10")]


def test_a_noun_that_names_a_kind_of_trade_is_no_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Tanzania barred Kenyan citizens from tour guiding and hair salons.")
    assert [e for e in find_events(a, []) if e.type == "CONSULT"] == []


def test_requested_meeting_is_not_held(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya wrote to Tanzania on Tuesday, requesting an urgent meeting of the Kenya-Tanzania Joint Trade Committee."
    )
    assert [e for e in find_events(a, []) if e.type == "CONSULT"] == []


def test_defending_a_measure_against_the_other_side_rejects_its_protest(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya protested against the new Tanzanian rules.\n\n"
        "On Wednesday, Tanzania's trade minister defended the measure in a statement on Kenya's complaint."
    )
    assert [(e.type, e.date) for e in find_events(a, []) if e.type == "REJECT"] == [("REJECT", "2024-09-18")]


def test_launch_proposed_is_not_a_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Tajikistan proposed to China to speed up the launch of the joint venture for processing ore.")
    assert [e for e in find_events(a, []) if e.type == "COOPERATE"] == []


def test_a_session_number_in_digits_is_the_event_s(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The 9th meeting of the intergovernmental commission of Tajikistan and Japan opened in Dushanbe "
        "on Monday.\n\nThe 10th session of the Tajik-Japanese joint commission will be held in Tokyo next year."
    )
    got = sorted((e.session or 0, e.date or "") for e in find_events(a, []) if e.type == "CONSULT")
    assert got[0] == (9, "2024-09-16")
    assert all(session != 9 for session, _ in got[1:])


def test_a_visit_or_a_year_before_the_noun_is_no_session_number(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The President of Tajikistan arrived in Tokyo on Monday on his 3rd official visit to Japan.\n\n"
        "The 2024 session of the Tajik-Japanese intergovernmental commission was held there the same day."
    )
    assert [e.session for e in find_events(a, []) if e.type == "CONSULT"] == [None] * 2


def test_a_dateline_s_date_is_the_filing_day_not_the_event_s(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "ASTANA. September 19 - An agreement on road transport was signed on Tuesday by the foreign "
        "ministers of Kazakhstan and Mongolia."
    )
    assert [e.date for e in find_events(a, []) if e.type == "AGREE"] == ["2024-09-17"]


def test_an_undated_story_s_weekday_is_the_stated_date_on_that_weekday(analysed: Callable[..., AnalyzedDoc]) -> None:
    caption = "The foreign ministers of Kazakhstan and Mongolia in Astana, 17 September 2024.\n\n"
    a = analysed(caption + "The ministers of Kazakhstan and Mongolia held talks in Astana on Tuesday.", published=None)
    assert [e.date for e in find_events(a, []) if e.type == "CONSULT"] == ["2024-09-17"]
    # 17 September 2024 was a Tuesday, not a Friday: no day for "on Friday"
    a = analysed(caption + "The ministers of Kazakhstan and Mongolia held talks in Astana on Friday.", published=None)
    assert [e.date for e in find_events(a, []) if e.type == "CONSULT"] != ["2024-09-17"]


def test_a_signing_years_before_the_story_is_no_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Mongolia held talks in Santiago on September 17.\n\n"
        "The two countries signed a treaty on scientific exchange in 2015.\n\n"
        "Chile and Mongolia signed a memorandum on lithium research in 2023."
    )
    agree = sorted(e.date or "" for e in find_events(a, []) if e.type == "AGREE")
    assert agree == ["2023"]  # last year's signing is recent news; one nine years back is history


def test_an_instrument_under_negotiation_is_no_round_of_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Mongolia said a treaty on fisheries between the two countries is under negotiation.")
    assert [e for e in find_events(a, []) if e.type == "CONSULT"] == []


def test_in_an_undated_story_a_signing_years_before_its_latest_event_is_no_event(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Chile and Mongolia held talks in Santiago in March 2023.\n\n"
        "The two countries signed a treaty on scientific exchange in 2015.",
        published=None,
    )
    assert [e.type for e in find_events(a, [])] == ["CONSULT"]


def test_both_sides_blaming_a_third_thing_is_no_conflict_between_them(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Bolivia held talks on Monday.\n\n"
                 "The two countries blame the old customs rules for the delays.")
    assert [e.type for e in find_events(a, [])] == ["CONSULT"]


def test_both_sides_accusing_each_other_is_still_conflict(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Bolivia accused each other of violating the border treaty on Monday.")
    assert "ACCUSE" in [e.type for e in find_events(a, [])]


def test_a_visit_timed_to_an_anniversary_carries_its_number(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The President of Chile paid a state visit to Vietnam, timed to the 55th anniversary of "
                 "diplomatic relations.\n\nThe President of Chile and the President of Vietnam held talks.")
    assert [(e.type, e.anniversary) for e in find_events(a, [])] == [("CONSULT", 55)]
    plain = analysed("The President of Chile paid a state visit to Vietnam in 2024 with 55 business leaders.")
    assert [e.anniversary for e in find_events(plain, [])] == [None]


def test_the_talks_named_again_keep_their_states_not_those_of_what_they_discussed(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "The foreign ministers of Armenia and Mongolia held talks in Yerevan on Tuesday.\n\n"
        "The talks centred on a rail link that would connect Russia and China with Iran."
    )
    events = find_events(a, [])
    assert [(e.type, e.mode, e.countries, e.date) for e in events] == [
        ("CONSULT", "talks", ["ARM", "MNG"], "2024-09-17")]


def test_negotiations_in_the_title_of_an_office_are_no_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Director General of Multilateral Trade Negotiations of Chile said that exports of copper "
        "to Peru had grown."
    )
    assert find_events(a, []) == []


def test_agreeing_to_a_plan_is_dated_by_the_story_not_by_the_plan(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The foreign ministers of Chile and Argentina met in Santiago on September 17 and signed a protocol "
        "on border crossings.\n\nThe ministers agreed to open two more crossings in 2026."
    )
    agree = [e for e in find_events(a, []) if e.type == "AGREE"]
    assert [e.date for e in agree] == ["2024-09-17"]


def test_a_forum_of_a_state_and_a_region_is_no_event_of_the_pair(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "President of Kenya William Ruto received the Foreign Minister of Turkey Hakan Fidan in Nairobi on "
        "September 17. Fidan is in Kenya to attend the Turkey-Africa Partnership Summit."
    )
    consult = [e for e in find_events(a, []) if e.type == "CONSULT"]
    assert [e.mode for e in consult] == ["meeting"]


def test_aid_that_arrives_is_aid_not_a_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "A consignment of humanitarian aid from the Government of Italy for the families hit by the floods "
        "arrived in Tirana on September 16, the Albanian Foreign Ministry said."
    )
    events = find_events(a, [])
    assert [(e.type, e.date) for e in events] == [("AID", "2024-09-16")]


def test_money_in_a_currency_the_model_does_not_tag_is_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "New Zealand will provide NZ$4.2 million to Samoa to upgrade rural health clinics, the two "
        "governments said on Monday."
    )
    assert [(e.type, sorted(e.countries), e.date) for e in find_events(a, [])] == [
        ("AID", ["NZL", "WSM"], "2024-09-16")]


def test_an_amount_inside_what_is_provided_is_not_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Samoa and New Zealand will provide support to the plan to lift their trade to NZ$90 million.")
    assert [e.type for e in find_events(a, [])] == []


def test_agreeing_to_go_on_or_to_meet_again_is_no_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    go_on = analysed("Kenya and Uganda agreed on Tuesday to keep up regular contacts between their ministries.")
    meet = analysed("The ministers of Kenya and Uganda agreed to hold the next round of consultations in Kampala.")
    assert [e.type for e in find_events(go_on, []) + find_events(meet, [])] == []


def test_agreeing_to_meet_and_to_build_is_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kenya and Uganda agreed to hold a business forum and to build a joint fertiliser plant.")
    assert [e.type for e in find_events(a, [])] == ["AGREE"]


def test_an_order_imposing_tariffs_is_a_sanction_not_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "On Friday, the President of the United States signed an executive order imposing 30 percent tariffs "
        "on steel from Brazil."
    )
    assert [(e.type, e.date) for e in find_events(a, [])] == [("SANCTION", "2024-09-13")]


def test_a_protocol_amending_a_treaty_is_still_a_signing(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kazakhstan and Russia signed a protocol amending the treaty on Friday.")
    assert [e.type for e in find_events(a, [])] == ["AGREE"]


def test_clashes_that_break_out_between_the_two_are_an_assault(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Thailand closed its border crossings with Cambodia on Friday after armed clashes broke out near the "
        "disputed temple."
    )
    assert sorted((e.type, e.date) for e in find_events(a, [])) == [
        ("ASSAULT", "2024-09-13"), ("COERCE", "2024-09-13")]


def test_fighting_in_a_third_place_is_no_assault_between_the_two(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Turkey and Kazakhstan discussed the situation in Sudan, where fighting broke out in Khartoum.")
    assert [e.type for e in find_events(a, [])] == []


def test_the_meeting_where_figures_were_shown_is_the_story_s_own(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The joint commission of Ghana and Togo met in Lome on Tuesday.\n\n"
        "Data presented at the meeting show that exports of Ghana to Togo rose by 8 percent in 2023."
    )
    consult = [(e.mode, e.date) for e in find_events(a, []) if e.type == "CONSULT"]
    assert consult == [("commission", "2024-09-17")]


def test_the_leaders_last_met_before_the_story(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The presidents of Chile and Peru last met in Lima in November.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("CONSULT", "2023-11")]


def test_a_since_clause_dates_its_own_act_not_the_visit(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "President Lula of Brazil, on his first visit to Angola since taking office in December, held talks "
        "with President Lourenco on Tuesday.",
        published="2024-05-16",
    )
    assert [(e.type, e.mode, e.date) for e in find_events(a, [])] == [("CONSULT", "visit", "2024-05-14")]


def test_a_plan_takes_no_date_from_the_past(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile and Peru will continue talks on a fisheries deal, after their trade doubled in 2023.")
    assert find_events(a, []) == []


def test_trips_counted_in_figures_and_a_text_being_negotiated_are_no_events(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    trips = analysed("Since the visa waiver, more than 400,000 trips have been made between Serbia and China.")
    assert find_events(trips, []) == []
    text = analysed("An agreement between Serbia and China on investment protection is being negotiated.")
    assert find_events(text, []) == []


def test_a_body_s_seat_abroad_is_not_a_second_actor(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Lithuania summoned the Belarusian charge d'affaires on September 17 over the balloons. "
        "The Belarusian Embassy in Vilnius rejected the accusations, saying Lithuania had shown no evidence."
    )
    rejects = [e for e in find_events(a, []) if e.type == "REJECT"]
    assert len(rejects) == 1


def test_a_signing_ceremony_of_agreements_is_a_signing(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Madrid - King Felipe VI of Spain and President Gabriel Boric of Chile on September 17 chaired the "
        "signing ceremony of 12 agreements between Spain and Chile at the Royal Palace."
    )
    agree = [e for e in find_events(a, []) if e.type == "AGREE"]
    assert [e.date for e in agree] == ["2024-09-17"]


def test_phoning_a_person_is_a_call_and_phoning_a_place_is_not(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The President of Ghana telephoned the President of Togo on Friday to discuss border trade.")
    assert [(e.type, e.mode) for e in find_events(a, [])] == [("CONSULT", "call")]
    b = analysed("The mayor of Accra phoned the embassy of Togo after a match between Ghana and Togo.")
    assert find_events(b, []) == []


def test_a_closed_border_a_withdrawn_case_and_a_reopened_crossing(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "On September 3, Benin closed its border with Niger to trucks.\n\n"
        "On September 9, Niger withdrew the complaint it had lodged against Benin at the regional court.\n\n"
        "Benin and Niger reopened the Malanville crossing to cargo on September 16."
    )
    events = find_events(a, [])
    assert _typed(events, "COERCE") == [("2024-09-03", ["BEN", "NER"])]
    assert _typed(events, "RETREAT") == [("2024-09-09", ["BEN", "NER"])]
    assert _typed(events, "COOPERATE") == [("2024-09-16", ["BEN", "NER"])]


def test_a_national_regulators_name_stands_for_its_state(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On September 5, Rosselkhoznadzor introduced restrictions on imports of apples from Moldova.")
    assert _typed(find_events(a, []), "SANCTION") == [("2024-09-05", ["MDA", "RUS"])]


def test_a_measure_taken_from_a_date_is_dated_by_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("From September 4, Ghana introduced a ban on imports of Togolese cement.\n\n"
                 "Ghana and Togo have met twice since then.")
    assert _typed(find_events(a, []), "SANCTION") == [("2024-09-04", ["GHA", "TGO"])]


def test_talks_suspended_are_a_retreat_and_no_round_of_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On May 6, Nepal suspended talks on resuming boundary negotiations with Bhutan.")
    events = find_events(a, [])
    assert [(e.type, e.date) for e in events] == [("RETREAT", "2024-05-06")]


def test_an_act_named_by_a_noun_under_an_approving_verb(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The cabinet of Moldova on Monday approved the expulsion of two Russian diplomats.")
    assert _typed(find_events(a, []), "SANCTION") == [("2024-09-16", ["MDA", "RUS"])]
    b = analysed("The cabinet of Moldova on Monday approved the construction of a Russian school.")
    assert find_events(b, []) == []


def test_nationals_deported_duties_imposed_and_a_facility_withdrawn(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "On September 2, Angola deported 30 Congolese nationals.\n\n"
        "In August, Brazil imposed provisional anti-dumping surcharges on Chinese steel pipes.\n\n"
        "On September 10, Malaysia withdrew the transit facility for Thai rice."
    )
    events = find_events(a, [])
    assert _typed(events, "COERCE") == [("2024-09-02", ["AGO", "COD"])]
    assert _typed(events, "SANCTION") == [("2024-08", ["BRA", "CHN"]), ("2024-09-10", ["MYS", "THA"])]


def test_flights_that_resume_are_cooperation_and_their_old_suspension_no_act(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Direct flights between Armenia and Turkey, suspended since 2022, resumed on September 2.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("COOPERATE", "2024-09-02")]
    b = analysed("The crossing between Laos and Vietnam reopened on September 9 after floods.")
    assert [(e.type, e.date) for e in find_events(b, [])] == [("COOPERATE", "2024-09-09")]


def test_an_undated_act_does_not_join_one_of_an_earlier_year(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru announced that it was recalling its ambassador to Mexico.\n\n"
        "In 2023, Mexico recalled its ambassador to Peru."
    )
    assert _typed(find_events(a, []), "SANCTION") == [("2023", ["MEX", "PER"]), ("2024-09-19", ["MEX", "PER"])]


def test_that_meeting_months_before_the_story_is_the_one_told_before(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "When the presidents of Chile and Argentina met in Santiago on August 14, the talk was of lithium.\n\n"
        "At that meeting the two governments signed five agreements."
    )
    events = find_events(a, [])
    assert _typed(events, "CONSULT") == [("2024-08-14", ["ARG", "CHL"])]


def test_a_meeting_that_frames_what_was_said_takes_no_date_of_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The 17th meeting of the Kenya-Ghana Joint Commission was held in Nairobi on Monday.\n\n"
        "Opening the meeting, the Kenyan minister said trade between Kenya and Ghana amounted to $300 million "
        "in 2023."
    )
    assert [(e.type, e.date) for e in find_events(a, [])] == [("CONSULT", "2024-09-16")]


def test_a_body_described_by_its_founding_is_not_launched(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Joint Council of Oman and Kenya, established in 2016, is the main channel of their ties.")
    assert find_events(a, []) == []
    b = analysed("The ferry line between Oman and Kenya, launched by the two ministers in June, carries cargo.")
    assert [(e.type, e.date) for e in find_events(b, [])] == [("COOPERATE", "2024-06")]


def test_a_guest_received_the_same_day_is_a_meeting_of_its_own(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "A round of talks between Uruguay and Egypt was held in Cairo on Monday.\n\n"
        "The same day, the delegation of Uruguay was accepted by the President of Egypt."
    )
    events = find_events(a, [])
    assert sorted((e.type, e.mode, e.date) for e in events) == [
        ("CONSULT", "meeting", "2024-09-16"), ("CONSULT", "talks", "2024-09-16")]
    b = analysed("On Monday, Egypt accepted the proposal of Uruguay on fruit exports.")
    assert find_events(b, []) == []


def test_a_meeting_of_one_sides_own_ministers_is_no_bilateral_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Monday, after a meeting of Kenyan cabinet ministers in Nairobi, Kenya lifted a ban on "
                 "Ugandan eggs.")
    assert [e.type for e in find_events(a, [])] == ["CONCEDE"]  # the ban lifted, no meeting of the two
    b = analysed("On Monday, the ministers of Kenya and Uganda held a meeting of trade officials in Nairobi.")
    assert [(e.type, e.mode) for e in find_events(b, [])] == [("CONSULT", "meeting")]


def test_several_states_acting_together_make_one_act(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("France and Niger have been at odds since the coup. France praised the ECOWAS stance on Niger.\n\n"
                 "In August, Benin, Togo and Ghana imposed entry bans on Nigerien junta officials.")
    events = find_events(a, [])
    assert _typed(events, "SANCTION") == [("2024-08", ["BEN", "GHA", "NER", "TGO"])]


def test_an_instrument_being_negotiated_is_no_round_of_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru is also negotiating a protocol on avocado exports with Japan.")
    assert find_events(a, []) == []
    b = analysed("Peru and Japan negotiated in Lima on Monday.")
    assert [(e.type, e.mode, e.date) for e in find_events(b, [])] == [("CONSULT", "talks", "2024-09-16")]


def test_meeting_business_leaders_is_no_meeting_of_the_states(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Prime Minister of Samoa will meet Australian business leaders in Sydney on Friday.")
    assert find_events(a, []) == []
    b = analysed("The Prime Minister of Samoa will meet the Australian trade minister in Sydney on Friday.")
    assert [e.type for e in find_events(b, [])] == ["CONSULT"]


def test_building_work_that_begins_is_a_launch_and_a_falling_price_is_not(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Construction began on Monday on the bridge between Zambia and Malawi, at a ceremony at the border.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("COOPERATE", "2024-09-16")]
    b = analysed("Zambia and Malawi said the price of maize began to fall on Monday.")
    assert find_events(b, []) == []


def test_a_month_of_a_past_act_lies_before_the_story_even_when_the_next_one_is_nearer(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    # published 19 September: a past act "in February" is February of that year, though next February
    # is nearer; a session "to be held in February" is next February's
    a = analysed("Bolivia closed its border with Chile in February.\n\n"
                 "Bolivia and Chile agreed to hold the next commission session in La Paz in January.")
    got = sorted((e.type, e.date) for e in find_events(a, []))
    assert ("COERCE", "2024-02") in got
    assert not any(date == "2024-01" for _, date in got)


def test_shooting_down_an_aircraft_is_an_assault(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ecuadorian air defence shot down a Colombian military drone near the frontier on Monday.")
    [event] = find_events(a, [])
    assert event.type == "ASSAULT"
    assert sorted(event.countries) == ["COL", "ECU"]
    assert event.date == "2024-09-16"


def test_shooting_a_film_is_no_assault(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("A crew from Ecuador shot a documentary about Colombia on Monday.")
    assert [e for e in find_events(a, []) if e.type == "ASSAULT"] == []


def test_night_spanning_two_days_dates_by_the_morning(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ecuador closed its border with Colombia in the night of 30 June to 1 July.")
    [event] = find_events(a, [])
    assert event.type == "COERCE" and event.date == "2024-07-01"


def test_night_of_two_bare_days_dates_by_the_second(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ecuador closed its border with Colombia on the night of 11 to 12 August.")
    [event] = find_events(a, [])
    assert event.type == "COERCE" and event.date == "2024-08-12"


def test_act_decided_is_told(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On 17 September the cabinet of Ecuador decided to close the border with Colombia.")
    [event] = find_events(a, [])
    assert event.type == "COERCE"
    assert sorted(event.countries) == ["COL", "ECU"]
    assert event.date == "2024-09-17"


def test_act_threatened_is_no_act_of_its_own(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Tuesday the cabinet of Ecuador threatened to close the border with Colombia.")
    assert [e.type for e in find_events(a, [])] == ["THREATEN"]


def test_recalling_an_ambassador_is_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    # PLOVER files a cut in diplomatic ties under SANCTION, not RETREAT (which is de-escalation)
    a = analysed("Ecuador recalled its ambassador from Colombia for consultations on Monday.")
    [event] = find_events(a, [])
    assert event.type == "SANCTION"
    assert event.date == "2024-09-16"


def test_condemning_the_other_sides_measure_is_a_protest(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "On Monday the Ecuadorian Foreign Ministry firmly condemned the decision of Colombia to expel two consuls.")
    assert [(e.type, sorted(e.countries), e.date) for e in find_events(a, []) if e.type == "PROTEST"] == [
        ("PROTEST", ["COL", "ECU"], "2024-09-16")]


def test_condemning_an_attack_elsewhere_is_no_protest(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ecuador and Colombia on Monday condemned the bombing of a market in a third country.")
    assert [e for e in find_events(a, []) if e.type == "PROTEST"] == []


def test_a_treaty_ratified_is_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Tuesday the parliament of Uruguay ratified the extradition treaty with Paraguay.")
    assert [(e.type, sorted(e.countries), e.date) for e in find_events(a, [])] == [
        ("AGREE", ["PRY", "URY"], "2024-09-17")]


def test_ratifying_needs_an_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Tuesday Uruguay ratified its support for Paraguay's bid to host the games.")
    assert [e for e in find_events(a, []) if e.type == "AGREE"] == []


def test_the_other_sides_act_called_by_a_word_of_blame_is_an_accusation(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Monday the foreign minister of Uruguay called the Paraguayan tariff \"pure blackmail\".")
    assert [(e.type, sorted(e.countries), e.date) for e in find_events(a, [])] == [
        ("ACCUSE", ["PRY", "URY"], "2024-09-16")]
    b = analysed("The Paraguayan president called the Uruguayan measure disproportionate on Monday.")
    assert [e.type for e in find_events(b, [])] == ["ACCUSE"]


def test_praise_and_the_words_of_another_act_are_no_accusation(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Monday the foreign minister of Uruguay called the talks with Paraguay constructive.")
    assert [e for e in find_events(a, []) if e.type == "ACCUSE"] == []
    b = analysed("On Monday Uruguay summoned the envoy of Paraguay over what it called hostile remarks.")
    assert [e.type for e in find_events(b, [])] == ["PROTEST"]


def test_agreeing_to_instruct_others_to_meet_is_no_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The presidents of Ghana and Togo agreed to instruct their ministers to hold the next session in "
                 "Lome.")
    assert "AGREE" not in [e.type for e in find_events(a, [])]


def test_agreeing_to_instruct_others_to_build_is_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The presidents of Ghana and Togo agreed to instruct their ministers to build a joint power line.")
    assert "AGREE" in [e.type for e in find_events(a, [])]


def test_trade_curbs_and_announced_levies_are_sanctions(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya on Monday barred imports of sugar from Uganda through the Busia crossing.\n\n"
        "Uganda's trade minister Francis Mwebesa announced on Tuesday a 25% levy on imports from Kenya."
    )
    sanctions = [e for e in find_events(a, []) if e.type == "SANCTION"]
    assert sorted(e.date for e in sanctions) == ["2024-09-16", "2024-09-17"]
    assert all(sorted(e.countries) == ["KEN", "UGA"] for e in sanctions)


def test_a_condemned_detention_is_a_protest(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The Foreign Ministry of Armenia strongly condemned the detention of three Armenian farmers "
        "by Azerbaijani border guards, a statement issued on Wednesday said."
    )
    protests = [e for e in find_events(a, []) if e.type == "PROTEST"]
    assert len(protests) == 1 and sorted(protests[0].countries) == ["ARM", "AZE"]


def test_announcing_the_levy_told_before_is_no_new_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru's 20% levy on Chilean fruit took effect on Sunday. "
                 "Peruvian President Ana Rojas announced the levy on Sept. 2, accusing Chile of dumping.")
    assert [e.date for e in find_events(a, []) if e.type == "SANCTION"] == ["2024-09-15"]


@pytest.mark.parametrize("sentence", [
    # the date is the figure's, in the clause joined before the agreement
    "Trade between Chile and Peru reached $4.1 billion in 2023, Boric said, and the two presidents agreed "
    "to lift it to $6 billion.",
    # the date is the airline's plan, in the clause joined after it
    "Chile and Peru agreed to deepen cooperation in mining, and LATAM announced it would open a "
    "Lima-Antofagasta route in November.",
    # the date is the base of a comparison
    "Chile and Peru agreed to raise trade to $6 billion within three years, compared with $4.1 billion "
    "in 2023.",
])
def test_an_agreement_is_not_dated_by_another_clause(analysed: Callable[..., AnalyzedDoc], sentence: str) -> None:
    agree = [e for e in find_events(analysed(sentence), []) if e.type == "AGREE"]
    assert [e.date for e in agree] == ["2024-09-19"]  # no date of its own: the story's day


def test_a_date_opening_the_sentence_dates_every_clause(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On 3 September, President Boric received the Peruvian foreign minister in Santiago, and "
                 "the two sides agreed to reopen the Chacalluta crossing for trucks.")
    assert [e.date for e in find_events(a, []) if e.type == "AGREE"] == ["2024-09-03"]


def test_a_meeting_of_one_state_s_own_government_is_no_consultation(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Latvia's prime minister, speaking after the cabinet meeting on Tuesday, said Russia had "
                 "violated Latvian airspace.\n\n"
                 "The joint government meeting of Latvia and Estonia was held in Riga on Monday.")
    consult = [e for e in find_events(a, []) if e.type == "CONSULT"]
    assert [(e.date, sorted(e.countries)) for e in consult] == [("2024-09-16", ["EST", "LVA"])]


def test_accusations_exchanged_or_traded_are_accusations(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("India and Pakistan traded accusations of ceasefire violations on Tuesday.")
    accuse = [e for e in find_events(a, []) if e.type == "ACCUSE"]
    assert accuse and all(e.date == "2024-09-17" and sorted(e.countries) == ["IND", "PAK"] for e in accuse)


def test_one_side_s_decree_or_the_dates_of_a_meeting_are_no_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kazakhstan lifted visas for Chinese citizens. The decree signed by President Tokayev on "
                 "2 September entered into force on 10 September.\n\n"
                 "The next session of the Kazakh-Chinese business council will be held in Urumqi; the sides "
                 "are agreeing the dates.")
    assert [e for e in find_events(a, []) if e.type == "AGREE"] == []


def test_a_decree_signed_is_no_agreement_but_a_treaty_signed_is(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kazakhstan and China signed a treaty on the state border in Astana on 2 September.")
    assert [e.date for e in find_events(a, []) if e.type == "AGREE"] == ["2024-09-02"]


def test_a_warship_arriving_is_no_visit_and_suspended_deals_are_a_sanction(
        analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Nicaragua on Monday suspended its fisheries agreements with Costa Rica after a Costa Rican "
                 "frigate arrived in Corinto for exercises.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("SANCTION", "2024-09-16")]


def test_talks_one_side_asks_the_other_to_start_are_not_held(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Nepal has asked India to start talks on a new trade treaty, and both want to conclude "
                 "the talks on transit this year.")
    assert [e.type for e in find_events(a, [])].count("CONSULT") == 1


def test_ties_severed_or_downgraded_with_the_other_side_are_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Bolivia severed diplomatic ties with Israel on Monday.\n\n"
                 "Israel downgraded relations with Bolivia to the level of chargé d'affaires in August.")
    sanctions = [e for e in find_events(a, []) if e.type == "SANCTION"]
    assert sorted(e.date for e in sanctions) == ["2024-08", "2024-09-16"]


def test_ties_broken_with_a_third_state_are_no_sanction_of_the_pair(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Nauru and China signed a communiqué on diplomatic relations on Monday, days after Nauru "
                 "broke off ties with Taipei.")
    assert [e.type for e in find_events(a, [])] == ["AGREE"]


def test_deliveries_that_start_are_a_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Exports of Azerbaijani electricity to Georgia began on Sunday over the new 500 kV line.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("COOPERATE", "2024-09-15")]


def test_a_third_state_s_act_told_beside_the_pair_s_is_none_of_theirs(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Sudan expelled Chad's ambassador on Monday, and in August Britain imposed sanctions on "
                 "Chadian general Idriss Deby, accusing him of arming the rebels.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("SANCTION", "2024-09-16")]


def test_an_accusation_made_with_a_protest_is_that_protest(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Armenia's Foreign Ministry has summoned Azerbaijan's ambassador in Yerevan to protest against "
                 "the shelling of villages in Tavush.\n\n"
                 "Yerevan accused Baku of \"deliberately targeting civilians\".")
    assert [e.type for e in find_events(a, [])] == ["PROTEST"]


def test_an_envoy_recalled_for_consultations_is_no_talks(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana recalled its ambassador from Togo for consultations on Tuesday.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("SANCTION", "2024-09-17")]


def test_an_envoy_recalled_with_the_purpose_put_first(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Ghana has recalled for consultations its ambassador in Togo, the foreign ministry said on Monday.")
    assert [e.type for e in find_events(a, [])] == ["SANCTION"]


def test_an_envoy_summoned_as_a_pronoun(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Peruvian envoy was seen entering the Chilean foreign ministry. "
                 "The ministry summoned him on Monday to convey its displeasure over the arrests of fishermen.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("PROTEST", "2024-09-16")]


def test_vessels_barred_from_ports_is_a_sanction(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Chile will bar Peruvian trawlers from landing anchovy in Chilean ports from November 1, "
                 "the fisheries minister said on Monday.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("SANCTION", "2024-11-01")]


def test_criticism_rejected_is_a_rejection(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Uruguay on Tuesday rejected the criticism from Argentina over the pulp mill.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("REJECT", "2024-09-17")]


def test_a_visit_barred_is_no_visit_and_dated_by_the_date_it_explains(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Relations have been cold since April 2021, when Slovakia barred President Viktor Orban of "
                 "Hungary from a private visit to a castle near the border.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("SANCTION", "2021-04")]


def test_a_sum_announced_in_aid_of_a_kind_is_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("New Zealand's foreign minister announced NZ$45.2 million over five years in budget support "
                 "for Samoa on Tuesday.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("AID", "2024-09-17")]


def test_a_sum_announced_for_a_project_is_no_aid(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Japan announced $12 million for a new port in Kenya on Friday.")
    assert [e.type for e in find_events(a, [])] == []


def test_a_leaders_retreat_is_a_meeting(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Prime ministers of Australia and New Zealand held their 7th Leaders' Retreat in Queenstown "
                 "on Monday.")
    assert [(e.type, e.mode, e.date) for e in find_events(a, [])] == [("CONSULT", "meeting", "2024-09-16")]


def test_the_signature_of_instruments_is_an_agreement(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("On Tuesday, Ghana and Burkina Faso proceeded to the signature of nine (9) legal instruments.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("AGREE", "2024-09-17")]


def test_a_work_put_into_operation_with_its_name_between_is_a_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kazakhstan's KazMunayGas has put the 120-megawatt Chilik solar park in Uzbekistan into commercial "
                 "operation, the Uzbek energy minister said on Monday.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("COOPERATE", "2024-09-16")]


def test_a_signing_recalled_with_its_day_is_an_event(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The free trade agreement between Chile and Peru, signed in Lima on 22 August 2016, has cut "
                 "tariffs on most goods.")
    assert [(e.type, e.date) for e in find_events(a, [])] == [("AGREE", "2016-08-22")]


def test_a_signing_recalled_by_its_year_or_a_bloc_s_is_background(analysed: Callable[..., AnalyzedDoc]) -> None:
    by_year = analysed("The free trade agreement between Chile and Peru, signed in 2016, has cut tariffs on goods.")
    bloc = analysed("Paraguay is Uruguay's second partner in Mercosur, whose founding treaty was signed in "
                    "Asuncion on 26 March 1991.")
    assert [e.type for e in find_events(by_year, [])] == []
    assert [e.type for e in find_events(bloc, [])] == []


def test_a_signing_told_by_month_and_by_day_is_one(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("In August, the president of Ecuador signed a defence agreement in Madrid.\n\n"
                 "The defence agreement between Spain and Ecuador signed on 14 August is the first of its kind.")
    signings = [e for e in find_events(a, []) if e.type == "AGREE"]
    assert [(e.countries, e.date) for e in signings] == [(["ECU", "ESP"], "2024-08-14")]


def test_speaking_to_a_minister_by_telephone_is_a_call(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Kenya's foreign minister spoke to Uganda's foreign minister by telephone on Monday evening.")
    assert [(e.type, e.mode, e.date) for e in find_events(a, [])] == [("CONSULT", "call", "2024-09-16")]


def test_a_video_link_of_a_hearing_is_no_call(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The Ghanaian envoy said the detained Togolese journalist appeared at a court hearing by video "
                 "link on Monday.")
    assert [e.type for e in find_events(a, []) if e.type == "CONSULT"] == []


def test_a_new_niche_opened_is_no_launch(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The veterinary protocol signed by Senegal and Morocco on Monday opens a new niche for "
                 "Senegalese exporters.")
    assert [e.type for e in find_events(a, []) if e.type == "COOPERATE"] == []


def test_talks_with_a_bloc_outside_the_pair_are_not_the_pair_s(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Hungary's prime minister told Serbia that Budapest will back the opening of accession "
                 "negotiations with the European Union in June.")
    assert [e.type for e in find_events(a, []) if e.type == "CONSULT"] == []


def test_a_meeting_with_a_leader_in_a_third_capital_stays_the_pair_s(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("The President of Ghana raised the plan at his meeting with the President of Togo in Abuja "
                 "on Monday.")
    assert [(e.type, e.countries) for e in find_events(a, [])] == [("CONSULT", ["GHA", "TGO"])]


def test_a_side_named_by_no_one_in_the_events_words_is_there_in_its_lead(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Togolese President Kossi Amavi arrived in Accra on Monday for a state visit to Ghana.\n\n"
        "On Tuesday the two presidents met for talks at the Jubilee House.\n\n"
        "A Ghanaian trade delegation visited Lome in March 2023.\n\n"
        "Ghana and Togo launched a joint cement venture in 2024."
    )
    people = [
        Person("Kossi Amavi", "TGO", "President"),
        Person("Kwame Boateng", "GHA", "President"),
        Person("Ama Owusu", "GHA", "Foreign Minister"),
    ]
    got = sorted((e.type, e.date or "", tuple(sorted(e.participants))) for e in find_events(a, people))
    assert got == [
        ("CONSULT", "2023-03", ()),  # a past event is not given the story's people
        ("CONSULT", "2024-09-16", ("Kossi Amavi", "Kwame Boateng")),  # the host
        ("CONSULT", "2024-09-17", ("Kossi Amavi", "Kwame Boateng")),  # "the two presidents"
        ("COOPERATE", "2024", ("Kossi Amavi", "Kwame Boateng")),  # a year that holds the story's day
    ]
