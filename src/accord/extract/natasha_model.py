"""The Russian pipeline: razdel, slovnet (NER, morphology, optionally syntax) over navec embeddings, and
pymorphy3 lemmas, assembled into a spaCy ``Doc`` so that the rules see the same types as for English.

The weights ship inside the ``natasha`` wheel (its ``data/`` folder), but natasha itself imports
pymorphy2, which does not run on Python 3.11+: the folder is found without importing the package,
and the files are loaded with slovnet and navec directly. Nothing is downloaded at run time.

Labels are the models' own: UD relations ("nsubj", "obj", "flat:name") and slovnet's entity types
("PER", "LOC", "ORG"); ``resources/ru/pipeline.json`` maps them to roles under ``labels``, names the data
files by role under ``files`` and maps pymorphy3's grammemes to slovnet's UD features under ``morphology``.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from .. import resources
from ..errors import Errors, ModelError

# sentences per slovnet batch: the models pad a batch to its longest sentence, so small batches stay cheap
SLOVNET_BATCH = 16
# slovnet's numpy matmuls are small: OpenBLAS threads only contend for the cores (measured on 2 busy
# cores: 1.6 docs/s with its default threads, 8 docs/s with one)
BLAS_THREADS = 1


def data_dir(lang: str) -> Path:
    """The data folder of the package that holds the language's model files (the natasha wheel's ``data/``),
    found without importing the package (natasha imports pymorphy2)."""
    config = resources.pipeline(lang)
    folder, embeddings = config.files["folder"], config.files["embeddings"]
    spec = importlib.util.find_spec(config.model)  # a top-level spec is found without running the package
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / folder / embeddings).is_file():
                return Path(location) / folder
    try:
        files = importlib.metadata.files(config.model) or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for f in files:
        if str(f).endswith(embeddings):
            return Path(str(f.locate())).parents[len(PurePosixPath(embeddings).parts) - 1]
    raise ModelError(Errors.E402)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Sentence:
    tokens: list[_Token]


class RussianPipeline:
    """Turns Russian text into a spaCy ``Doc``: tokens, sentences (a line break ends one), UD part of speech
    and features, pymorphy3 lemmas, slovnet entities and, with ``syntax``, a UD dependency parse."""

    def __init__(self, lang: str, syntax: bool = True) -> None:
        import spacy
        from navec import Navec
        from slovnet import NER, Morph, Syntax

        config = resources.pipeline(lang)
        folder = data_dir(lang)
        navec = Navec.load(str(folder / config.files["embeddings"]))
        self.ner = NER.load(str(folder / config.files["entities"]))
        self.ner.navec(navec)
        self.morph = Morph.load(str(folder / config.files["morphology"]), batch_size=SLOVNET_BATCH)
        self.morph.navec(navec)
        self.syntax = None
        if syntax:
            self.syntax = Syntax.load(str(folder / config.files["syntax"]), batch_size=SLOVNET_BATCH)
            self.syntax.navec(navec)
        self.morphology = config.morphology
        self.proper_noun = config.labels["part_of_speech"]["proper_noun"]
        # the name grammemes of every kind of name: a proper noun prefers its analyses as a name
        self.name_grammemes = frozenset().union(*config.morphology.proper_name.values())
        self.space = config.label("part_of_speech", "space")
        self.root = config.label("dependency", "root")
        self.unclassified = config.label("dependency", "unclassified")
        # the parse hangs 'не' on its verb as an adverb: the morphology's negative polarity makes it a negation
        self.negation = config.label("dependency", "negation")
        self.adverb = config.labels["dependency"]["adverb_modifier"]
        self.negative = (config.morphology.features["polarity"], config.morphology.values["polarity"]["negative"])
        self.analyzer = morph_analyzer()
        self.vocab = spacy.blank(lang).vocab
        self._parse = lru_cache(maxsize=200_000)(self.analyzer.parse)

    def pipe(self, texts: Iterable[str], batch_size: int = SLOVNET_BATCH) -> Iterator[Any]:
        """Docs one by one, as ``spacy.Language.pipe`` gives them (``batch_size`` is slovnet's own)."""
        for text in texts:
            yield self(text)

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc
        from threadpoolctl import threadpool_limits

        sentences = _sentences(text)
        chunks = [[t.text for t in s.tokens] for s in sentences]
        with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
            tagged = list(self.morph.map(chunks)) if chunks else []
            parsed = list(self.syntax.map(chunks)) if self.syntax is not None and chunks else []
            names = self._entity_spans(text)
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool | int | None] = []
        lemmas: list[str] = []
        pos: list[str] = []
        morphs: list[str] = []
        heads: list[int] = []
        deps: list[str] = []
        offsets: list[tuple[int, int]] = []
        cursor = 0

        def whitespace(gap: str, start: int) -> None:
            # a run of whitespace spaCy cannot hold as one trailing space becomes a token of its own
            words.append(gap)
            spaces.append(False)
            starts.append(not words[:-1])
            lemmas.append(gap)
            pos.append(self.space)
            morphs.append("")
            heads.append(len(words) - 2 if len(words) > 1 else 0)
            deps.append(self.unclassified if len(words) > 1 else self.root)
            offsets.append((start, start + len(gap)))

        for s_index, sentence in enumerate(sentences):
            placed: list[int] = []  # the Doc index of each of the sentence's tokens
            for t_index, token in enumerate(sentence.tokens):
                gap = text[cursor:token.start]
                if gap:
                    if words and gap[0] == " " and not spaces[-1]:
                        spaces[-1] = True
                        gap = gap[1:]
                    if gap:
                        whitespace(gap, token.start - len(gap))
                placed.append(len(words))
                words.append(token.text)
                spaces.append(False)
                starts.append(t_index == 0)
                tag = tagged[s_index].tokens[t_index]
                pos.append(tag.pos)
                feats = tag.feats or {}
                morphs.append("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
                lemmas.append(self._lemma(token.text, tag.pos, feats))
                heads.append(len(words) - 1)
                deps.append(self.unclassified)
                offsets.append((token.start, token.end))
                cursor = token.end
            if parsed:
                arcs = parsed[s_index].tokens
                tree = _tree([int(arc.head_id) - 1 for arc in arcs])
                for t_index, (arc, head) in enumerate(zip(arcs, tree, strict=True)):
                    heads[placed[t_index]] = placed[head]
                    deps[placed[t_index]] = self._relation(arc.rel, tagged[s_index].tokens[t_index].feats or {}) \
                        if head != t_index else self.root
        tail = text[cursor:]
        if tail:
            if words and tail[0] == " " and not spaces[-1]:
                spaces[-1] = True
                tail = tail[1:]
            if tail:
                whitespace(tail, len(text) - len(tail))
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts, lemmas=lemmas, pos=pos,
                  morphs=morphs, heads=heads if parsed else None, deps=deps if parsed else None,
                  ents=_iob(names, offsets))
        if doc.text != text:  # the contract's offsets rest on this
            raise ModelError(Errors.E403)
        return doc

    def _relation(self, rel: str, feats: dict[str, str]) -> str:
        """The parse's relation of a token, a negative particle hung as an adverb made a negation."""
        polarity, negative = self.negative
        return self.negation if rel in self.adverb and feats.get(polarity) == negative else rel

    def _lemma(self, word: str, tag: str, feats: dict[str, str]) -> str:
        """pymorphy3's normal form of the analysis that agrees with slovnet's case (and, for common words,
        number); a proper name prefers analyses as a name, and in the nominative is its own lemma (pymorphy3
        reads the unknown "Токаев" as a plural genitive)."""
        if not any(ch.isalpha() for ch in word):
            return word
        features, by_grammeme = self.morphology.features, self.morphology.by_grammeme
        case, number = feats.get(features["case"]), feats.get(features["number"])
        proper = tag in self.proper_noun
        if proper and case == self.morphology.values["case"]["nominative"]:
            return word
        parses = self._parse(word)
        candidates = [p for p in parses if case is None or by_grammeme["case"].get(str(p.tag.case)) == case]
        if proper:
            named = [p for p in candidates if self.name_grammemes & set(p.tag.grammemes)]
            candidates = named or candidates
        elif number is not None:
            candidates = [p for p in candidates
                          if by_grammeme["number"].get(str(p.tag.number)) in (None, number)] or candidates
        if not candidates:
            return word if proper else (str(parses[0].normal_form) if parses else word.lower())
        lemma = str(candidates[0].normal_form)
        return "-".join(part[:1].upper() + part[1:] for part in lemma.split("-")) if proper else lemma

    def _entity_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) of slovnet's names, the NER run a paragraph (line) at a time."""
        lines: list[tuple[int, str]] = []
        line_start = 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((line_start, line))
            line_start += len(line) + 1
        out: list[tuple[int, int, str]] = []
        for (base, _), markup in zip(lines, self.ner.map([ln for _, ln in lines]), strict=True):
            out += [(base + span.start, base + span.stop, span.type) for span in markup.spans]
        return out


def _iob(names: list[tuple[int, int, str]], offsets: list[tuple[int, int]]) -> list[str]:
    """IOB tags per token: a token inside a name's characters belongs to it (a run of spaces inside a
    name too, or spaCy would split "Касым-Жомарт  Токаев" in two)."""
    tags = ["O"] * len(offsets)
    starts = [s for s, _ in offsets]
    for start, end, label in names:
        i = bisect_left(starts, start)
        first = True
        while i < len(offsets) and offsets[i][1] <= end:
            tags[i] = f"{'B' if first else 'I'}-{label}"
            first = False
            i += 1
    return tags


def _tree(heads: list[int]) -> list[int]:
    """A sentence's heads (0-based, -1 or out of range for the root) made into one tree: slovnet picks each
    head on its own, so a sentence can come with no root, two roots or a cycle, which spaCy cannot walk.
    The first root stays; other roots, and a cycle's first token, hang from it. A root is its own head."""
    n = len(heads)
    out = [h if 0 <= h < n and h != i else i for i, h in enumerate(heads)]
    roots = [i for i in range(n) if out[i] == i]
    root = roots[0] if roots else 0
    out[root] = root
    for i in roots[1:]:
        out[i] = root
    for i in range(n):
        seen: list[int] = []
        j = i
        while j != root and j not in seen:
            seen.append(j)
            j = out[j]
        if j != root:  # walked into a cycle: cut it where it was entered
            out[j] = root
    return out


def _sentences(text: str) -> list[_Sentence]:
    """razdel's sentences within each line, razdel's tokens within each sentence; offsets in ``text``."""
    from razdel import sentenize, tokenize

    out: list[_Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        for sent in sentenize(line):
            base = line_start + sent.start
            tokens = [_Token(base + t.start, base + t.stop, t.text) for t in tokenize(sent.text)]
            if tokens:
                out.append(_Sentence(tokens))
        line_start += len(line) + 1
    return out


@cache
def morph_analyzer() -> Any:
    """pymorphy3's Russian analyser, one per process (its dictionaries take some 15 MiB)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def load_pipeline(lang: str, syntax: bool = True) -> RussianPipeline:
    """The pipeline of a language whose pipeline.json names natasha's files, loaded once per process."""
    try:
        return RussianPipeline(lang, syntax=syntax)
    except (ImportError, OSError) as exc:
        raise ModelError(Errors.E404, problem=exc) from exc
