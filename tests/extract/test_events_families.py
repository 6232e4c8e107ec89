"""Acts of friction told in the many ways the press says one kind of fact: each family of sentences
(other verbs and nouns, active and passive, relative clauses, other states and numbers) must give
the same event, and the near misses of each family none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_events_frictions import find_events

from accord.extract.analysis import AnalyzedDoc


@pytest.fixture
def published() -> str:
    return "2025-09-10"  # a Wednesday


def acts(a: AnalyzedDoc) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(e.type, tuple(sorted(e.countries)), e.date) for e in find_events(a)}


@pytest.mark.parametrize(("text", "want"), [
    ("On Monday the US Commerce Department added 31 Pakistani firms to its entity list.",
     ("SANCTION", ("PAK", "USA"), "2025-09-08")),
    ("Tokyo placed nine Belarusian companies on its export-control list on 2 September.",
     ("SANCTION", ("BLR", "JPN"), "2025-09-02")),
    ("Britain on Tuesday put six Iranian shipping firms on its sanctions list.",
     ("SANCTION", ("GBR", "IRN"), "2025-09-09")),
    ("Four Turkish drone makers were added to the Greek trade restriction list on Friday.",
     ("SANCTION", ("GRC", "TUR"), "2025-09-05")),
    ("Beijing included two Lithuanian laser makers in its unreliable entity list on 8 September.",
     ("SANCTION", ("CHN", "LTU"), "2025-09-08")),
    ("Canberra entered three Chinese research institutes on its foreign-interference blacklist last week.",
     ("SANCTION", ("AUS", "CHN"), "2025-09")),
])
def test_listing_the_other_sides_firms_on_a_register_of_measures_is_a_sanction(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[str, tuple[str, ...], str]) -> None:
    assert want in acts(analysed(text))


@pytest.mark.parametrize("text", [
    "Seoul put the visit of the Mongolian delegation on the list of its priorities.",
    "The Czech minister added Vietnam to the list of countries he will visit this year.",
    "Kenya placed Ethiopian coffee on its list of the best imports of the year.",
])
def test_a_list_of_no_measure_is_no_sanction(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert not {a for a in acts(analysed(text)) if a[0] == "SANCTION"}


@pytest.mark.parametrize(("text", "want"), [
    ("Ottawa's 20% surtax on Mexican steel took effect in July.", (("CAN", "MEX"), "2025-07")),
    ("Ecuador imposed a provisional anti-dumping deposit of 35% on Peruvian ceramics on Tuesday.",
     (("ECU", "PER"), "2025-09-09")),
    ("The levies follow duties of 40 per cent on Indian sugar that Pakistan imposed in June.",
     (("IND", "PAK"), "2025-06")),
    ("Nairobi put a 15 per cent surtax on Ugandan milk on 1 August.", (("KEN", "UGA"), "2025-08-01")),
    ("Morocco levied countervailing duties on Egyptian fertiliser on Monday.", (("EGY", "MAR"), "2025-09-08")),
    ("Vietnam placed an embargo on Cambodian pigs in 2019.", (("KHM", "VNM"), "2019")),
    ("The tariffs Washington applied to Brazilian orange juice in August angered growers.",
     (("BRA", "USA"), "2025-08")),
    ("Argentina slapped retaliatory measures on Chilean salmon on Friday.", (("ARG", "CHL"), "2025-09-05")),
])
def test_a_trade_measure_told_by_its_noun_is_a_sanction(
        analysed: Callable[..., AnalyzedDoc], text: str, want: tuple[tuple[str, ...], str]) -> None:
    states, date = want
    assert ("SANCTION", states, date) in acts(analysed(text))


@pytest.mark.parametrize("text", [
    "Indonesia applied the new labelling rules to Malaysian palm oil on Monday.",
    "Ghana put a deposit of $2 million on the Nigerian-built ferry on Friday.",
])
def test_a_rule_or_deposit_of_no_measure_is_no_sanction(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    assert not {a for a in acts(analysed(text)) if a[0] == "SANCTION"}
