"""Take the user to the place a readiness finding points at: a question, a tab, a row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget

from cxcharter.domain.readiness import Finding

if TYPE_CHECKING:
    from cxcharter.ui.app.workspace import Workspace


def _tab(workspace: Workspace, section: str, class_name: str) -> QWidget | None:
    """Show `section` with its structured tab of class `class_name`; returns the tab."""
    workspace.show_page(section)
    page = workspace.pages[section]
    for widget in getattr(page, "extras", []):
        if type(widget).__name__ == class_name:
            page.tabs.setCurrentWidget(widget)
            return widget
    return None


def _select_activity(tab, activity_id: int | None) -> None:
    if activity_id is None:
        return
    row = tab.model.row_of(activity_id)
    if row < 0:
        return
    index = tab.model.index(row, 0)
    tab.view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    tab.view.scrollTo(index)
    tab.view.setFocus()


def show_goal(workspace: Workspace, goal_id: int) -> None:
    """The goals tab with goal `goal_id` selected and the keyboard in its table."""
    tab = _tab(workspace, "goals", "GoalsTab")
    if tab is not None:
        tab.select_goal(goal_id)
        tab.table.setFocus()


def jump_to(workspace: Workspace, finding: Finding) -> None:
    """Show the page, tab and row (or question) of `finding` and put the keyboard there."""
    place = finding.place
    if place.question:
        workspace.show_question(place.question)
        return
    kind, row = place.kind, place.row
    if kind == "goal":
        tab = _tab(workspace, "goals", "GoalsTab")
        if tab is not None and row is not None:
            tab.select_goal(row)
            tab.table.setFocus()
    elif kind == "initiative":
        tab = _tab(workspace, "priorities", "InitiativesTab")
        if tab is not None and row is not None:
            tab.reveal(row)
    elif kind == "activity":
        tab = _tab(workspace, "roles", "RaciTab")
        if tab is not None:
            _select_activity(tab, row)
    elif kind == "person" and place.section == "roles":
        workspace.show_page("people")
        if row is not None:
            workspace.people.select_person(row)
            workspace.people.table.setFocus()
    elif kind in ("person", "stakeholder"):
        tab = _tab(workspace, "stakeholders", "StakeholdersTab")
        if tab is not None and kind == "stakeholder" and row is not None:
            tab.table.select_id(row)
            tab.table.view.setFocus()
    elif kind == "approver":
        _tab(workspace, "stakeholders", "ApproversTab")
    elif place.section in workspace.model.pages():
        workspace.show_page(place.section)
