"""Budgets one document may spend: seconds of cleaning or extraction, and words the model reads.

A document past its time budget is reported as failed; one past its word budget is kept as far as
the budget reaches and reported as truncated. Either way the run goes on.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_WORD = re.compile(r"\S+")


class Expired(BaseException):
    """The time budget ran out. A BaseException, so that libraries catching Exception (as HTML
    parsers do around their heuristics) cannot swallow it and run on past the budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than its budget of {seconds:g} s")
        self.seconds = seconds


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise Expired in the block when it runs longer than ``seconds``.

    A timer signal interrupts pure-Python loops and returns from native code alike; signals reach
    only the main thread, so elsewhere (a server's worker thread) the block runs unbounded.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise Expired(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def within_words(text: str, limit: int) -> tuple[str, int] | None:
    """None when ``text`` has at most ``limit`` words; else its first ``limit`` words or fewer, cut at
    the last paragraph or line end before the budget runs out (at a word end when there is none in the
    second half), and how many words that is."""
    if len(text.split()) <= limit:
        return None
    end = 0
    for count, word in enumerate(_WORD.finditer(text), start=1):
        end = word.end()
        if count == limit:
            break
    cut = next((at for at in (text.rfind("\n\n", 0, end), text.rfind("\n", 0, end)) if at > end // 2), end)
    kept = text[:cut].rstrip()
    return kept, len(kept.split())
