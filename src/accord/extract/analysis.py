"""One NLP pass per document: spaCy (batched with nlp.pipe), sentences with offsets, country
mentions and time expressions per sentence, and the pair of states the story is about.

Every extractor reads an ``AnalyzedDoc``; none runs spaCy again.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import resources
from ..document import CleanDocument
from ..errors import Errors, ModelError
from ..facts import Evidence
from ..timex import TimeExpr, after_dateline, find_time_expressions, iso
from .gazetteer import CountryMention, find_mentions, in_story
from .office_holders import by_surname

# documents per nlp.pipe batch: spaCy's default (1000) would hold that many parsed stories in memory
# at once; a small CPU pipeline gains nothing from larger batches, so keep memory flat instead
PIPE_BATCH_SIZE = 16
# characters the model reads at once: spaCy refuses more than 1,000,000 (E088), and its parser needs
# memory in proportion, so a longer text goes through in pieces cut at paragraph, line or word ends
MODEL_PIECE_CHARS = 100_000
# letters of an ISO 4217 code: 'USD' after '183.5 mil.'
_CODE_LENGTH = 3
# what the publisher's name counts for a state the story names: as much as a mention in the lead
MASTHEAD_WEIGHT = 2
# words a currency's name after a scale may take: 'dollars USA', 'US dollars'
_CURRENCY_WORDS = 3
_PIECE_ENDS = (re.compile(r"\n\s*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))
# a dash joining the two ends of a range of months or days ("January–September")
_RANGE_DASH = re.compile(r"\s*[-–—]\s*")


@dataclass
class Sentence:
    index: int
    text: str
    start: int
    end: int
    span: Any  # spacy.tokens.Span
    mentions: list[CountryMention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    # the sentence's named entities, read once: ``span.ents`` walks the whole document per call
    ents: list[Any] = field(default_factory=list)

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

    @property
    def stated_days(self) -> tuple[str, ...]:
        """The full dates (day, month and year) the story's sentences give."""
        return tuple(iso(t.year, t.month, t.day) for s in self.sentences for t in s.times
                     if t.year is not None and t.month is not None and t.day is not None and not t.is_range
                     and not t.relative)


def pipeline_language(lang: str | None) -> bool:
    """A language is extracted when its pipeline.json names a model and does not hold it back
    (``"extract": false``: the model is in place, the language's rules and lexicons are not yet)."""
    if not lang or not resources.has(lang, "pipeline.json"):
        return False
    return resources.pipeline(lang).extract


def _paragraph_breaks(doc: Any) -> Any:
    """A line break ends a sentence: the cleaner puts one between paragraphs and list items, and the
    parser would otherwise run a list's lead-in ("These include:") into its first item."""
    # (every token is read here, before the parser: the tokens and their texts are taken once)
    tokens = list(doc)
    texts = [t.text for t in tokens]
    lang = doc.lang_
    for i in range(1, len(tokens)):
        before, token, text = tokens[i - 1], tokens[i], texts[i]
        if "\n" in texts[i - 1]:  # (a token's trailing white space is one space or none: a break is a token)
            token.is_sent_start = True
        elif texts[i - 1] == "[" or text == "[" and not before.is_punct:
            # 'we want it [to reach] $3bn': an editor's word in brackets goes on the sentence it stands in
            token.is_sent_start = False
        elif token.like_num and _ends_title(before, _abbreviated_titles(lang)):
            token.is_sent_start = False  # 'came to approx. 2.4 billion euros': the stop is the hedge's
        elif text[:1].isupper() and before.is_alpha and token.is_alpha:
            # '(Minister of Trade of Kazakhstan) Arman Shakkaliyev': a sentence never opens right after a word
            # with no stop (the parser splits long sentences inside names)
            token.is_sent_start = False
        elif _scale_stop(tokens, texts, i, lang):
            # the currency's name after the stop, up to its punctuation ('mln. dollars USA, ...'), too
            for word in tokens[i:i + _CURRENCY_WORDS]:
                if word.is_punct:
                    break
                word.is_sent_start = False
    return doc


@cache
def _scales(lang: str) -> frozenset[str]:
    return frozenset(k.casefold() for k in resources.cue_table_or_english(lang, "numbers.json")["scales"])


def _scale_stop(tokens: list[Any], texts: list[str], i: int, lang: str) -> bool:
    """'107,6 mln. dollars, it grew', '183.5 mil. USD': after the stop of a scale written short, a word in
    lower case or a currency's code goes on with the figure's sentence (the token ``i`` of ``tokens``,
    whose texts are ``texts``)."""
    text = texts[i]
    if not (text[:1].islower() or len(text) == _CODE_LENGTH and text.isupper()):
        return False
    if i >= 3 and texts[i - 1] == ".":  # 'mln' '.'
        scale, figure = texts[i - 2], tokens[i - 3]
    elif i >= 2 and len(texts[i - 1]) > 1 and texts[i - 1].endswith("."):  # 'mln.'
        scale, figure = texts[i - 1][:-1], tokens[i - 2]
    else:
        return False
    return figure.like_num and scale.casefold() in _scales(lang)


@cache
def _abbreviated_titles(lang: str) -> frozenset[str]:
    """Titles and offices written short with a full stop ("Amb.", "Dep.", "H.E."), from the
    language's honorifics and offices, and each word of them that ends in one ("Dep" of "Dep. PM");
    and the hedges of a figure written so ("approx. 3.6 trillion yen"), from its indicator cues."""
    words = [w for f in ("honorifics.txt", "offices.txt") if resources.has(lang, f)
             for w in resources.word_list(lang, f)]
    if resources.has(lang, "indicator_cues.json"):
        words += list(resources.cue_table(lang, "indicator_cues.json").get("qualifiers", {}))
    return frozenset(part.casefold() for w in words for part in w.split() if part.endswith("."))


def _ends_title(token: Any, titles: frozenset[str]) -> bool:
    """The token is the full stop of a short title ("Amb" "."), or a short title with its stop ("H.E.")."""
    if "\n" in token.text_with_ws or not token.whitespace_ or not token.text.endswith("."):
        return False
    if token.text.casefold() in titles:
        return True
    prev = token.doc[token.i - 1] if token.i and token.text == "." and not token.doc[token.i - 1].whitespace_ else None
    return prev is not None and (prev.text + ".").casefold() in titles


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
    """The two sides the story is about: most mentioned, with a bonus for the headline and lead. An
    organisation is a side only when the headline names it and one state at most ('EU suspends
    visa-free travel for Georgian diplomats'); elsewhere it is where two states meet ('Peru and
    Chile meet at the APEC summit') or the frame of a state's act, not a party of its own."""
    counts: Counter[str] = Counter()
    lead_end = len(doc.text) // 4
    headline = find_mentions(doc.title) if doc.title else []
    headline = in_story(headline, headline + mentions)
    in_headline = {m.code for m in headline}
    sides = in_headline if len({c for c in in_headline if not c.startswith("IGO:")}) < 2 else set()
    for m in mentions:
        if m.code.startswith("IGO:") and m.code not in sides:
            continue
        counts[m.code] += 2 if m.start < lead_end else 1
    for m in headline:
        if not m.code.startswith("IGO:") or m.code in sides:
            counts[m.code] += 3
    for state in _headline_leaders(doc):
        counts[state] += 3
    # a state the publisher's name carries ("Lagos Trade Monitor", "Ministry of Trade of Peru") is the side
    # whose release it is, when the story names it too ("exports to Chile" are the publisher's state's)
    for code in {m.code for m in find_mentions(doc.masthead or "")} & {m.code for m in mentions}:
        if not code.startswith("IGO:"):
            counts[code] += MASTHEAD_WEIGHT
    return tuple(code for code, _ in counts.most_common(2))


def _headline_leaders(doc: CleanDocument) -> list[str]:
    """The states of the leaders a headline names by family name ("Albanese and Marape sign defence
    treaty"): a headline's leaders are its sides as surely as its states' names."""
    words = re.findall(r"[^\W\d_][\w-]*", doc.title or "")
    return [held[1] for w in words if w[:1].isupper() and (held := by_surname(w, doc.language or "en"))]


def model_pieces(text: str, size: int = MODEL_PIECE_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that join back to it exactly,
    each ending after a paragraph break where there is one, else a line break, sentence end or space."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = size
        for ends in _PIECE_ENDS:
            found = [m.end() for m in ends.finditer(window, size // 2) if m.end() < size]
            if found:
                cut = found[-1]
                break
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _parsed(nlp: Any, texts: list[str]) -> Iterator[Any]:
    """``nlp.pipe`` over the texts; one longer than a model piece is parsed piecewise and joined,
    so token and entity offsets still count from the start of its text."""
    from spacy.tokens import Doc

    short = nlp.pipe((t for t in texts if len(t) <= MODEL_PIECE_CHARS), batch_size=PIPE_BATCH_SIZE)
    for text in texts:
        if len(text) <= MODEL_PIECE_CHARS:
            yield next(short)
            continue
        pieces = []
        for piece in model_pieces(text):
            parsed = nlp(piece)
            parsed.tensor = None  # the model's token vectors are not read after parsing; 1.5 KB a token
            pieces.append(parsed)
        yield Doc.from_docs(pieces, ensure_whitespace=False)


def analyse(docs: list[CleanDocument]) -> list[AnalyzedDoc | None]:
    """Analyse the documents that have a pipeline for their language; None for the others."""
    out: list[AnalyzedDoc | None] = [None] * len(docs)
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        if d.language and pipeline_language(d.language):
            by_lang.setdefault(d.language, []).append(i)
    for lang, idxs in by_lang.items():
        nlp = load_model(lang)
        for i, sdoc in zip(idxs, _parsed(nlp, [docs[i].text for i in idxs]), strict=True):
            out[i] = _analysed(docs[i], lang, sdoc)
    return out


def _within(items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    """The items (sorted by start) that start in [start, end), found by bisection."""
    return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def _sentences(sdoc: Any, lang: str) -> Iterator[Any]:
    """The parser's sentences, with one that ends in a short title joined to the next: "Amb. Carlos
    Fuentes", "while Dep. FM X signed": the stop is the title's, not the sentence's."""
    titles = _abbreviated_titles(lang)
    start = None
    for span in sdoc.sents:
        start = span.start if start is None else start
        if span.end < len(sdoc) and _ends_title(sdoc[span.end - 1], titles):
            continue
        yield sdoc[start:span.end]
        start = None
    if start is not None:
        yield sdoc[start:]


def _analysed(doc: CleanDocument, lang: str, sdoc: Any) -> AnalyzedDoc:
    mentions = find_mentions(doc.text, lang)
    mentions = in_story(mentions, mentions + find_mentions(doc.title or "", lang), lang)
    # the date of a dateline ("BISHKEK, May 3 -") is the day the story was filed: the publication date
    # holds it, no fact of the story does ("May 11 - ... was signed on Tuesday" is the 10th)
    found = find_time_expressions(doc.text, lang)
    # ('In January–September, trade ...': the second month of a range glued by a dash follows no dateline)
    times = [t for i, t in enumerate(found) if not after_dateline(doc.text, t.start) or (
        i and _RANGE_DASH.fullmatch(doc.text, found[i - 1].end, t.start))]
    mention_starts = [m.start for m in mentions]
    time_starts = [t.start for t in times]
    ents = list(sdoc.ents)
    ent_starts = [e.start for e in ents]
    sentences: list[Sentence] = []
    for span in _sentences(sdoc, lang):
        whole = span.text  # (joined from the span's tokens at each read)
        text = whole.strip()
        if not text:
            continue
        start = span.start_char + (len(whole) - len(whole.lstrip()))
        end = start + len(text)
        sentences.append(
            Sentence(
                index=len(sentences), text=text, start=start, end=end, span=span,
                mentions=_within(mentions, mention_starts, start, end),
                times=_within(times, time_starts, start, end),
                ents=[e for e in _within(ents, ent_starts, span.start, span.end) if e.end <= span.end],
            )
        )
    return AnalyzedDoc(doc, lang, sentences, mentions, _story_pair(doc, mentions))
