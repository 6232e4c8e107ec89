"""The `accord` command: one typer app, a thin layer over the library."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .config import Settings
from .contract import to_contract
from .document import ReadFailure, SkippedSource
from .errors import AccordError
from .pipeline import DocumentResult, run
from .progress import progress_over

app = typer.Typer(
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
err = Console(stderr=True)


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
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = Settings.max_bytes,
    no_extract: Annotated[bool, typer.Option("--clean-only", help="Clean only; leave fact lists empty.")] = False,
) -> None:
    """Clean and extract documents and print one contract object per document, in input order.

    Example: accord extract ../shared/eval/dev/docs --format jsonl > out.jsonl
    """
    settings = Settings(max_bytes=max_bytes)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    counts = {"documents": 0, "failed": 0, "skipped": 0, "no_pipeline": 0}
    try:
        for outcome in progress_over(run(inputs, settings, extract=not no_extract), "extracting", err):
            if isinstance(outcome, ReadFailure):
                counts["failed"] += 1
                err.print(f"[red]error[/red]: {outcome.source}: {outcome.reason}", highlight=False)
            elif isinstance(outcome, SkippedSource):
                counts["skipped"] += 1
            elif isinstance(outcome, DocumentResult):
                counts["documents"] += 1
                if outcome.extraction.skipped_reason:
                    counts["no_pipeline"] += 1
                obj = to_contract(outcome.document, outcome.extraction)
                text = json.dumps(obj, ensure_ascii=False, indent=2 if format is OutputFormat.json else None)
                out.write(text + "\n")
                out.flush()
    except AccordError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from exc
    finally:
        if output:
            out.close()
    summary = f"{counts['documents']} documents, {counts['failed']} failed, {counts['skipped']} skipped (not articles)"
    if counts["no_pipeline"]:
        summary += f", {counts['no_pipeline']} in a language with no extraction pipeline (empty fact lists)"
    err.print(summary, highlight=False)
    if counts["failed"]:
        raise typer.Exit(1)


def main() -> None:
    app()
