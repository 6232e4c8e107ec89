"""Fused facts: events, indicators, agreements and people, filtered; one fact and its sources."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from ...api import KnowledgeBase, as_dict
from ...errors import ConfigError
from ...store import queries as q
from ..filters import DateFrom, DateTo, Limit, Offset, overlaps, page
from ..models import Agreement, Event, Fact, Figure, Page, Person, Source
from ..network import fact_date
from ..problems import ERROR_RESPONSES, ApiError
from ..reader import Reader, resolve
from . import KB, CountryQuery, PairQuery

router = APIRouter(prefix="/api", tags=["facts"], responses=ERROR_RESPONSES)

CountryFilter = Annotated[str | None, Query(min_length=2, max_length=64, description=CountryQuery)]
PairFilter = Annotated[str | None, Query(pattern=r"^[^,]{2,64},[^,]{2,64}$", description=PairQuery)]


class Kind(StrEnum):
    actual = "actual"
    target = "target"
    forecast = "forecast"


class Status(StrEnum):
    proposed = "proposed"
    agreed = "agreed"
    signed = "signed"
    in_force = "in_force"
    ended = "ended"


def _codes(country: str | None, pair: str | None) -> list[str]:
    out = [resolve(country, "query", "country")] if country else []
    if pair:
        out += [resolve(p, "query", "pair") for p in pair.split(",")]
    return sorted(set(out))


@router.get("/events", response_model=Page[Event], summary="Fused events, oldest first")
def events(kb: KB, country: CountryFilter = None, pair: PairFilter = None,
           type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,32}$",
                                             description="PLOVER type: CONSULT, AGREE, COOPERATE, ...")] = None,
           date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    codes = _codes(country, pair)
    found = [e for e in kb.query(lambda conn: q.events(conn, codes))
             if (type is None or e.type == type.upper()) and overlaps(fact_date(e.date, e.sources), date_from, date_to)]
    return page(as_dict(found), limit, offset)


@router.get("/indicators", response_model=Page[Figure], summary="Fused figures, newest period first")
def indicators(kb: KB, country: CountryFilter = None, pair: PairFilter = None,
               metric: Annotated[str | None, Query(pattern=r"^[a-z_]{2,40}$",
                                                   description="trade_turnover, investment, ...")] = None,
               kind: Kind | None = None,
               period_from: Annotated[DateFrom, Query(description="Only periods ending on or after this day.")] = None,
               period_to: Annotated[DateTo, Query(description="Only periods starting on or before this day.")] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    codes = _codes(country, pair)
    found = [f for f in kb.query(lambda conn: q.figures(conn, codes))
             if (metric is None or f.metric == metric) and (kind is None or f.kind == kind.value)
             and overlaps(f.period, period_from, period_to)]
    return page(as_dict(found), limit, offset)


@router.get("/agreements", response_model=Page[Agreement], summary="Fused agreements, oldest first")
def agreements(kb: KB, country: CountryFilter = None, pair: PairFilter = None, status: Status | None = None,
               date_from: DateFrom = None, date_to: DateTo = None, limit: Limit = 50, offset: Offset = 0
               ) -> dict[str, Any]:
    codes = _codes(country, pair)
    found = [a for a in kb.query(lambda conn: q.agreements(conn, codes))
             if (status is None or a.status == status.value)
             and overlaps(fact_date(a.date, a.sources), date_from, date_to)]
    return page(as_dict(found), limit, offset)


@router.get("/people", response_model=Page[Person], summary="People with their offices, by name")
def people(kb: KB, country: CountryFilter = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    code = resolve(country, "query", "country") if country else None
    return page(as_dict(kb.ask(lambda k: k.people(code))), limit, offset)


FactId = Annotated[str, Path(pattern=r"^(ev|ind|agr|sec|per)-[0-9]{1,9}$", description="ev-12, ind-3, agr-5, ...")]


def _fact(kb: Reader, fact_id: str) -> Any:
    def show(k: KnowledgeBase) -> Any:
        try:
            return k.show(fact_id)
        except ConfigError as exc:
            raise ApiError(404, str(exc.args[0]), exc.hint) from exc
    return kb.ask(show)


@router.get("/facts/{fact_id}", response_model=Fact, summary="One fused fact with all its sources")
def fact(kb: KB, fact_id: FactId) -> Any:
    return as_dict(_fact(kb, fact_id))


@router.get("/facts/{fact_id}/sources", response_model=Page[Source],
            summary="The reports a fused fact was read from: outlet, date, article and evidence sentence")
def fact_sources(kb: KB, fact_id: FactId, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    found = _fact(kb, fact_id)
    if isinstance(found, q.Figure):
        sources = [r.source for r in found.reported]
    elif isinstance(found, q.PersonFact):
        sources = [o.source for o in found.offices]
    else:
        sources = found.sources
    return page(as_dict(sources), limit, offset)
