"""Countries: the list, one country, its ranked partners and its partner network in a date range."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter

from ...store import catalog
from ...store import queries as q
from .. import network
from ..filters import DateFrom, DateTo, Limit, Offset, page
from ..models import Country, Network, Page, Partner
from ..problems import ERROR_RESPONSES, ApiError
from ..reader import Reader, country_name, resolve
from . import KB, CountryPath

router = APIRouter(prefix="/api/countries", tags=["countries"], responses=ERROR_RESPONSES)


def _known(kb: Reader, text: str) -> catalog.CountryCount:
    code = resolve(text, "path", "country")
    found = [c for c in kb.query(catalog.countries) if c.code == code]
    if not found:
        raise ApiError(404, f"no fact names {country_name(code)} ({code}) in this knowledge base",
                       "see /api/countries for the countries it knows")
    return found[0]


@router.get("", response_model=Page[Country], summary="Countries named by facts, most facts first")
def list_countries(kb: KB, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    rows = [{"code": c.code, "name": country_name(c.code), "facts": c.facts} for c in kb.query(catalog.countries)]
    return page(rows, limit, offset)


@router.get("/{country}", response_model=Country, summary="One country and how many facts name it")
def get_country(kb: KB, country: CountryPath) -> dict[str, Any]:
    found = _known(kb, country)
    return {"code": found.code, "name": country_name(found.code), "facts": found.facts}


def _tallies(kb: Reader, code: str, start: date | None, end: date | None) -> tuple[
        dict[str, network.Tally], dict[tuple[str, str], int]]:
    return kb.query(lambda conn: network.tallies(code, q.events(conn, [code]), q.agreements(conn, [code]),
                                                 q.figures(conn, [code]), start, end))


@router.get("/{country}/partners", response_model=Page[Partner],
            summary="Partners ranked by the events and agreements shared in the date range")
def partners(kb: KB, country: CountryPath, date_from: DateFrom = None, date_to: DateTo = None,
             limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    code = _known(kb, country).code
    tallies, _ = _tallies(kb, code, date_from, date_to)
    rows = [{"code": c, "name": country_name(c), "weight": t.weight, "events": t.events, "agreements": t.agreements,
             "figures": t.figures, "last_date": t.last_date} for c, t in network.ranked(tallies)]
    return page(rows, limit, offset)


@router.get("/{country}/network", response_model=Network,
            summary="The country and its partners as a graph, edges weighted by shared events and agreements")
def country_network(kb: KB, country: CountryPath, date_from: DateFrom = None,
                    date_to: DateTo = None) -> dict[str, Any]:
    code = _known(kb, country).code
    tallies, between = _tallies(kb, code, date_from, date_to)
    nodes = [{"code": code, "name": country_name(code), "facts": sum(t.weight + t.figures for t in tallies.values())}]
    nodes += [{"code": c, "name": country_name(c), "facts": t.weight + t.figures} for c, t in network.ranked(tallies)]
    edges = [{"source": code, "target": c, "weight": t.weight} for c, t in network.ranked(tallies)]
    edges += [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(between.items())]
    return {"country": code, "nodes": nodes, "edges": edges}
