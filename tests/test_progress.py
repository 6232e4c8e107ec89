"""The progress bar: a total counted in the background, and nothing at all off a terminal."""

from __future__ import annotations

import io

from rich.console import Console

from accord.progress import in_background, progress_over


def test_off_a_terminal_items_pass_and_nothing_is_counted() -> None:
    calls: list[int] = []

    def count() -> int:
        calls.append(1)
        return 3

    console = Console(file=io.StringIO(), force_terminal=False)
    assert list(progress_over(iter([1, 2, 3]), "storing", console, count)) == [1, 2, 3]
    assert calls == []


def test_on_a_terminal_the_bar_shows_the_total_and_the_rate() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    assert list(progress_over(iter(range(5)), "storing", console, 5)) == [0, 1, 2, 3, 4]
    assert "5/5" in out.getvalue() and "docs/s" in out.getvalue()


def test_a_count_in_the_background_gives_its_total() -> None:
    assert in_background(lambda: 7).result(timeout=5) == 7


def test_a_failing_count_leaves_the_total_unknown() -> None:
    def broken() -> int:
        raise OSError("gone")

    assert in_background(broken).result(timeout=5) is None
