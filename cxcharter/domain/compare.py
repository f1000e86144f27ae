"""What changed between two charter snapshots, section by section (plain data, no text).

Answers belong to their question's section; each kind of structured row to
the section that shows it (`KIND_SECTION`); people and charter settings too.
Rows are matched by id, so an edited goal is "changed", not "removed + added".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxcharter.catalog import Catalog
from cxcharter.domain.model import CharterSnapshot

ANSWER_FIELDS = ("text", "person", "owner", "status", "due")

KIND_SECTION = {
    "touchpoint": "journey",
    "custom_metric": "goals",
    "goal": "goals",
    "reading": "goals",
    "body": "roles",
    "body_member": "roles",
    "activity": "roles",
    "raci": "roles",
    "initiative": "priorities",
    "initiative_goal": "priorities",
    "criterion": "priorities",
    "criterion_score": "priorities",
    "stakeholder": "stakeholders",
    "decision_right": "stakeholders",
    "approver": "stakeholders",
    "meeting": "ways",
    "meeting_participant": "ways",
    "escalation_step": "ways",
    "decision": "ways",
}
SETTING_SECTION = {
    "scoring_method": "priorities",
    "decision_rule": "ways",
    "decision_rule_text": "ways",
    "next_review": "ways",
}
PEOPLE = "people"  # the pseudo-section of the people directory
EMPTY = {"text": "", "person": None, "owner": None, "status": "not_started", "due": None}


@dataclass(frozen=True, slots=True)
class FieldChange:
    name: str
    old: object
    new: object


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that differs. `what`: 'answer' (key), 'row' (kind, id), 'person' (id),
    'setting' (name). `how`: 'added', 'removed' or 'changed'."""

    what: str
    how: str
    key: str = ""  # question key, kind name or setting name
    id: int | None = None
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class SectionChanges:
    section: str
    changes: tuple[Change, ...] = field(default_factory=tuple)


def _fields(old: dict, new: dict) -> tuple[FieldChange, ...]:
    names = list(dict.fromkeys([*old, *new]))
    return tuple(FieldChange(n, old.get(n), new.get(n)) for n in names if old.get(n) != new.get(n))


def _diff(what: str, key: str, old: dict[int, dict], new: dict[int, dict]) -> list[Change]:
    out = []
    for ident in sorted(old.keys() | new.keys()):
        if ident not in new:
            out.append(Change(what, "removed", key, ident, _fields(old[ident], {})))
        elif ident not in old:
            out.append(Change(what, "added", key, ident, _fields({}, new[ident])))
        elif changed := _fields(old[ident], new[ident]):
            out.append(Change(what, "changed", key, ident, changed))
    return out


def _answer(snapshot: CharterSnapshot, key: str) -> dict:
    a = snapshot.answer(key)
    return {name: getattr(a, name) for name in ANSWER_FIELDS}


def compare(old: CharterSnapshot, new: CharterSnapshot, catalog: Catalog) -> list[SectionChanges]:
    """Changes per section in catalog order, then people; sections without change left out."""
    found: dict[str, list[Change]] = {s.key: [] for s in catalog.sections}
    found[PEOPLE] = []
    for q in catalog.questions:
        before, after = _answer(old, q.key), _answer(new, q.key)
        if changed := _fields(before, after):
            how = "added" if before == EMPTY else "removed" if after == EMPTY else "changed"
            found[q.section].append(Change("answer", how, q.key, None, changed))
    for kind in dict.fromkeys([*old.rows, *new.rows]):
        rows_before = {r.id: dict(r.values) for r in old.rows_of(kind)}
        rows_after = {r.id: dict(r.values) for r in new.rows_of(kind)}
        section = KIND_SECTION.get(kind, PEOPLE)
        found.setdefault(section, []).extend(_diff("row", kind, rows_before, rows_after))
    people_before = {p.id: _person(p) for p in old.people}
    people_after = {p.id: _person(p) for p in new.people}
    found[PEOPLE].extend(_diff("person", "person", people_before, people_after))
    for name in dict.fromkeys([*old.settings, *new.settings]):
        was, now = old.settings.get(name), new.settings.get(name)
        if was != now:
            found.setdefault(SETTING_SECTION.get(name, "ways"), []).append(
                Change("setting", "changed", name, None, (FieldChange(name, was, now),))
            )
    return [
        SectionChanges(section, tuple(changes)) for section, changes in found.items() if changes
    ]


def _person(p) -> dict:
    return {"name": p.name, "email": p.email, "department": p.department, "role": p.role}


def changed_sections(changes: list[SectionChanges]) -> list[str]:
    return [c.section for c in changes]
