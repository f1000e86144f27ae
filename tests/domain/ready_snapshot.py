"""A charter snapshot with no readiness blocker: the sample plus its missing plan rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import MappingProxyType

from cxcharter.domain.entities import KINDS, Row
from cxcharter.domain.model import CharterSnapshot
from cxcharter.sample import build_sample

TODAY = dt.date(2026, 11, 23)


def with_rows(snapshot: CharterSnapshot, kind: str, rows) -> CharterSnapshot:
    """`snapshot` with the rows of `kind` replaced."""
    return dataclasses.replace(
        snapshot, rows=MappingProxyType({**snapshot.rows, kind: tuple(rows)})
    )


def edit_row(snapshot: CharterSnapshot, kind: str, row_id: int, **values) -> CharterSnapshot:
    rows = [
        dataclasses.replace(r, values=MappingProxyType({**r.values, **values}))
        if r.id == row_id
        else r
        for r in snapshot.rows_of(kind)
    ]
    return with_rows(snapshot, kind, rows)


def add_row(snapshot: CharterSnapshot, kind: str, **values) -> CharterSnapshot:
    rows = snapshot.rows_of(kind)
    new_id = max((r.id for r in rows), default=0) + 1
    row = Row(kind, new_id, MappingProxyType({**KINDS[kind].defaults(), **values}), len(rows))
    return with_rows(snapshot, kind, (*rows, row))


def plan_rows_missing(snapshot: CharterSnapshot) -> list[int]:
    """People the communication plan must still name (approvers and RACI "I"s)."""
    from cxcharter.domain.stakeholders import suggestions

    return [
        s.person
        for s in suggestions(
            snapshot.rows_of("raci"), snapshot.rows_of("approver"), snapshot.rows_of("stakeholder")
        )
        if {"approver", "I"} & set(s.reasons)
    ]


def ready_sample(language: str = "en") -> CharterSnapshot:
    snapshot = build_sample(language, today=TODAY)
    for person in plan_rows_missing(snapshot):
        snapshot = add_row(
            snapshot,
            "stakeholder",
            name=snapshot.person_name(person),
            person=person,
            needs="Progress",
            channel="Mail",
            cadence="Monthly",
        )
    return snapshot
