"""A stress charter for tests and benchmarks: the sample plus thousands of rows.

`cxcharter sample FILE --size large` writes it: 5,000 initiatives, 500 goals
with readings, 100 people and a 100 × 200 RACI, hundreds of stakeholders,
touchpoints and decisions. Deterministic (a fixed random seed), valid by the
same rules as any charter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from types import MappingProxyType

from cxcharter.domain.entities import INITIATIVE_STATUSES, JOURNEY_PHASES, KINDS, Row
from cxcharter.domain.model import CharterSnapshot, Person
from cxcharter.sample import build_sample

SIZES = {
    "large": {
        "people": 100,
        "activities": 200,
        "goals": 500,
        "readings": 4,
        "initiatives": 5000,
        "stakeholders": 300,
        "touchpoints": 150,
        "decisions": 300,
    },
}
DEPARTMENTS = ("Customer Service", "Marketing", "Sales", "IT", "Product", "Finance")


def _row(kind: str, row_id: int, position: int, **data) -> Row:
    full = {**KINDS[kind].defaults(), **data}
    return Row(kind, row_id, MappingProxyType(full), position)


def build_stress(
    language: str, size: str = "large", *, today: dt.date | None = None
) -> CharterSnapshot:
    """The sample charter in `language`, grown to `size` (see SIZES)."""
    counts = SIZES[size]
    today = today or dt.date.today()
    base = build_sample(language, today=today)
    rnd = random.Random(20261123)
    people = list(base.people)
    for n in range(len(people) + 1, counts["people"] + 1):
        people.append(
            Person(
                n,
                f"Person {n:03d}",
                f"person{n:03d}@nordwind.example",
                DEPARTMENTS[n % len(DEPARTMENTS)],
                f"Role {n % 17}",
            )
        )
    ids = [p.id for p in people]
    rows = {name: list(base.rows_of(name)) for name in KINDS}

    def add(kind: str, **data) -> int:
        existing = rows[kind]
        row_id = max((r.id for r in existing), default=0) + 1
        existing.append(_row(kind, row_id, len(existing), **data))
        return row_id

    def day(offset: int) -> str:
        return (today + dt.timedelta(days=offset)).isoformat()

    for n in range(len(rows["touchpoint"]), counts["touchpoints"]):
        add(
            "touchpoint",
            name=f"Touchpoint {n}",
            phase=JOURNEY_PHASES[n % 5],
            channel=("Phone", "E-mail", "Chat", "Shop", "App")[n % 5],
            department=DEPARTMENTS[n % len(DEPARTMENTS)],
        )
    for n in range(len(rows["goal"]), counts["goals"]):
        baseline = float(rnd.randint(10, 60))
        goal = add(
            "goal",
            objective=f"Improve first-contact resolution in region {n}",
            metric="fcr",
            baseline=baseline,
            baseline_date=day(-200),
            target=min(100.0, baseline + rnd.randint(5, 30)),
            due=day(rnd.randint(30, 700)),
            owner=rnd.choice(ids),
            phase=JOURNEY_PHASES[n % 5],
        )
        for r in range(counts["readings"]):
            add(
                "reading",
                goal=goal,
                date=day(-150 + r * 30),
                value=min(100.0, baseline + rnd.randint(0, 25)),
                note="",
            )
    statuses = [s for s in INITIATIVE_STATUSES if s != "dropped"]
    for n in range(len(rows["initiative"]), counts["initiatives"]):
        topic = rnd.choice(("Callback", "Self-service", "Chatbot", "Training", "Knowledge base"))
        add(
            "initiative",
            title=f"Initiative {n:04d}: {topic}",
            owner=rnd.choice(ids),
            status=rnd.choice(statuses),
            quarter=f"{2027 + n % 2}-Q{1 + n % 4}",
            impact=float(rnd.randint(1, 5)),
            effort=float(rnd.randint(1, 5)),
            confidence=float(rnd.randint(30, 100)),
            ease=float(rnd.randint(1, 10)),
            reach=float(rnd.randint(100, 50000)),
            moscow=("must", "should", "could", "wont")[n % 4],
            phase=JOURNEY_PHASES[n % 5],
        )
    for n in range(len(rows["activity"]), counts["activities"]):
        add("activity", name=f"Activity {n:03d}")
    taken = {(r["activity"], r["person"]) for r in rows["raci"]}
    for activity in rows["activity"]:
        roles = ["A", "R", *rnd.choices("RCI", k=rnd.randint(2, 8))]
        for role, person in zip(roles, rnd.sample(ids, len(roles)), strict=True):
            if (activity.id, person) not in taken:
                taken.add((activity.id, person))
                add("raci", activity=activity.id, person=person, role=role)
    for n in range(len(rows["stakeholder"]), counts["stakeholders"]):
        add(
            "stakeholder",
            name=f"Stakeholder group {n}",
            interest=rnd.randint(1, 5),
            influence=rnd.randint(1, 5),
            channel="E-mail",
            cadence="monthly",
            needs="Progress against the CX goals",
            informer=rnd.choice(ids),
        )
    for n in range(len(rows["decision"]), counts["decisions"]):
        add(
            "decision",
            date=day(-n),
            request=f"Decision request {n}",
            decision="Approved",
            owner=rnd.choice(ids),
        )
    return dataclasses.replace(
        base, people=tuple(people), rows=MappingProxyType({k: tuple(v) for k, v in rows.items()})
    )
