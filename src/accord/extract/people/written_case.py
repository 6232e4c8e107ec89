"""The case and gender a language that inflects names wrote a name in, as its tagger reads them.

"с Мехметом Озтюрком" is a man's name in the instrumental: ``romanize`` undoes that case's endings of a name
its tables do not know. The tagger reads each word in context, but not always alike ("Ханом Сон Илем":
Ins, Ins, Nom), so the name takes the case most of its words are read in, an oblique case over the
nominative, which a word tagged alone is often given by default.
"""

from __future__ import annotations

from collections import Counter

from ... import resources
from ..analysis import Sentence
from ..romanize import nominative, romanizes


def written_case(sentence: Sentence, start: int, end: int, lang: str) -> tuple[str | None, bool]:
    """The UD case of the name at ``start``-``end`` of the text, or None where the tagger writes no case;
    and whether it reads the name as a man's."""
    morphology = resources.pipeline(lang).morphology
    case_feature, gender_feature = morphology.features.get("case"), morphology.features.get("gender")
    if not (case_feature and gender_feature):
        return None, False
    tokens = [t for t in sentence.span if start <= t.idx < end and t.is_alpha]
    cases = Counter(c for t in tokens for c in t.morph.get(case_feature))
    nominative = morphology.values["case"]["nominative"]
    oblique = [c for c, _ in cases.most_common() if c != nominative]
    case = oblique[0] if oblique else (nominative if cases else None)
    masculine = morphology.values["gender"]["masculine"]
    return case, any(masculine in t.morph.get(gender_feature) for t in tokens[:1])


def in_nominative(name: str, sentence: Sentence, start: int, end: int, lang: str) -> str:
    """The name at ``start``-``end`` in the nominative, where names of ``lang`` are romanised; else as written."""
    return nominative(name, lang, *written_case(sentence, start, end, lang)) if romanizes(lang) else name
