"""A progress bar on a terminal, nothing when output goes to a file or a pipe."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

T = TypeVar("T")


class RateColumn(ProgressColumn):
    """Items per second over the run so far (rich's own speed column only looks at the last seconds)."""

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time if task.finished else task.elapsed
        if not elapsed or not task.completed:
            return Text("")
        return Text(f"{task.completed / elapsed:.1f} docs/s", style="progress.data.speed")


def in_background(count: Callable[[], int | None]) -> Future[int | None]:
    """``count()`` in a daemon thread, so a run never waits for it (a bar shows the total once known)."""
    future: Future[int | None] = Future()

    def work() -> None:
        try:
            future.set_result(count())
        except Exception:  # a total is a nicety: without one the bar still counts
            future.set_result(None)

    threading.Thread(target=work, name="count-sources", daemon=True).start()
    return future


def progress_over(items: Iterable[T], label: str, console: Console,
                  total: int | Callable[[], int | None] | None = None) -> Iterator[T]:
    """Yield ``items`` while a bar counts them; a callable ``total`` is counted in the background
    (only when there is a bar to show it) and set on the bar once known."""
    if not console.is_terminal:
        yield from items
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               RateColumn(), TimeElapsedColumn())
    pending = in_background(total) if callable(total) else None
    known = None if callable(total) else total
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=known)
        for item in items:
            yield item
            bar.advance(task)
            if pending is not None and pending.done():
                bar.update(task, total=pending.result())
                pending = None
