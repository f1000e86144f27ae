"""Keyboard details: date fields, Tab order, the focus ring, the keys Help lists.

The whole flow from the keyboard alone is in test_keyboard_flow.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cxcharter.ui.app.shortcuts_dialog import page_entries
from cxcharter.ui.widgets.colors import semantic
from cxcharter.ui.widgets.fields import DateField
from cxcharter.ui.widgets.focus_ring import FocusRings, install_focus_rings

# The test forms are windows of their own: offscreen Qt cannot pass on their size hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.fixture
def form(german, qtbot):
    """A German window with a date field between two line edits, the date focused."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before, date, after = QLineEdit(), DateField(), QLineEdit()
    for widget in (before, date, after):
        layout.addWidget(widget)
    host.show()
    qtbot.waitActive(host)
    date.setFocus()
    yield before, date, after  # (qtbot keeps only a weak reference to the host)
    host.close()


def test_tab_leaves_a_date_field_empty_or_not(form, qtbot):
    """QDateTimeEdit steps Tab through its parts; an empty one ("—") kept it for ever."""
    before, date, after = form
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert focused() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab, SHIFT)
    assert focused() is date
    date.set_iso("2027-03-31")
    qtbot.keyClick(date, Qt.Key.Key_Backtab, SHIFT)
    assert focused() is before


def test_an_empty_date_starts_at_today_from_the_keyboard(form, qtbot):
    _before, date, after = form
    saved = []
    date.isoChanged.connect(saved.append)
    today = QDate.currentDate()
    qtbot.keyClick(date, Qt.Key.Key_Up)  # not 01.01.1900
    assert date.date() == today
    qtbot.keyClick(date, Qt.Key.Key_Up)  # then Up steps the day, where the cursor is
    assert date.date() == today.addDays(1)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert saved == [today.addDays(1).toString("yyyy-MM-dd")]
    qtbot.keyClick(after, Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClick(date, Qt.Key.Key_Delete, CTRL)
    assert date.iso() is None and saved[-1] is None
    qtbot.keyClicks(date, "15042027")  # typed into "—": the digits fill the date
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert saved[-1] == "2027-04-15"


def test_opening_a_page_never_opens_a_window(window, qtbot, fill_new_dialog):
    """A widget shown before it has a parent opens as a window of its own for a moment:
    on a desktop a flash, and the keyboard focus is gone from the main window."""
    fill_new_dialog(title="Fenster", language="de")
    window.new_charter()
    opened = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                opened.append(f"{type(watched).__name__} {watched.objectName()!r}")
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        workspace = window.workspace
        for page in workspace.model.pages():
            workspace.show_page(page)
            tabs = getattr(workspace.pages[page], "tabs", None)
            for index in range(tabs.count() if tabs is not None else 0):
                tabs.setCurrentIndex(index)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert not opened, opened


def activate(window, qtbot) -> None:
    """The desktop gives the window the focus back (offscreen Qt does not)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_stops(qtbot, start: QWidget, count: int) -> list[QWidget]:
    start.setFocus()
    stops = []
    for _ in range(count):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        stops.append(focused())
    return stops


def test_tab_and_enter_go_from_the_sections_into_a_page_built_later(window, qtbot, fill_new_dialog):
    fill_new_dialog(title="Reihenfolge", language="de")
    window.new_charter()
    activate(window, qtbot)
    workspace = window.workspace
    for page in ("ways", "goals"):  # built now, after the status bar and the approval panel
        workspace.show_page(page)
        [stop] = tab_stops(qtbot, workspace.navigator, 1)
        assert workspace.pages[page].isAncestorOf(stop), stop
        qtbot.keyClick(workspace.navigator, Qt.Key.Key_Return)
        assert focused() is workspace.pages[page].first_input()
    workspace.show_page("people")
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Return)  # an empty team: the form
    assert focused() is workspace.people.form.name


def test_tab_visits_the_people_page_in_reading_order(window, qtbot, fill_new_dialog):
    fill_new_dialog(title="Leute", language="de")
    window.new_charter()
    activate(window, qtbot)
    window.session.add_person("Jonas Becker")
    people = window.workspace.people
    window.workspace.show_page("people")
    people.show_form()
    form = people.form
    people.table.selectRow(0)
    expected = [
        people.add_button,
        people.import_button,
        people.remove_button,
        form.name,
        form.email,
        form.department,
        form.role,
        form.add_button,
        form.close_button,
        people.table,
    ]
    assert tab_stops(qtbot, people.filter, len(expected)) == expected


def test_a_ring_shows_where_the_keyboard_is(form, qtbot):
    """Fusion marks the focus on line edits only; the ring marks it on every widget."""
    before, date, _after = form
    host = before.parentWidget()
    button = QPushButton("Weiter", host)
    host.layout().addWidget(button)
    qtbot.waitUntil(button.isVisible)
    rings = install_focus_rings(QApplication.instance())
    try:
        assert install_focus_rings(QApplication.instance()) is rings, "one per application"
        assert rings.ring().widget() is date
        button.setFocus()
        ring = rings.ring()
        assert ring.widget() is button and ring.isVisible()
        assert ring.geometry().contains(button.geometry())
        picture = host.grab().toImage()
        left = button.geometry().left() - 1
        assert picture.pixelColor(left, button.geometry().center().y()) == semantic("accent")
        button.setStyleSheet("font-weight: bold")  # a style change (say a new colour scheme)
        assert ring.isVisible() and ring.geometry().contains(button.geometry())
        before.setFocus()
        assert rings.ring().widget() is before
    finally:
        rings.remove()
    assert not ring.isVisible()
    assert QApplication.instance().findChild(FocusRings) is None


def test_help_lists_the_keys_of_the_pages(german):
    keys = dict(page_entries())
    assert keys["RACI-Matrix: Rolle der ausgewählten Zellen setzen"] == "R, A, C, I"
    assert keys["Registerkarten mit Tabelle: Eintrag hinzufügen"] == "Strg+Umschalt+N"
    assert keys["Seiten mit Registerkarten: nächste Registerkarte"] == "Strg+Tab"
    assert (
        keys["Abschnittsliste: in die angezeigte Seite wechseln"] == "Eingabe"
    )  # the key in the reader's words, not Qt's English name


def test_undo_and_redo_keys_in_a_date_field_undo_the_window_s_last_step(window, qtbot, tmp_path):
    """Ctrl+Delete clears a due date; Ctrl+Z pressed in that field brings it back and
    Ctrl+Shift+Z clears it again (the line edit inside took both keys for its own,
    empty undo: nothing happened). A date typed and not saved yet is taken back first."""
    from cxcharter.sample import write_sample  # lazy: only this test needs the sample

    path = tmp_path / "Sample.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    window.open_path(str(path))
    window.workspace.show_page("vision")
    card = window.workspace.pages["vision"].cards["vision.statement"]
    date, doc = card.due, window.session.document
    was = doc.answer("vision.statement").due
    assert was, "the sample's vision statement has a due date"
    date.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is date)
    qtbot.keyClick(date, Qt.Key.Key_Delete, CTRL)
    qtbot.waitUntil(lambda: doc.answer("vision.statement").due is None)
    qtbot.keyClick(date, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: doc.answer("vision.statement").due == was)
    assert date.iso() == was
    qtbot.keyClick(date, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: doc.answer("vision.statement").due is None)
    qtbot.keyClick(date, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: doc.answer("vision.statement").due == was)
    steps = window.session.undo_stack.index()
    qtbot.keyClick(date, Qt.Key.Key_Up)  # typed, not saved yet (the field keeps the focus)
    assert date.iso() != was
    qtbot.keyClick(date, Qt.Key.Key_Z, CTRL)
    assert date.iso() == was and doc.answer("vision.statement").due == was
    assert window.session.undo_stack.index() == steps  # the window's history untouched
