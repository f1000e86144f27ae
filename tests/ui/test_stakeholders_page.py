"""Stakeholders & approvals, driven like a user: the plan, suggestions, grid, rights, approvers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget

from cxcharter.domain.stakeholders import decision_right_text
from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.section_extras import tabs_for
from cxcharter.ui.sections.stakeholders.approvers_tab import REQUIRED, ApproversTab
from cxcharter.ui.sections.stakeholders.stakeholders_page import (
    APPROVER,
    CHANNEL,
    NAME,
    QUADRANT,
    DecisionRightsTab,
    StakeholdersTab,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_suggestions import ADD
from cxcharter.ui.tables.roles import Role


def make(qtbot, host, cls, session):
    tab = cls(session, host)
    tab.resize(1180, 780)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def tab(qtbot, host, session):
    tab = make(qtbot, host, StakeholdersTab, session)
    yield tab
    tab.detach()


def people(session, *names) -> list[int]:
    return [session.document.add_person(name) for name in names]


def stakeholders(session) -> list[tuple]:
    return [
        (r["name"], r["person"], r["interest"], r["influence"])
        for r in session.document.rows("stakeholder")
    ]


def activate(qtbot, widget: QWidget) -> None:
    """Keyboard tests need the window active (the offscreen platform may drop it)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_new(qtbot, edit, text: str) -> None:
    activate(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def open_spin(view) -> QSpinBox:
    """The cell's score editor that is open now (closed ones linger until deleted)."""
    (spin,) = [w for w in view.findChildren(QSpinBox) if w.isVisible()]
    return spin


def click_cell(qtbot, view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_stakeholder_areas_tabs():
    assert [title for title, _cls in tabs_for("stakeholders")] == [
        "Stakeholders",
        "Decision rights",
        "Approvers",
    ]


# ------------------------------------------------------------------ stakeholders
def test_add_a_stakeholder_by_typing_and_see_the_plan_gaps(tab, session, qtbot, qtmodeltester):
    qtmodeltester.check(tab.model)
    type_new(qtbot, tab.new_name, "Works councils")
    assert stakeholders(session) == [("Works councils", None, 3, 3)]
    assert tab.new_name.text() == ""
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.table.proxy)
    model = tab.model
    assert model.index(0, QUADRANT).data() == "Manage closely"
    assert model.index(0, CHANNEL).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "channel" in model.index(0, CHANNEL).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.table.message.isVisible()
    assert tab.table.message.text().startswith("1 stakeholder lacks part of the")
    assert tab.table.selected_id() == session.document.rows("stakeholder")[0].id
    session.undo()
    assert stakeholders(session) == []
    assert not tab.table.message.isVisible()


def test_completing_the_plan_clears_the_marks(tab, session, qtbot):
    row_id = session.add_row(
        "stakeholder", {"name": "Board", "needs": "Progress", "cadence": "Quarterly"}
    )
    assert tab.table.message.isVisible()
    view = tab.table.view
    activate(qtbot, view)
    view.setFocus()
    view.setCurrentIndex(tab.table.proxy.index(0, NAME))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the overview's row: its form below
    editor = tab.detail.channel
    editor.setFocus()
    qtbot.keyClicks(editor, "Dashboard")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.document.row("stakeholder", row_id)["channel"] == "Dashboard")
    assert tab.model.index(0, CHANNEL).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not tab.table.message.isVisible()


def test_sort_by_quadrant_and_move_in_the_charters_order(tab, session, qtbot):
    a = session.add_row("stakeholder", {"name": "A", "interest": 1, "influence": 1})
    b = session.add_row("stakeholder", {"name": "B", "interest": 5, "influence": 5})
    c = session.add_row("stakeholder", {"name": "C", "interest": 1, "influence": 5})
    header = tab.table.view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(QUADRANT) + 10, 5),
    )
    proxy = tab.table.proxy
    shown = [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]
    assert shown == ["B", "C", "A"], "manage closely, keep satisfied, …, monitor"
    tab.table.select_id(a)
    activate(qtbot, tab.table.view)
    tab.table.view.setFocus()
    qtbot.keyClick(tab.table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert proxy.sortColumn() == -1, "moving goes back to the charter's own order"
    assert [r.id for r in session.document.rows("stakeholder")] == [b, a, c]
    assert tab.table.selected_id() == a
    qtbot.keyClick(tab.table.view, Qt.Key.Key_Delete)
    assert [r.id for r in session.document.rows("stakeholder")] == [b, c]
    session.undo()
    session.undo()
    assert [r.id for r in session.document.rows("stakeholder")] == [a, b, c]


def test_suggestions_from_raci_and_approvers_add_with_one_click(tab, session, qtbot, qtmodeltester):
    anna, ben, cara, dan = people(session, "Anna", "Ben", "Cara", "Dan")
    session.set_answer_person("front.charter_owner", anna)
    activity = session.add_row("activity", {"name": "Report metrics"})
    session.set_link("raci", {"activity": activity, "person": anna}, {"role": "A"})
    session.set_link("raci", {"activity": activity, "person": ben}, {"role": "R"})
    session.set_link("raci", {"activity": activity, "person": cara}, {"role": "I"})
    session.add_row("approver", {"person": dan, "required": True})
    tab.lower.setCurrentIndex(1)  # the grid and the suggestions
    suggestions = tab.suggestions
    qtmodeltester.check(suggestions.model)
    assert suggestions.suggested_keys() == [dan, anna, cara]
    assert suggestions.model.index(0, 1).data() == "Approver"
    assert suggestions.model.index(1, 1).data() == "RACI: A"
    assert suggestions.add_all_button.isVisible()

    view = suggestions.view
    click_cell(qtbot, view, 0, ADD)
    row = session.document.rows("stakeholder")[0]
    assert (row["name"], row["person"], row["interest"], row["influence"]) == ("Dan", dan, 4, 5)
    assert row["informer"] == anna, "the charter owner keeps them informed"
    assert suggestions.suggested_keys() == [anna, cara]
    assert tab.table.selected_id() == row.id

    session.undo()
    assert session.document.rows("stakeholder") == ()
    assert suggestions.suggested_keys() == [dan, anna, cara]

    activate(qtbot, view)
    view.setFocus()
    view.setCurrentIndex(suggestions.model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert stakeholders(session) == [("Cara", cara, 4, 2)]
    assert session.document.rows("stakeholder")[0]["informer"] == anna

    before = session.undo_stack.index()
    qtbot.mouseClick(suggestions.add_all_button, Qt.MouseButton.LeftButton)
    assert [s[0] for s in stakeholders(session)] == ["Cara", "Dan", "Anna"]
    assert session.document.rows("stakeholder")[2]["informer"] is None, "not herself"
    assert suggestions.suggested_keys() == [] and suggestions.empty.isVisible()
    assert session.undo_stack.index() == before + 1, "Add all is one undo step"
    session.undo()
    assert [s[0] for s in stakeholders(session)] == ["Cara"]


def test_suggestions_follow_the_raci_and_the_directory(tab, session, qtbot):
    (eve,) = people(session, "Eve")
    activity = session.add_row("activity", {"name": "Approve budget"})
    assert tab.suggestions.suggested_keys() == []
    session.set_link("raci", {"activity": activity, "person": eve}, {"role": "I"})
    assert tab.suggestions.suggested_keys() == [eve]
    session.set_link("raci", {"activity": activity, "person": eve}, {"role": "C"})
    assert tab.suggestions.suggested_keys() == []
    session.set_link("raci", {"activity": activity, "person": eve}, {"role": "A"})
    session.update_person(eve, name="Eve Adams")
    assert tab.suggestions.model.index(0, 0).data() == "Eve Adams"
    session.add_row("stakeholder", {"name": "Eve", "person": eve})
    assert tab.suggestions.suggested_keys() == []


def test_the_grid_shows_a_dot_per_stakeholder_and_clicking_selects(tab, session, qtbot):
    a = session.add_row("stakeholder", {"name": "Anna Weber", "interest": 5, "influence": 5})
    b = session.add_row("stakeholder", {"name": "Board", "interest": 1, "influence": 2})
    grid = tab.grid
    grid.repaint()
    centre_a, centre_b = grid.dot_centre(a), grid.dot_centre(b)
    assert centre_a is not None and centre_b is not None
    assert centre_a.x() > centre_b.x() and centre_a.y() < centre_b.y(), "top right vs bottom left"
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre_b.toPoint())
    assert tab.table.selected_id() == b
    assert grid.selected == b
    tab.table.select_id(a)
    assert grid.selected == a
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert tab.table.selected_id() == a, "a click beside the dots changes nothing"
    pixels = grid.grab()
    assert not pixels.isNull()


def test_read_only_charter_offers_no_editing(qtbot, host, tmp_path):
    path = tmp_path / "c.cxcharter"
    doc = CharterDocument.create(path, title="T", language="en", actor="tester")
    doc.add_row("stakeholder", {"name": "Board"})
    doc.close()
    ro = CharterSession(CharterDocument.open(path, actor="other", read_only=True))
    tab = make(qtbot, host, StakeholdersTab, ro)
    try:
        assert not tab.new_name.isEnabled() and not tab.add_button.isEnabled()
        tab.table.select_id(ro.document.rows("stakeholder")[0].id)
        assert not tab.table.remove_button.isEnabled()
        assert not tab.model.flags(tab.model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
    finally:
        tab.detach()
        ro.close()


# ------------------------------------------------------------------ decision rights
def test_decision_rights_with_typical_ones_one_click_away(qtbot, host, session, qtmodeltester):
    (kat,) = people(session, "Katrin")
    session.set_answer_person("front.executive_sponsor", kat)
    tab = make(qtbot, host, DecisionRightsTab, session)
    try:
        qtmodeltester.check(tab.model)
        assert tab.suggestions.suggested_keys() == [
            "budget",
            "cross_department",
            "customer_policy",
            "charter",
        ]
        click_cell(qtbot, tab.suggestions.view, 3, ADD)
        row = session.document.rows("decision_right")[0]
        assert row["decision"] == decision_right_text("charter", "en")
        assert row["approver"] == kat, "the sponsor approves the charter"
        assert "charter" not in tab.suggestions.suggested_keys()
        assert tab.table.view.currentIndex().column() == APPROVER

        type_new(qtbot, tab.new_decision, "Hiring above plan")
        assert [r["decision"] for r in session.document.rows("decision_right")][
            -1
        ] == "Hiring above plan"
        qtmodeltester.check(tab.model)
        assert tab.table.message.text() == "1 decision right does not say whose approval it needs."
        assert tab.model.index(1, APPROVER).data(Qt.ItemDataRole.BackgroundRole) is not None
        session.undo()
        session.undo()
        assert session.document.rows("decision_right") == ()
        assert len(tab.suggestions.suggested_keys()) == 4
        before = session.undo_stack.index()
        qtbot.mouseClick(tab.suggestions.add_all_button, Qt.MouseButton.LeftButton)
        assert len(session.document.rows("decision_right")) == 4
        assert session.undo_stack.index() == before + 1
    finally:
        tab.detach()


def test_suggested_decision_rights_are_in_the_charter_language(qtbot, host, tmp_path):
    doc = CharterDocument.create(
        tmp_path / "de.cxcharter", title="T", language="de", actor="tester"
    )
    de = CharterSession(doc)
    tab = make(qtbot, host, DecisionRightsTab, de)
    try:
        assert tab.suggestions.model.index(0, 0).data() == decision_right_text("budget", "de")
    finally:
        tab.detach()
        de.close()


# ------------------------------------------------------------------ approvers
@pytest.fixture
def approvers(qtbot, host, session):
    tab = make(qtbot, host, ApproversTab, session)
    yield tab
    tab.detach()


def approver_rows(session) -> list[tuple[int, bool]]:
    return [(r["person"], r["required"]) for r in session.document.rows("approver")]


def test_add_approvers_from_the_directory_in_order(approvers, session, qtbot, qtmodeltester):
    kat, anna, sabine = people(session, "Katrin", "Anna", "Sabine")
    tab = approvers
    qtmodeltester.check(tab.model)
    assert tab.table.message.text() == ("Add at least one approver who must approve the charter.")
    assert not tab.add_button.isEnabled()
    combo = tab.person
    offered = [combo.itemText(i) for i in range(1, combo.count())]
    assert offered == ["Katrin", "Anna", "Sabine", "New person…"]
    activate(qtbot, combo)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.person_id() == kat
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert approver_rows(session) == [(kat, True)]
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "Anna",
        "Sabine",
        "New person…",
    ]
    assert not tab.table.message.isVisible()

    tab.required.setChecked(False)
    for person in (anna, sabine):
        combo.setCurrentIndex(combo.findData(person))
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert approver_rows(session) == [(kat, True), (anna, False), (sabine, False)]
    # everyone approves: the chooser still offers a new person
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["New person…"]
    assert combo.isEnabled()
    qtmodeltester.check(tab.model)
    assert [tab.model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]

    view = tab.table.view
    activate(qtbot, view)
    view.setFocus()
    view.setCurrentIndex(tab.table.proxy.index(2, REQUIRED))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert approver_rows(session) == [(kat, True), (sabine, False), (anna, False)]
    qtbot.mouseClick(tab.table.up_button, Qt.MouseButton.LeftButton)
    assert approver_rows(session) == [(sabine, False), (kat, True), (anna, False)]
    assert not tab.table.up_button.isEnabled(), "already first"
    session.undo()
    session.undo()
    assert approver_rows(session) == [(kat, True), (anna, False), (sabine, False)]


def test_no_required_approver_is_pointed_out_at_the_table(approvers, session, qtbot):
    (kat,) = people(session, "Katrin")
    row_id = session.add_row("approver", {"person": kat, "required": True})
    tab = approvers
    assert not tab.table.message.isVisible()
    view = tab.table.view
    activate(qtbot, view)
    view.setFocus()
    tab.table.select_id(row_id, REQUIRED)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert approver_rows(session) == [(kat, False)]
    assert tab.table.message.isVisible()
    assert tab.table.message.text().startswith("Mark at least one approver as required")
    session.undo()
    assert approver_rows(session) == [(kat, True)]
    assert not tab.table.message.isVisible()


def test_removing_an_approver_offers_them_again(approvers, session, qtbot):
    kat, _anna = people(session, "Katrin", "Anna")
    row_id = session.add_row("approver", {"person": kat})
    tab = approvers
    tab.table.select_id(row_id)
    qtbot.mouseClick(tab.table.remove_button, Qt.MouseButton.LeftButton)
    assert approver_rows(session) == []
    assert tab.person.findData(kat) > 0
    assert tab.model.index(0, 0).data(Role.ROW_ID) is None


def test_hidden_tab_catches_up_with_the_raci_when_shown(tab, session, qtbot):
    (eve,) = people(session, "Eve")
    activity = session.add_row("activity", {"name": "Approve budget"})
    tab.hide()
    session.set_link("raci", {"activity": activity, "person": eve}, {"role": "I"})
    assert tab.suggestions.suggested_keys() == [], "no work while nobody looks"
    tab.show()
    assert tab.suggestions.suggested_keys() == [eve]
