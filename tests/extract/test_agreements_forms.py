"""A paper a trader or a taxpayer files with one state's authority ('customs declarations', 'tax
declarations') names no instrument between states, however the text uses it."""

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


@pytest.mark.parametrize("text", [
    "Footnote: the Uruguay and Paraguay totals are based on customs declarations lodged at border posts.",
    ("Statistics on trade between Malta and Tunisia are produced on the basis of import declarations and export "
     "declarations lodged by firms."),
    "Traders from Laos and Vietnam may now file a single customs declaration at the border.",
    "Under the new rules, exporters from Ghana to Togo submit goods declarations online.",
])
def test_a_filed_declaration_is_no_instrument(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert find_agreements(analysed(text)) == []


@pytest.mark.parametrize(("text", "title"), [
    ("Estonia and Georgia signed a joint declaration on digital cooperation on 2 May.",
     "joint declaration on digital cooperation"),
    ("Estonia and Georgia signed a customs cooperation declaration on 2 May.", "customs cooperation declaration"),
    ("Tax declarations of firms from Peru and Chile will be shared under the convention on mutual administrative "
     "assistance signed on 2 May.", "convention on mutual administrative assistance"),
])
def test_a_declaration_between_states_stays_one(analysed: Callable[..., AnalyzedDoc], text: str, title: str) -> None:
    assert [ag.title for ag in find_agreements(analysed(text))] == [title]
