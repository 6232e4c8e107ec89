"""A name as the text gives it (an occurrence: its office, its state, how it was placed) and a person
(the occurrences of one name, short forms and spellings merged): the working types of ``names``."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis import Sentence


@dataclass
class Occurrence:
    name: str
    start: int
    end: int
    sentence: Sentence
    role: str | None = None
    state: str | None = None
    titled: bool = False  # the office stands right before the name ("Prime Minister Amare")
    introduced: bool = False  # an office phrase leads to the name ("Minister of Trade and Industry X")
    listed: int | None = None  # 0 or 1: first or second of "the ministers, X and Y"
    qualified: bool = False  # the office or an "of X" after the name says the state ("Ruritanian President")
    company: bool = False  # the state is the other side of a name met in the same sentence
    owner: str | None = None  # the person whose office the name holds: "Abiy" in "Abiy's adviser X"
    peer: bool = False  # the office is a peer's: "(Tayali's Angolan) counterpart X"
    leader: str | None = None  # the full name of the one leader of the tables a bare family name stands for
    office_start: int | None = None  # where the office phrase that leads to the name starts


@dataclass
class NamedPerson:
    name: str
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def state(self) -> str | None:
        return next((o.state for o in self.occurrences if o.state), None)

    @property
    def office(self) -> Occurrence | None:
        """The mention that gives the person's office: of those that also place the person, the one with
        the fullest title ("Foreign Minister" over "the minister"), else the first with an office. Its
        sentence is the office's evidence."""
        placed = [o for o in self.occurrences if o.role and o.state]
        if placed:
            return max(placed, key=lambda o: len(o.role or ""))  # max keeps the first of equal length
        return next((o for o in self.occurrences if o.role), None)

    @property
    def role(self) -> str | None:
        return self.office.role if self.office else None
