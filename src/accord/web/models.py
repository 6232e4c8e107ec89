"""The API's response shapes (the OpenAPI schema is built from these).

They mirror the store's dataclasses, plus what a browser needs to follow a fact to its article:
each source carries the id of its document, and countries come with their names.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
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


class Source(BaseModel):
    document: str
    document_id: str | None = Field(description="The document's id (doc-N), to open it with the evidence marked.")
    source: str
    outlet: str | None
    published: str | None
    title: str | None
    sentence: str | None
    start: int | None = None
    end: int | None = None


class Event(BaseModel):
    id: str
    type: str = Field(description="PLOVER event type (CONSULT, AGREE, COOPERATE, ...).")
    mode: str | None
    countries: list[str]
    date: str | None
    location: str | None
    participants: list[str]
    independent_sources: int
    sources: list[Source]


class ReportedValue(BaseModel):
    value: float
    qualifier: str | None
    source: Source


class Figure(BaseModel):
    id: str
    metric: str
    countries: list[str]
    period: str | None
    kind: str = Field(description="actual, target or forecast.")
    unit: str
    value: float
    target_year: str | None
    flow_from: str | None
    flow_to: str | None
    label: str | None
    conflict: bool = Field(description="Sources report values for this figure that disagree.")
    reported: list[ReportedValue]


class Agreement(BaseModel):
    id: str
    title: str
    countries: list[str]
    status: str
    date: str | None
    sources: list[Source]


class Sector(BaseModel):
    sector: str
    countries: list[str]
    evidence_count: int
    documents: int
    sources: list[Source] = []


class Office(BaseModel):
    role: str | None
    country: str | None
    date: str | None
    source: Source


class Person(BaseModel):
    id: str
    name: str
    country: str | None
    offices: list[Office]


class Country(BaseModel):
    code: str
    name: str
    facts: int


class Pair(BaseModel):
    countries: list[str]
    names: list[str]
    facts: int


class PairProfile(BaseModel):
    countries: list[str]
    names: list[str]
    figures: list[Figure]
    targets: list[Figure]
    events: list[Event]
    agreements: list[Agreement]
    sectors: list[Sector]
    conflicts: list[Figure]
    people: list[Person]


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


class SearchHit(BaseModel):
    fact: str
    sentence: str
    source: Source


class DocumentSummary(BaseModel):
    id: str
    source: str
    doc: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None
    duplicate_of: str | None


class Span(BaseModel):
    fact: str
    kind: str
    start: int
    end: int
    sentence: str


class Document(DocumentSummary):
    text: str = Field(description="The clean text; spans index into it (Unicode code points).")
    spans: list[Span]


Fact = Event | Figure | Agreement | Sector | Person
