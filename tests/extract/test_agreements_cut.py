"""Agreements: titles the parse cuts short, and instruments it hangs where no title rule looks: a
number the instrument carries ('Agreement No. 53'), the words after an abbreviation in brackets
('the agreement (LOA) for delivery of missiles'), ..."""

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
