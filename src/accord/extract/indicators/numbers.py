"""Amounts as the press writes them: money, percentages, counts and multipliers.

"$4.8bn", "400 $ million", "USD 3.925 billion", "3.2 billion USD", "5 billion U.S. dollars",
"over 6%", "14 percent", "3.5 times", "tripled", "by a fifth", "12,000", "nine". Figures in digits are parsed
with Babel (locale-aware grouping), number words with text2num; scales, currency signs and
currency words are language data (``resources/<lang>/numbers.json``). Which figure means what
is decided by the indicator extractor; this module only reads amounts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Any

import pycountry
from babel.numbers import NumberFormatError, get_territory_currencies, parse_decimal
from text_to_num import text2num

from ... import resources
from .currency_names import currency_names

PERCENT = "percent"
COUNT = "count"
MULTIPLIER = "multiplier"

# A bare four-digit figure in this range is a year, not an amount.
_YEARS = range(1900, 2101)
# A hyphen before a figure ends a range ("1-2 billion") unless it is glued to a word ("COVID-19").
_DIGITS = re.compile(r"(?<![\w.,/:])(?<![A-Za-z]-)\d(?:[\d,.]*\d)?")
_FIGURE = r"\d(?:[\d,.]*\d)?"
# a figure whose points may group thousands, as Spanish and Portuguese write them: '3.470', '12.300.000'
_POINT_GROUPED = r"\d{1,3}(?:\.\d{3})+"
# points before groups of zeros group thousands on any page: no writer gives '25.000 million' for 25 million
_ZERO_GROUPED = r"\d{1,3}(?:\.000)+"
# thousands grouped by a space, a no-break or a thin space, and a decimal comma after them ('1 640', '328 417,6')
_SPACES = "[ \u00a0\u202f]"
_SPACED = re.compile(rf"\d{{1,3}}(?:{_SPACES}\d{{3}})+(?:,\d{{1,2}})?")

# the one scale whose figure a larger scale after it counts in: '3 thousand 912 millions'
_THOUSAND = Decimal(1000)
# characters before a figure in which its currency sign, code or name stands: "US$ 5", "KZT 300", "US dollars 5"
_PREFIX_REACH = 14
# words a page's note on its currency may spend on the currency's name ('New Zealand dollars')
_NOTE_WORDS = 4
# characters before a fraction word read for what rules it out ("the first half", "one and a half")
_FRACTION_LOOKBACK = 12


@dataclass(frozen=True)
class Quantity:
    """An amount in the text. ``unit`` is an ISO 4217 code, "percent", "count" or "multiplier".

    ``conversion`` marks a restatement of the amount just before it in another currency
    ("US$130 million (2 trillion rupiah)"): the same figure, not a second one.
    ``scaled`` tells that a scale word or letter multiplied the figure ("4.8bn").
    ``lower_bound`` marks the first figure of a range ("$3-4 billion"): the next amount is its upper bound.
    ``shared`` lists, in order of preference, the currencies a sign several states use ("Sh", "Rs") may
    mean; ``unit`` is the first until the indicator extractor knows the states (``for_states``).
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    scaled: bool = False
    conversion: bool = False
    lower_bound: bool = False
    shared: tuple[str, ...] = ()

    @property
    def is_money(self) -> bool:
        return self.unit not in (PERCENT, COUNT, MULTIPLIER)

    def for_states(self, states: list[str], partners: frozenset[str] = frozenset()) -> Quantity:
        """The amount in the currency one of ``states`` (ISO alpha-3) uses when its sign is shared; the
        order of ``shared`` decides between two such states. A state the sentence names as the other end of a
        flow ('imports from India', 'trade with India': ``partners``) yields to the reporting one: 'Nepal's trade
        with India reached Rs 1,275bn' is in Nepal's rupees."""
        for group in ([s for s in states if s not in partners], states):
            used: set[str] = set()
            for state in group:
                country = pycountry.countries.get(alpha_3=state)
                used.update(get_territory_currencies(country.alpha_2) if country else [])
            code = next((c for c in self.shared if c in used), None)
            if code:
                return replace(self, unit=code)
        return self


@dataclass(frozen=True)
class PageCurrency:
    """The currency a page says once that its sums are in ('All figures are in New Zealand dollars'), and
    the sign it writes them with when it names one ('Values are in Botswana Pula (P)')."""

    code: str
    sign: str | None = None
    plain: str | None = None  # what the currency's word alone would be: USD for 'dollars' in 'Fiji dollars'


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    digits: re.Pattern[str]
    word_figure: re.Pattern[str]
    scale_word: re.Pattern[str]
    scale_letter: re.Pattern[str]
    middle_sign: re.Pattern[str]
    prefix: re.Pattern[str]
    suffix_currency: re.Pattern[str]
    percent: re.Pattern[str]
    times: re.Pattern[str]
    multiplier_word: re.Pattern[str]
    letter_figure: re.Pattern[str]
    code_figure: re.Pattern[str]
    fraction: re.Pattern[str]
    fraction_before: re.Pattern[str]
    fraction_next: re.Pattern[str]
    fraction_not_after: re.Pattern[str]
    range_joiner: re.Pattern[str]
    added_part: re.Pattern[str]
    scales: dict[str, Decimal]
    letters: dict[str, Decimal]
    prefixes: dict[str, str]
    shared_signs: dict[str, tuple[str, ...]]
    shared_words: dict[str, tuple[str, ...]]
    currency_words: dict[str, str]
    multiplier_words: dict[str, int]
    letter_prefixes: dict[str, str]
    fractions: dict[str, float]
    scale_fraction: re.Pattern[str]  # 'half a' right before a scale word: a figure said in words
    scale_fractions: dict[str, Decimal]
    scale_fraction_join: re.Pattern[str] | None  # 'two and' before 'a half billion': one figure, 2.5
    scale_link: re.Pattern[str]  # 'of' between a scale and its currency: '85 billions of francs CFA'
    grouping_point: re.Pattern[str] | None  # '3.470 millions', '2.300 million of': points group thousands
    currency_note: re.Pattern[str]  # 'All figures are in New Zealand dollars', 'Values are in Botswana Pula (P)'


@cache
def _lexicon(lang: str) -> _Lexicon:
    data: Mapping[str, Any] = resources.cue_table_or_english(lang, "numbers.json")
    word = rf"(?:{resources.alternation(data['number_words'])})"
    # 'forty-five', 'one hundred and twenty': marks join words tightly, words with spaces, or just spaces
    marks = resources.alternation([j for j in data["number_joiners"] if not j.isalpha()])
    words = resources.alternation([j for j in data["number_joiners"] if j.isalpha()])
    joiner = rf"(?:\s*(?:{marks})\s*|\s+(?:{words})\s+|\s+)"
    prefixes: dict[str, str] = data["currency_prefixes"]
    signs = [p for p in prefixes if not any(ch.isalpha() for ch in p)]
    lettered = [p for p in prefixes if p.isalpha()]
    currency_words = {**currency_names(lang), **{k.lower(): v for k, v in data["currency_words"].items()}}
    return _Lexicon(
        lang=lang,
        digits=_digits_pattern(data),
        word_figure=re.compile(rf"(?<![\w-]){word}(?:{joiner}{word})*(?![\w-])", re.IGNORECASE),
        scale_word=re.compile(rf"\s*-?\s*({resources.alternation(list(data['scales']))})(?![\w$€£])", re.IGNORECASE),
        scale_letter=re.compile(rf"-?({resources.alternation(list(data['scale_letters']))})(?![\w$€£])", re.IGNORECASE),
        middle_sign=re.compile(rf"\s*({resources.alternation(signs)})"),
        prefix=re.compile(rf"(?:(?<![A-Za-z])({resources.alternation(list(prefixes))})|(?<![A-Za-z])([A-Z]{{3}}))\s?$"),
        suffix_currency=re.compile(
            rf"\s*(?:({resources.alternation(list(currency_words))})|([A-Z]{{3}}))(?![\w-])", re.IGNORECASE
        ),
        percent=re.compile(rf"\s*({resources.alternation(data['percent'])})(?!\w)", re.IGNORECASE),
        times=re.compile(rf"\s*({resources.alternation(data['times'])})(?!\w)", re.IGNORECASE),
        multiplier_word=re.compile(rf"(?<![\w-])({resources.alternation(list(data['multiplier_words']))})(?![\w-])",
                                   re.IGNORECASE),
        letter_figure=re.compile(rf"(?<![\w.,/:-])({resources.alternation(list(data['letter_prefixes']))})({_FIGURE})"),
        code_figure=re.compile(rf"(?<![A-Za-z])(?:{resources.alternation(lettered)}|[A-Z]{{3}})({_FIGURE})"),
        fraction=re.compile(rf"(?<![\w-])(?:{resources.alternation(list(data['fractions']))})(?![\w-])", re.IGNORECASE),
        fraction_before=re.compile(rf"(?<![\w-])(?:{resources.alternation(data['fraction_before'])})\s+$",
                                   re.IGNORECASE),
        fraction_next=re.compile(rf"\s*(?:[,.;:)]|$)|\s+(?:{resources.alternation(data['fraction_next'])})(?![\w-])",
                                 re.IGNORECASE),
        fraction_not_after=re.compile(rf"(?<![\w-])(?:{resources.alternation(data['fraction_not_after'])})\s+$",
                                      re.IGNORECASE),
        range_joiner=re.compile(rf"\s*(?:[-–—]|{resources.alternation(data['range_joiners'])}\s)\s*"
                                rf"(?:{resources.alternation(signs)})?\s?({_FIGURE})", re.IGNORECASE),
        added_part=re.compile(rf"\s+(\d{{1,3}})(?=\s*(?:{resources.alternation(list(data['scales']))})(?![\w$€£]))",
                              re.IGNORECASE),
        scales={k.lower(): Decimal(repr(v)) for k, v in data["scales"].items()},
        letters={k.lower(): Decimal(repr(v)) for k, v in data["scale_letters"].items()},
        prefixes=prefixes,
        shared_signs={k: tuple(v) for k, v in data.get("shared_signs", {}).items()},
        shared_words={k.lower(): tuple(v) for k, v in data.get("shared_words", {}).items()},
        currency_words=currency_words,
        multiplier_words={k.lower(): int(v) for k, v in data["multiplier_words"].items()},
        letter_prefixes=data["letter_prefixes"],
        fractions={k.lower(): float(v) for k, v in data["fractions"].items()},
        # ('a billion-dollar plant' names a size of a thing, no figure)
        scale_fraction=re.compile(rf"(?<![\w-])({resources.alternation(list(data.get('scale_fractions', ())))})"
                                  rf"(?=\s+(?:{resources.alternation(list(data['scales']))})(?![\w$€£-]))",
                                  re.IGNORECASE),
        scale_fractions={k.lower(): Decimal(repr(v)) for k, v in data.get("scale_fractions", {}).items()},
        scale_fraction_join=re.compile(rf"\s+(?:{resources.alternation(data['scale_fraction_joins'])})\s+$",
                                       re.IGNORECASE) if data.get("scale_fraction_joins") else None,
        scale_link=re.compile(rf"\s+(?:{resources.alternation(data.get('scale_currency_links', []))})(?=\s)",
                              re.IGNORECASE),
        grouping_point=_grouping_point_pattern(data),
        # the note, the currency's name up to a few words, and the sign the page writes it with: '(P)'
        currency_note=re.compile(rf"(?<![\w-])(?:{resources.alternation(data.get('currency_notes', []))})\s+"
                                 rf"((?:[^\W\d_][\w.'’-]*\s+){{0,{_NOTE_WORDS - 1}}}[^\W\d_][\w.'’-]*)"
                                 rf"(?:\s*\(([^\w\s()]{{1,3}}|[A-Z][A-Za-z]{{0,2}}\$?)\))?", re.IGNORECASE),
    )


def _grouping_point_pattern(data: Mapping[str, Any]) -> re.Pattern[str] | None:
    """What tells that a page groups thousands with points: a point-grouped figure before a plural scale or
    before a scale and its link ('3.470 millions', '2.300 million of'), or a decimal comma before a scale
    or a percent sign ('12,8 billion', '1,3 thousand million', 'up 3,2%'): a page that writes its decimals
    with commas writes its thousands with points."""
    plural = data.get("grouping_point_scales")
    if not plural:
        return None
    links = resources.alternation(data.get("scale_currency_links", []))
    scales = resources.alternation(list(data["scales"]))
    return re.compile(rf"(?<![\d.,]){_POINT_GROUPED}\s*(?:(?:{resources.alternation(plural)})"
                      rf"|(?:{scales})\s+(?:{links}))(?!\w)"
                      rf"|(?<![\d.,])\d{{1,3}},\d{{1,2}}\s*(?:{scales}|{resources.alternation(data['percent'])})"
                      rf"(?![\w,.]\d)(?!\w)", re.IGNORECASE)


def _digits_pattern(data: Mapping[str, Any]) -> re.Pattern[str]:
    """Figures in digits. A language that groups thousands with spaces ("12 345,6") reads a run of
    three-digit groups as one figure; one whose press writes a decimal comma with a space before a scale
    ("3, 244 млрд") reads that as one figure too; one whose translated pages space thousands only before a
    scale word ("1 640 billions") reads such a run there."""
    alts = []
    if data.get("spaced_decimal_comma"):
        scales = resources.alternation(list(data["scales"]))
        alts.append(rf"\d{{1,3}}, \d{{1,3}}(?=\s*(?:{scales})(?!\w))")
    if data.get("group_separators"):
        sep = "[" + "".join(data["group_separators"]) + "]"
        alts.append(rf"\d{{1,3}}(?:{sep}\d{{3}})+(?:,\d+)?(?![\d,.])")
    if data.get("spaced_groups_before_scale"):
        scales = resources.alternation(list(data["scales"]))
        alts.append(rf"{_SPACED.pattern}(?=\s*(?i:{scales})(?!\w))")  # '1 380 Mrd.' as '1 380 billion'
    if not alts:
        return _DIGITS
    return re.compile(rf"(?<![\w.,/:])(?<![A-Za-z]-)(?:{'|'.join(alts)}|\d(?:[\d,.]*\d)?)")


@cache
def _number_values(lang: str) -> dict[str, int]:
    """Values of number words for a language text2num does not read (numbers.json ``number_word_values``)."""
    data = resources.cue_table_or_english(lang, "numbers.json")
    return {k.lower(): int(v) for k, v in data.get("number_word_values", {}).items()}


@cache
def _decimal_comma(lang: str) -> bool:
    return bool(resources.cue_table_or_english(lang, "numbers.json").get("decimal_comma"))


def _decimal_comma_figure(text: str) -> Decimal | None:
    """'24,2' -> 24.2, '12 345,6' -> 12345.6, '3, 244' -> 3.244, '1.5' -> 1.5: the comma is decimal,
    spaces group thousands; a lone point is decimal too, several points group thousands."""
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", digits):
        digits = digits.replace(".", "")
    if not re.fullmatch(r"\d+(?:[,.]\d+)?", digits):
        return None  # a numeric date ("12.12.2010"), a list, a code
    try:
        return Decimal(digits.replace(",", "."))
    except ArithmeticError:
        return None


def _shared_word_ending(amount: str, lex: _Lexicon) -> str:
    """The longest currency word of several states that the (lowercased) amount ends with, or ""."""
    return max((w for w in lex.shared_words if amount.endswith(w) and not amount[:-len(w)][-1:].isalnum()),
               key=len, default="")


def _iso_currency(code: str) -> str | None:
    return code if code.isupper() and pycountry.currencies.get(alpha_3=code) is not None else None


def parse_figure(text: str, lang: str = "en") -> Decimal | None:
    """A figure in digits or words: '12,000' -> 12000, '3.925' -> 3.925, '1,5' -> 1.5, 'nine' -> 9.

    A comma followed by exactly three digits groups thousands; any other lone comma is a
    decimal comma, as European and Central Asian outlets write in English too.
    """
    text = text.strip()
    if not text:
        return None
    if not text[0].isdigit():
        values = _number_values(lang)
        if values:
            words = text.lower().split()
            return Decimal(sum(values[w] for w in words)) if all(w in values for w in words) else None
        try:
            return Decimal(text2num(text.lower(), lang))
        except ValueError:
            return None
    if _decimal_comma(lang):
        return _decimal_comma_figure(text)
    if _SPACED.fullmatch(text):
        text = re.sub(_SPACES, "", text)  # '1 640', '328 417,6': spaces group thousands (read before a scale only)
    try:
        return Decimal(parse_decimal(text, locale="en", strict=True))
    except NumberFormatError:
        pass
    if re.fullmatch(r"\d+,\d{1,2}|\d+,\d{4,}", text):
        return Decimal(text.replace(",", "."))
    return None


def _normal_value(value: Decimal) -> float:
    return float(value.normalize()) if value == value.to_integral_value() else float(value)


def _prefix_currency(text: str, start: int, lex: _Lexicon) -> tuple[str, int] | None:
    m = lex.prefix.search(text, max(0, start - _PREFIX_REACH), start)
    if not m:
        return None
    if m.group(1):
        return lex.prefixes[m.group(1)], m.start()
    code = _iso_currency(m.group(2))
    return (code, m.start()) if code else None


def _read_tail(text: str, pos: int, lex: _Lexicon, currency: str | None
               ) -> tuple[int, Decimal, str | None, str | None, bool]:
    """What follows a figure: a sign, a scale, then a currency word, '%' or 'times'.

    Returns (end, factor, currency, unit, scaled); ``unit`` is percent/multiplier when read.
    """
    factor = Decimal(1)
    scaled = False
    sign = lex.middle_sign.match(text, pos)
    if sign and lex.scale_word.match(text, sign.end()):
        currency, pos = lex.prefixes[sign.group(1)], sign.end()
    scale = lex.scale_word.match(text, pos)
    if scale:
        factor, pos, scaled = lex.scales[scale.group(1).lower()], scale.end(), True
        # "1.2 lakh crore", "5 thousand billion": a larger scale after a scale multiplies it
        larger = lex.scale_word.match(text, pos)
        if larger and lex.scales[larger.group(1).lower()] > factor:
            factor, pos = factor * lex.scales[larger.group(1).lower()], larger.end()
    elif currency:
        letter = lex.scale_letter.match(text, pos)
        spaced = lex.scale_letter.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        if letter is None and spaced and spaced.group(1).isupper():
            letter = spaced  # a statistics office's capital scale after a space: 'US$ 96.2 M'
        if letter:
            factor, pos, scaled = lex.letters[letter.group(1).lower()], letter.end(), True
    if scaled and currency is None and text[pos:pos + 1] == ".":
        # the point of an abbreviated scale before its currency: '107,6 mln. dollars', '183.5 mil. USD'
        word = lex.suffix_currency.match(text, pos + 1)
        if word and (word.group(1) or _iso_currency(word.group(2))):
            pos += 1
    if currency is None:
        word = lex.suffix_currency.match(text, pos)
        link = lex.scale_link.match(text, pos) if scaled and word is None else None
        if link is not None:  # '85 billions of francs CFA'
            word = lex.suffix_currency.match(text, link.end())
        if word and word.group(1):
            return word.end(), factor, lex.currency_words[word.group(1).lower()], None, scaled
        if word and word.group(2) and _iso_currency(word.group(2)):
            return word.end(), factor, word.group(2), None, scaled
        if not scaled:
            for pattern, unit in ((lex.percent, PERCENT), (lex.times, MULTIPLIER)):
                m = pattern.match(text, pos)
                if m:
                    return m.end(), factor, None, unit, scaled
    return pos, factor, currency, None, scaled


def _with_added_part(text: str, value: Decimal, scale: Decimal, pos: int, lex: _Lexicon, currency: str | None
                     ) -> tuple[Decimal, int, str | None]:
    """A figure of a smaller scale written after a scaled one adds to it ("1 млрд 53 млн долларов"):
    (the whole value, its end, the currency read after the last part)."""
    m = lex.added_part.match(text, pos)
    if m is None:
        return value, pos, currency
    end, factor, more_currency, unit, _ = _read_tail(text, m.end(), lex, currency)
    part = Decimal(m.group(1)) * factor
    if unit is None and scale == _THOUSAND < factor and Decimal(m.group(1)) < scale:
        # thousands of a larger scale, as Spanish writes them: '3 thousand 912 millions' = 3,912 million
        return (value + Decimal(m.group(1))) * factor, end, more_currency
    if unit is not None or factor >= scale or part >= scale:
        return value, pos, currency
    return value + part, end, more_currency


def page_currency(text: str, lang: str = "en") -> PageCurrency | None:
    """The currency a page's note says its sums are in, with the sign it names for it, or None."""
    lex = _lexicon(lang)
    for m in lex.currency_note.finditer(text):
        words = [w.rstrip(".'’") for w in m.group(1).split()]  # 'in Fiji dollars.'
        page = _named_currency(words, lex)
        if page is None:
            continue
        sign = m.group(2)
        if sign is not None and sign == page.code:
            # 'Values are in Botswana Pula (BWP)' and then 'P4.1 billion': a note giving the code, not the sign, of a
            # currency leaves the sign its word's first letter
            sign = words[-1][:1].upper()
        return replace(page, sign=sign)
    return None


def _named_currency(words: list[str], lex: _Lexicon) -> PageCurrency | None:
    """'New Zealand dollars' -> NZD, 'Botswana Pula' -> BWP: the longest currency name among the words;
    a state named before a name several states use ('Fiji dollars') says whose currency it is."""
    spans = [(i, j) for i in range(len(words)) for j in range(len(words), i, -1)
             if " ".join(words[i:j]).lower() in lex.currency_words]
    if not spans:
        return None
    i, j = max(spans, key=lambda s: s[1] - s[0])
    code = lex.currency_words[" ".join(words[i:j]).lower()]
    plain = lex.currency_words.get(words[j - 1].lower())
    try:
        country = pycountry.countries.lookup(" ".join(words[:i])) if i else None
    except LookupError:
        country = None
    used = get_territory_currencies(country.alpha_2) if country is not None else []
    return PageCurrency(code if not used or code in used else used[0], plain=plain)


def _page_sign(sign: str, unit: str, page: PageCurrency | None) -> bool:
    """'$' on a page whose sums are in New Zealand dollars: the sign the page names, or one read as the
    currency the page's currency word alone would be ('$' and 'dollars'), stands for the page's currency."""
    if page is None or not sign:
        return False
    return sign == page.sign or unit == page.plain


def _figures(text: str, lex: _Lexicon, page: PageCurrency | None = None
             ) -> list[tuple[int, int, Decimal, str | None]]:
    """(start, end, value, currency of a letter glued before it) of every figure in digits or words; the
    letter may be the sign a page names for its currency ('P24.1 billion')."""
    found: list[tuple[int, int, Decimal, str | None]] = []
    if page is not None and page.sign and page.sign.isalpha():
        for m in re.finditer(rf"(?<![\w.,/:-]){re.escape(page.sign)}({_FIGURE})", text):
            value = parse_figure(m.group(1), lex.lang)
            if value is not None:
                found.append((m.start(), m.end(), value, page.code))
    for m in lex.digits.finditer(text):
        value = parse_figure(m.group(0), lex.lang)
        if value is not None:
            found.append((m.start(), m.end(), value, None))
    for m in lex.code_figure.finditer(text):
        # a code or abbreviation glued to the figure ("USD2.6 billion", "QR306m"); the prefix is read later
        value = parse_figure(m.group(1), lex.lang)
        if value is not None and _prefix_currency(text, m.start(1), lex):
            found.append((m.start(1), m.end(1), value, None))
    for m in lex.letter_figure.finditer(text):
        value = parse_figure(m.group(2), lex.lang)
        if value is not None:
            found.append((m.start(), m.end(), value, lex.letter_prefixes[m.group(1)]))
    for m in lex.word_figure.finditer(text):
        value = parse_figure(m.group(0), lex.lang)
        if value is not None:
            found.append((m.start(), m.end(), value, None))
    for m in lex.scale_fraction.finditer(text):
        # ('three' of 'three quarters of a billion' is part of the figure)
        found = [f for f in found if not m.start() <= f[0] < m.end()]
        if any(s <= m.start() < e for s, e, _, _ in found):
            continue
        value = lex.scale_fractions[m.group(1).lower()]
        join = lex.scale_fraction_join.search(text, 0, m.start()) if lex.scale_fraction_join else None
        whole = next((f for f in found if join is not None and f[1] == join.start()), None)
        if whole is None:
            found.append((m.start(), m.end(), value, None))
        else:
            # 'two and a half billion': the whole figure and the fraction are one figure
            found.remove(whole)
            found.append((whole[0], m.end(), whole[2] + value, whole[3]))
    return sorted(found, key=lambda f: f[:2])


def _range_tail(text: str, end: int, lex: _Lexicon, currency: str | None
                ) -> tuple[Decimal, str | None, str | None, bool] | None:
    """The lower bound of a range ("$1-2 billion", "between 3 and 5 percent") is written without the
    scale and unit of the upper one: (factor, currency, unit, scaled) read after the upper bound."""
    m = lex.range_joiner.match(text, end)
    if m is None or parse_figure(m.group(1), lex.lang) is None:
        return None
    _, factor, currency, unit, scaled = _read_tail(text, m.end(), lex, currency)
    if not (scaled or unit or currency):
        return None
    return factor, currency, unit, scaled


def _fractions(text: str, lex: _Lexicon) -> list[Quantity]:
    """Fractions said as a change or a share ('grew by a fifth', 'a third of exports'), in percent. Only
    after 'by' and the like, or before 'of', 'more' or the end of a clause: 'a third country', 'the
    first half' are not amounts."""
    out = []
    for m in lex.fraction.finditer(text):
        before = text[max(0, m.start() - _FRACTION_LOOKBACK):m.start()]
        if lex.fraction_not_after.search(before) or lex.scale_fraction.match(text, m.start()):
            continue
        if lex.fraction_before.search(before) or lex.fraction_next.match(text, m.end()):
            out.append(Quantity(m.start(), m.end(), m.group(0), lex.fractions[m.group(0).lower()], PERCENT))
    return out


def find_quantities(text: str, lang: str = "en", page: PageCurrency | None = None) -> list[Quantity]:
    """Every amount in ``text``, left to right. Bare years and figures glued to words are left out.
    ``page``: the currency the page says its sums are in, which its signs stand for."""
    lex = _lexicon(lang)
    out: list[Quantity] = []
    fractions = _fractions(text, lex)
    upper: tuple[int, str | None] = (-1, None)  # where the upper bound of the last range starts, its currency
    # a page that writes '3.470 millions of dollars' groups thousands with points before every scale
    points_group = lex.grouping_point is not None and lex.grouping_point.search(text) is not None
    for start, end, value, glued in _figures(text, lex, page):
        if out and start < out[-1].end or any(f.start <= start < f.end for f in fractions):
            continue
        zeros = lex.grouping_point is not None and re.fullmatch(_ZERO_GROUPED, text[start:end]) is not None
        if (points_group or zeros) and re.fullmatch(_POINT_GROUPED, text[start:end]) and lex.scale_word.match(
                text, end):
            value = Decimal(text[start:end].replace(".", ""))
        nxt = text[end:end + 1]
        prefix = _prefix_currency(text, start, lex) if text[start].isdigit() else None
        currency = glued or (prefix[0] if prefix else None) or (upper[1] if start == upper[0] else None)
        pos, factor, currency, unit, scaled = _read_tail(text, end, lex, currency)
        value, pos, currency = _with_added_part(text, value * factor, factor, pos, lex, currency)
        if glued and not scaled:
            continue  # a letter before a figure is a currency only with a scale ("N1.4 trillion", not "N95")
        lower_bound = False
        if pos == end and not scaled and unit is None:
            borrowed = None if value in _YEARS and not currency else _range_tail(text, end, lex, currency)
            lower_bound = borrowed is not None
            if borrowed is not None:
                factor, currency, unit, scaled = borrowed
                value *= factor
                joined = lex.range_joiner.match(text, end)
                upper = (joined.start(1) if joined else -1, currency)
            elif nxt.isalpha() and not text[start].isalpha():
                continue  # an ordinal or a code: "15th", "5G"
            elif nxt == ":" or (nxt in "/-" and text[end + 1:end + 2].isdigit()):
                continue  # a clock time or a numeric date
        if unit is None:
            unit = currency or COUNT
        # a year after a currency's name is no sum of it: 'in US dollars 2023' (but 'US dollars 5.5 billion')
        worded = prefix is not None and " " in text[prefix[1]:start].strip()
        if (unit == COUNT or worded) and not scaled and value in _YEARS and "," not in text[start:end]:
            continue
        q_start = prefix[1] if prefix else start
        sign = text[q_start:start].strip() if prefix else ""
        if page is not None and unit == lex.prefixes.get(sign) and _page_sign(sign, unit, page):
            unit = page.code
        shared = lex.shared_signs.get(sign, ()) if unit == lex.prefixes.get(sign) else ()
        if not shared and pos > end:
            word = _shared_word_ending(text[q_start:pos].lower(), lex)  # "4 billion dirhams", "CFA francs"
            shared = lex.shared_words.get(word, ()) if unit == lex.currency_words.get(word) else ()
        out.append(Quantity(q_start, pos, text[q_start:pos], _normal_value(value), unit, scaled,
                            lower_bound=lower_bound, shared=shared))
    out.extend(fractions)
    for m in lex.multiplier_word.finditer(text):
        if not any(q.start <= m.start() < q.end for q in out):
            out.append(Quantity(m.start(), m.end(), m.group(0), float(lex.multiplier_words[m.group(1).lower()]),
                                MULTIPLIER))
    out.sort(key=lambda q: q.start)
    return _mark_conversions(text, out)


def _mark_conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """An amount in parentheses right after another sum of money restates it in another currency."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (prev is not None and prev.is_money and q.is_money
                and re.fullmatch(r"\s*\(\s*(?:\w+\s+)?", text[prev.end:q.start])):
            q = replace(q, conversion=True)
        out.append(q)
    return out
