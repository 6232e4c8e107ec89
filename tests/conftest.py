"""Fixtures shared across the test tree: a story analysed by the NLP model, each corpus extracted once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from accord.document import CleanDocument
from accord.extract.analysis import AnalyzedDoc, analyse
from eval_sets import CORPORA, extract


@pytest.fixture
def published() -> str | None:
    """The publication date ``analysed`` gives a story; a test module overrides it to suit its stories."""
    return "2024-05-02"


@pytest.fixture
def analysed(published: str | None) -> Callable[..., AnalyzedDoc]:
    """``analysed(text, published=...)``: an English story through the model, as the extractors see it."""
    default = published

    def analyse_story(text: str, published: str | None = default) -> AnalyzedDoc:
        doc = CleanDocument(doc="t.txt", source="t.txt", text=text, language="en", published=published)
        [result] = analyse([doc])
        assert result is not None
        return result

    return analyse_story


@pytest.fixture(scope="session")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """``extracted(corpus)``: the JSONL `accord extract` writes for a corpus of eval_sets.CORPORA,
    made once per session and shared by the eval gate, the evidence and the determinism tests."""
    made: dict[str, Path] = {}

    def jsonl_of(corpus: str) -> Path:
        if corpus not in made:
            if not (CORPORA[corpus] / "docs").is_dir():
                pytest.skip(f"no corpus at {CORPORA[corpus]}")
            out = tmp_path_factory.mktemp("extracted") / f"{corpus}.jsonl"
            extract(corpus, out)
            made[corpus] = out
        return made[corpus]

    return jsonl_of
