"""Each multi-step action of a page is one step for the user: one audit entry, one undo
step that brings all of it back (the ops behind them are tested in tests/ops/)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from cxcharter.domain.ways import standard_agenda
from cxcharter.ui import ask
from cxcharter.ui.sections.people.people_page import PeoplePage
from cxcharter.ui.sections.roles.roles_page import RaciTab
from cxcharter.ui.sections.stakeholders.stakeholders_page import DecisionRightsTab, StakeholdersTab
from cxcharter.ui.sections.ways.ways_page import MeetingsTab

SELECT = QItemSelectionModel.SelectionFlag.Select


@pytest.fixture
def host_size() -> tuple[int, int]:
    return 1180, 780


@pytest.fixture
def show(qtbot, host):
    made = []

    def make(cls, session):
        widget = cls(session, host)
        widget.resize(1180, 780)
        widget.show()
        qtbot.waitExposed(widget)
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.detach()


def entries(session) -> int:
    return len(session.document.audit_entries())


def one_step(session, before_entries: int, before_steps: int) -> None:
    assert entries(session) == before_entries + 1, "one audit entry for the whole action"
    assert session.undo_stack.index() == before_steps + 1, "one undo step"


def test_several_raci_cells(session, show):
    doc = session.document
    people = [doc.add_person(n) for n in ("Anna", "Jonas")]
    for name in ("Plan", "Run"):
        doc.add_row("activity", {"name": name})
    tab = show(RaciTab, session)
    counts = entries(session), session.undo_stack.index()
    assert tab.model.set_roles([(0, 0), (0, 1), (1, 0), (1, 1)], "C")
    one_step(session, *counts)
    assert session.undo_stack.undoText() == "Change 4 assignments"
    session.undo()
    assert doc.rows("raci") == () and people


def test_removing_several_activities(session, show):
    doc = session.document
    anna = doc.add_person("Anna")
    ids = [doc.add_row("activity", {"name": n}) for n in ("Plan", "Run", "Check")]
    doc.set_link("raci", {"activity": ids[0], "person": anna}, {"role": "A"})
    tab = show(RaciTab, session)
    selection = tab.view.selectionModel()
    for row in (0, 1):
        selection.select(tab.model.index(row, 0), SELECT)
    counts = entries(session), session.undo_stack.index()
    tab.remove_selected()
    assert [r["name"] for r in doc.rows("activity")] == ["Check"]
    one_step(session, *counts)
    assert session.undo_stack.undoText() == "Remove 2 activities"
    session.undo()
    assert [r.id for r in doc.rows("activity")] == ids and len(doc.rows("raci")) == 1


def test_removing_several_people(session, show, monkeypatch):
    anna, ben, _cy = (session.document.add_person(n) for n in ("Anna", "Ben", "Cy"))
    session.document.set_owner("vision.statement", anna)
    page = show(PeoplePage, session)
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    page.table.selectAll()
    flags = QItemSelectionModel.SelectionFlag
    page.table.selectionModel().select(page.proxy.index(2, 0), flags.Deselect | flags.Rows)
    assert sorted(page.selected_ids()) == [anna, ben]
    counts = entries(session), session.undo_stack.index()
    page.rows.remove_selected()
    assert [p.name for p in session.document.people()] == ["Cy"]
    one_step(session, *counts)
    assert session.undo_stack.undoText() == "Remove 2 people"
    session.undo()
    assert len(session.document.people()) == 3
    assert session.document.answer("vision.statement").owner == anna


def test_all_suggested_stakeholders(session, show):
    doc = session.document
    anna, ben = doc.add_person("Anna"), doc.add_person("Ben")
    activity = doc.add_row("activity", {"name": "Report"})
    doc.set_link("raci", {"activity": activity, "person": anna}, {"role": "A"})
    doc.set_link("raci", {"activity": activity, "person": ben}, {"role": "I"})
    tab = show(StakeholdersTab, session)
    tab._refresh_suggestions()
    counts = entries(session), session.undo_stack.index()
    tab.add_all_suggestions()
    assert len(doc.rows("stakeholder")) == 2
    one_step(session, *counts)
    session.undo()
    assert doc.rows("stakeholder") == ()


def test_all_typical_decision_rights(session, show):
    tab = show(DecisionRightsTab, session)
    counts = entries(session), session.undo_stack.index()
    tab.add_all_suggestions()
    assert len(session.document.rows("decision_right")) == 4
    one_step(session, *counts)
    session.undo()
    assert session.document.rows("decision_right") == ()


def test_standard_agenda(session, show, qtbot):
    meeting = session.add_row("meeting", {"name": "Monthly review"})
    tab = show(MeetingsTab, session)
    tab.table.select_id(meeting)
    counts = entries(session), session.undo_stack.index()
    qtbot.mouseClick(tab.standard_button, Qt.MouseButton.LeftButton)
    assert session.document.row("meeting", meeting)["agenda"] == standard_agenda("en")
    one_step(session, *counts)
