"""The API's response shapes (the OpenAPI schema is built from these).

A fact's shape is the store's own dataclass; what the API adds to one (a country's name, a pair's
names and people) is a subclass of it, and pages, errors and the network are the API's own.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, RootModel
from pydantic.dataclasses import dataclass

from ..store import catalog
from ..store import queries as q

T = TypeVar("T")
DOCUMENTED = ConfigDict(use_attribute_docstrings=True)


class Page(BaseModel, Generic[T]):
    model_config = DOCUMENTED

    items: list[T]
    total: int = Field(description="Items in the whole list, across pages.")
    limit: int
    offset: int


class ErrorDetail(BaseModel):
    location: str = Field(description="Where the bad value was: path, query, header or body.")
    name: str
    message: str


class ErrorBody(BaseModel):
    status: int
    code: str = Field(description="Stable, for scripts: bad_parameter, not_found, method_not_allowed, ...")
    message: str
    hint: str | None = None
    details: list[ErrorDetail] = []


class Error(BaseModel):
    """The one shape of every 4xx and 5xx answer."""

    error: ErrorBody


# The records the knowledge base answers with, as the store and the CLI's --json write them; their
# attribute docstrings are the schema's descriptions (DOCUMENTED, the config of every shape here, which
# the dataclasses inside a shape share).
Source = q.Source
Event = q.FusedEvent
Figure = q.Figure
Agreement = q.AgreementFact
Sector = q.SectorLink
Person = q.PersonFact
SearchHit = q.SearchHit
DocumentSummary = catalog.DocumentSummary


@dataclass(config=DOCUMENTED)
class Document(catalog.DocumentText):
    """A document's clean text and the evidence spans of its facts."""


@dataclass(config=DOCUMENTED)
class Country(catalog.CountryCount):
    name: str


@dataclass(config=DOCUMENTED)
class Pair(catalog.PairCount):
    names: list[str]


@dataclass(config=DOCUMENTED)
class PairProfile(q.DyadProfile):
    names: list[str]
    people: list[q.PersonFact]


class Partner(BaseModel):
    code: str
    name: str
    weight: int = Field(description="Events and agreements shared in the date range: the edge's weight.")
    events: int
    agreements: int
    figures: int
    last_date: str | None


class Edge(BaseModel):
    source: str
    target: str
    weight: int


class Network(BaseModel):
    country: str
    nodes: list[Country]
    edges: list[Edge]


class Fact(RootModel[Event | Figure | Agreement | Sector | Person]):
    """One fused fact: an event, a figure, an agreement, a sector of a pair or a person."""

    model_config = DOCUMENTED
