"""What is answered, what is still open and who owes what. Plain data, no text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cxcharter.catalog import Catalog, Question
from cxcharter.domain.model import Answer, CharterSnapshot
from cxcharter.domain.values import parse_date


def is_answered(question: Question, answer: Answer) -> bool:
    if question.kind == "person":
        return answer.person is not None
    return bool(answer.text.strip())


@dataclass(frozen=True, slots=True)
class SectionProgress:
    key: str
    answered: int  # required questions answered
    required: int
    answered_all: int  # all questions answered
    total: int

    @property
    def complete(self) -> bool:
        return self.answered >= self.required


def section_progress(catalog: Catalog, snapshot: CharterSnapshot) -> list[SectionProgress]:
    result = []
    for section in catalog.sections:
        done = [is_answered(q, snapshot.answer(q.key)) for q in section.questions]
        required = [d for q, d in zip(section.questions, done, strict=True) if q.required]
        result.append(SectionProgress(section.key, sum(required), len(required),
                                      sum(done), len(done)))
    return result


@dataclass(frozen=True, slots=True)
class OpenItem:
    """A question that still needs work, and why it is listed."""

    key: str
    section: str
    owner: int | None
    status: str
    due: dt.date | None
    overdue: bool
    answered: bool


def open_items(catalog: Catalog, snapshot: CharterSnapshot,
               today: dt.date) -> list[OpenItem]:
    """Every question not yet ready for review, in catalog order."""
    items = []
    for q in catalog.questions:
        a = snapshot.answer(q.key)
        if a.status == "ready" and is_answered(q, a):
            continue
        try:
            due = parse_date(a.due)
        except ValueError:
            due = None
        items.append(OpenItem(q.key, q.section, a.owner, a.status, due,
                              due is not None and due < today, is_answered(q, a)))
    return items


@dataclass(frozen=True, slots=True)
class Overview:
    sections: list[SectionProgress]
    by_person: dict[int, list[OpenItem]]  # person id → open items they own
    unassigned: list[OpenItem]
    overdue: list[OpenItem]

    @property
    def answered(self) -> int:
        return sum(s.answered for s in self.sections)

    @property
    def required(self) -> int:
        return sum(s.required for s in self.sections)


def overview(catalog: Catalog, snapshot: CharterSnapshot, today: dt.date) -> Overview:
    items = open_items(catalog, snapshot, today)
    by_person: dict[int, list[OpenItem]] = {p.id: [] for p in snapshot.people}
    unassigned = []
    for item in items:
        if item.owner is None or item.owner not in by_person:
            unassigned.append(item)
        else:
            by_person[item.owner].append(item)
    overdue = sorted((i for i in items if i.overdue), key=lambda i: i.due)
    return Overview(section_progress(catalog, snapshot), by_person, unassigned, overdue)
