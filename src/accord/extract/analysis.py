"""One NLP pass per document: spaCy (batched with nlp.pipe), sentences with offsets, country
mentions and time expressions per sentence, and the pair of states the story is about.

Every extractor reads an ``AnalyzedDoc``; none runs spaCy again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import resources
from ..document import CleanDocument
from ..errors import Errors, ModelError
from ..facts import Evidence
from ..timex import TimeExpr, find_time_expressions
from .gazetteer import CountryMention, find_mentions

# documents per nlp.pipe batch: spaCy's default (1000) would hold that many parsed stories in memory
# at once; a small CPU pipeline gains nothing from larger batches, so keep memory flat instead
PIPE_BATCH_SIZE = 16


@dataclass
class Sentence:
    index: int
    text: str
    start: int
    end: int
    span: Any  # spacy.tokens.Span
    mentions: list[CountryMention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)

    @property
    def states(self) -> list[str]:
        """States named in the sentence, first mention first, without repeats or IGOs."""
        seen: list[str] = []
        for m in self.mentions:
            if not m.code.startswith("IGO:") and m.code not in seen:
                seen.append(m.code)
        return seen

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.text, self.start, self.end)


@dataclass
class AnalyzedDoc:
    document: CleanDocument
    lang: str
    sentences: list[Sentence]
    mentions: list[CountryMention]
    story_pair: tuple[str, ...]

    @property
    def anchor(self) -> str | None:
        """The date relative expressions resolve against: the publication date."""
        return self.document.published


def pipeline_language(lang: str | None) -> bool:
    """A language is extracted when its pipeline.json names a model and does not hold it back
    (``"extract": false``: the model is in place, the language's rules and lexicons are not yet)."""
    if not lang or not resources.has(lang, "pipeline.json"):
        return False
    return resources.pipeline(lang).extract


def _paragraph_breaks(doc: Any) -> Any:
    """A line break ends a sentence: the cleaner puts one between paragraphs and list items, and the
    parser would otherwise run a list's lead-in ("These include:") into its first item."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@cache
def load_model(lang: str) -> Any:
    import spacy
    from spacy.language import Language

    config = resources.pipeline(lang)
    # a pipeline.json that names its model's data files stands for natasha's files read with slovnet,
    # navec, razdel and pymorphy3 (natasha_model.py) rather than for an installed spaCy package
    if config.files:  # slovnet and pymorphy3 build the same spaCy Doc as a spaCy model would
        from .natasha_model import load_pipeline

        return load_pipeline(lang, syntax=config.syntax)
    name = config.model
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(Errors.E401, name=name, lang=lang) from exc
    if not Language.has_factory("accord_paragraph_breaks"):
        Language.component("accord_paragraph_breaks", func=_paragraph_breaks)
    nlp.add_pipe("accord_paragraph_breaks", before="parser")
    return nlp


def _story_pair(doc: CleanDocument, mentions: list[CountryMention]) -> tuple[str, ...]:
    """The two states the story is about: most mentioned, with a bonus for the headline and lead."""
    counts: Counter[str] = Counter()
    lead_end = len(doc.text) // 4
    for m in mentions:
        if m.code.startswith("IGO:"):
            continue
        counts[m.code] += 2 if m.start < lead_end else 1
    if doc.title:
        for m in find_mentions(doc.title):
            if not m.code.startswith("IGO:"):
                counts[m.code] += 3
    return tuple(code for code, _ in counts.most_common(2))


def analyse(docs: list[CleanDocument]) -> list[AnalyzedDoc | None]:
    """Analyse the documents that have a pipeline for their language; None for the others."""
    out: list[AnalyzedDoc | None] = [None] * len(docs)
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        if d.language and pipeline_language(d.language):
            by_lang.setdefault(d.language, []).append(i)
    for lang, idxs in by_lang.items():
        nlp = load_model(lang)
        for i, sdoc in zip(idxs, nlp.pipe((docs[i].text for i in idxs), batch_size=PIPE_BATCH_SIZE), strict=True):
            out[i] = _analysed(docs[i], lang, sdoc)
    return out


def _analysed(doc: CleanDocument, lang: str, sdoc: Any) -> AnalyzedDoc:
    mentions = find_mentions(doc.text, lang)
    times = find_time_expressions(doc.text, lang)
    sentences: list[Sentence] = []
    for span in sdoc.sents:
        text = span.text.strip()
        if not text:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        end = start + len(text)
        sentences.append(
            Sentence(
                index=len(sentences), text=text, start=start, end=end, span=span,
                mentions=[m for m in mentions if start <= m.start < end],
                times=[t for t in times if start <= t.start < end],
            )
        )
    return AnalyzedDoc(doc, lang, sentences, mentions, _story_pair(doc, mentions))
