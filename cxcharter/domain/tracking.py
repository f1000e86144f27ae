"""What counts in which workflow state: work tracking belongs to a draft.

Owners, statuses and due dates track the work on the content: who still owes an
answer, what is overdue, what is not yet marked ready, whether a section has an
owner. In review and approved the content is frozen, and so is that work: the
window (approval panel, overview, status bar), the PDF and `cxcharter check` show
none of it until a new revision makes the charter a draft again. What the content
says (answers, goals, roles, the approvers) still counts in every state.
"""

from __future__ import annotations

from collections.abc import Iterable

from cxcharter.domain import checklist
from cxcharter.domain.owed import Owed
from cxcharter.domain.progress import Overview
from cxcharter.domain.readiness import Finding

DRAFT = "draft"
# Readiness codes about the work on the content, not the content itself.
TRACKING_CODES = frozenset({"item.overdue", "section.no_owner"})
# Checklist items about the work on the content.
TRACKING_ITEMS = frozenset({checklist.OWNER})


def tracks_work(state: str) -> bool:
    """Owners, statuses, due dates and open items count: only while a draft is worked on."""
    return state == DRAFT


def findings_in(state: str, findings: Iterable[Finding]) -> list[Finding]:
    """The readiness findings that count in this workflow state."""
    if tracks_work(state):
        return list(findings)
    return [f for f in findings if f.code not in TRACKING_CODES]


def items_in(state: str, items: Iterable[checklist.Item]) -> list[checklist.Item]:
    """The checklist items that count in this workflow state (tracking ones only in a
    draft), each with only the blockers that count."""
    if tracks_work(state):
        return list(items)
    kept = []
    for item in items:
        if item.code in TRACKING_ITEMS:
            continue
        blockers = tuple(findings_in(state, item.blockers))
        if item.code == checklist.FINDING and not blockers:
            continue
        kept.append(item if blockers == item.blockers else _with(item, blockers))
    return kept


def _with(item: checklist.Item, blockers: tuple[Finding, ...]) -> checklist.Item:
    return checklist.Item(item.section, item.code, item.place, item.params, blockers, item.missing)


def overview_in(state: str, view: Overview) -> Overview:
    """The overview as it counts in this state: the answers always, the open items (who
    owes which question, what is overdue or unassigned) only in a draft."""
    if tracks_work(state):
        return view
    return Overview(view.sections, {person: [] for person in view.by_person}, [], [])


def owed_in(state: str, owed: dict[int, Owed]) -> dict[int, Owed]:
    """Who owes what in this state: in review only the decisions awaited, approved nothing."""
    if tracks_work(state):
        return owed
    return {person: Owed(person, decision=o.decision) for person, o in owed.items()}
