"""Immutable snapshot of a charter: what exports, dumps and rules read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cxcharter.domain.entities import SETTINGS


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    email: str = ""
    department: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    """One question's state: the answer and who owes it by when."""

    key: str
    text: str = ""
    person: int | None = None  # the answer itself, for questions of kind "person"
    owner: int | None = None
    status: str = "not_started"
    due: str | None = None  # ISO date, yyyy-mm-dd


EMPTY_ANSWERS: Mapping[str, Answer] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class CharterSnapshot:
    """Everything a charter holds at one moment, detached from the file."""

    id: str
    language: str
    created_at: str
    people: tuple[Person, ...] = ()
    answers: Mapping[str, Answer] = field(default_factory=lambda: EMPTY_ANSWERS)
    # structured content: kind name → rows in their order (see domain/entities.py)
    rows: Mapping[str, tuple] = field(default_factory=lambda: MappingProxyType({}))
    settings: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def rows_of(self, kind: str) -> tuple:
        return self.rows.get(kind, ())

    def setting(self, name: str) -> object:
        return self.settings.get(name, SETTINGS[name].default)

    def answer(self, key: str) -> Answer:
        return self.answers.get(key) or Answer(key=key)

    def person(self, person_id: int | None) -> Person | None:
        if person_id is None:
            return None
        for p in self.people:
            if p.id == person_id:
                return p
        return None

    def person_name(self, person_id: int | None) -> str:
        p = self.person(person_id)
        return p.name if p else ""

    @property
    def title(self) -> str:
        return self.answer("front.title").text
