"""Journey & touchpoints, driven like a user: add, filter, edit, the touch map and its keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from cxcharter.catalog import load_catalog
from cxcharter.ui.sections.journey.journey_page import (
    CHANNEL,
    DEPARTMENT,
    NAME,
    PHASE,
    TouchpointsTab,
)
from cxcharter.ui.sections.section_page import SectionPage
from cxcharter.ui.tables.roles import Role


@pytest.fixture
def tab(qtbot, host, session):
    tab = TouchpointsTab(session, host)
    tab.resize(1180, 780)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.detach()


def activate(qtbot, widget: QWidget) -> None:
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_new(qtbot, edit, text: str) -> None:
    activate(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def shown(tab) -> list[str]:
    proxy = tab.table.proxy
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def add(session, name, phase, channel="", department=""):
    return session.add_row(
        "touchpoint", {"name": name, "phase": phase, "channel": channel, "department": department}
    )


def test_journey_is_a_section_after_vision_with_a_touchpoints_tab(qtbot, host, session):
    catalog = load_catalog("en")
    keys = [s.key for s in catalog.sections]
    assert keys.index("journey") == keys.index("vision") + 1
    page = SectionPage(session, catalog.section("journey"), host)
    try:
        assert page.header.title.text() == "Journey & touchpoints"
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
            "Questions",
            "Touchpoints",
        ]
        assert len(page.cards) == 4
    finally:
        page.detach()


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_add_touchpoints_by_typing_and_fill_in_the_cells(tab, session, qtbot, qtmodeltester):
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.map_model)
    assert tab.message.text().startswith("No touchpoints yet.")
    type_new(qtbot, tab.new_name, "Hotline")
    (row,) = session.document.rows("touchpoint")
    assert (row["name"], row["phase"]) == ("Hotline", "service")
    view = tab.table.view
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().column() == CHANNEL, "ready to type the channel"
    assert tab.model.index(0, CHANNEL).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 touchpoint lacks its channel" in tab.message.text()

    qtbot.keyClick(view, "P")  # typing starts editing the cell
    editor = view.focusWidget()
    qtbot.keyClicks(editor, "hone")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.document.row("touchpoint", row.id)["channel"] == "Phone")
    view.setCurrentIndex(tab.table.proxy.index(0, DEPARTMENT))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert editor.completer() is not None, "departments are offered"
    qtbot.keyClicks(editor, "Customer Service")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: session.document.row("touchpoint", row.id)["department"] == "Customer Service"
    )
    assert "lacks" not in tab.message.text()
    assert tab.channel.findData("Phone") > 0, "the channel filter offers channels in use"
    qtmodeltester.check(tab.model)

    # the phase, chosen in the cell's combo box
    view.setCurrentIndex(tab.table.proxy.index(0, PHASE))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("loyalty"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.document.row("touchpoint", row.id)["phase"] == "loyalty")
    session.undo()
    assert session.document.row("touchpoint", row.id)["phase"] == "service"


def test_filter_by_phase_channel_and_words(tab, session, qtbot):
    add(session, "Website", "awareness", "Web", "Marketing")
    add(session, "Hotline", "service", "Phone", "Customer Service")
    add(session, "Chat", "service", "chat", "Customer Service")
    add(session, "Newsletter", "loyalty", "Email", "Marketing")
    assert shown(tab) == ["Website", "Hotline", "Chat", "Newsletter"]
    assert [tab.channel.itemText(i) for i in range(1, tab.channel.count())] == [
        "chat",
        "Email",
        "Phone",
        "Web",
    ]

    tab.phase.setCurrentIndex(tab.phase.findData("service"))
    assert shown(tab) == ["Hotline", "Chat"]
    assert "Showing 2 of 4 touchpoints." in tab.message.text()
    type_new(qtbot, tab.new_name, "Repair tracking")
    assert session.document.rows("touchpoint")[-1]["phase"] == "service", (
        "a new touchpoint joins the phase shown"
    )
    assert shown(tab) == ["Hotline", "Chat", "Repair tracking"]

    tab.phase.setCurrentIndex(0)
    tab.channel.setCurrentIndex(tab.channel.findData("Phone"))
    assert shown(tab) == ["Hotline"]
    tab.channel.setCurrentIndex(0)
    activate(qtbot, tab.search)
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "market")
    assert shown(tab) == ["Website", "Newsletter"], "words match the department, too"
    tab.search.clear()
    assert len(shown(tab)) == 5


def test_sorting_by_phase_follows_the_journey(tab, session, qtbot):
    add(session, "Newsletter", "loyalty")
    add(session, "Website", "awareness")
    add(session, "Shop", "purchase")
    tab.table.view.sortByColumn(PHASE, Qt.SortOrder.AscendingOrder)
    assert shown(tab) == ["Website", "Shop", "Newsletter"]


def test_touch_map_by_phase_with_keys_and_back_to_the_table(tab, session, qtbot, qtmodeltester):
    web = add(session, "Website", "awareness", "Web", "Marketing")
    hotline = add(session, "Hotline", "service", "Phone", "Customer Service")
    chat = add(session, "Chat", "service", "Chat", "Customer Service")
    add(session, "Invoice", "service", "Letter", "")
    model = tab.map_model
    qtmodeltester.check(model)
    assert model.columnCount() == 5 and model.rowCount() == 3
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Service (3)"
    assert model.index(1, 3).data() == "Chat"
    assert model.index(0, 3).data(Role.DEPARTMENT) == "Customer Service"
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable, "empty cell"
    assert (
        "No touchpoints yet in: Consideration, Purchase, Loyalty & advocacy." in tab.message.text()
    )

    activate(qtbot, tab)
    qtbot.keyClick(tab.search, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tab.stack.currentIndex() == 1 and tab.map_button.isChecked()
    view = tab.map
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(model.index(0, 0))
    assert tab.table.selected_id() == web, "the map and the table share the selection"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().data(Role.ROW_ID) == hotline, "empty phases are skipped"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data(Role.ROW_ID) == chat
    assert tab.table.selected_id() == chat
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tab.stack.currentIndex() == 0
    assert tab.table.selected_id() == chat
    qtbot.waitUntil(tab.table.view.hasFocus)

    tab.channel.setCurrentIndex(tab.channel.findData("Phone"))
    assert model.rowCount() == 1 and model.index(0, 3).data() == "Hotline"
    tab.phase.setCurrentIndex(tab.phase.findData("service"))
    assert [view.isColumnHidden(c) for c in range(5)] == [True, True, True, False, True]
    qtmodeltester.check(model)
    session.remove_row("touchpoint", hotline)
    assert tab.channel.currentData() is None, "the channel is gone, so is its filter"
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["Chat", "Invoice"]
    session.undo()
    assert model.index(0, 3).data() == "Hotline"
    pixels = view.grab()
    assert not pixels.isNull()


def test_removing_a_touchpoint_and_undo(tab, session, qtbot):
    first = add(session, "Website", "awareness")
    add(session, "Hotline", "service")
    tab.table.select_id(first)
    activate(qtbot, tab.table.view)
    tab.table.view.setFocus()
    qtbot.keyClick(tab.table.view, Qt.Key.Key_Delete)
    assert shown(tab) == ["Hotline"]
    session.undo()
    assert shown(tab) == ["Website", "Hotline"]
