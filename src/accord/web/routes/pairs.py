"""Pairs of countries: the list and a pair's profile (figures, targets, timeline, agreements, sectors, people)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ...api import KnowledgeBase, as_dict
from ...store import catalog
from ...store import queries as q
from ..filters import Limit, Offset, page
from ..models import Page, Pair, PairProfile
from ..problems import ERROR_RESPONSES, ApiError
from ..reader import country_name, resolve
from . import KB, CountryPath, CountryQuery

router = APIRouter(prefix="/api/pairs", tags=["pairs"], responses=ERROR_RESPONSES)


@router.get("", response_model=Page[Pair], summary="Pairs of countries named together, most facts first")
def list_pairs(kb: KB, country: Annotated[str | None, Query(min_length=2, max_length=64,
                                                             description=CountryQuery)] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    code = resolve(country, "query", "country") if country else None
    rows = [{"countries": p.countries, "names": [country_name(c) for c in p.countries], "facts": p.facts}
            for p in kb.query(lambda conn: catalog.pairs(conn, code))]
    return page(rows, limit, offset)


def _people(kb: KnowledgeBase, profile: q.DyadProfile) -> list[q.PersonFact]:
    """People of either state named in the articles the pair's facts come from, with those offices."""
    facts: list[Any] = [*profile.figures, *profile.targets, *profile.events, *profile.agreements, *profile.sectors]
    sources = {s.source for f in facts for s in getattr(f, "sources", [])}
    sources |= {r.source.source for f in facts for r in getattr(f, "reported", [])}
    out = []
    for country in profile.countries:
        for person in kb.people(country):
            offices = [o for o in person.offices if o.source.source in sources]
            if offices:
                out.append(q.PersonFact(person.id, person.name, person.country, offices))
    return out


@router.get("/{a}/{b}", response_model=PairProfile, summary="A pair's profile, as `accord dyad A B` shows it")
def pair_profile(kb: KB, a: CountryPath, b: CountryPath) -> dict[str, Any]:
    codes = sorted({resolve(a, "path", "a"), resolve(b, "path", "b")})
    if len(codes) < 2:
        raise ApiError(404, "a pair needs two different countries", "for one country see /api/countries/{country}")

    def ask(k: KnowledgeBase) -> dict[str, Any]:
        profile = k.dyad(codes[0], codes[1])
        return {**as_dict(profile), "names": [country_name(c) for c in codes],
                "people": as_dict(_people(k, profile))}

    result = kb.ask(ask)
    if not any(result[key] for key in ("figures", "targets", "events", "agreements", "sectors")):
        raise ApiError(404, f"no fact names both {' and '.join(result['names'])} in this knowledge base",
                       "see /api/pairs for the pairs it knows")
    return result
