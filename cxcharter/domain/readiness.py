"""Readiness check: is the charter ready to be submitted for approval? Codes, not sentences.

`check(catalog, snapshot, today)` returns `Finding`s in a stable order. A
finding is a `blocker` (submitting for review is refused while one remains)
or a `warning`; its `code` and `params` are worded by the UI (`tr()`) or, for
the command line, by `domain/readiness_text.py`; its `place` says where the
window should jump. The rules themselves reuse goals.py, raci.py,
stakeholders.py and progress.py, so each rule still lives once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from cxcharter.catalog import Catalog
from cxcharter.domain import goals as goal_rules
from cxcharter.domain import raci as raci_rules
from cxcharter.domain import readiness_prose as prose
from cxcharter.domain import stakeholders as stakeholder_rules
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.progress import UNTRACKED_SECTIONS, is_answered, open_items

BLOCKER, WARNING = "blocker", "warning"

# Front-matter questions with a rule of their own (a named person, not just an answer).
CHARTER_OWNER, SPONSOR = "front.charter_owner", "front.executive_sponsor"
NAMED_PEOPLE = {CHARTER_OWNER: "front.no_charter_owner", SPONSOR: "front.no_sponsor"}

# Every code the check can return, and its severity.
SEVERITY: dict[str, str] = {
    "question.unanswered": BLOCKER,
    "front.no_charter_owner": BLOCKER,
    "front.no_sponsor": BLOCKER,
    "section.no_owner": BLOCKER,
    "goals.none": BLOCKER,
    "goal.no_owner": BLOCKER,
    "goal.incomplete": BLOCKER,
    "goal.unknown_metric": BLOCKER,
    "goal.out_of_scale": BLOCKER,
    "goal.target_not_better": BLOCKER,
    "goal.due_before_baseline": BLOCKER,
    "reading.out_of_scale": WARNING,
    "goals.several_primary": WARNING,
    "goals.too_many": WARNING,
    "initiative.no_owner": BLOCKER,
    "raci.no_activities": BLOCKER,
    raci_rules.NO_ACCOUNTABLE: BLOCKER,
    raci_rules.MANY_ACCOUNTABLE: BLOCKER,
    raci_rules.NO_RESPONSIBLE: BLOCKER,
    raci_rules.PERSON_WITHOUT_ROLE: WARNING,
    "approvers.none_required": BLOCKER,
    "plan.approver_missing": BLOCKER,
    "plan.informed_missing": BLOCKER,
    "plan.incomplete": WARNING,
    "item.overdue": WARNING,
    prose.CODE: WARNING,
}


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding points: a section, a question in it, or a row of a kind."""

    section: str = ""
    question: str = ""
    kind: str = ""  # a kind of domain/entities.py, or "person"
    row: int | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    place: Place
    params: dict = field(default_factory=dict)

    @property
    def severity(self) -> str:
        return SEVERITY[self.code]

    @property
    def blocker(self) -> bool:
        return self.severity == BLOCKER


def _finding(code: str, place: Place, **params: object) -> Finding:
    if code not in SEVERITY:
        raise KeyError(code)  # a rule must declare its code's severity above
    return Finding(code, place, params)


# ------------------------------------------------------------------ questions
def check_questions(catalog: Catalog, snapshot: CharterSnapshot) -> list[Finding]:
    """Required questions answered; the charter owner and sponsor are named people."""
    found = []
    for q in catalog.questions:
        answer = snapshot.answer(q.key)
        place = Place(q.section, q.key)
        if q.key in NAMED_PEOPLE:
            if snapshot.person(answer.person) is None:
                found.append(_finding(NAMED_PEOPLE[q.key], place))
        elif q.required and not is_answered(q, answer):
            found.append(_finding("question.unanswered", place))
    return found


def check_section_owners(catalog: Catalog, snapshot: CharterSnapshot) -> list[Finding]:
    """A section has an owner when someone owns at least one of its questions (not the
    front matter, which has no work tracking)."""
    found = []
    for section in catalog.sections:
        if section.key in UNTRACKED_SECTIONS:
            continue
        owners = [snapshot.answer(q.key).owner for q in section.questions]
        if not any(snapshot.person(o) is not None for o in owners):
            found.append(_finding("section.no_owner", Place(section.key)))
    return found


# ------------------------------------------------------------------ goals
def _goal_place(goal) -> Place:
    return Place("goals", kind="goal", row=goal.id)


def check_goals(snapshot: CharterSnapshot) -> list[Finding]:
    """Each goal complete, owned and sound; few goals, one primary."""
    goals = snapshot.rows_of("goal")
    if not goals:
        return [_finding("goals.none", Place("goals"))]
    statuses, charter = goal_rules.assess_all(
        goals, snapshot.rows_of("reading"), snapshot.rows_of("custom_metric")
    )
    found = []
    for goal in goals:
        label = str(goal.get("objective") or "")
        place = _goal_place(goal)
        if goal.get("owner") is None:
            found.append(_finding("goal.no_owner", place, goal=label))
        missing = [name for name in goal_rules.missing_fields(goal) if name != "owner"]
        if missing:
            found.append(_finding("goal.incomplete", place, goal=label, missing=tuple(missing)))
        for problem in statuses[goal.id].problems:
            if problem.code in ("goal.missing", "goals.several_primary"):
                continue
            found.append(
                _finding(problem.code, place, goal=label, field=problem.field, **problem.params)
            )
    for problem in charter:
        found.append(_finding(problem.code, Place("goals", kind="goal"), **problem.params))
    return found


def check_initiatives(snapshot: CharterSnapshot) -> list[Finding]:
    """Every initiative still on the list (not dropped) has an owner."""
    return [
        _finding(
            "initiative.no_owner",
            Place("priorities", kind="initiative", row=i.id),
            initiative=str(i.get("title") or ""),
        )
        for i in snapshot.rows_of("initiative")
        if i.get("status") != "dropped" and i.get("owner") is None
    ]


# ------------------------------------------------------------------ roles
def _accountable(snapshot: CharterSnapshot, params: Mapping[str, object]) -> dict[str, object]:
    """The names of the people accountable for one activity, where there are several."""
    people = params.get("people")
    if not isinstance(people, tuple):
        return {}
    return {"names": tuple(snapshot.person_name(p) for p in people)}


def check_roles(snapshot: CharterSnapshot) -> list[Finding]:
    """RACI rules of raci.py: one A and at least one R per activity; people with a role."""
    activities = snapshot.rows_of("activity")
    if not activities:
        return [_finding("raci.no_activities", Place("roles", kind="activity"))]
    names = {a.id: str(a.get("name") or "") for a in activities}
    problems = raci_rules.check_raci(
        activities,
        snapshot.rows_of("raci"),
        [p.id for p in snapshot.people],
        snapshot.rows_of("body_member"),
    )
    found = []
    for problem in problems:
        if "activity" in problem.params:
            activity = problem.params["activity"]
            found.append(
                _finding(
                    problem.code,
                    Place("roles", kind="activity", row=activity),
                    **problem.params,
                    name=names.get(activity, ""),
                    **_accountable(snapshot, problem.params),
                )
            )
        else:
            person = problem.params["person"]
            found.append(
                _finding(
                    problem.code,
                    Place("roles", kind="person", row=person),
                    **problem.params,
                    name=snapshot.person_name(person),
                )
            )
    return found


# ------------------------------------------------------------------ stakeholders
def check_approvals(snapshot: CharterSnapshot) -> list[Finding]:
    """A required approver; approvers and RACI "I"s in the communication plan."""
    approvers = snapshot.rows_of("approver")
    stakeholders = snapshot.rows_of("stakeholder")
    found = [
        _finding(p.code, Place("stakeholders", kind="approver"), **p.params)
        for p in stakeholder_rules.approver_problems(approvers)
    ]
    for s in stakeholder_rules.suggestions(snapshot.rows_of("raci"), approvers, stakeholders):
        place = Place("stakeholders", kind="person", row=s.person)
        name = snapshot.person_name(s.person)
        if "approver" in s.reasons:
            found.append(_finding("plan.approver_missing", place, person=s.person, name=name))
        elif "I" in s.reasons:
            found.append(
                _finding(
                    "plan.informed_missing",
                    place,
                    person=s.person,
                    name=name,
                    activities=s.activities,
                )
            )
    for s in stakeholder_rules.incomplete_plans(stakeholders):
        found.append(
            _finding(
                "plan.incomplete",
                Place("stakeholders", kind="stakeholder", row=s.id),
                name=str(s.get("name") or ""),
                missing=stakeholder_rules.missing_plan_fields(s),
            )
        )
    return found


# ------------------------------------------------------------------ dates
def check_overdue(catalog: Catalog, snapshot: CharterSnapshot, today: dt.date) -> list[Finding]:
    """Questions past their due date and not yet ready (progress.open_items decides)."""
    return [
        _finding(
            "item.overdue",
            Place(item.section, item.key),
            due=str(item.due),
            owner=item.owner,
            name=snapshot.person_name(item.owner),
        )
        for item in open_items(catalog, snapshot, today)
        if item.overdue
    ]


# ------------------------------------------------------------------ prose and table
def check_prose(catalog: Catalog, snapshot: CharterSnapshot) -> list[Finding]:
    """An answer that gives a goal other numbers or another date than its table row."""
    found = []
    for m in prose.mismatches(catalog, snapshot):
        section = catalog.question(m.question).section
        found.append(
            _finding(
                prose.CODE,
                Place(section, m.question),
                goal=m.goal,
                goal_id=m.goal_id,
                field=m.field,
                said=m.said,
                value=m.value,
            )
        )
    return found


# ------------------------------------------------------------------ all of it
def check(catalog: Catalog, snapshot: CharterSnapshot, today: dt.date) -> list[Finding]:
    """Every finding, blockers and warnings mixed, in the order of the charter."""
    return [
        *check_questions(catalog, snapshot),
        *check_section_owners(catalog, snapshot),
        *check_goals(snapshot),
        *check_prose(catalog, snapshot),
        *check_roles(snapshot),
        *check_initiatives(snapshot),
        *check_approvals(snapshot),
        *check_overdue(catalog, snapshot, today),
    ]


def blockers(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocker]


def is_ready(findings: list[Finding]) -> bool:
    """Ready for review: no blocker left (warnings do not stop anyone)."""
    return not blockers(findings)
