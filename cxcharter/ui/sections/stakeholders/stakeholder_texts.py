"""The words of the stakeholder rules and quadrants (the domain returns codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from cxcharter.domain.values import Problem
from cxcharter.ui.i18n import tr, tr_marked

QUADRANT_TEXT = {  # marked for lupdate, shown with tr_marked()
    "manage_closely": QT_TR_NOOP("Manage closely"),
    "keep_satisfied": QT_TR_NOOP("Keep satisfied"),
    "keep_informed": QT_TR_NOOP("Keep informed"),
    "monitor": QT_TR_NOOP("Monitor"),
}


def quadrant_text(key: str | None) -> str:
    return tr_marked(QUADRANT_TEXT[key]) if key else ""


def reasons_text(reasons: tuple[str, ...], activities: int = 0) -> str:
    """Why someone is suggested: "Approver · RACI: A, I (3 activities)"."""
    parts = [tr("Approver")] if "approver" in reasons else []
    letters = ", ".join(r for r in reasons if r != "approver")
    if letters and activities > 1:
        parts.append(tr("RACI: {roles} ({n} activities)").format(roles=letters, n=activities))
    elif letters:
        parts.append(tr("RACI: {roles}").format(roles=letters))
    return " · ".join(parts)


def problem_text(problem: Problem) -> str:
    """One broken stakeholder rule, in words."""
    code, p = problem.code, problem.params
    if code == "stakeholder.no_needs":
        return tr("Say what they need to know.")
    if code == "stakeholder.no_channel":
        return tr("Choose a channel to reach them.")
    if code == "stakeholder.no_cadence":
        return tr("Say how often they hear from you.")
    if code == "decision_right.no_approver":
        return tr("Name whose approval this decision needs.")
    if code == "approvers.none_required":
        if p.get("approvers", 0) == 0:
            return tr("Add at least one approver who must approve the charter.")
        return tr(
            "Mark at least one approver as required: without one, nobody has to "
            "approve the charter."
        )
    return code
