"""The stakeholders table is an overview; the form below it edits every field of the
selected stakeholder, one undo step a change, and only shows it in a read-only charter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_stakeholders_page import activate, make

from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.stakeholders.stakeholders_page import (
    ATTITUDE,
    CADENCE,
    CHANNEL,
    INFLUENCE,
    INFORMER,
    INTEREST,
    MESSAGE,
    NAME,
    NEEDS,
    PERSON,
    QUADRANT,
    StakeholdersTab,
)
from cxcharter.ui.session import CharterSession


@pytest.fixture
def tab(qtbot, host, session):
    tab = make(qtbot, host, StakeholdersTab, session)
    yield tab
    tab.detach()


def stored(session, row_id: int) -> dict:
    return dict(session.document.row("stakeholder", row_id).values)


def form_field(tab, qtbot, row_id: int, column: int) -> QWidget:
    """Enter on a cell of the overview: the keyboard lands in its field below."""
    view = tab.table.view
    activate(qtbot, view)
    tab.table.select_id(row_id, column)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    field = QApplication.focusWidget()
    assert field is tab.detail.field_for(column)
    assert tab.lower.currentWidget() is tab.details
    return field


def test_the_table_is_an_overview_of_the_columns_a_reader_compares(tab, session, qtbot):
    session.add_row("stakeholder", {"name": "Board", "needs": "Progress"})
    view = tab.table.view
    shown = [c for c in range(tab.model.columnCount()) if not view.isColumnHidden(c)]
    assert shown == [NAME, PERSON, INTEREST, INFLUENCE, QUADRANT, ATTITUDE]
    assert not view.editTriggers(), "edited in the form, not in the cells"
    assert view.horizontalScrollBar().maximum() == 0
    tab.resize(560, 700)  # beside the approval panel: attitude, then person step aside
    qtbot.waitUntil(lambda: view.isColumnHidden(ATTITUDE))
    assert not view.isColumnHidden(NAME) and not view.isColumnHidden(QUADRANT)
    assert view.horizontalScrollBar().maximum() == 0
    assert view.columnWidth(NAME) >= 160


def test_enter_on_a_cell_goes_to_its_field_and_tab_walks_the_form(tab, session, qtbot):
    row_id = session.add_row("stakeholder", {"name": "Board"})
    tab.lower.setCurrentIndex(1)  # the grid and suggestions were showing
    assert form_field(tab, qtbot, row_id, INFLUENCE) is tab.detail.influence
    assert form_field(tab, qtbot, row_id, NAME) is tab.detail.name
    assert tab.detail.name.text() == "Board"
    order = [tab.detail.name]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[1] is tab.detail.person and order[2] is tab.detail.interest
    assert order[3] is tab.detail.influence and order[4] is tab.detail.attitude


def test_typing_a_new_stakeholder_goes_on_to_its_interest_in_the_form(tab, session, qtbot):
    activate(qtbot, tab.new_name)
    tab.new_name.setFocus()
    qtbot.keyClicks(tab.new_name, "Works councils")
    qtbot.keyClick(tab.new_name, Qt.Key.Key_Return)
    (row,) = session.document.rows("stakeholder")
    assert tab.table.selected_id() == row.id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.detail.interest)
    assert tab.detail.title.text() == "Works councils"


def test_each_field_of_the_form_is_one_undo_step(tab, session, qtbot):
    session.add_person("Anna")
    session.add_person("Ben")
    anna, ben = (p.id for p in session.document.people())
    row_id = session.add_row("stakeholder", {"name": "Board"})
    tab.table.select_id(row_id)
    detail = tab.detail
    before = stored(session, row_id)
    steps = session.undo_stack.count()

    def step(field: str, value) -> None:
        nonlocal steps
        qtbot.waitUntil(lambda: stored(session, row_id)[field] == value)
        assert session.undo_stack.count() == steps + 1, f"{field}: one undo step"
        steps += 1

    def line(column: int, text: str, field: str) -> None:
        edit = form_field(tab, qtbot, row_id, column)
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it
        step(field, text)

    line(NAME, "Executive board", "name")
    assert tab.model.index(0, NAME).data() == "Executive board", "the table follows"
    form_field(tab, qtbot, row_id, PERSON)
    detail.person.setCurrentIndex(detail.person.findData(anna))
    step("person", anna)
    spin = form_field(tab, qtbot, row_id, INTEREST)
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    step("interest", 5)
    spin = form_field(tab, qtbot, row_id, INFLUENCE)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    step("influence", 2)
    assert tab.model.index(0, QUADRANT).data() == "Keep informed"
    assert "Keep informed" in detail.quadrant.text()
    combo = form_field(tab, qtbot, row_id, ATTITUDE)
    combo.setCurrentIndex(combo.findData("champion"))
    combo.activated.emit(combo.currentIndex())
    step("attitude", "champion")
    for column, field, text in ((NEEDS, "needs", "Progress"), (MESSAGE, "message", "We")):
        edit = form_field(tab, qtbot, row_id, column)
        qtbot.keyClicks(edit, text)
        step(field, text)  # a typing burst: one step, after the pause
    assert detail.problems.isVisible() and "channel" in detail.problems.text()
    line(CHANNEL, "Steering meeting", "channel")
    line(CADENCE, "Monthly", "cadence")
    assert not detail.problems.isVisible(), "the plan is complete"
    form_field(tab, qtbot, row_id, INFORMER)
    detail.informer.setCurrentIndex(detail.informer.findData(ben))
    step("informer", ben)

    for _ in range(10):
        session.undo()
    assert stored(session, row_id) == before
    assert detail.name.text() == "Board" and detail.channel.text() == ""
    assert detail.needs.toPlainText() == "" and detail.interest.value() == 3
    assert detail.person.person_id() is None and detail.attitude.currentData() == "neutral"


def test_an_emptied_name_comes_back(tab, session, qtbot):
    row_id = session.add_row("stakeholder", {"name": "Board"})
    steps = session.undo_stack.count()
    edit = form_field(tab, qtbot, row_id, NAME)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert stored(session, row_id)["name"] == "Board"
    assert tab.detail.name.text() == "Board"
    assert session.undo_stack.count() == steps


def test_typing_is_saved_before_another_stakeholder_is_shown(tab, session, qtbot):
    one = session.add_row("stakeholder", {"name": "One"})
    two = session.add_row("stakeholder", {"name": "Two"})
    edit = form_field(tab, qtbot, one, NEEDS)
    qtbot.keyClicks(edit, "Budget")
    tab.table.select_id(two)  # before the pause
    assert stored(session, one)["needs"] == "Budget"
    assert stored(session, two)["needs"] == ""
    assert tab.detail.needs.toPlainText() == ""


def test_a_read_only_charter_shows_the_form_read_only(qtbot, host, tmp_path):
    path = tmp_path / "c.cxcharter"
    doc = CharterDocument.create(path, title="T", language="en", actor="tester")
    doc.add_row("stakeholder", {"name": "Board", "channel": "Mail"})
    doc.close()
    ro = CharterSession(CharterDocument.open(path, actor="other", read_only=True))
    tab = make(qtbot, host, StakeholdersTab, ro)
    try:
        row_id = ro.document.rows("stakeholder")[0].id
        tab.table.select_id(row_id)
        detail = tab.detail
        assert detail.name.text() == "Board" and detail.channel.text() == "Mail"
        for edit in (detail.name, detail.needs, detail.message, detail.channel, detail.cadence):
            assert edit.isReadOnly()
        for widget in (
            detail.person,
            detail.interest,
            detail.influence,
            detail.attitude,
            detail.informer,
        ):
            assert not widget.isEnabled()
        detail.channel.setText("Phone")
        detail.channel.setModified(True)
        detail.channel.editingFinished.emit()
        assert ro.document.row("stakeholder", row_id)["channel"] == "Mail"
    finally:
        tab.detach()
        ro.close()
