"""A brief as Markdown (footnotes ``[^n]``), as HTML in the dashboard's look (its stylesheet
inlined, notes linked), and as PDF (WeasyPrint over the HTML)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..errors import ConfigError, Errors
from .brief import Brief, Statement, words

# the dashboard's stylesheet, so a brief looks like the pages it sits beside
_CSS = Path(__file__).resolve().parent.parent / "web" / "static" / "app.css"
_PRINT = """
main { max-width: 60rem; } .card { margin-bottom: 18px; } .state p { margin: 0 0 8px; }
sup a { font-size: 11px; padding: 0 1px; } ol.notes li { margin-bottom: 6px; font-size: 13px; }
ol.notes .where { color: var(--muted); } td.notes, td.value { white-space: nowrap; }
@page { size: A4; margin: 16mm; } @media print { body { background: #fff; } .card { box-shadow: none; } }
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _marks_md(numbers: list[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def markdown(b: Brief) -> str:
    lines = [f"# {b.title}", "", f"*{b.subtitle}*", ""]
    if b.state:
        lines += ["## " + _heading("state"), ""]
        lines += [" ".join(s.cells[0] + _marks_md(s.notes) for s in b.state), ""]
    for section in b.sections:
        lines += [f"## {section.heading}", ""]
        if not section.rows:
            lines += [f"*{b.empty_text}*", ""]
            continue
        lines.append("| " + " | ".join(section.columns) + " | |")
        lines.append("|" + " --- |" * (len(section.columns) + 1))
        for row in section.rows:
            lines.append("| " + " | ".join(_cell(c) for c in row.cells) + f" | {_marks_md(row.notes)} |")
        lines.append("")
    if b.notes:
        lines += ["## " + _heading("notes"), ""]
        for n in b.notes:
            lines.append(f"[^{n.number}]: {_note_text(b, n.number)}")
        lines.append("")
    lines += [f"*{b.generated}*", ""]
    return "\n".join(lines)


def _heading(key: str) -> str:
    return str(words()["headings"][key])


def _note_text(b: Brief, number: int) -> str:
    n = b.notes[number - 1]
    return str(words()["note"].format(outlet=n.outlet, date=n.date, sentence=n.sentence))


def _marks_html(numbers: list[int]) -> str:
    return "".join(f'<sup><a href="#note-{n}" id="cite-{n}">{n}</a></sup>' for n in numbers)


# a date, a period or an amount is one value: it never wraps ("2025-01-" over "15")
_VALUES = {"date", "period", "value", "by", "target", "documents", "status"}


def _row_html(row: Statement, keys: list[str]) -> str:
    cells = "".join(f'<td class="value">{escape(c)}</td>' if k in _VALUES else f"<td>{escape(c)}</td>"
                    for c, k in zip(row.cells, keys, strict=True))
    return f"<tr>{cells}<td class=\"notes\">{_marks_html(row.notes)}</td></tr>"


def html(b: Brief) -> str:
    css = _CSS.read_text(encoding="utf-8") + _PRINT
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(b.title)}</title><style>{css}</style></head><body><main class=\"page\">",
        f'<header class="page-head"><h1>{escape(b.title)}</h1><p class="lede">{escape(b.subtitle)}</p></header>',
    ]
    if b.state:
        sentences = "".join(f"<p>{escape(s.cells[0])}{_marks_html(s.notes)}</p>" for s in b.state)
        heading = escape(_heading("state"))
        parts.append(f'<section class="card state"><h2>{heading}</h2>{sentences}</section>')
    for section in b.sections:
        parts.append(f'<section class="card" id="{section.key}"><h2>{escape(section.heading)}</h2>')
        if not section.rows:
            parts.append(f'<p class="empty">{escape(b.empty_text)}</p></section>')
            continue
        head = "".join(f"<th>{escape(c)}</th>" for c in section.columns) + "<th></th>"
        body = "".join(_row_html(r, section.keys) for r in section.rows)
        parts.append(f'<div class="table-wrap"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody>'
                     "</table></div></section>")
    if b.notes:
        items = "".join(
            f'<li id="note-{n.number}"><span class="where">{escape(n.outlet)}, {escape(n.date)}:</span> '
            f"<blockquote>{escape(n.sentence)}</blockquote></li>" for n in b.notes)
        heading = escape(_heading("notes"))
        parts.append(f'<section class="card"><h2>{heading}</h2><ol class="notes">{items}</ol></section>')
    parts.append(f'<p class="muted small">{escape(b.generated)}</p></main></body></html>')
    return "\n".join(parts)


def pdf(b: Brief, path: Path) -> None:
    """The HTML brief printed by WeasyPrint (it lays pages out through the system's Pango)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: the Pango library is missing
        raise ConfigError(Errors.E224, problem=str(exc)) from exc
    try:
        HTML(string=html(b)).write_pdf(path)
    except OSError as exc:
        raise ConfigError(Errors.E224, problem=str(exc)) from exc
