"""Which line of a scraped page is its headline.

A headline sits at the top, before the first full paragraph of prose; it has no closing full stop;
a page often prints it more than once (the strongest sign); a section label above it is shorter; an
issuer's masthead above it ("Ministry of Foreign Affairs", "Press release") names who speaks, not the story.
"""

from __future__ import annotations

import re
from collections import Counter

from . import cues, shape
from .datelines import undated_words

# a headline has a few words and at most a long sentence's worth
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 30
# section labels ("World news") are shorter than this; a headline of the usual kind is not
PREFERRED_MIN_WORDS = 4
# the first line of at least this many words, ending a sentence, is the story's lead: the headline is above
LEAD_MIN_WORDS = 25
# the headline is among the first few lines that are not chrome
SEARCH_LINES = 8
# a line with a date that has this many words beside it is a headline that names a period ("Trade
# with India: year ended December 2024"), not a timestamp, when a stamp of its own follows it
DATED_HEADLINE_MIN_WORDS = 5
# a stamp line has at most this many words beside its date ("Information release · 18 February 2025")
STAMP_MAX_WORDS = 10
HEADLINE_END = (".", "!", ":", ";", "…", ",")
# a ticker's label ends at its colon or bar, a dash or a wide space: "Breaking: ...", "Latest | ...",
# "BREAKING   FERRY STRIKE ENDS"
TICKER_LABEL_END = re.compile(r"\s*[:|]\s|\s{2,}(?=\w)|\s[—–-]\s")
# a line of the story's apparatus opens with a one-word label and its colon ("Source: ...", "Text: ...")
ATTRIBUTION = re.compile(r"\s*\w+:\s")
# an editor's note stands wholly in brackets
NOTE_BRACKETS = {"[": "]", "(": ")"}


def is_headline_like(line: str) -> bool:
    n = len(shape.words(line))
    stripped = line.rstrip().rstrip("\"'”’»)")
    return HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS and not stripped.endswith(HEADLINE_END)


def is_note(line: str) -> bool:
    """'[Translated from the French]', '(Updated with the minister's reply)': a line wholly in brackets is an
    editor's note on the story, never its headline."""
    stripped = line.strip()
    return len(stripped) > 1 and NOTE_BRACKETS.get(stripped[0]) == stripped[-1]


def names_something(line: str) -> bool:
    """A headline names a state, a person, a body or a figure: a capitalised word after its first, or a digit."""
    words = shape.words(line)
    return any(ch.isdigit() for ch in line) or any(w[:1].isupper() for w in words[1:])


def is_lead(line: str) -> bool:
    return len(shape.words(line)) >= LEAD_MIN_WORDS


def is_masthead(line: str, lang: str | None) -> bool:
    return cues.starts_with("mastheads.txt", line, lang)


def is_ticker(line: str, lang: str | None) -> bool:
    """A ticker's line ("Breaking: ...", "Latest | ..."): another story's headline, not the page's. A site
    labels its ticker in its own language on its pages in others too ("Son dakika: ...")."""
    found = cues.finditer("ticker_labels.txt", line)
    label = found[0] if found and not re.search(r"\w", line[:found[0].start()]) else None
    return bool(label and TICKER_LABEL_END.match(line, label.end()))


def find_title(lines: list[str], chrome: list[bool], navigation: list[bool] | None = None,
               lang: str | None = None, bylines: list[bool] | None = None,
               worded: list[bool] | None = None) -> int | None:
    """Index of the headline among ``lines`` (``chrome[i]`` marks lines already known as chrome), or None.

    ``navigation[i]`` marks menu and breadcrumb lines: what stands above the page's first menu is the
    site's masthead (its name, its owner), not the headline, when a headline-like line follows the menu.
    ``bylines[i]`` marks bylines: a headline is most often followed right away by its byline or its
    timestamp, where a site's name, a section label or a banner above it is not. ``worded[i]`` marks chrome
    lines that hold a widget's word in a sentence's sense ("Neighbours who share a port"): such a line is
    the headline when its byline or stamp follows it.
    """
    counts = Counter(shape.normalized(ln) for ln in lines)
    undated = [undated_words(ln, lang) for ln in lines[:SEARCH_LINES * 3]]
    def stamp(i: int) -> bool:
        beside = undated[i]
        return (bylines is not None and bylines[i]) or (beside is not None and beside <= STAMP_MAX_WORDS)

    def own_stamp(i: int) -> bool:
        """A stamp line, not a headline that names a period or days above a stamp of its own."""
        return stamp(i) and not ((undated[i] or 0) >= DATED_HEADLINE_MIN_WORDS and i + 1 < len(undated)
                                 and stamp(i + 1))

    def menu(i: int) -> bool:
        return navigation is not None and navigation[i]

    # (or by its source's line and then the stamp: "Source: joint press release of ..."; a menu under its
    # label, "Menu: News | Releases", is the site's, and so is the line above it)
    stamped = {i for i in range(len(undated) - 1) if own_stamp(i + 1) or (
        i + 2 < len(undated) and ATTRIBUTION.match(lines[i + 1]) and not menu(i + 1) and stamp(i + 2))}
    candidates: list[int] = []
    seen = 0
    for i, line in enumerate(lines):
        # (a stamp that opens with its label, "Posted on ... by the Desk · Filed under: ...", names no period)
        dated_headline = (i in stamped and (undated[i] or 0) >= DATED_HEADLINE_MIN_WORDS
                          and not cues.starts_with("publication_labels.txt", line))
        worded_headline = worded is not None and worded[i] and i in stamped
        if chrome[i] and not dated_headline and not worded_headline:
            continue
        if is_lead(line) or seen >= SEARCH_LINES:
            break
        seen += 1
        if is_headline_like(line) and not is_note(line):
            candidates.append(i)
    if not candidates:
        return None
    candidates = [i for i in candidates if not is_masthead(lines[i], lang)] or candidates
    plain = [i for i in candidates if not is_ticker(lines[i], lang)]
    # "BREAKING: Ministers agree ..." followed by the page's stamp is the story's headline under a ticker's
    # label, when no other line of a headline's length is there to be it
    if not any(len(shape.words(lines[i])) >= PREFERRED_MIN_WORDS for i in plain):
        plain = sorted({*plain, *(i for i in candidates if i in stamped)})
    candidates = plain or candidates
    menu_at = next((i for i, nav in enumerate(navigation or []) if nav), None)
    # a site prints its name and motto above its first menu ("DAILY LEDGER — news from the coast"): the
    # headline is below the menu when a line there names something
    below = [i for i in candidates if menu_at is not None and i > menu_at
             and (len(shape.words(lines[i])) >= PREFERRED_MIN_WORDS or names_something(lines[i]))]
    if below:
        candidates = [i for i in candidates if i > (menu_at or 0)]
    # (a line above the page's first menu is the site's name, printed again in its footer: "© <name>")
    repeated = [i for i in candidates if counts[shape.normalized(lines[i])] > 1
                and (menu_at is None or i > menu_at)]
    if repeated:
        return repeated[0]
    preferred = [i for i in candidates if len(shape.words(lines[i])) >= PREFERRED_MIN_WORDS]
    # (not a deck under its headline, longer than the line above it, nor a site's name in capitals
    # above the day's date; a section's label above it names nothing: "Releases we publish in full")
    # (a headline may name its event's days: "State visit to Fiji (5-7 August 2031)")
    followed = [i for i in preferred if i in stamped and not lines[i].isupper()
                and (undated[i] is None or (undated[i] or 0) >= DATED_HEADLINE_MIN_WORDS)
                and not (i - 1 in candidates and len(shape.words(lines[i - 1])) <= len(shape.words(lines[i]))
                         and names_something(lines[i - 1]))]
    if followed:
        return followed[0]
    below_menu = [i for i in preferred if menu_at is not None and i > menu_at]
    if below_menu:
        return below_menu[0]
    return preferred[0] if preferred else candidates[0]


def clean_title(line: str) -> str:
    """The headline without the glyphs a scrape leaves in front of it."""
    return shape.LEADING_GLYPHS.sub("", line).strip()
