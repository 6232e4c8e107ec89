"""Rules that tell a line of page chrome (menu, counter, widget, ticker, credit, spam) from story text.

Each rule looks at one line, alone or against the rest of the page, and returns a reason when the line
is chrome. They use the line's shape and the cue lexicons, never strings of particular sites.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pycountry

from .. import resources
from ..timex import find_time_expressions
from . import cues, language, shape
from .datelines import full_dates

# a line with no word this long is a glyph, a language switcher ("ru en ўз") or a stray code ("4155/v")
MIN_REAL_WORD = 4
# widgets, counters and labels are a few words; a story sentence that happens to hold a cue word is longer
SHORT_LINE_WORDS = 10
# a short line with a chrome cue inside it (not opening it) and this many words of prose around it is a headline
HEADLINE_PROSE_WORDS = 2
# a line of at most this many tokens that holds a number is a counter, ticker, id or weather entry
NUMERIC_LINE_TOKENS = 4
# above this share of digits and symbols a short line is a ticker or a code, not prose
MAX_DIGIT_SYMBOL_RATIO = 0.3
# a "Read also: ..." line is one headline long
RELATED_LINE_WORDS = 30
# a follow/subscribe appeal can be a whole sentence
PROMO_LINE_WORDS = 40
# an appeal naming this many of the site's sections ("latest news", "breaking news") is about the site
PROMO_MIN_CUES = 2
# a link to a file is a title of a few words and the file's format and size in brackets
FILE_LINK_WORDS = 15
FILE_TAG_MAX_CHARS = 12
# a cookie banner is a few sentences; a story paragraph that quotes a cookie policy is longer
CONSENT_LINE_WORDS = 60
# punctuation around a token that hides a network's name ("on Telegram!", "(WhatsApp)")
TOKEN_PUNCTUATION = "'’.,;:!?()[]\"“”«»"
# a date line (timestamp, section + date) is short; a sentence with a date in it is longer
DATE_LINE_WORDS = 8
# a stamp line that opens with its label ("Posted on 2 May 2031 by the Desk · Filed under: Trade") may name its
# desk and section beside the date, and is still no longer than this
LABELLED_STAMP_WORDS = 16
# a weather widget's reading: a temperature in degrees and its scale's letter ("27°C", "+14 °C", "-3°", "81℉")
TEMPERATURE = re.compile(r"(?<![\w.])[+\-−]?\d{1,3}(?:[.,]\d)?\s?(?:°\s?(?:[A-Z](?!\w))?|℃|℉)")
# a widget sets its reading off as a field ("Cusco: 12°C, clear", "Bangkok 34 °C · storms"); a headline
# says it inside its clause ("... as temperatures hit 52°C"), so a reading alone with its place is a widget
# only this short
FIELD_MARKS = (":", "|", "·", "•", ",", "—", "–", "/")
READING_ALONE_WORDS = 3
# keyword spam: long, almost free of punctuation, and about something else than the story; it has no
# grammar, while a story sentence, even one long list of names and offices, has this share of grammatical words
SPAM_MAX_GRAMMAR = 0.12
SPAM_MIN_WORDS = 25
SPAM_MAX_PUNCTUATION = 0.02
SPAM_LOOSE_PUNCTUATION = 0.05
SPAM_MAX_OVERLAP = 0.15
# injected advertising: a few words of shopping/gambling vocabulary in a row, with no sentence punctuation
SPAM_MIN_CUES = 3
SPAM_CUE_MIN_WORDS = 5
# a foreign-language line is judged only when it is prose (names lists fool any detector)
FOREIGN_MIN_WORDS = 4
FOREIGN_MIN_LOWERCASE = 0.5
FOREIGN_MAX_CONFIDENCE = 0.05
# detectors misjudge short lines full of names; this many grammatical words of the page's language outvote them
FOREIGN_OWN_FUNCTION_WORDS = 2
# a schedule widget ("Prayer times: Fajr 05:09 | Dhuhr 12:41", "Markets open 09:30 · close 16:00") gives clock
# times side by side; a story's sentence gives one, or ends with its full stop
SCHEDULE_MIN_TIMES = 2
CLOCK_TIME = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d:])")
# "Sunset in Aden: 18:02", "Prayer times Tunis: Asr 15:47": a widget's label and its colon, and the one clock
# time the line ends with
LABELLED_CLOCK = re.compile(r"^[^:.!?]{2,40}:\s[^.!?]*?(?<![\d:.])(?:[01]?\d|2[0-3])[:h][0-5]\d\W*$")
# between links a page sets a bar, a slash, an arrow or a middle dot; a headline uses none of them twice
BREADCRUMB_SEPARATORS = re.compile(r"\s[/>»›|·•▸►]\s")
# a menu: items of a word or three, set apart by wide spaces or ">" ("News  >  Diplomacy", "Politics   Economy")
MENU_SEPARATORS = re.compile(r"\s+[/>»›|·•▸►]\s+|\s{2,}")
MENU_ITEM_MAX_WORDS = 3
# a search field's prompt in a menu ("Find a report…") trails off; it closes no sentence
SEARCH_PROMPT_END = "…"
ABBREVIATION = re.compile(r"(?:\w\.){2,}")  # "U.S.", "U.K.": letters each with its stop
# a rights notice ("© 2025 Ministry of ... All rights reserved.") is a sentence-long footer line
# "Read the news in Armenian", "This page in English": a link to the page in another language is this short
LANGUAGE_LINK_WORDS = 6
RIGHTS_LINE_WORDS = 30
# "Comments are moderated. Please keep the discussion civil.": a site's notice is a sentence or two
NOTICE_LINE_WORDS = 15
# the columns of a widget's line are set apart by wide spaces
COLUMN_GAP = re.compile(r"\s{3,}")
# a live page's entry opens with its clock time and a dash ("19:40 — ..."): the notice follows it
ENTRY_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:h.][0-5]\d\s*[—–-]\s*")
# ... and a notice's too, or by a bar ("Comments (0) | Log in to comment")
NOTICE_COLUMNS = re.compile(r"\s{3,}|\s\|\s")
# an advertising label stands at the very start ("[Ad]", "Sponsored:"), closed by a bracket, a dot, a bar,
# a colon or a dash set apart by spaces ("Ad-hoc" is a word, not a label)
AD_LABEL_REACH = 30
AD_LABEL_END = re.compile(r"\s*(?:[\])·•|:]|\s[—–-]\s)")
# "By Jane Doe, Capital": a byline is a name and maybe a place
BYLINE_MAX_WORDS = 8
# "... at the talks in the capital. Photo: Press service of the ministry": a caption ending in a credit
CREDIT_TAIL = re.compile(r"[.!?)]\s+\(?([^\W\d_][\w ]{0,20}?)\s*[:/]\s*\S(?:[^.!?]|(?<=\b[A-Z])\.)*$")
CREDIT_MAX_WORDS = 8
# a caption is at most this many words before its credit; a longer line is a story paragraph (a live blog's
# entry) with the credit of its picture glued on: the credit goes, the paragraph stays
CAPTION_MAX_WORDS_BEFORE_CREDIT = 25
# "Photo: The two ministers in the capital (Agency)": a caption that opens with its credit label
CREDIT_HEAD = re.compile(r"^\W*([^\W\d_][\w ]{0,20}?)\s*:")
CAPTION_MAX_WORDS = 30
# "... in the capital. (AGENCY photo)", "... in the capital. PHOTO | FILE": a caption whose last few words,
# in brackets or split by a bar, hold a credit label
CREDIT_LABEL_TAIL = re.compile(r"[.!?]\s+\(?((?:[^\W\d_][\w&-]*[\s|]*){1,3})\)?$")
# "... in the capital on Monday. AGENCY": a caption whose last words are the picture agency's credit
# ("... in the capital. - AGENCY/PHOTOGRAPHER NAME": the credit may stand behind a dash)
CAPTION_CREDIT = re.compile(r"[.!?]\s+(?:[-–—]\s+)?((?:[A-ZА-ЯЁ][\w/&.-]*\s*){1,3})$")

class PageContext:
    """What rules may know about the page besides the line: its language, script and vocabulary."""

    def __init__(self, lines: list[str], lang: str | None) -> None:
        self.lang = lang
        self.script = shape.script(" ".join(ln for ln in lines if len(shape.words(ln)) >= 10))
        self._lines = lines
        self._vocab: dict[str, int] = {}
        for line in lines:
            for w in set(self.content_words(line)):
                self._vocab[w] = self._vocab.get(w, 0) + 1

    @staticmethod
    def content_words(line: str) -> list[str]:
        return [w.lower() for w in shape.words(line) if len(w) >= 4]

    def overlap(self, line: str) -> float:
        """Share of the line's content words that the rest of the page also uses."""
        own = set(self.content_words(line))
        if not own:
            return 1.0
        return sum(1 for w in own if self._vocab.get(w, 0) > 1) / len(own)


Rule = Callable[[str, PageContext], bool]


def glyphs(line: str, ctx: PageContext) -> bool:
    return shape.longest_word(line) < MIN_REAL_WORD


def widget(line: str, ctx: PageContext) -> bool:
    return len(shape.tokens(line)) <= 6 and shape.camel_ratio(line) >= 0.5


def schedule(line: str, ctx: PageContext) -> bool:
    """A widget's line of clock times: prayer times, market hours, a timetable."""
    return (len(shape.words(line)) <= SHORT_LINE_WORDS and not shape.ends_sentence(line)
            and (len(CLOCK_TIME.findall(line)) >= SCHEDULE_MIN_TIMES or LABELLED_CLOCK.match(line) is not None))


def weather(line: str, ctx: PageContext) -> bool:
    """A weather widget's line ("Weather: Lagos 31°C, humid", "Oslo +4 °C · light snow"): a short line with a
    temperature reading, never a story's sentence."""
    words = len(shape.words(line))
    if words > SHORT_LINE_WORDS or shape.ends_sentence(line):
        return False
    for reading in TEMPERATURE.finditer(line):
        before, after = line[:reading.start()].rstrip(), line[reading.end():].lstrip()
        if (words <= READING_ALONE_WORDS or before.endswith(FIELD_MARKS)
                or after.startswith(FIELD_MARKS)):
            return True
    return False


def numeric(line: str, ctx: PageContext) -> bool:
    toks = shape.tokens(line)
    if len(toks) <= NUMERIC_LINE_TOKENS and any(ch.isdigit() for ch in line):
        return True
    return len(shape.words(line)) <= SHORT_LINE_WORDS and shape.digit_symbol_ratio(line) > MAX_DIGIT_SYMBOL_RATIO


def breadcrumb(line: str, ctx: PageContext) -> bool:
    return len(BREADCRUMB_SEPARATORS.findall(line)) >= 2


def menu(line: str, ctx: PageContext) -> bool:
    items = [item for item in MENU_SEPARATORS.split(line) if item.strip()]
    # an item's final stop may close an abbreviation ("U.S."), not a sentence
    return len(items) >= 2 and all(
        0 < len(shape.words(item)) <= MENU_ITEM_MAX_WORDS
        and (not shape.ends_sentence(item.rstrip().rstrip(SEARCH_PROMPT_END))
             or ABBREVIATION.fullmatch(item.strip()) is not None) for item in items
    )


def rights(line: str, ctx: PageContext) -> bool:
    if len(shape.words(line)) > RIGHTS_LINE_WORDS:
        return False
    return "©" in line or cues.contains("rights_cues.txt", line)


def byline(line: str, ctx: PageContext) -> bool:
    ws = shape.words(line)
    if not ws or len(ws) > BYLINE_MAX_WORDS or line.rstrip().endswith((".", "!", "?")):
        return False
    return cues.starts_with("byline_cues.txt", line) and any(w[0].isupper() for w in ws[1:])


def cue(line: str, ctx: PageContext) -> bool:
    n = len(shape.words(line))
    if n > SHORT_LINE_WORDS:
        return False
    is_sentence = n >= 5 and line.rstrip().endswith((".", "!", "?"))
    return not is_sentence and cues.contains("boilerplate_cues.txt", line)


def cue_inside_prose(line: str, lang: str | None) -> bool:
    """A widget's label opens its line ("Share this", "Photo: ...") or stands among names ("Outlet - news
    portal"); a headline that uses the word in its own sense has prose around it ("Neighbours who share a port")."""
    found = cues.finditer("boilerplate_cues.txt", line)
    if not found or not re.search(r"\w", line[:found[0].start()]):
        return False
    rest = line
    for m in reversed(found):
        rest = rest[:m.start()] + " " + rest[m.end():]
    grammar = set(cues.phrases("function_words.txt", lang))
    prose = [w for w in shape.words(rest) if w.islower() and w.isalpha() and w not in grammar]
    return len(prose) >= HEADLINE_PROSE_WORDS


def counter(line: str, ctx: PageContext) -> bool:
    """'This story has been read 91 times', '2,886 views', 'Просмотров: 120': a number of readers."""
    n = len(shape.words(line))
    is_sentence = n >= 5 and line.rstrip().endswith((".", "!", "?"))
    return (n <= SHORT_LINE_WORDS and not is_sentence and any(ch.isdigit() for ch in line)
            and cues.contains("counter_cues.txt", line))


def related(line: str, ctx: PageContext) -> bool:
    return len(shape.words(line)) <= RELATED_LINE_WORDS and cues.starts_with("related_cues.txt", line)


def promo(line: str, ctx: PageContext) -> bool:
    if len(shape.words(line)) > PROMO_LINE_WORDS:
        return False
    lowered = {w.lower().strip(TOKEN_PUNCTUATION) for w in shape.tokens(line)}
    names = cues.social_networks()
    if any(w in names or w.split("'")[0] in names for w in lowered):
        return cues.contains("call_to_action.txt", line)
    if not cues.starts_with("call_to_action.txt", line):
        return False
    # "Subscribe to our newsletter and ...": an appeal in the imperative that points at the site itself;
    # "(Catch all the latest news and updates on ...)": one that names the site's sections
    chrome = {m.group(0).lower() for m in cues.finditer("boilerplate_cues.txt", line)}
    return cues.contains("site_address.txt", line) or len(chrome) >= PROMO_MIN_CUES


@cache
def _language_names() -> frozenset[str]:
    """English names of the languages with a two-letter code (pycountry): the ones a site is written in."""
    return frozenset(lang.name.casefold() for lang in pycountry.languages if hasattr(lang, "alpha_2"))


@cache
def _in_place(lang: str) -> re.Pattern[str]:
    grammar = resources.cue_table_or_english(lang, "grammar.json")
    return re.compile(rf"\b(?:{resources.alternation(grammar['place'])})\s+([\w-]+)\W*$", re.IGNORECASE)


def language_link(line: str, ctx: PageContext) -> bool:
    """A link to the page in another language: a short line that ends "in <a language>"."""
    if len(shape.words(line)) > LANGUAGE_LINK_WORDS or shape.ends_sentence(line):
        return False
    m = _in_place(ctx.lang or "en").search(line)
    return m is not None and m.group(1).casefold() in _language_names()


def notice(line: str, ctx: PageContext) -> bool:
    """The site's notice on its comments, scripts, policies or translation ("Comments are closed for this
    story.", "This article was translated automatically."), also in a column of a widget's line ("Show key
    events only     Please turn on JavaScript to use this feature")."""
    return len(shape.words(line)) <= NOTICE_LINE_WORDS and any(
        cues.starts_with("notice_cues.txt", column) or cues.starts_with("notice_cues.txt", _after_language(column))
        for column in NOTICE_COLUMNS.split(ENTRY_TIME.sub("", line.strip())))


def _after_language(text: str) -> str:
    """The text after the name of a language that opens it ("Latvian version of the text ..."), or ""."""
    first = text.split(maxsplit=1)
    return first[1] if len(first) == 2 and first[0].casefold() in _language_names() else ""


def advert(line: str, ctx: PageContext) -> bool:
    """A line of advertising that opens with its label: "Ad · Rebuild with us: ...", "[Ad] Compare ..."."""
    return len(shape.words(line)) <= PROMO_LINE_WORDS and bool(AD_LABEL_END.match(_after_ad_label(line)))


def _after_ad_label(line: str) -> str:
    """What follows an advertising label that opens the line ("" when none does)."""
    found = cues.finditer("ad_labels.txt", line[:AD_LABEL_REACH])
    first = found[0] if found else None
    return line[first.end():] if first and not re.search(r"\w", line[:first.start()]) else ""


@cache
def _file_tag() -> re.Pattern[str]:
    """'(pdf, 212 KB)', '[DOCX 1.4 MB]': a file's size in brackets, its format maybe before it."""
    units = resources.alternation(list(resources.word_list("file_size_units.txt")))
    return re.compile(rf"[(\[][^()\[\]]{{0,{FILE_TAG_MAX_CHARS}}}?\d+(?:[.,]\d+)?\s?(?:{units})\s*[)\]]\W*$")


def file_link(line: str, ctx: PageContext) -> bool:
    """A link to a file, ending in its size: "Minutes of the hearing (pdf, 95 KB)"."""
    return len(shape.words(line)) <= FILE_LINK_WORDS and _file_tag().search(line) is not None


def consent(line: str, ctx: PageContext) -> bool:
    """A cookie or privacy consent banner: "We use cookies ... By continuing you agree ... Accept"."""
    return len(shape.words(line)) <= CONSENT_LINE_WORDS and cues.contains("consent_cues.txt", line)


def date_line(line: str, ctx: PageContext) -> bool:
    """A timestamp or dateline standing alone: metadata, read by ``datelines`` before it goes; a stamp that opens
    with its label ("Posted on ...", "Published: ...") may name its desk and section too."""
    n = len(shape.words(line))
    labelled = n <= LABELLED_STAMP_WORDS and cues.starts_with("publication_labels.txt", line)
    if (n > DATE_LINE_WORDS and not labelled) or line.rstrip().endswith((".", "!", "?")):
        return False
    if labelled and full_dates(line, ctx.lang):  # (also a numeric date: "Posted on 24/01/2031 by ...")
        return True
    for lang in dict.fromkeys([ctx.lang or "en", "en"]):
        for expr in find_time_expressions(line, lang):
            if expr.month is not None and (expr.day is not None or expr.year is not None):
                return True
    return False


def caption(line: str, ctx: PageContext) -> bool:
    m = CAPTION_CREDIT.search(line.rstrip())
    if m is not None:
        credit = m.group(1).split()
        # an agency's initials ("AFP", "REUTERS"), not a name's initial ("... of Minister Dr. K. Rao.")
        initials = any(t.isupper() and sum(ch.isalpha() for ch in t) >= 2 for t in credit)
        if initials or cues.contains("boilerplate_cues.txt", m.group(1)):
            return True
    return credited(line)


def credited(line: str) -> bool:
    """The line opens or ends with a picture credit: "... in the capital. Photo: Press service of the
    ministry", "... in the capital. (Photo: @MinistryPress)", "Photo: The ministers in the capital"."""
    labels = cues.phrases("credit_cues.txt")
    head = CREDIT_HEAD.match(line)
    if head and head.group(1).strip().lower() in labels and len(shape.words(line)) <= CAPTION_MAX_WORDS:
        return True
    tail = CREDIT_LABEL_TAIL.search(line.rstrip())
    if tail and any(w.lower() in labels for w in shape.words(tail.group(1))):
        return True
    at = credit_tail(line)
    return at is not None and len(shape.words(line[:at])) <= CAPTION_MAX_WORDS_BEFORE_CREDIT


def credit_tail(line: str) -> int | None:
    """Where the picture credit that closes the line starts ("... in the capital. Photo: Agency"), or None."""
    m = CREDIT_TAIL.search(line.rstrip())
    if not m or len(shape.words(line[m.start(1):])) > CREDIT_MAX_WORDS:
        return None
    # (an outlet's or agency's name may stand before the label: "Courier photo: ...")
    label = m.group(1).strip().lower()
    labels = cues.phrases("credit_cues.txt")
    return m.start(1) if label in labels or label.split()[-1] in labels else None


def without_credit_tail(line: str) -> str:
    """A story paragraph without the picture credit a page glued onto its end."""
    at = credit_tail(line)
    return line[:at].rstrip() if at is not None else line


def foreign_language(line: str, ctx: PageContext) -> bool:
    own = shape.script(line)
    if ctx.script and own and own != ctx.script and sum(ch.isalpha() for ch in line) >= MIN_REAL_WORD:
        return True
    ws = shape.words(line)
    if not ctx.lang or len(ws) < FOREIGN_MIN_WORDS or shape.lowercase_ratio(line) < FOREIGN_MIN_LOWERCASE:
        return False
    own_grammar = {w.lower() for w in ws} & set(cues.phrases("function_words.txt", ctx.lang))
    if len(own_grammar) >= FOREIGN_OWN_FUNCTION_WORDS:
        return False
    # names and places keep their own spelling ("Vučević ... in Šabac") and fool the detector: judge
    # the line's lowercase words, the ones written in the line's language
    prose = " ".join(w for w in line.split() if not w[:1].isupper())
    detected = language.detect(prose)
    return detected not in (None, ctx.lang) and language.confidence(prose, ctx.lang) < FOREIGN_MAX_CONFIDENCE


def _grammar_share(line: str, ctx: PageContext) -> float:
    """Share of the line's words that are grammatical words (articles, prepositions) of the page's language."""
    ws = [w.lower() for w in shape.words(line)]
    grammar = set(cues.phrases("function_words.txt", ctx.lang))
    return sum(w in grammar for w in ws) / len(ws) if ws else 0.0


def spam(line: str, ctx: PageContext) -> bool:
    n = len(shape.words(line))
    if n >= SPAM_CUE_MIN_WORDS and shape.clause_marks_per_word(line) < SPAM_LOOSE_PUNCTUATION:
        found = {m.group(0).lower() for m in cues.finditer("spam_cues.txt", line)}
        if len(found) >= SPAM_MIN_CUES:
            return True
    if n < SPAM_MIN_WORDS or _grammar_share(line, ctx) > SPAM_MAX_GRAMMAR:
        return False
    punct = shape.punctuation_per_word(line)
    if punct < SPAM_MAX_PUNCTUATION:
        return True
    return punct < SPAM_LOOSE_PUNCTUATION and ctx.overlap(line) < SPAM_MAX_OVERLAP


# order only decides which reason is reported; a line is chrome when any rule says so, and the
# rule's name is the reason
RULES: tuple[Rule, ...] = (
    glyphs, widget, date_line, schedule, numeric, weather, breadcrumb, menu, rights, byline, related, promo, cue,
    counter, caption, foreign_language, spam, consent, notice, advert, language_link, file_link,
)
# the rules of the lines that lead to other pages of the site
NAVIGATION: tuple[Rule, ...] = (breadcrumb, menu)
# the rules of the site's lines a statistics table printed as lines never holds as a row (its rows trip the
# rules of shape, and a label may hold a cue word: "Share of exports | 12.1 | 14.3"): links to its files and
# to other pages, appeals, notices, rights and credits
BESIDE_TABLES: tuple[Rule, ...] = (related, promo, rights, notice, consent, advert, byline, language_link, file_link)


def chrome_reason(line: str, ctx: PageContext) -> str | None:
    """Why ``line`` is page chrome, or None when it may be story text."""
    for rule in RULES:
        if rule(line, ctx):
            return rule.__name__
    return None


def ends_table(line: str, ctx: PageContext) -> bool:
    """The line is the site's, after a table the page printed as lines: the table has ended above it."""
    return any(rule(line, ctx) for rule in BESIDE_TABLES)


def is_byline(reason: str | None) -> bool:
    return reason == byline.__name__


def is_navigation(reason: str | None) -> bool:
    """The reason is one of the rules of lines that lead to other pages (breadcrumbs, menus)."""
    return any(reason == rule.__name__ for rule in NAVIGATION)
