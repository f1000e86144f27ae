"""Stakeholders, the communication plan, decision rights and approvers: rules as codes.

Interest and influence (1–5) place a stakeholder in one of four quadrants; a
score at or above the midpoint (`HIGH` = 3) counts as high, so 3 is "high" and
2 is "low". The communication plan is complete when every stakeholder says what
they need to know, through which channel and how often. People the RACI marks
"A" or "I", and the approvers, are offered as rows of the plan. Rows are
anything with `.get(name)` and `.id` (store rows, snapshot rows, dicts in tests).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cxcharter.domain.values import Problem

HIGH = 3  # the midpoint of 1–5: 3, 4 and 5 count as high
QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")
PLAN_FIELDS = ("needs", "channel", "cadence")  # what a communication-plan row must say
SUGGESTED_ROLES = ("A", "I")  # RACI letters that make someone a stakeholder to inform

# Typical decisions that need somebody's approval, offered with one click.
DECISION_RIGHT_SUGGESTIONS = ("budget", "cross_department", "customer_policy", "charter")
# What a suggested decision right says, as charter content in the charter's language.
DECISION_RIGHT_TEXT = {
    "en": {
        "budget": "Spending above the agreed threshold",
        "cross_department": "Process changes that affect other departments",
        "customer_policy": "Customer-facing policies (service standards, goodwill, opening hours)",
        "charter": "The CX charter itself and changes to its goals",
    },
    "de": {
        "budget": "Ausgaben über dem vereinbarten Schwellenwert",
        "cross_department": "Prozessänderungen, die andere Abteilungen betreffen",
        "customer_policy": "Kundenwirksame Regeln (Servicestandards, Kulanz, Öffnungszeiten)",
        "charter": "Die CX-Charta selbst und Änderungen ihrer Ziele",
    },
}


def decision_right_text(key: str, language: str) -> str:
    return DECISION_RIGHT_TEXT.get(language, DECISION_RIGHT_TEXT["en"])[key]


def open_decision_right_suggestions(rights: Iterable, language: str) -> list[str]:
    """Suggested decision rights whose wording is not in the table yet."""
    taken = {str(r.get("decision") or "").strip().casefold() for r in rights}
    return [
        key
        for key in DECISION_RIGHT_SUGGESTIONS
        if decision_right_text(key, language).casefold() not in taken
    ]


def is_high(score: object) -> bool:
    return isinstance(score, (int, float)) and not isinstance(score, bool) and score >= HIGH


def quadrant(interest: object, influence: object) -> str | None:
    """Where interest and influence (1–5) place a stakeholder; None without both scores."""
    if interest is None or influence is None:
        return None
    if is_high(influence):
        return "manage_closely" if is_high(interest) else "keep_satisfied"
    return "keep_informed" if is_high(interest) else "monitor"


# ------------------------------------------------------------ communication plan
def missing_plan_fields(stakeholder) -> tuple[str, ...]:
    """Which of needs, channel and cadence a stakeholder's plan row still lacks."""
    return tuple(name for name in PLAN_FIELDS if not str(stakeholder.get(name) or "").strip())


def plan_problems(stakeholder) -> list[Problem]:
    """One `stakeholder.no_<field>` per missing part of the communication plan."""
    name = str(stakeholder.get("name") or "")
    return [
        Problem(f"stakeholder.no_{field}", field, {"name": name})
        for field in missing_plan_fields(stakeholder)
    ]


def incomplete_plans(stakeholders: Iterable) -> list:
    """The stakeholders whose communication-plan row is not complete, in order."""
    return [s for s in stakeholders if missing_plan_fields(s)]


def quadrant_counts(stakeholders: Iterable) -> dict[str, int]:
    counts = dict.fromkeys(QUADRANTS, 0)
    for s in stakeholders:
        q = quadrant(s.get("interest"), s.get("influence"))
        if q is not None:
            counts[q] += 1
    return counts


# ------------------------------------------------------------ suggestions
@dataclass(frozen=True, slots=True)
class Suggestion:
    """A person to add to the communication plan, and why (approver, A, I)."""

    person: int
    reasons: tuple[str, ...]  # "approver", "A", "I" in that order, each at most once
    activities: tuple[int, ...] = ()  # RACI activities that gave the A or I

    def defaults(self) -> dict[str, object]:
        """Interest and influence to start from: approvers and A decide, I listen."""
        if "approver" in self.reasons:
            return {"interest": 4, "influence": 5}
        if "A" in self.reasons:
            return {"interest": 4, "influence": 4}
        return {"interest": 4, "influence": 2}


def suggestions(raci: Iterable, approvers: Iterable, stakeholders: Iterable) -> list[Suggestion]:
    """Approvers, then people marked A or I in the RACI, who are not stakeholders yet.

    A stakeholder "is" a person when its `person` field points at them; groups
    (no person) never hide a suggestion.
    """
    known = {s.get("person") for s in stakeholders} - {None}
    reasons: dict[int, list[str]] = {}
    activities: dict[int, list[int]] = {}
    for a in approvers:
        person = a.get("person")
        if person is not None and person not in known:
            reasons.setdefault(person, []).append("approver")
    for cell in raci:
        person, role = cell.get("person"), cell.get("role")
        if person is None or person in known or role not in SUGGESTED_ROLES:
            continue
        mine = reasons.setdefault(person, [])
        if role not in mine:
            mine.append(role)
        activities.setdefault(person, []).append(cell.get("activity"))
    order = {"approver": 0, "A": 1, "I": 2}
    return [
        Suggestion(
            person, tuple(sorted(why, key=order.__getitem__)), tuple(activities.get(person, ()))
        )
        for person, why in reasons.items()
    ]


# ------------------------------------------------------------ decision rights, approvers
def decision_right_problems(right) -> list[Problem]:
    """A decision right names whose approval it needs."""
    if right.get("approver") is None:
        return [
            Problem(
                "decision_right.no_approver",
                "approver",
                {"decision": str(right.get("decision") or "")},
            )
        ]
    return []


def approver_problems(approvers: Iterable) -> list[Problem]:
    """The charter needs at least one required approver before it can be approved."""
    rows = list(approvers)
    if not any(a.get("required") for a in rows):
        return [Problem("approvers.none_required", "required", {"approvers": len(rows)})]
    return []


def stakeholders_complete(stakeholders: Iterable, approvers: Iterable) -> bool:
    """Section completion: stakeholders with a complete plan and a required approver."""
    rows = list(stakeholders)
    return bool(rows) and not incomplete_plans(rows) and not approver_problems(approvers)
