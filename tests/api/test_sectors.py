"""Each sector of a pair keeps only the sentences that name it."""

from __future__ import annotations

from accord.api.sectors import per_sector
from accord.facts import Cooperation, Evidence

TRADE = "The two countries agreed to expand trade in machinery."
CULTURE = "Days of culture will open in the capital with a film festival."


def _ev(sentence: str) -> Evidence:
    return Evidence(sentence, 0, len(sentence))


def test_every_sector_keeps_the_sentences_that_name_it_and_no_other():
    split = per_sector([Cooperation(["RUS", "TJK"], ["trade", "culture"], [_ev(TRADE), _ev(CULTURE)])], "en")
    by_sector = {c.sectors[0]: [e.sentence for e in c.evidence] for c in split}
    assert by_sector == {"trade": [TRADE], "culture": [CULTURE]}
    assert all(c.countries == ["RUS", "TJK"] for c in split)


def test_a_sector_no_sentence_names_is_left_out():
    assert per_sector([Cooperation(["RUS", "TJK"], ["energy"], [_ev(TRADE)])], "en") == []
    # a record handed over without sentences is kept as it came
    bare = Cooperation(["RUS", "TJK"], ["energy"], [])
    assert per_sector([bare], "en") == [bare]
