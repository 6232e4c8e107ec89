"""A balance of the pair's trade (a surplus, a deficit, a gap) is no level of its trade, however the sentence
names the trade inside the balance's phrase (indicators/figures.py), read from hand-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import analyse
from accord.extract.indicators import find_indicators

_TALKS = "Ministers of {a} and {b} held talks.\n\n"


def _read(text: str, published: str = "2025-03-01", title: str | None = None) -> list[tuple[Any, ...]]:
    doc = CleanDocument(doc="t", source="t", text=text, language="en", published=published, title=title)
    [a] = analyse([doc])
    assert a is not None
    return [(i.metric, i.value, i.unit, i.kind) for i in find_indicators(a) if i.metric != "other"]


@pytest.mark.parametrize(
    "text",
    [
        _TALKS.format(a="Japan", b="Vietnam") + "Japan's trade surplus with Vietnam reached $4.2 billion in 2024.",
        _TALKS.format(a="Norway", b="Poland")
        + "Last year Poland's bilateral trade with Norway left Oslo a surplus worth 3,4 Mrd. Euro.",
        _TALKS.format(a="Kenya", b="Egypt") + "Kenya pledged to narrow the $900 million trade gap with Egypt.",
        _TALKS.format(a="Peru", b="China") + "Peru's trade deficit with China widened to $2.1 billion last year.",
        _TALKS.format(a="Ghana", b="India") + "The deficit in Ghana's trade with India stood at $1.3 billion.",
        _TALKS.format(a="India", b="Australia")
        + "India ran a trade imbalance of $5.5 billion with Australia in 2023.",
        _TALKS.format(a="Chile", b="Brazil")
        + "The balance of bilateral trade showed a shortfall of $650 million for Chile.",
    ],
)
def test_a_balance_of_the_pairs_trade_is_no_level_of_it(text: str) -> None:
    assert _read(text) == []


def test_the_level_beside_a_balance_is_kept() -> None:
    text = (_TALKS.format(a="Chile", b="Brazil")
            + "Trade between Chile and Brazil reached $12 billion in 2024, leaving a surplus of $2 billion for "
              "Brazil.")
    assert _read(text) == [("trade_turnover", 12e9, "USD", "actual")]


def _pair_of_union(sentence: str) -> list[tuple[Any, ...]]:
    title = "EU and Japan review their economic partnership"
    return _read(f"{title}\n\nThe European Union and Japan met in Brussels.\n\n{sentence}", title=title)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Union's total with one partner is the pair's
        ("Last year total EU-Japan commerce was worth €140 bn.", [("trade_turnover", 140e9, "EUR", "actual")]),
        ("Overall trade between the EU and Japan came to €138 billion in 2023.",
         [("trade_turnover", 138e9, "EUR", "actual")]),
        # the Union's total with everyone is no figure of the pair
        ("Extra-EU trade as a whole was worth some €4 000 billion last year.", []),
        ("The EU's total trade with the rest of the world came to €4.1 trillion in 2024.", []),
        ("Total EU exports to all partners stood at €2.6 trillion in 2024.", []),
        ("Japan's total trade reached ¥220 trillion in 2024.", []),
        # 'extra-' before the bloc: its trade with everyone outside it, whoever the sentence names next
        ("By contrast, extra-EU trade overall stood at €3 950 bn, a total in which Japan holds 4th place.", []),
        ("Japan buys more from the Union than Korea does, though extra-EU imports reached €2 trillion.", []),
        ("Extra-EU exports fell 2% to €2.5 trillion in 2024, and exports to Japan reached €70 billion.",
         [("exports", 70e9, "EUR", "actual")]),
    ],
)
def test_a_total_of_the_union_with_one_partner_or_with_the_world(sentence: str, expected: list[Any]) -> None:
    assert _pair_of_union(sentence) == expected
