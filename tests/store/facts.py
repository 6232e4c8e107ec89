"""Hand-built documents and facts for the store tests."""

from __future__ import annotations

from accord.document import CleanDocument, DocumentResult, SourceRecord
from accord.facts import Agreement, Cooperation, Event, Evidence, Extraction, Indicator, Person


def evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def result(source: str, text: str, extraction: Extraction | None = None, published: str | None = "2025-03-18",
           title: str | None = "A headline", outlet: str | None = "Outlet",
           content: str | None = None) -> DocumentResult:
    """``content`` is the page as read (by default the title over the text)."""
    record = SourceRecord(doc=source.rsplit("/", 1)[-1], source=source,
                          content=content if content is not None else (title or "") + "\n" + text)
    doc = CleanDocument(doc=record.doc, source=source, text=text, title=title, language="en",
                        published=published, outlet=outlet)
    return DocumentResult(record, doc, extraction or Extraction())


VISIT_TEXT = (
    "Tajikistan's president paid a two-day visit to Moscow on March 17 to meet Vladimir Putin. "
    "Bilateral trade grew to $1.5bn in 2024. "
    "The sides plan to increase trade turnover 2.5 times by 2030. "
    "The presidents signed a Declaration on Strategic Partnership. "
    "Cooperation covers the aluminium industry and energy. "
    "Emomali Rahmon, President of Tajikistan, thanked his host."
)


def visit_extraction(text: str = VISIT_TEXT, date: str = "2025-03-17", trade: float = 1.5e9) -> Extraction:
    s = text.split(". ")
    return Extraction(
        events=[Event("CONSULT", ["TJK", "RUS"], mode="visit", date=date, location="Moscow",
                      participants=["Emomali Rahmon", "Vladimir Putin"], evidence=evidence(text, s[0]))],
        indicators=[
            Indicator("trade_turnover", ["RUS", "TJK"], trade, "USD", period="2024", evidence=evidence(text, s[1])),
            Indicator("trade_turnover", ["RUS", "TJK"], 2.5, "multiplier", kind="target", target_year="2030",
                      evidence=evidence(text, s[2])),
        ],
        agreements=[Agreement("Declaration on Strategic Partnership", ["RUS", "TJK"], "signed", date,
                              evidence=evidence(text, s[3]))],
        cooperation=[Cooperation(["RUS", "TJK"], {"metallurgy": [evidence(text, s[4])],
                                                 "energy": [evidence(text, s[4])]})],
        people=[Person("Emomali Rahmon", "TJK", "President", evidence=evidence(text, s[5]))],
    )
