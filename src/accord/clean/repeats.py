"""What a scrape printed twice: a paragraph glued onto itself or onto the next one, a sentence told
again (with or without its dateline, cut short, at the end of another paragraph), a pull quote that
repeats a sentence of the story. The story keeps one copy of each.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from . import shape

# where a sentence ends inside a line: after its stop (and a closing quote), before a space or, when a
# scrape glued two paragraphs, right before the next sentence's capital; a copy cut short after a quote
# glues its closing quote straight onto the next paragraph ('... "a measured step"The committee ...')
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?(?:\s+|(?=[A-Z]))|(?<=[^\W\d_][\"”])(?=[A-Z][a-z])")
# a sentence (or run of sentences) told again is a repeat when it is at least this long: shorter ones
# ("No. No.", "He agreed.") a writer may well say twice
GLUED_REPEAT_MIN_CHARS = 40
# a glued repeat is one paragraph printed twice: a run of at most this many sentences (a longer
# run is no scraper's glitch, and the bound keeps the search linear in the length of the line)
GLUED_REPEAT_MAX_SENTENCES = 20
# a copy cut short ("...the expressway." for "...the expressway, and to raise imports of power.") is
# a repeat only when it is this long: a short opening is often shared by two different sentences
CUT_COPY_MIN_CHARS = 80
# a sentence told again with other words for its subject keeps at least this long a rest the same, this
# share of itself, and differs in at most this many words at its start
REWORDED_MIN_CHARS = 100
REWORDED_MIN_SHARE = 0.6
REWORDED_HEAD_WORDS = 8
# a pull quote is a paragraph of at most this many sentences and characters
PULL_QUOTE_MAX_SENTENCES = 2
PULL_QUOTE_MAX_CHARS = 300
# the pull-quote search compares each short paragraph with the whole story: a page of news has far
# fewer paragraphs than this; a longer text is no page with pull quotes
PULL_QUOTE_MAX_PARAGRAPHS = 300
QUOTES = "\"'“”‘’«»„"


@dataclass
class Told:
    """The sentences of the story so far, by their last and first characters, so that a sentence told
    again is found without a scan of the story."""

    by_end: dict[str, list[str]] = field(default_factory=dict)
    by_start: dict[str, list[str]] = field(default_factory=dict)

    def add(self, paragraph: str) -> None:
        for sentence in sentences(paragraph):
            if len(sentence) >= GLUED_REPEAT_MIN_CHARS:
                self.by_end.setdefault(sentence[-GLUED_REPEAT_MIN_CHARS:], []).append(sentence)
                self.by_start.setdefault(sentence[:GLUED_REPEAT_MIN_CHARS], []).append(sentence)

    def knows(self, sentence: str) -> bool:
        """Told before as it is, or after a dateline ("HANOI — " + sentence)."""
        if len(sentence) < GLUED_REPEAT_MIN_CHARS:
            return False
        return any(t == sentence or t.endswith(f" {sentence}")
                   for t in self.by_end.get(sentence[-GLUED_REPEAT_MIN_CHARS:], []))

    def reworded(self, sentence: str) -> bool:
        """A told sentence printed again with its subject said shorter or longer ("The ministry said ..."
        for "The Ministry of Trade and Industry said ..."): a few words differ at its start, the long rest is
        the same."""
        for told in self.by_end.get(sentence[-GLUED_REPEAT_MIN_CHARS:], []):
            shared = len(os.path.commonprefix([told[::-1], sentence[::-1]]))
            heads = (sentence[:len(sentence) - shared], told[:len(told) - shared])
            if shared >= REWORDED_MIN_CHARS and shared >= REWORDED_MIN_SHARE * len(sentence) \
                    and all(len(head.split()) <= REWORDED_HEAD_WORDS for head in heads):
                return True
        return False

    def cut_copy(self, sentence: str) -> bool:
        """A told sentence printed again cut short at a clause ("..., and to ..." gone)."""
        stem = sentence.rstrip(".!?\"”’) ")
        if len(stem) < CUT_COPY_MIN_CHARS:
            return False
        return any(len(t) > len(stem) and t.startswith(stem) and not t[len(stem)].isalnum()
                   for t in self.by_start.get(stem[:GLUED_REPEAT_MIN_CHARS], []))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def without_glued_repeat(line: str) -> str:
    """A paragraph the scrape printed twice and glued onto the next ("...the agency.The ... the agency.
    The minister said ...") keeps one copy: a run of sentences repeated right after itself goes."""
    cuts = [0, *(m.end() for m in SENTENCE_END.finditer(line)), len(line)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    said = [line[a:b].strip() for a, b in pieces]
    for k in range(1, min(GLUED_REPEAT_MAX_SENTENCES, len(pieces) // 2) + 1):
        for i in range(k, len(pieces) - k + 1):
            if said[i] != said[i - k]:
                continue  # the cheap test first: the run cannot repeat if its first sentence does not
            first = said[i - k:i]
            if first == said[i:i + k] and sum(map(len, first)) >= GLUED_REPEAT_MIN_CHARS:
                # the second copy goes on into the next sentence as printed: keep it, drop the first
                return without_glued_repeat(line[:pieces[i - k][0]] + line[pieces[i][0]:])
    return line


def without_told(line: str, earlier: list[str], told: Told) -> str:
    """The paragraph without what the story told before: an earlier paragraph glued onto its start
    ("...Badalyan said.On Monday, ..."), and any sentence told before, in an earlier paragraph or
    earlier in this one (a paragraph glued onto its own end, a lead printed again without its
    dateline, a sentence printed again cut short where it opens or closes the line: where the scrape
    glued the copy on)."""
    for paragraph in earlier:
        if len(paragraph) >= GLUED_REPEAT_MIN_CHARS and len(line) > len(paragraph) and line.startswith(paragraph):
            line = line[len(paragraph):].lstrip()
            break
    here = Told()
    kept: list[str] = []
    said = sentences(line)
    for k, sentence in enumerate(said):
        if told.knows(sentence) or here.knows(sentence) or told.reworded(sentence) \
                or k in (0, len(said) - 1) and told.cut_copy(sentence):
            continue
        here.add(sentence)
        kept.append(sentence)
    return " ".join(kept) if len(kept) < len(said) else line


def without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """A short paragraph whose words, quotes aside, stand inside another paragraph of the story is a
    pull quote (or a sentence printed again apart from its paragraph): the story keeps the paragraph."""
    if len(paragraphs) > PULL_QUOTE_MAX_PARAGRAPHS:
        return paragraphs
    cores = [_core(p) for p in paragraphs]
    out = []
    for i, paragraph in enumerate(paragraphs):
        core = cores[i]
        short = len(paragraph) <= PULL_QUOTE_MAX_CHARS and len(sentences(paragraph)) <= PULL_QUOTE_MAX_SENTENCES
        if short and len(core) >= GLUED_REPEAT_MIN_CHARS and any(
                j != i and len(other) > len(core) and core in other for j, other in enumerate(cores)):
            continue
        out.append(paragraph)
    return out


def _core(paragraph: str) -> str:
    """The paragraph as compared for a pull quote: no quote marks, no closing stop, case and spacing folded."""
    text = shape.normalized("".join(ch for ch in paragraph if ch not in QUOTES))
    return text.rstrip(" .!?,;:")
