"""The window's words for readiness findings, workflow states, decisions and refusals.

The rules (domain/readiness.py) and the store return codes with parameters; this
module turns them into sentences in the UI language. Every code of
`readiness.SEVERITY` has a sentence here (a test keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TR_NOOP

from cxcharter.catalog import Catalog
from cxcharter.domain.readiness import Finding
from cxcharter.ui.formats import format_date, format_number
from cxcharter.ui.i18n import tr, tr_marked

STATE_TEXT = {
    "draft": QT_TR_NOOP("Draft"),
    "in_review": QT_TR_NOOP("In review"),
    "approved": QT_TR_NOOP("Approved"),
    # how a review round ended
    "changes_requested": QT_TR_NOOP("Changes requested"),
    "withdrawn": QT_TR_NOOP("Withdrawn"),
}
DECISION_TEXT = {
    "approved": QT_TR_NOOP("Approved"),
    "approved_with_conditions": QT_TR_NOOP("Approved with conditions"),
    "changes_requested": QT_TR_NOOP("Changes requested"),
}
MISSING_TEXT = {  # goal and communication-plan fields a finding says are missing
    "metric": QT_TR_NOOP("metric"),
    "baseline": QT_TR_NOOP("baseline"),
    "target": QT_TR_NOOP("target"),
    "due": QT_TR_NOOP("due date"),
    "owner": QT_TR_NOOP("owner"),
    "needs": QT_TR_NOOP("what they need to know"),
    "channel": QT_TR_NOOP("channel"),
    "cadence": QT_TR_NOOP("cadence"),
}

# The RACI findings, in the words of domain/readiness_text.py (the command line and the PDF):
# the same codes, the same English, and German translations that say the same (a test
# compares them). Lower case, no full stop: `sentence()` makes a sentence of one.
RACI_TEXT = {
    "raci.no_activities": QT_TR_NOOP("the RACI matrix has no activities yet"),
    "raci.no_accountable": QT_TR_NOOP("activity “{name}”: nobody is accountable (A)"),
    "raci.many_accountable": QT_TR_NOOP(
        "activity “{name}”: {count} people are accountable (A), exactly one may be: {names}"
    ),
    "raci.no_responsible": QT_TR_NOOP("activity “{name}”: nobody is responsible (R)"),
    "raci.person_without_role": QT_TR_NOOP(
        "{name} has no role in the RACI matrix or a governance body"
    ),
}


def raci_text(code: str, params: Mapping[str, object]) -> str:
    """A broken RACI rule in the UI language: `name` (the activity's or the person's),
    `count` and `names` (who is accountable) as the rule found them."""
    names = params.get("names") or ()
    return tr_marked(RACI_TEXT[code]).format(
        name=str(params.get("name") or ""),
        count=format_number(params.get("count", 0)),
        names=", ".join(map(str, names)) if isinstance(names, (tuple, list)) else str(names),
    )


def sentence(text: str) -> str:
    """A finding's words as a sentence: a capital first letter and a full stop."""
    return text[:1].upper() + text[1:] + "." if text else text


def state_text(state: str) -> str:
    return tr_marked(STATE_TEXT[state]) if state in STATE_TEXT else state


def decision_text(decision: str) -> str:
    return tr_marked(DECISION_TEXT[decision]) if decision in DECISION_TEXT else decision


def _missing(names) -> str:
    return ", ".join(
        tr_marked(MISSING_TEXT[n]) if n in MISSING_TEXT else str(n) for n in names or ()
    )


def _value(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return str(value or "")
    if isinstance(value, (int, float)):
        return format_number(value)
    return str(value)


# Every finding's sentence (but the RACI ones, above), by code. The placeholders
# `question`, `section`, `name` and `goal` are always there; `_FINDING_ARGS` words the
# parameters the others need.
FINDING_TEXT = {
    "question.unanswered": QT_TR_NOOP("Required question not answered: “{question}”"),
    "front.no_charter_owner": QT_TR_NOOP(
        "No charter owner named: choose a person from the directory."
    ),
    "front.no_sponsor": QT_TR_NOOP(
        "No executive sponsor named: choose a person from the directory."
    ),
    "section.no_owner": QT_TR_NOOP("Nobody owns a question of “{section}”."),
    "goals.none": QT_TR_NOOP("The charter has no goals yet."),
    "goal.no_owner": QT_TR_NOOP("Goal “{goal}” has no owner."),
    "goal.incomplete": QT_TR_NOOP("Goal “{goal}” lacks: {missing}."),
    "goal.unknown_metric": QT_TR_NOOP("Goal “{goal}” uses an unknown metric ({value})."),
    "goal.out_of_scale": QT_TR_NOOP(
        "Goal “{goal}”: the {field} {value} is outside the metric’s scale ({low} to {high})."
    ),
    "goal.target_not_better": QT_TR_NOOP(
        "Goal “{goal}”: the target {target} does not improve on the baseline {baseline}."
    ),
    "goal.due_before_baseline": QT_TR_NOOP(
        "Goal “{goal}”: the due date {due} is not after the baseline date {baseline_date}."
    ),
    "reading.out_of_scale": QT_TR_NOOP(
        "Goal “{goal}”: the reading of {date} ({value}) is outside the metric’s "
        "scale ({low} to {high})."
    ),
    "goals.several_primary": QT_TR_NOOP("{count} goals are marked primary: choose one."),
    "goals.too_many": QT_TR_NOOP(
        "{count} goals: charters with more than {limit} goals get ignored."
    ),
    "initiative.no_owner": QT_TR_NOOP("Initiative “{initiative}” has no owner."),
    "approvers.none_required": QT_TR_NOOP("There is no required approver."),
    "plan.approver_missing": QT_TR_NOOP("Approver {name} is not in the communication plan."),
    "plan.informed_missing": QT_TR_NOOP(
        "{name} is to be informed (RACI “I”) but is not in the communication plan."
    ),
    "plan.incomplete": QT_TR_NOOP("Stakeholder “{name}”: the communication plan lacks {missing}."),
    "goal.prose_mismatch": QT_TR_NOOP(
        "“{question}” says {said} for the {field} of goal “{goal}”; the goal table says {value}."
    ),
    "item.overdue": QT_TR_NOOP("“{question}” is overdue since {due} (owner: {name})."),
}


def _scale(p: dict) -> dict:
    return {
        "value": _value(p.get("value")),
        "low": _value(p.get("low")),
        "high": _value(p.get("high")),
    }


def _prose_mismatch(p: dict, base: dict) -> dict:
    field, value = p.get("field"), p.get("value")
    return {
        "question": base["question"] or base["section"],
        "said": str(p.get("said") or ""),
        "field": _missing((field,)),
        "value": format_date(value) if field == "due" else _value(value),
    }


_FINDING_ARGS: dict[str, Callable[[dict, dict], dict]] = {
    "goal.incomplete": lambda p, _b: {"missing": _missing(p.get("missing"))},
    "goal.unknown_metric": lambda p, _b: {"value": _value(p.get("value"))},
    "goal.out_of_scale": lambda p, _b: {**_scale(p), "field": _missing((p.get("field"),))},
    "goal.target_not_better": lambda p, _b: {
        "target": _value(p.get("target")),
        "baseline": _value(p.get("baseline")),
    },
    "goal.due_before_baseline": lambda p, _b: {
        "due": format_date(p.get("due")),
        "baseline_date": format_date(p.get("baseline_date")),
    },
    "reading.out_of_scale": lambda p, _b: {**_scale(p), "date": format_date(p.get("date"))},
    "goals.several_primary": lambda p, _b: {"count": format_number(p.get("count", 0))},
    "goals.too_many": lambda p, _b: {
        "count": format_number(p.get("count", 0)),
        "limit": format_number(p.get("limit", 6)),
    },
    "initiative.no_owner": lambda p, _b: {"initiative": str(p.get("initiative") or "")},
    "plan.incomplete": lambda p, _b: {"missing": _missing(p.get("missing"))},
    "goal.prose_mismatch": _prose_mismatch,
    "item.overdue": lambda p, b: {
        "question": b["question"] or b["section"],
        "due": format_date(p.get("due")),
    },
}


def finding_text(finding: Finding, catalog: Catalog | None = None) -> str:
    """One sentence for a finding, in the UI language."""
    p = dict(finding.params)
    code = finding.code
    name = str(p.get("name") or "") or tr("nobody")
    if code in RACI_TEXT:
        return sentence(raci_text(code, {**p, "name": name}))
    if code not in FINDING_TEXT:
        return code
    question = ""
    if catalog is not None and finding.place.question:
        try:
            question = catalog.question(finding.place.question).question
        except KeyError:
            question = finding.place.question
    args = {
        "question": question,
        "section": section_title(finding.place.section, catalog),
        "name": name,
        "goal": str(p.get("goal") or "") or tr("(untitled goal)"),
    }
    extra = _FINDING_ARGS.get(code)
    if extra is not None:
        args.update(extra(p, args))
    return tr_marked(FINDING_TEXT[code]).format(**args)


def section_title(section: str, catalog: Catalog | None) -> str:
    if not section:
        return ""
    if section == "people":
        return tr("People")
    if catalog is not None:
        try:
            return catalog.section(section).title
        except KeyError:
            pass
    return section


def frozen_text(state: str, revision: int | None = None) -> str:
    """Why the content cannot change now (in review, or approved)."""
    if state == "in_review":
        if revision is None:
            return tr(
                "This charter is in review: its content is read-only until the review "
                "is withdrawn or an approver requests changes."
            )
        return tr(
            "Revision {n} is in review: its content is read-only until the review is "
            "withdrawn or an approver requests changes."
        ).format(n=revision)
    if revision is None:
        return tr(
            "This charter is approved: its content cannot change. Start a new revision to edit it."
        )
    return tr(
        "Revision {n} is approved: its content cannot change. Start revision {next} to edit it."
    ).format(n=revision, next=revision + 1)


def paused_text(state: str) -> str:
    """Why owners, due dates and open items are not shown (domain/tracking.py decides when)."""
    if state == "in_review":
        return tr(
            "Work tracking (owners, due dates, open questions) is paused while the charter "
            "is in review; it resumes when the charter is a draft again."
        )
    return tr(
        "Work tracking (owners, due dates, open questions) is paused while the charter "
        "is approved; it resumes with a new revision."
    )


def workflow_text(reason: str) -> str:
    """A refused workflow step (errors.WorkflowError.reason) in words."""
    texts = {
        "not_draft": tr("Only a draft can be submitted for review."),
        "not_in_review": tr("This step needs a charter in review."),
        "not_approved": tr("A new revision starts from an approved charter."),
        "not_an_approver": tr("This person is not an approver of the revision in review."),
        "already_decided": tr("This approver has already decided on this review round."),
        "fingerprint_mismatch": tr(
            "This decision was made on other content than the revision in review."
        ),
        "round_mismatch": tr(
            "This decision was made for another revision or review round than the one in review."
        ),
        "no_such_revision": tr("There is no such revision."),
        "signature_required": tr(
            "This charter's approvals must be signed: import the "
            "approver's signed review copy with File → Import "
            "Review…."
        ),
    }
    return texts.get(reason, tr("This step is not possible now."))
