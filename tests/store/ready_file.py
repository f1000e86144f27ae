"""A charter file with no readiness blocker: the sample plus its missing plan rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cxcharter.domain.stakeholders import suggestions
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument

TODAY = dt.date(2026, 11, 23)


def complete_the_plan(doc: CharterDocument) -> None:
    """Add a communication-plan row for every approver and RACI "I" not in it yet."""
    for s in suggestions(doc.rows("raci"), doc.rows("approver"), doc.rows("stakeholder")):
        if {"approver", "I"} & set(s.reasons):
            doc.add_row(
                "stakeholder",
                {
                    "name": doc.person(s.person).name,
                    "person": s.person,
                    "needs": "Progress",
                    "channel": "Mail",
                    "cadence": "Monthly",
                },
            )


def ready_charter(path: Path, language: str = "en", actor: str = "Lea Lead") -> Path:
    write_sample(path, language, actor=actor, today=TODAY)
    doc = CharterDocument.open(path, actor=actor)
    try:
        complete_the_plan(doc)
    finally:
        doc.close()
    return path


def in_review_charter(path: Path, actor: str = "Lea") -> Path:
    """A charter ready for review, submitted (revision 1 in review)."""
    ready_charter(path)
    doc = CharterDocument.open(path, actor=actor)
    doc.submit_for_review(today=TODAY)
    doc.close()
    return path
