"""A small knowledge base of hand-written facts (no model runs): two stories about Tajikistan and Iran."""

from __future__ import annotations

from pathlib import Path

from accord.api import KnowledgeBase
from accord.document import CleanDocument, DocumentResult, SourceRecord
from accord.facts import Agreement, Cooperation, Event, Evidence, Extraction, Indicator, Person
from accord.store import ingest

VISIT = ("Iranian President Masoud Pezeshkian held talks with Emomali Rahmon in Dushanbe on January 15, 2025. "
         "Trade stood at about 400 million dollars in 2024, up from 300 million dollars in 2023. "
         "The sides aim to raise trade to 2 billion dollars by 2030. "
         "They signed an agreement on visa exemption.")
FAIR = ("Trade between Iran and Tajikistan reached 427 million dollars in 2024. "
        "Tajik companies signed contracts worth 1.25 billion euros for hydropower equipment. "
        "The two sides are finalising a preferential trade agreement.")


def _ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _sentence(text: str, i: int) -> str:
    parts = text.split(". ")
    return parts[i] + ("" if i == len(parts) - 1 else ".")


def stories() -> list[DocumentResult]:
    v = [_sentence(VISIT, i) for i in range(4)]
    f = [_sentence(FAIR, i) for i in range(3)]
    pair = ["IRN", "TJK"]
    visit = Extraction(
        events=[Event("CONSULT", pair, mode="visit", date="2025-01-15", location="Dushanbe",
                      participants=["Masoud Pezeshkian", "Emomali Rahmon"], evidence=_ev(VISIT, v[0]))],
        indicators=[
            Indicator("trade_turnover", pair, 400e6, "USD", period="2024", qualifier="about",
                      evidence=_ev(VISIT, v[1])),
            Indicator("trade_turnover", pair, 300e6, "USD", period="2023", evidence=_ev(VISIT, v[1])),
            Indicator("trade_turnover", pair, 2e9, "USD", kind="target", target_year="2030",
                      evidence=_ev(VISIT, v[2]))],
        agreements=[Agreement("agreement on visa exemption", pair, "signed", "2025-01-15", _ev(VISIT, v[3]))],
        people=[Person("Masoud Pezeshkian", "IRN", "President", _ev(VISIT, v[0]))])
    fair = Extraction(
        indicators=[
            Indicator("trade_turnover", pair, 427e6, "USD", period="2024", evidence=_ev(FAIR, f[0])),
            Indicator("contracts_value", pair, 1.25e9, "EUR", period="2025", evidence=_ev(FAIR, f[1]))],
        agreements=[Agreement("preferential trade agreement", pair, "proposed", None, _ev(FAIR, f[2]))],
        cooperation=[Cooperation(pair, {"energy": [_ev(FAIR, f[1])]})])
    out = []
    for name, text, published, ex in (("visit.txt", VISIT, "2025-01-16", visit),
                                      ("fair.txt", FAIR, "2025-05-21", fair)):
        doc = CleanDocument(name, name, text, title=name.split(".")[0].title(), language="en", published=published)
        out.append(DocumentResult(SourceRecord(name, name, text), doc, ex))
    return out


def build(tmp_path: Path) -> str:
    db = str(tmp_path / "kb.sqlite")
    with KnowledgeBase(db) as kb:
        ingest(kb.store, stories())
    return db
