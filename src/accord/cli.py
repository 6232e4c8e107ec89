"""The `accord` command: one typer app, a thin layer over the library."""

from __future__ import annotations

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
from .api import KnowledgeBase, as_dict, render
from .config import Settings
from .contract import to_contract
from .document import DocumentResult, ReadFailure, SkippedSource
from .errors import AccordError, ConfigError, Errors
from .executors import executor_for
from .pipeline import run
from .progress import progress_over

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
        "`accord dyad TJK RUS`, `accord partners TJK`, `accord search WORD`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
WorkersOption = Annotated[int, typer.Option(
    "--workers", "-w", min=1, help="Processes that clean and extract in parallel (each loads the models once).")]


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
    workers: WorkersOption = 1,
) -> None:
    """Clean and extract documents and print one contract object per document, in input order.

    Example: accord extract ../shared/eval/dev/docs --format jsonl > out.jsonl
    """
    settings = _budgets(max_bytes, max_words, doc_seconds, feed_seconds, run_seconds)
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise ConfigError(Errors.E209, path=output, problem=exc.strerror or exc) from exc
    counts = {"documents": 0, "failed": 0, "skipped": 0, "no_pipeline": 0}
    try:
        items = run(inputs, settings, executor_for(workers), extract=not no_extract)
        for item in progress_over(items, "extracting", err):
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


def _answer(db: str | None, as_json: bool, ask: Callable[[KnowledgeBase], Any],
            show: Callable[[Console, Any], None]) -> None:
    with KnowledgeBase(db) as kb:
        result = ask(kb)
    if as_json:
        typer.echo(json.dumps(as_dict(result), ensure_ascii=False, indent=2))
    else:
        show(_table_console(), result)


def _table_console() -> Console:
    """Tables for a terminal at its width; piped into a file they get room for evidence sentences."""
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(width=160)
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
    workers: WorkersOption = 1,
) -> None:
    """Ingest, clean, extract and store documents in the knowledge base, incrementally.

    A source already stored with the same content is skipped; changed content replaces its facts.
    Example: accord run ../shared/eval/dev/docs --db kb.sqlite
    """
    settings = _budgets(max_bytes, max_words, doc_seconds, feed_seconds, run_seconds, batch_size=batch_size)
    with KnowledgeBase(db, settings) as kb:
        summary = kb.run(inputs, console=err, executor=executor_for(workers))
    render.summary(err, summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def dyad(a: Annotated[str, typer.Argument(help="A country: code or name.")],
         b: Annotated[str, typer.Argument(help="The other country.")],
         db: DbOption = None, as_json: JsonOption = False) -> None:
    """The profile of a pair: figures, targets, events, agreements, sectors, conflicts. Example: accord dyad TJK RUS"""
    _answer(db, as_json, lambda kb: kb.dyad(a, b), render.dyad)


@app.command()
def timeline(country: Annotated[str, typer.Argument(help="A country: code or name.")],
             partner: Annotated[str | None, typer.Argument(help="Only events with this partner.")] = None,
             db: DbOption = None, as_json: JsonOption = False) -> None:
    """A country's events, oldest first, each with its number of independent sources."""
    _answer(db, as_json, lambda kb: kb.timeline(country, partner),
            lambda c, r: c.print(render.events_table(f"Timeline of {country}", r)))


@app.command()
def partners(country: Annotated[str, typer.Argument(help="A country: code or name.")],
             days: Annotated[int, typer.Option(help="What counts as recent, in days before the newest article.")] = 365,
             db: DbOption = None, as_json: JsonOption = False) -> None:
    """A country's partners, ranked by recent activity."""
    _answer(db, as_json, lambda kb: kb.partners(country, days), lambda c, r: render.partners(c, country, r))


@app.command()
def search(text: Annotated[str, typer.Argument(help="Words to find in evidence sentences.")],
           limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 50,
           db: DbOption = None, as_json: JsonOption = False) -> None:
    """Full-text search over evidence sentences. Example: accord search aluminium"""
    _answer(db, as_json, lambda kb: kb.search(text, limit), render.search)


@app.command()
def show(fact_id: Annotated[str, typer.Argument(help="An id as the other commands print it: ev-12, ind-3, doc-1.")],
         db: DbOption = None, as_json: JsonOption = False) -> None:
    """Any fact with all its evidence sentences and sources."""
    _answer(db, as_json, lambda kb: kb.show(fact_id), render.show)


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command("export")
def export_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the tables to.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet")] = ExportFormat.csv,
    db: DbOption = None,
) -> None:
    """Write events, indicators, agreements, people and a GDELT-like gdelt_events table to a folder."""
    with KnowledgeBase(db) as kb:
        try:
            written = kb.export(format.value, output)
        except OSError as exc:
            raise ConfigError(Errors.E210, path=output, problem=exc.strerror or exc) from exc
    for name, path in written.items():
        err.print(f"{name}: {path}", highlight=False)


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
