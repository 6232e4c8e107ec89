"""The extraction contract (shared/spec/extraction-contract.md): one JSON object per document."""

from __future__ import annotations

from typing import Any

from .document import CleanDocument
from .facts import Evidence, Extraction


def _evidence(ev: Evidence | None) -> str | None:
    return ev.sentence if ev else None


def _plain_number(value: float) -> float | int:
    """1500000000.0 -> 1500000000: whole amounts print as integers, as the press writes them."""
    return int(value) if float(value).is_integer() else value


def to_contract(doc: CleanDocument, ex: Extraction) -> dict[str, Any]:
    events = [
        {"type": e.type, "mode": e.mode, "countries": sorted(e.countries), "date": e.date,
         "location": e.location, "participants": e.participants, "evidence": _evidence(e.evidence)}
        for e in ex.events
    ]
    indicators = []
    for i in ex.indicators:
        item: dict[str, Any] = {
            "metric": i.metric, "countries": sorted(i.countries), "value": _plain_number(i.value), "unit": i.unit,
            "period": i.period, "kind": i.kind, "qualifier": i.qualifier, "target_year": i.target_year,
        }
        if i.flow_from or i.flow_to:
            item["from"], item["to"] = i.flow_from, i.flow_to
        if i.label:
            item["label"] = i.label
        item["evidence"] = _evidence(i.evidence)
        indicators.append(item)
    agreements = [
        {"title": a.title, "countries": sorted(a.countries), "status": a.status, "date": a.date,
         "evidence": _evidence(a.evidence)}
        for a in ex.agreements
    ]
    cooperation = [{"countries": sorted(c.countries), "sectors": c.sectors} for c in ex.cooperation]
    people = [
        {"name": p.name, "country": p.country, "role": p.role, "evidence": _evidence(p.evidence)}
        for p in ex.people
    ]
    return {
        "doc": doc.doc, "published": doc.published, "language": doc.language, "title": doc.title,
        "text": doc.text, "events": events, "indicators": indicators, "agreements": agreements,
        "cooperation": cooperation, "people": people,
    }
