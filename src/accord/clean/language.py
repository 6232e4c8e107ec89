"""Language identification with lingua, restricted to the languages in ``resources/languages.txt``.

The detector is built once, on first use: building it loads the language models.
"""

from __future__ import annotations

from functools import cache
from itertools import islice
from typing import Any

from .. import resources

# below this many letters a guess is noise (a name, a label), so callers get None
MIN_LETTERS = 12
# the detector's time grows with the text, its certainty stops growing long before: a thousand
# characters of prose tell the language as well as a whole page, at a third of the cost
SAMPLE_CHARS = 1000


@cache
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = []
    for code in resources.word_list("languages.txt"):
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            languages.append(Language.from_iso_code_639_1(iso))
    # low accuracy mode: ten times faster, and still right on paragraphs of news prose
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def _too_short(text: str) -> bool:
    """Fewer than MIN_LETTERS letters (counted no further than that: a page's sample holds hundreds)."""
    return len(list(islice(filter(str.isalpha, text), MIN_LETTERS))) < MIN_LETTERS


def _sample(text: str) -> str:
    """The start of ``text``, at most SAMPLE_CHARS long, cut between words."""
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", 0, SAMPLE_CHARS)
    return text[:cut if cut > 0 else SAMPLE_CHARS]


def detect(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (read from its start), or None when it is too short to tell."""
    text = _sample(text)
    if _too_short(text):
        return None
    language = _detector().detect_language_of(text)
    return language.iso_code_639_1.name.lower() if language is not None else None


def confidence(text: str, lang: str) -> float:
    """How sure the detector is that ``text`` is in ``lang`` (0..1), read from its start."""
    text = _sample(text)
    if _too_short(text):
        return 1.0
    for value in _detector().compute_language_confidence_values(text):
        if value.language.iso_code_639_1.name.lower() == lang:
            return float(value.value)
    return 0.0
