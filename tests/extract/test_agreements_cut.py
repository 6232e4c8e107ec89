"""Agreements: titles the parse cuts short, and instruments it hangs where no title rule looks: the
words the parser cut off before a capitalised title ('the critical minerals Memorandum of Understanding',
read as two subjects), a number the instrument carries ('Agreement No. 53'), the words after an abbreviation in brackets
('the agreement (LOA) for delivery of missiles'), and a bare instrument in apposition to what it is about
('their joint border force, a protocol signed in 2010'); and the stage an instrument is 'on' in a
machine-translated calque ('is on stage of working out': under negotiation), with the object of its title's
last 'of' that the parser made a phrase of its own; 'the relevant agreement', which is the one of the project
named before it; and 'the long-term deal' told after one, which names no second instrument."""

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
    return "2025-03-04"


@pytest.mark.parametrize(("text", "title"), [
    ("Peru and Chile held talks.\n\nThe ministers agreed to deepen the Economic Complementation Agreement "
     "No. 38, signed in 1998.", "Economic Complementation Agreement No. 38"),
    ("Argentina and Mexico held talks.\n\nThey began talks on broadening the Partial Scope Agreement No. 6 "
     "between the two states.", "Partial Scope Agreement No. 6"),
    ("Kazakhstan and Uzbekistan held talks.\n\nThe ministers signed Memorandum No. 12 on water sharing on "
     "Friday.", "Memorandum No. 12 on water sharing"),
    ("Iran and Armenia held talks.\n\nContract No. 114 for the supply of turbines was signed in Yerevan.",
     "Contract No. 114 for the supply of turbines"),
    ("Uruguay and Paraguay held talks.\n\nThe presidents reviewed the Economic Complementation Agreement "
     "No. 18, in force since 1991.", "Economic Complementation Agreement No. 18"),
    ("Ghana and Togo held talks.\n\nThe two sides signed Protocol No. 3 to the 2012 border treaty on Monday.",
     "Protocol No. 3"),
])
def test_the_number_an_instrument_carries_is_part_of_its_title(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    assert title in [ag.title for ag in find_agreements(analysed(text))]


@pytest.mark.parametrize(("text", "title"), [
    ("Poland and the United States held talks.\n\nOn Wednesday the minister signed the agreement (LOA) for "
     "delivery of Patriot missiles.", "agreement (LOA) for delivery of Patriot missiles"),
    ("Norway and Germany held talks.\n\nThe ministers signed the contract (EPC) for construction of the "
     "offshore cable link on Monday.", "contract (EPC) for construction of the offshore cable link"),
    ("Kenya and Japan held talks.\n\nThe two governments signed a loan agreement (LA) for the upgrading of "
     "the Mombasa port on Friday.", "loan agreement (LA) for the upgrading of the Mombasa port"),
    ("Vietnam and Korea held talks.\n\nThe Korean ambassador and the finance minister signed the framework "
     "arrangement (FA) for concessional loans.", "framework arrangement (FA) for concessional loans"),
    ("Nigeria and China held talks.\n\nThe governments initialled an agreement (CSA) for the rehabilitation "
     "of the Lagos-Kano railway in Abuja.", "agreement (CSA) for the rehabilitation of the Lagos-Kano railway"),
    ("Serbia and Hungary held talks.\n\nThe ministers signed the treaty (HST) for joint management of the "
     "Danube on Thursday.", "treaty (HST) for joint management of the Danube"),
])
def test_an_abbreviation_in_brackets_does_not_end_the_title(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    assert [ag.title for ag in find_agreements(analysed(text))] == [title]


@pytest.mark.parametrize(("text", "title", "date"), [
    ("Peru and Bolivia held talks.\n\nThe two states want to relaunch their binational fisheries commission, "
     "a protocol signed in Lima in 2004.", "protocol on binational fisheries commission", "2004"),
    ("Kenya and Uganda held talks.\n\nThe ministers praised the lake transport corridor, a treaty signed in "
     "1999, as a model.", "treaty on lake transport corridor", "1999"),
    ("India and Nepal held talks.\n\nThe leaders reviewed the Kosi river barrage, an agreement signed in 1954.",
     "agreement on Kosi river barrage", "1954"),
    ("Spain and Morocco held talks.\n\nThe two countries extended their joint police patrols, a memorandum "
     "signed in 2008, until next year.", "memorandum on joint police patrols", "2008"),
    ("Chile and Argentina held talks.\n\nBoth sides praised the integrated border control, an accord "
     "concluded in 2012, which cut waiting times.", "accord on integrated border control", "2012"),
    ("Kenya and Ethiopia held talks.\n\nThe leaders opened a new cross-border road, a treaty signed in 2020.",
     "treaty on new cross-border road", "2020"),
])
def test_a_bare_instrument_in_apposition_is_the_instrument_of_the_noun_before_it(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str, date: str) -> None:
    assert [(ag.title, ag.status, ag.date) for ag in find_agreements(analysed(text))] == [(title, "signed", date)]


def test_a_list_of_instruments_is_no_apposition(analysed: Callable[..., AnalyzedDoc]) -> None:
    text = "Laos and Thailand held talks.\n\nThe two countries signed a treaty on trade, a protocol signed in 2019."
    assert [ag.title for ag in find_agreements(analysed(text))] == ["treaty on trade"]


@pytest.mark.parametrize(("text", "title"), [
    ("Armenia and Kyrgyzstan held talks.\n\nThe agreement about organization of direct air flights Yerevan - "
     "Gyumri - Osh is on stage of working out.",
     "agreement about organization of direct air flights Yerevan - Gyumri - Osh"),
    ("Turkmenistan and Iran held talks.\n\nThe agreement about organization of regular bus flights Mary - "
     "Mashhad is on stage of working out.", "agreement about organization of regular bus flights Mary - Mashhad"),
    ("Tajikistan and Uzbekistan held talks.\n\nThe memorandum about creation of joint trade house Dushanbe - "
     "Tashkent is on stage of working out.", "memorandum about creation of joint trade house Dushanbe - Tashkent"),
    ("Belarus and Vietnam held talks.\n\nThe memorandum about creation of joint assembly plant Minsk - Hanoi is "
     "on stage of working out.", "memorandum about creation of joint assembly plant Minsk - Hanoi"),
    ("Georgia and Armenia held talks.\n\nThe agreement on opening of checkpoint Sadakhlo - Bagratashen is at the "
     "stage of working out.", "agreement on opening of checkpoint Sadakhlo - Bagratashen"),
    ("Georgia and Turkey held talks.\n\nThe protocol about opening of border crossing Sarpi - Hopa is on stage "
     "of drafting.", "protocol about opening of border crossing"),
    ("Azerbaijan and Iran held talks.\n\nThe agreement about construction of road bridge Astara - Astara is on "
     "stage of working out.", "agreement about construction of road bridge"),
])
def test_an_instrument_on_the_stage_of_working_out_is_proposed_and_keeps_its_whole_object(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    """A calque of machine translation ('находится на стадии проработки'); the parser may make the object of
    the title's last 'of' a second subject of the copula."""
    assert [(ag.title, ag.status) for ag in find_agreements(analysed(text))] == [(title, "proposed")]


@pytest.mark.parametrize(("text", "title"), [
    ("Kazakhstan and Egypt held talks.\n\nThe talks focused on the project of a joint fertiliser plant in Aswan. "
     "The ministers will finalise the relevant agreement by autumn.",
     "relevant agreement on project of a joint fertiliser plant in Aswan"),
    ("Tajikistan and Iran held talks.\n\nThe sides discussed the project of a joint cement plant in Khujand. The "
     "ministers agreed to sign the corresponding agreement next month.",
     "corresponding agreement on project of a joint cement plant in Khujand"),
    ("Georgia and Azerbaijan held talks.\n\nThe ministers presented the project of a new bridge over the Red "
     "River. The relevant protocol was signed on Monday.",
     "relevant protocol on project of a new bridge over the Red River"),
    ("Uzbekistan and Korea held talks.\n\nThe leaders reviewed the project of a textile cluster in Namangan. The "
     "ministries will draft the relevant memorandum this year.",
     "relevant memorandum on project of a textile cluster in Namangan"),
    ("Ghana and Turkey held talks.\n\nBoth presidents backed the project of a new hospital in Kumasi, and the "
     "relevant loan agreement will be signed in March.",
     "relevant loan agreement on project of a new hospital in Kumasi"),
    ("Chile and India held talks.\n\nA lithium refining project in Antofagasta was high on the agenda. The "
     "relevant intergovernmental agreement is under negotiation.",
     "relevant intergovernmental agreement on lithium refining project in Antofagasta"),
])
def test_the_relevant_agreement_is_the_one_of_the_project_named_before(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    assert [ag.title for ag in find_agreements(analysed(text))] == [title]


@pytest.mark.parametrize(("text", "title"), [
    ("Oman and India held talks.\n\nOman and India signed a 20-year contract for the operation of the Duqm dry "
     "dock. The long-term deal replaces annual leases.", "20-year contract for the operation of the Duqm dry dock"),
    ("Kenya and Qatar held talks.\n\nKenya and Qatar signed a 15-year agreement on LNG supply on Monday. The "
     "long-term accord starts in 2026.", "15-year agreement on LNG supply"),
    ("Brazil and China held talks.\n\nBrazil and China signed a five-year protocol on soybean exports. The "
     "medium-term pact was hailed by farmers.", "five-year protocol on soybean exports"),
    ("Spain and Morocco held talks.\n\nSpain and Morocco signed a 25-year concession contract for the Tanger port "
     "terminal. The long-term contract has been in force since May.",
     "25-year concession contract for the Tanger port terminal"),
    ("Peru and Japan held talks.\n\nPeru and Japan signed a ten-year loan agreement for the Lima metro. Officials "
     "said the long-term deal is already applied.", "ten-year loan agreement for the Lima metro"),
    ("Chile and Korea held talks.\n\nChile and Korea signed a 12-year contract for copper concentrate supply. The "
     "long-term pact took effect in January.", "12-year contract for copper concentrate supply"),
])
def test_the_long_term_deal_told_after_one_is_no_second_instrument(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    assert [ag.title for ag in find_agreements(analysed(text))] == [title]


@pytest.mark.parametrize(("text", "title"), [
    ("Kenya and Japan held talks.\n\nThe geothermal resources Memorandum of Understanding signed in 2020 has moved "
     "to the drilling stage.", "geothermal resources Memorandum of Understanding"),
    ("Ghana and Korea held talks.\n\nThe critical minerals Memorandum of Cooperation signed in March has opened two "
     "mines.", "critical minerals Memorandum of Cooperation"),
    ("Chile and Japan held talks.\n\nThe natural resources Memorandum of Understanding signed in 2018 has produced "
     "joint surveys.", "natural resources Memorandum of Understanding"),
    ("Poland and Korea held talks.\n\nThe defence industries Memorandum of Understanding signed in 2022 has brought "
     "new orders.", "defence industries Memorandum of Understanding"),
    ("Vietnam and Australia held talks.\n\nThe critical minerals Memorandum of Understanding signed in 2023 has "
     "drawn new investors.", "critical minerals Memorandum of Understanding"),
    ("Brazil and Egypt held talks.\n\nThe water resources Memorandum of Understanding signed in 2019 has delivered "
     "two dams.", "water resources Memorandum of Understanding"),
])
def test_a_plural_noun_the_parser_cut_from_before_a_capitalised_title_is_its_modifier(
        analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    assert [ag.title for ag in find_agreements(analysed(text))] == [title]
