"""What is answered, what is still open and who owes what. Plain data, no text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cxcharter.catalog import Catalog, Question
from cxcharter.domain.goals import goal_complete
from cxcharter.domain.model import Answer, CharterSnapshot
from cxcharter.domain.raci import check_activities
from cxcharter.domain.values import parse_date

# Sections whose questions carry no owner, status or due date: the front matter is a few
# facts about the charter (title, organisation, who owns and sponsors it), not work to track.
UNTRACKED_SECTIONS = frozenset({"front"})


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
    structured: bool | None = None  # the section's structured part done; None: it has none

    @property
    def complete(self) -> bool:
        return self.answered >= self.required


def _roles_sound(snapshot: CharterSnapshot) -> bool:
    activities = snapshot.rows_of("activity")
    problems = check_activities(activities, snapshot.rows_of("raci"))
    return bool(activities) and not any(problems.values())


def _goals_complete(snapshot: CharterSnapshot) -> bool:
    return any(goal_complete(g) for g in snapshot.rows_of("goal"))


# The structured part a section needs before it counts as complete: one more
# required item beside its questions (shown in the navigator and the overview).
STRUCTURED = {
    "journey": lambda s: bool(s.rows_of("touchpoint")),
    "goals": _goals_complete,  # at least one goal with metric, baseline, target, owner, due
    "roles": _roles_sound,  # activities, each with exactly one A and at least one R
    "priorities": lambda s: any(i["status"] != "dropped" for i in s.rows_of("initiative")),
    "stakeholders": lambda s: (
        bool(s.rows_of("stakeholder")) and any(a["required"] for a in s.rows_of("approver"))
    ),
    "ways": lambda s: bool(s.rows_of("meeting")),
}


def structured_complete(section: str, snapshot: CharterSnapshot) -> bool | None:
    """Whether a section's structured part is done; None for sections without one."""
    rule = STRUCTURED.get(section)
    return None if rule is None else bool(rule(snapshot))


def section_progress(catalog: Catalog, snapshot: CharterSnapshot) -> list[SectionProgress]:
    result = []
    for section in catalog.sections:
        done = [is_answered(q, snapshot.answer(q.key)) for q in section.questions]
        required = [d for q, d in zip(section.questions, done, strict=True) if q.required]
        extra = structured_complete(section.key, snapshot)
        if extra is not None:
            required.append(extra)
            done.append(extra)
        result.append(
            SectionProgress(section.key, sum(required), len(required), sum(done), len(done), extra)
        )
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


def open_items(catalog: Catalog, snapshot: CharterSnapshot, today: dt.date) -> list[OpenItem]:
    """Every question not yet ready for review, in catalog order (front matter has no
    work tracking: nobody owes it, it is never overdue)."""
    items = []
    for q in catalog.questions:
        if q.section in UNTRACKED_SECTIONS:
            continue
        a = snapshot.answer(q.key)
        if a.status == "ready" and is_answered(q, a):
            continue
        try:
            due = parse_date(a.due)
        except ValueError:
            due = None
        items.append(
            OpenItem(
                q.key,
                q.section,
                a.owner,
                a.status,
                due,
                due is not None and due < today,
                is_answered(q, a),
            )
        )
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
    # an overdue item has a due date
    overdue = sorted((i for i in items if i.overdue), key=lambda i: i.due or dt.date.min)
    return Overview(section_progress(catalog, snapshot), by_person, unassigned, overdue)
