"""Trade of one state of the pair with a state outside it: 'a sliver next to Vietnam's $171 billion of
trade with China' in a story about India and Vietnam. The state named right after the flow's 'with' is the
other end of the trade; when it is no state of the pair, the figure is not the pair's."""

from __future__ import annotations

from ..analysis import Sentence
from .cues import Cue, CueLexicon

# 'trade with the Republic of Korea': how far after 'with' (and an article) the state's name may start
_NAME_GAP = 4


def trades_with_another(cue: Cue, sentence: Sentence, countries: list[str], lex: CueLexicon) -> bool:
    m = lex.partner_link.match(sentence.text, cue.end)
    if m is None:
        return False
    at = sentence.start + m.end()
    named = [x.code for x in sentence.mentions if at <= x.start <= at + _NAME_GAP and not x.code.startswith("IGO:")]
    return bool(named) and not any(code in countries for code in named)
