"""Long documents: pieces the model can take, offsets exact; cost linear in the length of a line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from accord.config import Settings
from accord.document import CleanDocument, SourceRecord
from accord.extract.analysis import model_pieces

DEV_DOCS = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "dev" / "docs"


def test_pieces_join_back_exactly_and_end_at_paragraphs_where_they_can() -> None:
    text = "".join(f"Paragraph {n} has some words in it.\n\n" for n in range(100))
    pieces = model_pieces(text, 200)
    assert "".join(pieces) == text
    assert all(len(p) <= 200 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_a_line_with_no_break_is_cut_at_sentence_ends_then_spaces() -> None:
    sentences = "One short sentence here. " * 50
    assert all(p.endswith(". ") for p in model_pieces(sentences, 100)[:-1])
    words = "word " * 100
    pieces = model_pieces(words, 64)
    assert "".join(pieces) == words and all(p.endswith(" ") and len(p) <= 64 for p in pieces)
    assert "".join(model_pieces("x" * 250, 100)) == "x" * 250


@pytest.mark.slow
def test_a_text_parsed_in_pieces_keeps_its_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.extract.analysis as analysis
    from accord.contract import to_contract
    from accord.extract import extract_documents

    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(DEV_DOCS.glob("*.txt"))]
    if len(texts) != 5:
        pytest.skip(f"the dev articles are not at {DEV_DOCS}")
    doc = CleanDocument("all", "all", "\n\n".join(texts), language="en", published="2024-05-01")
    whole = to_contract(doc, extract_documents([doc])[0])
    monkeypatch.setattr(analysis, "MODEL_PIECE_CHARS", 3000)
    (analysed,) = analysis.analyse([doc])
    assert analysed is not None
    assert analysed.sentences[0].span.doc.text == doc.text
    assert all(doc.text[s.start:s.end] == s.text for s in analysed.sentences)
    assert to_contract(doc, extract_documents([doc])[0]) == whole


@pytest.mark.slow
def test_extracting_a_line_ten_times_longer_costs_under_fifteen_times_as_much() -> None:
    from accord.pipeline import pipeline

    texts = [" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(DEV_DOCS.glob("*.txt"))]
    if len(texts) != 5:
        pytest.skip(f"the dev articles are not at {DEV_DOCS}")
    line = " ".join(texts)
    steps = pipeline(Settings(max_words=10**7, doc_seconds=0))
    steps([SourceRecord("warm", "warm", texts[0])])  # the model loads outside the measure

    def cost(size: int) -> float:
        record = SourceRecord("line", "line", (line * (size // len(line) + 1))[:size])
        started = time.process_time()
        (result,) = steps([record])
        assert not hasattr(result, "reason"), result
        return time.process_time() - started

    short, long = cost(200_000), cost(2_000_000)
    print(f"\n200 KB line: {short:.1f} s CPU; 2 MB line: {long:.1f} s CPU; ratio {long / short:.1f}")
    assert long < 15 * short
