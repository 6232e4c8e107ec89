"""Figures of a statistics table that a page flattened into lines, read under its caption.

A caption line ("Table 2. Ruritania - Freedonia trade, January-June 2025 (million euros)") names the
pair, the unit and often the period; the lines after it, up to the paragraph's end, are its header and
rows, in one of the two shapes scraped pages give them:

- across: a header line of column names, then a row per line ("Jan-Jun 2024 1,204 655 549"), its label
  first (a period) and one value per column;
- down: the header's column names a line each, then each row as its label line followed by a line per
  value ("Exports to Freedonia", "412.6", "+8.4").

A row's measure is the metric cue of its label (down) or of its column (across); a column that is a
total is the caption's measure. Percent columns are the change of the row's measure.

A table with no caption may give a column per period ('H1 2023  H1 2024  change'), its rows a measure each,
under a line that says its unit ('Figures in US$ million').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ... import resources
from ...facts import Indicator
from ..analysis import AnalyzedDoc, Sentence
from ..pairs import countries_for
from .cues import Cue, CueLexicon, scan_cues
from .numbers import PERCENT, find_quantities, parse_figure
from .periods import find_periods, fiscal_start

_SIGNED = re.compile(r"^([+\-−–]?)\s*(\d[\d,.]*)$")
_TOKEN = re.compile(r"\S+")
# a cell of a table whose columns are set apart by two spaces or more ('Imports from Korea    985    1,020')
_CELL = re.compile(r"\S+(?: \S+)*")
_FLOWS = ("exports", "imports")
_WHOLE = "trade_turnover"
# how many lines from the caption on may name the table's unit ('Value, mln US$')
_HEADER_LINES = 4


@dataclass(frozen=True)
class _Line:
    text: str
    start: int  # offset in the document

    @property
    def cells(self) -> list[str]:
        return _TOKEN.findall(self.text)


_Make = Callable[[str, float, bool, str | None, _Line, str | None], Indicator | None]
_PeriodOf = Callable[[_Line], str | None]


@dataclass(frozen=True)
class _Column:
    metric: str | None  # None: the caption's measure
    percent: bool


def table_indicators(a: AnalyzedDoc, lex: CueLexicon) -> list[Indicator]:
    """The figures of every captioned table of the document about the story's pair, and of every table with
    a column per period under a line that gives its unit."""
    if not lex.table_captions:
        return []
    caption = re.compile(rf"^\s*(?:{resources.alternation(lex.table_captions)})\b", re.IGNORECASE)
    out: list[Indicator] = []
    before: list[_Line] = []
    for block in _blocks(a.document.text):
        out.extend(_table(block, a, lex) if caption.match(block[0].text) else _period_table(block, before, a, lex))
        before = block
    return out


def _blocks(text: str) -> list[list[_Line]]:
    """The paragraphs of a text, each a list of its non-empty lines."""
    blocks: list[list[_Line]] = [[]]
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            blocks[-1].append(_Line(raw, pos))
        elif blocks[-1]:
            blocks.append([])
        pos += len(raw) + 1
    return [b for b in blocks if b]


def _sentence(a: AnalyzedDoc, line: _Line) -> Sentence | None:
    """The sentence of a line; of a line the parser cut ('Table.' 'Ruritania - Freedonia trade, 2025'), the
    part that names the most states."""
    end = line.start + len(line.text)
    parts = [s for s in a.sentences if s.start < end and line.start < s.end]
    return max(parts, key=lambda s: len(s.states), default=None)


def _value(cell: str) -> float | None:
    m = _SIGNED.match(cell)
    if m is None:
        return None
    value = parse_figure(m.group(2))
    if value is None:
        return None
    return -float(value) if m.group(1) and m.group(1) != "+" else float(value)


def _is_value_line(line: _Line) -> bool:
    """A cell alone on its line: a figure, or a dash for no figure."""
    cells = line.cells
    return len(cells) == 1 and (_value(cells[0]) is not None or not any(ch.isalnum() for ch in cells[0]))


def _unit(lines: list[_Line], lang: str) -> tuple[str, float] | None:
    """The currency of the table's sums and the scale they are given in, from a scale and a currency word
    in its caption or header ('million baht', 'mln US$', 'US$ million')."""
    for line in lines:
        cells = [c.strip("()[],;:") for c in line.cells]
        for i in range(len(cells)):
            for text in (f"1 {' '.join(cells[i:i + 2])}", f"{' '.join(cells[i + 1:i + 2])} 1 {cells[i]}",
                         f"{' '.join(cells[max(0, i - 1):i])} 1 {cells[i]}"):
                qs = find_quantities(text, lang)
                if len(qs) == 1 and qs[0].is_money and qs[0].scaled:
                    return qs[0].unit, qs[0].value
    return None


def _is_percent(text: str, lang: str) -> bool:
    return any(q.unit == PERCENT for cell in _TOKEN.findall(text.replace(",", " "))
               for q in find_quantities(f"1{cell.strip('()')}", lang))


def _metric(cues: list[Cue]) -> str | None:
    if any(c.kind in ("share", "blocker") for c in cues):
        return None
    return next((c.value for c in cues if c.kind == "metric"), None)


def _table(block: list[_Line], a: AnalyzedDoc, lex: CueLexicon) -> list[Indicator]:
    head = _sentence(a, block[0])
    if head is None or len(head.states) < 2:
        return []
    countries = countries_for(head, a)
    money = _unit(block[:_HEADER_LINES], a.lang)
    measure = _metric(scan_cues(block[0].text, lex))
    if len(countries) != 2 or money is None or measure is None:
        return []
    unit, scale = money
    fiscal = fiscal_start(countries, a.lang)

    def period_of(line: _Line) -> str | None:
        s = _sentence(a, line)
        if s is None:
            return None
        found = find_periods(s.text, s.times, a.anchor, a.lang, s.start, fiscal)
        return next((p.value for p in found if p.value), None)

    def indicator(metric: str, value: float, percent: bool, period: str | None, row: _Line,
                  seller: str | None) -> Indicator | None:
        s = _sentence(a, row)
        label = None
        if percent:
            metric, label = ("trade_growth", None) if metric == _WHOLE else ("other", f"{metric}_growth")
        flow = metric in _FLOWS and seller is not None
        buyer = next((c for c in countries if c != seller), None) if flow else None
        return Indicator(metric=metric, countries=countries, value=value if percent else value * scale,
                         unit=PERCENT if percent else unit,
                         period=period, flow_from=seller if flow else None, flow_to=buyer, label=label,
                         evidence=s.evidence if s else head.evidence)

    rows = block[1:]
    found: list[Indicator | None] = []
    if any(_is_value_line(x) for x in rows):
        found = _down(rows, period_of(block[0]), lex, a, indicator)
    elif rows:
        found = _across(rows, measure, head.states[0], lex, a, period_of, indicator)
    return [i for i in found if i is not None]


def _seller(line: _Line, metric: str, a: AnalyzedDoc, lex: CueLexicon) -> str | None:
    """Who sells in a row 'Export of Ruritania to Freedonia': the state after 'from', else the state not
    after 'to' (of exports), else the state after 'to' (of imports)."""
    s = _sentence(a, line)
    if s is None:
        return None
    seller = buyer = None
    for m in s.mentions:
        before = s.text[:m.start - s.start].rstrip().lower()
        if lex.seller_link.search(before):
            seller = seller or m.code
        elif lex.buyer_link.search(before):
            buyer = buyer or m.code
        elif metric == "exports":
            seller = seller or m.code
        else:
            buyer = buyer or m.code
    if seller is None and buyer is not None:
        seller = next((c for c in s.states if c != buyer), None)
    return seller


def _down(rows: list[_Line], period: str | None, lex: CueLexicon, a: AnalyzedDoc, indicator: _Make
          ) -> list[Indicator | None]:
    """Header names a line each, then a label line and its value lines per row."""
    first = next((i for i, x in enumerate(rows) if i + 1 < len(rows) and not _is_value_line(x)
                  and _is_value_line(rows[i + 1])), None)
    if first is None:
        return []
    columns = [_is_percent(x.text, a.lang) for x in rows[:first]]
    out: list[Indicator | None] = []
    i = first
    while i < len(rows):
        label, values = rows[i], []
        i += 1
        while i < len(rows) and _is_value_line(rows[i]):
            values.append(_value(rows[i].cells[0]))
            i += 1
        metric = _metric(scan_cues(label.text, lex))
        if metric is None or not values:
            continue
        kinds = columns[-len(values):] if len(columns) >= len(values) else [False] + [True] * (len(values) - 1)
        seller = _seller(label, metric, a, lex) if metric in _FLOWS else None
        out.extend(indicator(metric, v, pct, period, label, seller)
                   for v, pct in zip(values, kinds, strict=True) if v is not None)
    return out


def _across(rows: list[_Line], measure: str, reporter: str, lex: CueLexicon, a: AnalyzedDoc, period_of: _PeriodOf,
            indicator: _Make
          ) -> list[Indicator | None]:
    """A header line of column names, then a row per line: its label (a period) and a value per column;
    the exports of a column are the first-named state's."""
    header, body = rows[0].cells, rows[1:]
    totals = {w.lower() for w in lex.table_totals}
    columns = []
    for name in header[1:]:
        if name.lower() in totals:
            columns.append(_Column(measure, False))
        else:
            columns.append(_Column(_metric(scan_cues(name, lex)), _is_percent(name, a.lang)))
    out: list[Indicator | None] = []
    for row in body:
        cells = row.cells
        if len(cells) <= len(columns):
            continue
        values = [_value(c) for c in cells[-len(columns):]]
        period = period_of(row)
        if period is None or any(v is None for v in values):
            continue  # a row of changes or of notes
        for column, v in zip(columns, values, strict=True):
            if column.metric is not None and v is not None:
                seller = reporter if column.metric == "exports" else next(
                    (c for c in a.story_pair if c != reporter), None)
                out.append(indicator(column.metric, v, column.percent, period, row, seller))
    return out


def _period_table(block: list[_Line], before: list[_Line], a: AnalyzedDoc, lex: CueLexicon) -> list[Indicator]:
    """A table with no caption and a column per period ('H1 2023  H1 2024  change'), its rows a measure each
    ('Imports from Korea  985  1,020  +3.5%'), its unit said in the line before it ('Figures in US$ million').
    A column that names no period is the change of the row's measure over the last period column."""
    # the shape first, the unit last: reading a unit tries every cell of the lines, and most blocks are prose
    head = _sentence(a, block[0]) if len(block) >= 2 and _CELL.search(block[0].text) else None
    if head is None:
        return []
    found = find_periods(head.text, head.times, a.anchor, a.lang, head.start)
    columns: list[str | None] = []  # a column's period, None for a change column
    for m in _CELL.finditer(block[0].text):
        lo, hi = block[0].start + m.start(), block[0].start + m.end()
        columns.append(next((p.value for p in found if p.value and lo <= p.start < hi), None))
    named = [p for p in columns if p is not None]
    money = _unit([*before[-1:], block[0]], a.lang) if named and len(set(named)) == len(named) else None
    if money is None:
        return []
    unit, scale = money
    out: list[Indicator] = []
    for row in block[1:]:
        cells = [m.group(0) for m in _CELL.finditer(row.text)]
        if row.text[:1].isspace() or len(cells) != len(columns) + 1:
            continue  # an indented part of the row above ('of which ...'), a note
        metric = _metric(scan_cues(cells[0], lex))
        s = _sentence(a, row)
        values = [_value(c.rstrip("%")) for c in cells[1:]]
        if metric is None or s is None or any(v is None for v in values):
            continue
        countries = countries_for(s, a)
        seller = _seller(row, metric, a, lex) if metric in _FLOWS else None
        buyer = next((c for c in countries if c != seller), None) if seller else None
        for period, value, cell in zip(columns, values, cells[1:], strict=True):
            if value is None:
                continue
            if period is not None:
                out.append(Indicator(metric=metric, countries=countries, value=value * scale, unit=unit, period=period,
                                     flow_from=seller, flow_to=buyer, evidence=s.evidence))
            elif _is_percent(cell, a.lang):
                growth, label = ("trade_growth", None) if metric == _WHOLE else ("other", f"{metric}_growth")
                out.append(Indicator(metric=growth, countries=countries, value=value, unit=PERCENT, period=named[-1],
                                     label=label, evidence=s.evidence))
    return out
