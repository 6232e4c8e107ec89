"""Facts extracted from one document, each tied to the sentence it was read from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """A sentence of the clean text and its character offsets in it."""

    sentence: str
    start: int
    end: int


@dataclass
class Person:
    name: str
    country: str | None
    role: str | None
    evidence: Evidence | None = None
    # the forms the text wrote, when name and role are given in English: the knowledge base keeps
    # them, the contract prints the English ones
    aliases: list[str] = field(default_factory=list)
    role_original: str | None = None


@dataclass
class Event:
    type: str
    countries: list[str]
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    participants: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    # the number of a recurring body's session ("the 17th meeting of the commission"): two reports
    # of one pair's 17th session are one event, a 15th is another, whatever their dates say
    session: int | None = None
    # the anniversary the event is timed to ("coincides with the 30th anniversary of relations"): an
    # undated report of one pair timed to the same anniversary as a dated one is of its year
    anniversary: int | None = None


@dataclass
class Indicator:
    metric: str
    countries: list[str]
    value: float
    unit: str
    period: str | None = None
    kind: str = "actual"
    qualifier: str | None = None
    target_year: str | None = None
    flow_from: str | None = None
    flow_to: str | None = None
    label: str | None = None
    evidence: Evidence | None = None


@dataclass
class Agreement:
    title: str
    countries: list[str]
    status: str
    date: str | None = None
    evidence: Evidence | None = None
    title_original: str | None = None  # the title as the text wrote it, when ``title`` is its English


@dataclass
class Cooperation:
    """The fields a pair works together in, each with the sentences that name it for that pair
    (``evidence`` maps a sector to them, in the order records list sectors)."""

    countries: list[str]
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)

    @property
    def sectors(self) -> list[str]:
        return list(self.evidence)


@dataclass
class Extraction:
    events: list[Event] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    cooperation: list[Cooperation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    skipped_reason: str | None = None
