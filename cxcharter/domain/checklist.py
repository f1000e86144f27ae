"""The way to review as a checklist: what a draft needs, section by section, done or open.

The readiness check (readiness.py) says what is wrong; a new charter has dozens of
such findings, and a list of them reads as a wall of failures. The checklist turns
them round: every thing a charter needs before review is an `Item` of its section
(each required question, an owner for the section, the goals, each goal, the RACI
activities, each initiative, a required approver), done when no blocker points at
it. A blocker that fits no item becomes an open item of its own, so nothing the
check refuses is ever hidden. Codes and parameters only; the edge words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxcharter.catalog import Catalog
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.progress import UNTRACKED_SECTIONS
from cxcharter.domain.readiness import NAMED_PEOPLE, Finding, Place

# What an item stands for (its `code`); "finding" is a blocker that fits no other item.
QUESTION, OWNER, PEOPLE = "question", "section.owner", "people"
GOALS, GOAL, RACI, ACTIVITY = "goals", "goal", "raci", "activity"
INITIATIVE, APPROVERS, FINDING = "initiative", "approvers", "finding"


@dataclass(frozen=True, slots=True)
class Item:
    """One thing the charter needs before review; open while `blockers` point at it."""

    section: str
    code: str
    place: Place
    params: dict = field(default_factory=dict)
    blockers: tuple[Finding, ...] = ()
    missing: bool = False  # open without a blocker (the team is not named yet)

    @property
    def done(self) -> bool:
        return not self.blockers and not self.missing


@dataclass(frozen=True, slots=True)
class SectionCount:
    section: str
    done: int
    total: int


def build(catalog: Catalog, snapshot: CharterSnapshot, findings: list[Finding]) -> list[Item]:
    """Every item of the way to review, in the charter's order, done or open."""
    pending: dict[tuple[Place, bool], list[Finding]] = {}
    for f in findings:
        if f.blocker:
            pending.setdefault((f.place, f.code == "section.no_owner"), []).append(f)
    items: list[Item] = []

    def add(code: str, place: Place, missing: bool = False, **params: object) -> None:
        found = tuple(pending.pop((place, code == OWNER), ()))
        items.append(Item(place.section, code, place, dict(params), found, missing))

    for section in catalog.sections:
        key = section.key
        if key == "roles":
            add(PEOPLE, Place("roles", kind="person"), missing=not snapshot.people)
        for q in section.questions:
            if q.required or q.key in NAMED_PEOPLE:
                add(QUESTION, Place(key, q.key))
        if key not in UNTRACKED_SECTIONS:
            add(OWNER, Place(key))
        _structured(key, snapshot, add)
    order = {s.key: n for n, s in enumerate(catalog.sections)}
    for found in pending.values():
        place = found[0].place
        items.append(Item(place.section, FINDING, place, {}, tuple(found)))
    items.sort(key=lambda item: order.get(item.section, len(order)))
    return items


def _structured(section: str, snapshot: CharterSnapshot, add) -> None:
    """The items of a section's tables: the goals, the RACI activities, the initiatives."""
    if section == "goals":
        add(GOALS, Place("goals"))
        for goal in snapshot.rows_of("goal"):
            place = Place("goals", kind="goal", row=goal.id)
            add(GOAL, place, goal=str(goal.get("objective") or ""))
    elif section == "roles":
        add(RACI, Place("roles", kind="activity"))
        for activity in snapshot.rows_of("activity"):
            place = Place("roles", kind="activity", row=activity.id)
            add(ACTIVITY, place, name=str(activity.get("name") or ""))
    elif section == "priorities":
        for initiative in snapshot.rows_of("initiative"):
            if initiative.get("status") != "dropped":
                place = Place("priorities", kind="initiative", row=initiative.id)
                add(INITIATIVE, place, initiative=str(initiative.get("title") or ""))
    elif section == "stakeholders":
        add(APPROVERS, Place("stakeholders", kind="approver"))


def counts(items: list[Item]) -> list[SectionCount]:
    """Done and total per section, in the order the items come."""
    seen: dict[str, list[int]] = {}
    for item in items:
        pair = seen.setdefault(item.section, [0, 0])
        pair[0] += item.done
        pair[1] += 1
    return [SectionCount(s, done, total) for s, (done, total) in seen.items()]


def next_item(items: list[Item]) -> Item | None:
    """What to do next: name the team first (owners are people), then the first open item."""
    open_items = [item for item in items if not item.done]
    for item in open_items:
        if item.code == PEOPLE:
            return item
    return open_items[0] if open_items else None


def content_written(items: list[Item]) -> bool:
    """Every required question answered: what is still open are the rules' blockers."""
    return all(item.done for item in items if item.code == QUESTION)
