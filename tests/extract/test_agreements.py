"""Agreements read from hand-written stories: titles, statuses, dates, bare counts left out."""

from __future__ import annotations

from accord.document import CleanDocument
from accord.extract.agreements import find_agreements
from accord.extract.analysis import AnalyzedDoc, analyse


def _analysed(text: str, published: str | None = "2024-05-10") -> AnalyzedDoc:
    doc = CleanDocument(doc="t.txt", source="t.txt", text=text, language="en", published=published)
    a = analyse([doc])[0]
    assert a is not None
    return a


def test_signed_memorandum_with_its_date() -> None:
    a = _analysed("Germany and Kazakhstan signed a memorandum of understanding on renewable energy on May 3.")
    [ag] = find_agreements(a)
    assert ag.title == "memorandum of understanding on renewable energy"
    assert ag.status == "signed"
    assert ag.date == "2024-05-03"
    assert sorted(ag.countries) == ["DEU", "KAZ"]


def test_bare_count_is_not_an_agreement() -> None:
    a = _analysed("Germany and Kazakhstan signed twelve documents.\n\nGermany and Kazakhstan signed 12 agreements.")
    assert find_agreements(a) == []


def test_negotiated_visa_waiver_is_proposed_without_date() -> None:
    a = _analysed("Germany and Kazakhstan will advance the negotiations on a visa waiver agreement.")
    [ag] = find_agreements(a)
    assert "visa" in ag.title
    assert ag.status == "proposed"
    assert ag.date is None


def test_mentions_of_one_instrument_merge_to_the_strongest_status() -> None:
    a = _analysed(
        "Germany and Kazakhstan discussed a visa waiver agreement in March.\n\n"
        "The visa-free regime between Germany and Kazakhstan has been in force since April 2024."
    )
    [ag] = find_agreements(a)
    assert ag.status == "in_force"


def test_a_list_of_signed_documents_gives_one_agreement_per_item() -> None:
    a = _analysed(
        "Germany and Kazakhstan signed several documents, including an agreement on air services between "
        "Germany and Kazakhstan, a protocol on customs cooperation between Germany and Kazakhstan, and a "
        "roadmap for tourism development."
    )
    titles = sorted(ag.title for ag in find_agreements(a))
    assert len(titles) == 3
    assert any("air services" in t for t in titles)
    assert any("customs cooperation" in t for t in titles)
    assert any("roadmap for tourism" in t for t in titles)
    assert {ag.status for ag in find_agreements(a)} == {"signed"}
