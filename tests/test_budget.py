"""Per-document budgets: words kept, seconds spent; a document over one is reported, the run goes on."""

from __future__ import annotations

import time

import pytest

from accord.budget import Expired, time_limit, within_words
from accord.config import Settings
from accord.document import DocumentResult, Item, ReadFailure, SourceRecord
from accord.pipeline import pipeline

STORY = ("The committee met on a quiet morning to review the annual report on water management, "
         "and the members asked for clearer figures on maintenance.")


def test_a_text_within_the_budget_is_left_alone() -> None:
    assert within_words("one two three", 3) is None


def test_a_text_past_the_budget_is_cut_at_a_paragraph_end() -> None:
    text = "one two three four\n\nfive six seven\n\neight nine"
    assert within_words(text, 8) == ("one two three four\n\nfive six seven", 7)


def test_a_text_with_no_break_in_reach_is_cut_at_a_word_end() -> None:
    assert within_words("one\n" + "w " * 20, 10) == ("one\n" + "w " * 8 + "w", 10)


def test_time_limit_interrupts_a_pure_python_loop() -> None:
    started = time.monotonic()
    with pytest.raises(Expired, match="took longer than its budget of 0.2 s"), time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - started < 2


def test_time_limit_is_not_swallowed_by_except_exception() -> None:
    with pytest.raises(Expired), time_limit(0.1):
        try:  # noqa: SIM105 - written as HTML parsers write it around their heuristics
            time.sleep(5)
        except Exception:
            pass


def test_a_document_past_the_word_budget_is_kept_truncated_with_a_warning() -> None:
    paragraphs = [f"In session {n} the committee met to review the annual report on water management."
                  for n in range(40)]
    record = SourceRecord("a.txt", "/a.txt", "\n\n".join(paragraphs))
    (result,) = pipeline(Settings(max_words=50), extract=False)([record])
    assert isinstance(result, DocumentResult)
    assert result.document.text == "\n\n".join(paragraphs[:3])  # 14 words each
    assert result.warnings == ("truncated: its first 42 words stored (the word budget is 50; raise --max-words)",)


def test_a_document_that_breaks_the_cleaner_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.pipeline as steps

    def clean(record: SourceRecord, settings: Settings) -> object:
        if record.doc == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        if record.doc == "slow":
            time.sleep(5)
        return real(record, settings)

    real = steps.clean_record
    monkeypatch.setattr(steps, "clean_record", clean)
    records = [SourceRecord(name, f"/{name}", STORY) for name in ("bad", "slow", "good")]
    bad, slow, good = pipeline(Settings(doc_seconds=0.3), extract=False)(list[Item](records))
    assert bad == ReadFailure("/bad", "[E123] nested too deeply to read (RecursionError) "
                                      "(check the file, or leave it out of the run)")
    assert slow == ReadFailure("/slow", "[E122] cleaning took longer than its budget of 0.3 s "
                                        "(raise --doc-seconds (0: no limit))")
    assert isinstance(good, DocumentResult) and good.document.text == STORY
