"""The stage an instrument's own words give it after a long title: a relative clause the parser hangs on
the title's last noun ("the agreement on X between A and B, which took effect in April"), and two stages
told together ("signed in 2011 and in force since 2015"), of which the later one, with its own date, wins."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.extract import agreements
from accord.extract.analysis import AnalyzedDoc
from accord.extract.events import find_event_mentions
from accord.facts import Agreement


def find_agreements(a: AnalyzedDoc) -> list[Agreement]:
    return agreements.find_agreements(a, find_event_mentions(a))


@pytest.fixture
def published() -> str:
    return "2025-05-10"


@pytest.mark.parametrize(("text", "title", "status", "date"), [
    ("The agreement on social security between Albania and Austria, which took effect in April, covers some "
     "20,000 workers.",
     "agreement on social security between Albania and Austria", "in_force", "2025-04"),
    ("The agreement on social security between Albania and Austria, which took effect in April, was praised "
     "by unions.",
     "agreement on social security between Albania and Austria", "in_force", "2025-04"),
    ("The convention on the avoidance of double taxation between Peru and Korea, which came into force on "
     "1 January, cuts withholding rates.",
     "convention on the avoidance of double taxation between Peru and Korea", "in_force", "2025-01-01"),
    ("The memorandum on the protection of migrant workers between Nepal and Malaysia, which became effective "
     "in March, sets a minimum wage.",
     "memorandum on the protection of migrant workers between Nepal and Malaysia", "in_force", "2025-03"),
    ("Mongolia's prime minister met the Emir of Qatar in Doha on Monday. The intergovernmental agreement on "
     "the mutual protection of investments, which took effect in February, gives investors guarantees, the "
     "ministry said.",
     "intergovernmental agreement on the mutual protection of investments", "in_force", "2025-02"),
    ("The accord on the recognition of diplomas between Italy and Tunisia, in effect since September 2022, "
     "covers 40 universities.",
     "accord on the recognition of diplomas between Italy and Tunisia", "in_force", "2022-09"),
])
def test_a_stage_hung_on_the_last_noun_of_a_long_title_is_the_instruments(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str, status: str, date: str) -> None:
    [ag] = find_agreements(analysed(text))
    assert (ag.title, ag.status, ag.date) == (title, status, date)


@pytest.mark.parametrize(("text", "title", "date"), [
    ("The Free Trade Agreement between Panama and Mexico, signed in 2011 and in force since July 2015, still "
     "governs tariffs.", "Free Trade Agreement between Panama and Mexico", "2015-07"),
    ("The investment treaty between Chile and Vietnam, concluded in 2019 and in effect since March 2021, "
     "protects 30 firms.", "investment treaty between Chile and Vietnam", "2021-03"),
    ("Oman and Kenya recalled their air services agreement, signed in 2016 and in force since 2018.",
     "air services agreement", "2018"),
    ("The customs protocol between Laos and Cambodia, inked in 2020 and effective since January 2022, cut "
     "delays.", "customs protocol between Laos and Cambodia", "2022-01"),
])
def test_signed_and_in_force_told_together_is_in_force_since_its_own_date(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str, date: str) -> None:
    [ag] = find_agreements(analysed(text))
    assert (ag.title, ag.status, ag.date) == (title, "in_force", date)


def test_a_signing_alone_after_the_title_stays_signed(analysed: Callable[..., AnalyzedDoc]) -> None:
    [ag] = find_agreements(analysed("The air services agreement between Oman and Kenya, signed in 2016, was "
                                    "discussed again."))
    assert (ag.status, ag.date) == ("signed", "2016")


@pytest.mark.parametrize(("text", "date"), [
    ("On March 3 the foreign affairs committee of Estonia's parliament debated the bill ratifying the Agreement "
     "between Estonia and Georgia on readmission, signed in Tbilisi on 12 June 2024.", "2024-06-12"),
    ("The Senate on Tuesday ratified the extradition treaty between Uruguay and Chile, which was signed in "
     "Santiago on 2 February 2024.", "2024-02-02"),
    ("Lawmakers in Quito ratified on Monday the fisheries agreement between Ecuador and Peru, inked in Lima "
     "last March.", "2025-03"),
    # with no signing told beside it, the ratification is the step the story dates
    ("On 8 April Zambia's National Assembly approved the ratification of the Air Transport Agreement between "
     "Botswana and Zambia.", "2025-04-08"),
    ("Mongolia's parliament passed the law on ratifying the visa exemption agreement with Kazakhstan on 3 April.",
     "2025-04-03"),
])
def test_a_ratification_does_not_date_the_signing_told_beside_it(
        analysed: Callable[..., AnalyzedDoc], text: str, date: str | None) -> None:
    [ag] = find_agreements(analysed(text))
    assert (ag.status, ag.date) == ("signed", date)


def test_the_signing_told_before_dates_a_ratified_instrument(analysed: Callable[..., AnalyzedDoc]) -> None:
    [ag] = find_agreements(analysed("Botswana and Zambia signed an air transport agreement on 5 September 2024. "
                                    "On 8 April Zambia's National Assembly ratified the agreement."))
    assert (ag.status, ag.date) == ("signed", "2024-09-05")


@pytest.mark.parametrize(("text", "status"), [
    ("A convention on river navigation between Malawi and Mozambique, negotiated back in 2016, has still not been "
     "signed.", "proposed"),
    ("The memorandum on tourism between Ghana and Togo was not signed during the visit.", "proposed"),
    ("Jordan and Iraq never concluded the transit agreement they discussed in 2018.", "proposed"),
    ("Peru and Ecuador have yet to sign a protocol on border crossings.", "proposed"),
    ("The visa waiver agreement between Serbia and Chile has not entered into force.", "signed"),
    ("The readmission agreement between Georgia and Moldova did not take effect in January as planned.", "signed"),
])
def test_a_step_told_as_not_taken_leaves_the_stage_before_it(
        analysed: Callable[..., AnalyzedDoc], text: str, status: str) -> None:
    [ag] = find_agreements(analysed(text))
    assert ag.status == status
    assert ag.date != "2025-05-10"  # never a signing on the story's day


@pytest.mark.parametrize(("text", "title", "status"), [
    ("Fiji and Samoa put pen to an agreement on labour mobility on 6 May.", "agreement on labour mobility", "signed"),
    ("The prime ministers of Fiji and Samoa put their names to a memorandum on fisheries in Apia on 6 May.",
     "memorandum on fisheries", "signed"),
    ("Ministers of Fiji and Samoa put their signatures to a protocol on customs cooperation on 6 May.",
     "protocol on customs cooperation", "signed"),
    ("Fiji and Samoa penned a treaty on maritime boundaries on 6 May.", "treaty on maritime boundaries", "signed"),
    ("Fiji and Samoa sealed a memorandum on tourism promotion on 6 May.", "memorandum on tourism promotion",
     "signed"),
    ("Fiji and Samoa struck an agreement on seasonal workers on 6 May.", "agreement on seasonal workers", "agreed"),
])
def test_the_ways_of_telling_a_signing_sign(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str, status: str) -> None:
    [ag] = find_agreements(analysed(text))
    assert (ag.title, ag.status, ag.date) == (title, status, "2025-05-06")


def test_a_name_put_to_something_else_signs_nothing(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Fiji and Samoa put their names to a bid for the 2031 Pacific Games, which would follow the "
                 "agreement on sport signed in 2019.")
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(a)] == [
        ("agreement on sport", "signed", "2019")]


@pytest.mark.parametrize(("text", "title", "date"), [
    ("Officials in Tbilisi and Riga hailed the entry into force, on 15 February, of the convention on double "
     "taxation between Georgia and Latvia.", "convention on double taxation between Georgia and Latvia",
     "2025-02-15"),
    ("The entry into force of the visa agreement between Laos and Vietnam on 1 June was hailed by tourism firms.",
     "visa agreement between Laos and Vietnam", "2025-06-01"),
    ("Uruguay and Portugal noted the social security accord's entry into force on 12 February.",
     "social security accord", "2025-02-12"),
    ("Following the entry into force of the protocol on fisheries between Peru and Chile in April, fleets "
     "returned.", "protocol on fisheries between Peru and Chile", "2025-04"),
    ("Peru and Bolivia celebrated the entry into force, on 2 April, of their treaty on legal aid.",
     "treaty on legal aid", "2025-04-02"),
])
def test_an_entry_into_force_told_as_a_noun_puts_it_in_force(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str, date: str | None) -> None:
    [ag] = find_agreements(analysed(text))
    assert (ag.title, ag.status, ag.date) == (title, "in_force", date)


@pytest.mark.parametrize(("text", "title"), [
    ("Negotiators from Indonesia and Mexico closed a fourth session of talks on Friday aimed at upgrading the two "
     "countries' free trade agreement.", "upgrade of free trade agreement"),
    ("Peru and Thailand launched talks on modernising their trade pact on 3 May.", "modernisation of trade pact"),
    ("Negotiations on the upgrade of the Peru-Thailand free trade agreement continued in May.",
     "upgrade of Peru-Thailand free trade agreement"),
    ("Ghana and Togo held a second round of talks in Lome aimed at revising their 2012 border treaty.",
     "revision of 2012 border treaty"),
])
def test_a_change_of_an_instrument_told_without_a_stage_is_to_come(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    changes = [ag for ag in find_agreements(analysed(text)) if ag.title == title]
    assert [ag.status for ag in changes] == ["proposed"]


@pytest.mark.parametrize(("text", "title", "date"), [
    ("Ties between Croatia and Austria are still guided by the Agreement on economic cooperation from 2011.",
     "Agreement on economic cooperation", "2011"),
    ("Serbia and Italy's strategic partnership agreement of 2009 still frames relations.",
     "strategic partnership agreement of 2009", "2009"),
    ("Relations between Serbia and Italy rest on a strategic partnership agreement dating from 2009.",
     "strategic partnership agreement", "2009"),
    ("Cooperation between Serbia and Italy follows a memorandum on energy dating back to 2012.",
     "memorandum on energy", "2012"),
    ("The treaty on friendship between Serbia and Italy from 1994 still frames relations.",
     "treaty on friendship between Serbia and Italy", "1994"),
    ("The 2009 agreement on strategic partnership between Serbia and Italy still frames relations.",
     "2009 agreement on strategic partnership between Serbia and Italy", "2009"),
])
def test_an_instrument_dated_by_a_past_year_after_its_title_exists(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str, date: str) -> None:
    [ag] = find_agreements(analysed(text))
    assert (ag.title, ag.status, ag.date) == (title, "signed", date)


def test_a_year_to_come_after_a_title_names_no_instrument_that_exists(analysed: Callable[..., AnalyzedDoc]) -> None:
    assert find_agreements(analysed("A strategy for cooperation between Serbia and Italy dating to 2030 was "
                                    "mentioned.")) == []


def test_an_instrument_is_listed_before_the_change_of_it(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Peru and Thailand held a second round of talks to upgrade their free trade agreement on 3 May. "
                 "The Peru-Thailand FTA entered into force in 2011.")
    assert [(ag.title, ag.status) for ag in find_agreements(a)] == [
        ("Peru-Thailand FTA", "in_force"), ("upgrade of free trade agreement", "proposed")]
