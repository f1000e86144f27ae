"""Where the touchpoint table is narrow (beside the approval panel) the notes, then the
owning department step aside; the selected touchpoint's are edited under the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_journey_page import activate, add

from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.journey.journey_page import (
    CHANNEL,
    DEPARTMENT,
    NAME,
    PHASE,
    TouchpointsTab,
)
from cxcharter.ui.sections.journey.touchpoint_aside import NOTES
from cxcharter.ui.session import CharterSession


@pytest.fixture
def tab(qtbot, host, session):
    tab = TouchpointsTab(session, host)
    tab.resize(1180, 780)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.detach()


LONG = "Koppeln und erste Nutzung (Nordwind Connect)"


def hidden(tab) -> set[int]:
    return {c for c in range(tab.model.columnCount()) if tab.table.view.isColumnHidden(c)}


def test_narrow_notes_and_department_step_aside_and_are_edited_below(tab, session, qtbot):
    row_id = session.add_row(
        "touchpoint",
        {"name": LONG, "phase": "service", "channel": "App", "department": "Service"}
        | {"notes": "First steps"},
    )
    tab.table.select_id(row_id)
    view = tab.table.view
    assert hidden(tab) == set() and not tab.aside.isVisible(), "room for every column"
    tab.resize(560, 700)
    qtbot.waitUntil(lambda: hidden(tab) == {NOTES, DEPARTMENT})
    assert view.horizontalScrollBar().maximum() == 0, "no sideways scrolling"
    assert view.columnWidth(NAME) >= view.sizeHintForColumn(NAME), "the name shows whole"
    assert not (hidden(tab) & {NAME, PHASE, CHANNEL})
    aside = tab.aside
    qtbot.waitUntil(aside.isVisible)
    assert aside.notes.isVisible() and aside.department.isVisible()
    assert aside.notes.toPlainText() == "First steps"
    assert aside.department.text() == "Service"

    steps = session.undo_stack.count()
    activate(qtbot, aside.notes)
    aside.notes.setFocus()
    aside.notes.moveCursor(aside.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(aside.notes, ", then the app")
    notes = "First steps, then the app"
    qtbot.waitUntil(lambda: session.document.row("touchpoint", row_id)["notes"] == notes)
    assert session.undo_stack.count() == steps + 1, "a typing burst is one step"
    aside.department.setFocus()
    aside.department.selectAll()
    qtbot.keyClicks(aside.department, "Field force")  # (no word it completes: no popup)
    qtbot.keyClick(aside.department, Qt.Key.Key_Tab)  # leaving the field saves it
    assert session.document.row("touchpoint", row_id)["department"] == "Field force"
    assert session.undo_stack.count() == steps + 2
    assert tab.model.index(0, DEPARTMENT).data() == "Field force", "the table follows"

    session.undo()
    assert aside.department.text() == "Service"
    session.undo()
    assert aside.notes.toPlainText() == "First steps"
    assert session.document.row("touchpoint", row_id)["notes"] == "First steps"

    tab.resize(1180, 780)
    qtbot.waitUntil(lambda: hidden(tab) == set())
    assert not aside.isVisible(), "the cells are there again"


def test_typing_is_saved_before_another_touchpoint_is_shown(tab, session, qtbot):
    one = add(session, "Hotline", "service", "Phone", "Service")
    two = add(session, "Chat", "service", "Chat", "Service")
    tab.resize(560, 700)
    qtbot.waitUntil(lambda: NOTES in hidden(tab))
    tab.table.select_id(one)
    qtbot.keyClicks(tab.aside.notes, "Mon to Fri")
    tab.table.select_id(two)  # before the pause
    assert session.document.row("touchpoint", one)["notes"] == "Mon to Fri"
    assert session.document.row("touchpoint", two)["notes"] == ""
    assert tab.aside.notes.toPlainText() == ""


def test_a_read_only_charter_shows_the_lines_read_only(qtbot, host, tmp_path):
    path = tmp_path / "c.cxcharter"
    doc = CharterDocument.create(path, title="T", language="en", actor="tester")
    doc.add_row("touchpoint", {"name": "Hotline", "phase": "service", "notes": "Mo–Fr"})
    doc.close()
    ro = CharterSession(CharterDocument.open(path, actor="other", read_only=True))
    tab = TouchpointsTab(ro, host)
    tab.resize(560, 700)
    tab.show()
    try:
        qtbot.waitUntil(lambda: NOTES in hidden(tab))
        tab.table.select_id(ro.document.rows("touchpoint")[0].id)
        assert tab.aside.notes.toPlainText() == "Mo–Fr"
        assert tab.aside.notes.isReadOnly() and tab.aside.department.isReadOnly()
    finally:
        tab.detach()
        ro.close()
