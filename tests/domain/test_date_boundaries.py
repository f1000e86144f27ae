"""Both sides of every date boundary in the domain, and the day itself.

The rules, decided once:
- A goal's due date must be *after* its baseline date: due on the baseline day itself
  leaves no time to move the metric, so it is refused like a due date before it.
- A question is overdue from the day *after* its due date: on the due day it is due,
  not late (the readiness warning, the overview and the reminder mail agree).
- A decision's follow-up may be on the decision day itself, not before it.
- The next review may be today, and at most 396 days ahead.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

import pytest

from cxcharter.catalog import load_catalog
from cxcharter.domain import readiness
from cxcharter.domain.entities import Row
from cxcharter.domain.goals import check_goal
from cxcharter.domain.metrics import metric
from cxcharter.domain.model import Answer, CharterSnapshot, Person
from cxcharter.domain.owed import mail_body, owed
from cxcharter.domain.progress import open_items, overview
from cxcharter.domain.ways import REVIEW_AT_LEAST_EVERY_DAYS, decision_problems, review_problems

DAY = dt.date(2026, 11, 23)
BEFORE, AFTER = DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1)


class R(dict):
    def __init__(self, id=0, **values):
        super().__init__(values)
        self.id = id


def _goal(baseline_date: dt.date, due: dt.date) -> Row:
    return Row(
        "goal",
        1,
        MappingProxyType(
            {
                "objective": "Raise NPS",
                "primary": False,
                "metric": "nps",
                "custom_metric": None,
                "baseline": 18.0,
                "baseline_date": baseline_date.isoformat(),
                "target": 30.0,
                "due": due.isoformat(),
                "owner": 1,
            }
        ),
    )


@pytest.mark.parametrize(
    ("due", "refused"),
    [(BEFORE, True), (DAY, True), (AFTER, False)],
    ids=["due before baseline", "due on baseline day", "due after"],
)
def test_a_goal_is_due_after_its_baseline_date(due, refused):
    problems = [p.code for p in check_goal(_goal(DAY, due), metric("nps"))]
    assert ("goal.due_before_baseline" in problems) is refused


def _snapshot(due: dt.date) -> CharterSnapshot:
    return CharterSnapshot(
        id="x",
        language="en",
        created_at="2026-11-01T09:00:00+00:00",
        people=(Person(1, "Anna"),),
        answers=MappingProxyType(
            {
                "vision.scope": Answer(
                    "vision.scope", text="half", owner=1, status="draft", due=due.isoformat()
                )
            }
        ),
    )


@pytest.mark.parametrize(
    ("due", "late"),
    [(BEFORE, True), (DAY, False), (AFTER, False)],
    ids=["due yesterday", "due today", "due tomorrow"],
)
def test_a_question_is_overdue_from_the_day_after_its_due_date(due, late):
    catalog, snap = load_catalog("en"), _snapshot(due)
    (item,) = [i for i in open_items(catalog, snap, DAY) if i.key == "vision.scope"]
    assert item.overdue is late
    assert ([i.key for i in overview(catalog, snap, DAY).overdue] == ["vision.scope"]) is late
    warned = [f for f in readiness.check_overdue(catalog, snap, DAY)]
    assert bool(warned) is late
    body = mail_body(catalog, snap, owed(catalog, snap, DAY)[1])
    assert ("overdue since" in body) is late and ("(due " in body) is not late


@pytest.mark.parametrize(
    ("follow_up", "refused"),
    [(BEFORE, True), (DAY, False), (AFTER, False)],
    ids=["follow-up before", "follow-up same day", "follow-up after"],
)
def test_a_follow_up_is_not_before_its_decision(follow_up, refused):
    decision = R(1, date=DAY.isoformat(), request="Budget", follow_up=follow_up.isoformat())
    assert bool(decision_problems(decision)) is refused


@pytest.mark.parametrize(
    ("days", "codes"),
    [
        (-1, ["review.past"]),
        (0, []),
        (1, []),
        (REVIEW_AT_LEAST_EVERY_DAYS, []),
        (REVIEW_AT_LEAST_EVERY_DAYS + 1, ["review.too_far"]),
    ],
)
def test_the_next_review_is_from_today_to_396_days_ahead(days, codes):
    date = DAY + dt.timedelta(days=days)
    assert [p.code for p in review_problems(date.isoformat(), DAY)] == codes
