"""The `accord` command: one typer app, a thin layer over the library."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from . import __version__
from .api import KnowledgeBase, Period, as_dict, country_code, render
from .api.countries import country_name
from .config import Settings
from .document import DocumentResult, ReadFailure, SkippedSource
from .errors import AccordError, ConfigError, Errors

err = Console(stderr=True, soft_wrap=True)


class _Commands(TyperGroup):
    """The one place an AccordError becomes an error line and exit status 2, for every command."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors click; its Context type is private
        try:
            return super().invoke(ctx)
        except AccordError as exc:
            err.print(f"[red]error[/red]: {exc}", highlight=False)
            raise typer.Exit(2) from exc


app = typer.Typer(
    cls=_Commands,
    help=(
        "Accord turns news about relations between countries into facts with their evidence.\n\n"
        "Start with `accord extract FILES --format jsonl` to see what one article yields, or "
        "`accord run FOLDER` to build a knowledge base (accord.sqlite) and query it with "
        "`accord dyad TJK RUS`, `accord partners TJK`, `accord search hydropower`, `accord brief TJK IRN`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", "-w", min=1, help="Processes that clean and extract in parallel, each loading the models once "
    "(default: 1 here, every core for --executor pool, the cluster's CPUs for ray).")]


class ExecutorKind(StrEnum):
    local = "local"
    pool = "pool"
    ray = "ray"


ExecutorOption = Annotated[ExecutorKind | None, typer.Option(
    "--executor", help="Where batches are cleaned and extracted: in this process, a process pool, or Ray "
    "(Accord's ray extra); default: local, or pool when --workers is over 1.")]
AddressOption = Annotated[str | None, typer.Option(
    "--address", help="With --executor ray: the cluster to join (ray://HOST:10001 or auto); "
                      "default: start Ray here for the run.")]


MaxBytesOption = Annotated[int, typer.Option(
    min=1, help="Refuse an input (a file, a JSONL line, a page) larger than this many bytes.")]
MaxWordsOption = Annotated[int, typer.Option(
    min=1, help="Keep a document's first this many words; the rest is left out and reported.")]
DocSecondsOption = Annotated[float, typer.Option(
    min=0, help="Seconds cleaning, and again extracting, one document may take (0: no limit).")]
FeedSecondsOption = Annotated[float, typer.Option(
    min=0, help="Seconds one feed URL may take with all its items' pages; items left are reported.")]
RunSecondsOption = Annotated[float | None, typer.Option(
    min=0, help="After this many seconds, inputs not yet read are reported and left (default: no limit).")]


def _budgets(max_bytes: int, max_words: int, doc_seconds: float, feed_seconds: float, run_seconds: float | None,
             **more: Any) -> Settings:
    return Settings(max_bytes=max_bytes, max_words=max_words, doc_seconds=doc_seconds, feed_seconds=feed_seconds,
                    run_seconds=run_seconds or None, **more)


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"accord {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Accord: relations between countries, from news, with evidence."""


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders, globs (quote them), .jsonl dumps, .warc(.gz) files, feed or article URLs.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f",
                                                 help="jsonl: one object a line; json: indented")] = OutputFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    max_bytes: MaxBytesOption = Settings.max_bytes,
    max_words: MaxWordsOption = Settings.max_words,
    doc_seconds: DocSecondsOption = Settings.doc_seconds,
    feed_seconds: FeedSecondsOption = Settings.feed_seconds,
    run_seconds: RunSecondsOption = None,
    no_extract: Annotated[bool, typer.Option("--clean-only", help="Clean only; leave fact lists empty.")] = False,
    workers: WorkersOption = None,
    executor: ExecutorOption = None,
    address: AddressOption = None,
) -> None:
    """Clean and extract documents and print one contract object per document, in input order.

    Example: accord extract ../shared/eval/dev/docs --format jsonl > out.jsonl
    """
    from .contract import to_contract
    from .executors import executor_for
    from .ingest import count_sources
    from .pipeline import run
    from .progress import progress_over

    settings = _budgets(max_bytes, max_words, doc_seconds, feed_seconds, run_seconds)
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise ConfigError(Errors.E228, path=output, problem=exc.strerror or exc) from exc
    counts = {"documents": 0, "failed": 0, "skipped": 0, "no_pipeline": 0}
    try:
        items = run(inputs, settings, executor_for(workers, executor, address), extract=not no_extract)
        for item in progress_over(items, "extracting", err, lambda: count_sources(inputs)):
            if isinstance(item, ReadFailure):
                counts["failed"] += 1
                err.print(f"[red]error[/red]: {item.source}: {item.reason}", highlight=False)
            elif isinstance(item, SkippedSource):
                counts["skipped"] += 1
            elif isinstance(item, DocumentResult):
                counts["documents"] += 1
                for note in item.warnings:
                    err.print(f"[yellow]warning[/yellow]: {item.record.source}: {note}", highlight=False)
                if item.extraction.skipped_reason:
                    counts["no_pipeline"] += 1
                obj = to_contract(item.document, item.extraction)
                text = json.dumps(obj, ensure_ascii=False, indent=2 if format is OutputFormat.json else None)
                out.write(text + "\n")
                out.flush()
    finally:
        if output:
            out.close()
    summary = f"{counts['documents']} documents, {counts['failed']} failed, {counts['skipped']} skipped (not articles)"
    if counts["no_pipeline"]:
        summary += f", {counts['no_pipeline']} in a language with no extraction pipeline (empty fact lists)"
    err.print(summary, highlight=False)
    if counts["failed"]:
        raise typer.Exit(1)


DbOption = Annotated[str | None, typer.Option("--db", help="Knowledge base: an SQLite file or a postgresql:// URL "
                                              "(default: $ACCORD_DB, else accord.sqlite here).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of tables.")]
SinceOption = Annotated[str | None, typer.Option(
    "--since", help="Only facts from this date on: 2025, 2025-03 or 2025-03-17.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only facts up to this date (included).")]


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    pdf = "pdf"


CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV (for a spreadsheet) instead of tables.")]
TypeOption = Annotated[list[str] | None, typer.Option(
    "--type", help="Only events of this PLOVER type (CONSULT, AGREE, ACCUSE...) or mode (visit); repeatable.")]
MetricOption = Annotated[list[str] | None, typer.Option(
    "--metric", help="Only figures of this metric (trade_turnover, exports, investment...); repeatable.")]


def _answer(db: str | None, as_json: bool, ask: Callable[[KnowledgeBase], Any],
            grids: Callable[[Any], list[render.Grid]], as_csv: bool = False) -> None:
    with KnowledgeBase(db) as kb:
        result = ask(kb)
    if as_json:
        typer.echo(json.dumps(as_dict(result), ensure_ascii=False, indent=2))
    elif as_csv:
        render.write_csv(sys.stdout, grids(result))
    else:
        render.print_grids(_table_console(), grids(result))


def _table_console() -> Console:
    """Tables at the terminal's width or $COLUMNS; piped with no $COLUMNS, at the width of the
    terminal the pipe runs in (stderr's), else at rich's 80 columns (no longer a fixed 160)."""
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        with contextlib.suppress(OSError):
            console = Console(width=os.get_terminal_size(sys.stderr.fileno()).columns)
    return console


@app.command("run")
def run_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, .jsonl, .warc, feed or article URLs.")],
    db: DbOption = None,
    max_bytes: MaxBytesOption = Settings.max_bytes,
    max_words: MaxWordsOption = Settings.max_words,
    doc_seconds: DocSecondsOption = Settings.doc_seconds,
    feed_seconds: FeedSecondsOption = Settings.feed_seconds,
    run_seconds: RunSecondsOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents extracted together before they are stored.")]
    = Settings.batch_size,
    workers: WorkersOption = None,
    executor: ExecutorOption = None,
    address: AddressOption = None,
) -> None:
    """Ingest, clean, extract and store documents in the knowledge base, incrementally.

    A source already stored with the same content is skipped; changed content replaces its facts.
    Example: accord run ../shared/eval/dev/docs --db kb.sqlite
    """
    from .executors import executor_for

    settings = _budgets(max_bytes, max_words, doc_seconds, feed_seconds, run_seconds, batch_size=batch_size)
    with KnowledgeBase(db, settings) as kb:
        summary = kb.run(inputs, console=err, executor=executor_for(workers, executor, address))
    render.summary(err, summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def dyad(a: Annotated[str, typer.Argument(help="A country: code or name.")],
         b: Annotated[str, typer.Argument(help="The other country.")],
         since: SinceOption = None, until: UntilOption = None, types: TypeOption = None, metrics: MetricOption = None,
         db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """The profile of a pair: figures, targets, events, agreements, sectors, conflicts. Example: accord dyad TJK RUS"""
    period = Period.parse(since, until)
    _answer(db, as_json, lambda kb: kb.dyad(a, b, period, types, metrics), render.dyad, as_csv)


@app.command()
def brief(a: Annotated[str, typer.Argument(help="A country: code or name.")],
          b: Annotated[str, typer.Argument(help="The other country.")],
          since: SinceOption = None, until: UntilOption = None,
          format: Annotated[BriefFormat, typer.Option("--format", "-f", help="md, html or pdf")] = BriefFormat.md,
          output: Annotated[Path | None, typer.Option(
              "--output", "-o", help="Write here (a PDF goes to brief-A-B.pdf when not given).")] = None,
          db: DbOption = None) -> None:
    """A readable brief of a pair, every statement footnoted to its sources.

    The state of relations in a few sentences, the latest figures with their trend, targets, the
    timeline, agreements, sectors and who met whom. Example: accord brief TJK IRN --format html -o brief.html
    """
    from .api import render_brief

    period = Period.parse(since, until)
    with KnowledgeBase(db) as kb:
        result = kb.brief(a, b, period)
    if format is BriefFormat.pdf:
        target = output or Path(f"brief-{'-'.join(result.countries)}.pdf")
        render_brief.pdf(result, target)
        err.print(f"brief: {target}", highlight=False)
        return
    text = render_brief.markdown(result) if format is BriefFormat.md else render_brief.html(result)
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"brief: {output}", highlight=False)
    else:
        typer.echo(text)


@app.command()
def timeline(country: Annotated[str, typer.Argument(help="A country: code or name.")],
             partner: Annotated[str | None, typer.Argument(help="Only events with this partner.")] = None,
             since: SinceOption = None, until: UntilOption = None, types: TypeOption = None,
             db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """A country's events, oldest first, each with its number of independent sources.

    Example: accord timeline TJK --type CONSULT --since 2025-01 --csv > meetings.csv
    """
    period = Period.parse(since, until)
    code = country_code(country)
    title = f"Timeline of {country_name(code)}" + (f" with {country_name(country_code(partner))}" if partner else "")
    _answer(db, as_json, lambda kb: kb.timeline(code, partner, period, types),
            lambda r: [render.events_grid(title, r)], as_csv)


@app.command()
def partners(country: Annotated[str, typer.Argument(help="A country: code or name.")],
             days: Annotated[int, typer.Option(help="What counts as recent, in days before the newest article.")] = 365,
             db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """A country's partners, ranked by recent activity. Example: accord partners TJK"""
    code = country_code(country)
    _answer(db, as_json, lambda kb: kb.partners(code, days), lambda r: render.partners(code, r), as_csv)


@app.command()
def search(text: Annotated[str, typer.Argument(
               help='Words to find in evidence sentences; FTS5 syntax works: "a phrase", OR, NOT, prefix*.')],
           limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 50,
           country: Annotated[str | None, typer.Option(help="Only evidence of facts about this country.")] = None,
           since: SinceOption = None, until: UntilOption = None,
           db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """Full-text search over evidence sentences, newest first. Example: accord search hydropower --country TJK"""
    if not text.strip():
        raise ConfigError(Errors.E227)
    period = Period.parse(since, until)
    _answer(db, as_json, lambda kb: kb.search(text, limit, period, country), render.search, as_csv)


@app.command()
def show(fact_id: Annotated[str, typer.Argument(help="An id as the other commands print it: ev-12, ind-3, doc-1.")],
         db: DbOption = None, as_json: JsonOption = False) -> None:
    """Any fact with all its evidence sentences and sources. Example: accord show ev-1"""
    with KnowledgeBase(db) as kb:
        result = kb.show(fact_id)
    if as_json:
        typer.echo(json.dumps(as_dict(result), ensure_ascii=False, indent=2))
    else:
        render.show(_table_console(), result)


@app.command()
def people(country: Annotated[str | None, typer.Argument(help="Only people of this country.")] = None,
           db: DbOption = None, as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """The people the articles name, with their offices; `accord show per-ID` gives the evidence.

    Example: accord people TJK
    """
    _answer(db, as_json, lambda kb: kb.people(country), render.people, as_csv)


@app.command()
def info(db: DbOption = None, as_json: JsonOption = False) -> None:
    """What the knowledge base holds: documents, facts, date range, languages, what was skipped and why."""
    with KnowledgeBase(db) as kb:
        result = kb.info()
    if as_json:
        typer.echo(json.dumps(as_dict(result), ensure_ascii=False, indent=2))
    else:
        render.info(_table_console(), result)


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command("export")
def export_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the tables to.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet")] = ExportFormat.csv,
    since: SinceOption = None, until: UntilOption = None,
    db: DbOption = None,
) -> None:
    """Write documents, events, indicators, agreements, sectors, people and a GDELT-like gdelt_events
    table to a folder. Example: accord export -o out --format parquet --since 2025"""
    period = Period.parse(since, until)
    with KnowledgeBase(db) as kb:
        try:
            written = kb.export(format.value, output, period)
        except OSError as exc:
            raise ConfigError(Errors.E229, path=output, problem=exc.strerror or exc) from exc
    for name, path in written.items():
        err.print(f"{name}: {path}", highlight=False)


@app.command()
def watch(
    inputs: Annotated[list[str], typer.Argument(help="Feed or article URLs (also files and folders).")],
    every: Annotated[str, typer.Option(help="How often to poll: 15m, 1h, 90s.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once, print the digest and stop.")] = False,
    markdown: Annotated[Path | None, typer.Option("--markdown", help="Also write each digest here as Markdown.")]
    = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write each digest here as JSON.")] = None,
    db: DbOption = None,
) -> None:
    """Poll feeds, store new articles and print what they changed, per pair, since the last watch.

    New events, new or changed figures, agreements whose status moved, new conflicts; what a watch
    has seen is kept in the knowledge base. Example: accord watch https://example.org/rss --once
    """
    import time

    from .api import watch as digest_of

    seconds = digest_of.parse_every(every)
    try:
        while True:
            with KnowledgeBase(db) as kb:
                summary, digest = kb.watch(inputs, console=err)
            for source, reason in summary.failed:  # a feed that is down is reported, and polled again
                err.print(f"[red]failed[/red]: {source}: {reason}", highlight=False)
            typer.echo(digest_of.text(digest))
            if markdown:
                markdown.write_text(digest_of.markdown(digest), encoding="utf-8")
            if json_out:
                json_out.write_text(json.dumps(digest_of.as_json(digest), ensure_ascii=False, indent=2),
                                    encoding="utf-8")
            if once:
                return
            time.sleep(seconds)
    except KeyboardInterrupt:  # Ctrl+C ends a watch; what it stored and saw is kept
        err.print("watch stopped", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; another than 127.0.0.1 opens it to the network.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    cors_origin: Annotated[list[str] | None, typer.Option(
        "--cors-origin", help="An origin whose pages may call the API (repeat for more); none by default.")] = None,
) -> None:
    """Serve the dashboard and a read-only JSON API (OpenAPI at /api/openapi.json) over a knowledge base.

    Example: accord serve --db out/demo.sqlite, then open http://127.0.0.1:8000/country/TJK
    """
    import uvicorn

    from .config import default_db
    from .web import create_app

    target = db or default_db()
    with KnowledgeBase(target) as kb:
        _ = kb.conn  # a missing or unopenable database is reported here, not on the first request
    err.print(f"Accord on http://{host}:{port}/ (read-only; Ctrl+C stops it)", highlight=False)
    uvicorn.run(create_app(target, cors_origin or ()), host=host, port=port, log_level="warning")


def main() -> None:
    app()
