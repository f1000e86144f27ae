"""The whole flow in German from the keyboard alone: every step a key press.

A German-speaking user creates a charter, answers, assigns, adds a goal and a RACI
entry, opens the approval panel, tries to submit and undoes, without a mouse. Keys
go to the widget that has the focus (QApplication.focusWidget()), as they would on a
desktop; the store is checked after every step. Real modal dialogs are answered by
keys from inside their own event loop (see `Modals`); one left open, one never
shown and one not expected are closed and fail the test: nothing here can hang.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cxcharter.ui import ask
from cxcharter.ui.widgets.focus_ring import FocusRings, install_focus_rings

# Dialogs are windows of their own: offscreen Qt cannot pass on their size hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
# The real dialogs, before tests/conftest.py replaces them for every test.
REAL_ASK = {name: getattr(ask, name) for name in ("run_dialog", "confirm", "error", "info")}
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def keyboard() -> QWidget:
    """Where a key press goes: an open menu, else the widget with the focus."""
    return QApplication.activePopupWidget() or focused()


def assert_focus_visible(rings: FocusRings) -> None:
    """The widget with the focus takes it from the keyboard and has the ring around it."""
    if QApplication.activePopupWidget() is not None:
        return  # an open menu marks its own current entry
    widget = focused()
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{widget!r}: not reachable by Tab"
    ring = rings.ring()
    assert ring is not None and ring.widget() is widget, f"no focus ring on {widget!r}"
    assert ring.isVisible() and ring.geometry().contains(widget.geometry())


class Keys:
    """Key presses on whatever has the focus, like a keyboard on a desktop; after each,
    the focus must be visible."""

    def __init__(self, qtbot, rings: FocusRings) -> None:
        self.qtbot, self.rings = qtbot, rings

    def __call__(self, key: Qt.Key, modifiers=NO_MODIFIER, times: int = 1) -> QWidget:
        for _ in range(times):
            self.qtbot.keyClick(keyboard(), key, modifiers)
            if QApplication.focusWidget() is not None:  # (none while no window is active)
                assert_focus_visible(self.rings)
        return QApplication.focusWidget()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(keyboard(), text)

    def tab_to(self, wanted, limit: int = 40) -> QWidget:
        """Tab until `wanted(focus widget)` is true."""
        for _ in range(limit):
            widget = self(Qt.Key.Key_Tab)
            if wanted(widget):
                return widget
        raise AssertionError(f"Tab never reached it (last: {focused()!r})")


class Modals:
    """Answer the next modal dialogs with keys, each from inside its own exec().

    `respond(dialog)` runs once the dialog is the active window, one responder per
    dialog in turn. A dialog still open after its keys, none within `limit_ms`, or
    one more than expected is closed and recorded; `check()` fails the test with it.
    """

    def __init__(self, *responders, limit_ms: int = 5000) -> None:
        self.responders = list(responders)
        self.problems: list[str] = []
        self.seen: list[QWidget] = []
        self._waited, self._limit = 0, limit_ms
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isActiveWindow() and dialog not in self.seen:
            self.seen.append(dialog)
            self._waited = 0
            self._answer(dialog)
        elif self.responders:
            self._waited += self._timer.interval()
            if self._waited > self._limit:
                self.problems.append(f"no dialog to answer within {self._limit} ms")
                self.responders.clear()
                if isinstance(dialog, QDialog):
                    dialog.done(0)

    def _answer(self, dialog: QWidget) -> None:
        if not self.responders:
            self.problems.append(f"unexpected {type(dialog).__name__} {dialog.windowTitle()!r}")
        else:
            try:
                self.responders.pop(0)(dialog)
            except Exception as exc:  # reported by check(), never lost
                self.problems.append(f"{type(exc).__name__}: {exc}")
            if not dialog.isVisible():
                return
            self.problems.append(f"{type(dialog).__name__} still open after the keys")
        dialog.done(0) if isinstance(dialog, QDialog) else dialog.close()

    def check(self) -> list[QWidget]:
        self._timer.stop()
        assert not self.problems, "\n".join(self.problems)
        assert not self.responders, f"{len(self.responders)} dialog(s) never shown"
        return self.seen


@pytest.fixture
def rings(qapp):
    rings = install_focus_rings(qapp)
    yield rings
    rings.remove()


@pytest.fixture
def real_dialogs(monkeypatch):
    for name, function in REAL_ASK.items():
        monkeypatch.setattr(ask, name, function)


def activate(window, qtbot) -> None:
    """The desktop gives the window the focus back (offscreen Qt does not)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_whole_flow_in_german_from_the_keyboard(
    german, real_dialogs, rings, window, qtbot, tmp_path
):
    keys = Keys(qtbot, rings)
    window.resize(1280, 800)
    activate(window, qtbot)

    # Welcome: the keyboard starts on "New charter"; Enter opens the dialog.
    assert focused() is window.welcome.new_button

    def fill_new(dialog):
        keys.type("Tastatur-Charta")
        assert keys(Qt.Key.Key_Tab) is dialog.language
        assert dialog.language.currentData() == "de"
        assert keys(Qt.Key.Key_Tab) is dialog.folder
        keys(Qt.Key.Key_A, CTRL)
        keys.type(str(tmp_path))
        keys(Qt.Key.Key_Return)

    def skip_team(dialog):  # "Your team": Esc skips it (People comes next, by hand)
        assert dialog.objectName() == "teamDialog"
        keys(Qt.Key.Key_Escape)

    new = Modals(fill_new, skip_team)
    keys(Qt.Key.Key_Return)
    new.check()
    activate(window, qtbot)
    doc = window.session.document
    assert doc.path == tmp_path / "Tastatur-Charta.cxcharter"
    assert doc.language == "de" and doc.answer("front.title").text == "Tastatur-Charta"
    assert focused() is window.workspace.navigator

    # People (Ctrl+Shift+P), Enter into the page: an empty team opens the form.
    workspace = window.workspace
    keys(Qt.Key.Key_P, CTRL | SHIFT)
    assert workspace.current_page() == "people"
    assert focused() is workspace.navigator
    assert keys(Qt.Key.Key_Return) is workspace.people.form.name
    keys.type("Jonas Becker")
    assert keys(Qt.Key.Key_Tab) is workspace.people.form.email
    keys.type("jonas@beispiel.de")
    keys(Qt.Key.Key_Return)
    assert [(p.name, p.email) for p in doc.people()] == [("Jonas Becker", "jonas@beispiel.de")]
    jonas = doc.people()[0].id
    keys(Qt.Key.Key_Escape)  # closes the form
    assert keys(Qt.Key.Key_Escape) is workspace.navigator  # back to the sections

    # Vision: Home, Down, Down in the navigator; Enter puts the keyboard in the answer.
    keys(Qt.Key.Key_Home)
    keys(Qt.Key.Key_Down, times=2)
    assert workspace.current_page() == "vision"
    statement = workspace.pages["vision"].cards["vision.statement"]
    assert keys(Qt.Key.Key_Return) is statement.input_widget()
    keys.type("Wir helfen beim ersten Kontakt.")
    qtbot.waitUntil(lambda: doc.answer("vision.statement").text.endswith("Kontakt."), timeout=2000)
    # Tab to the owner and the status; the arrow keys choose.
    assert keys(Qt.Key.Key_Tab) is statement.owner
    keys(Qt.Key.Key_Down)
    assert doc.answer("vision.statement").owner == jonas
    assert keys(Qt.Key.Key_Tab) is statement.status
    keys(Qt.Key.Key_Down)
    assert doc.answer("vision.statement").status == "draft"
    assert statement.status.currentText() == "Entwurf"

    # Goals: Escape to the sections, two down, Enter, Ctrl+Tab to "Ziele & Kennzahlen".
    assert keys(Qt.Key.Key_Escape) is workspace.navigator
    keys(Qt.Key.Key_Down, times=2)
    assert workspace.current_page() == "goals"
    goals_page = workspace.pages["goals"]
    keys(Qt.Key.Key_Return)
    keys(Qt.Key.Key_Tab, CTRL)
    goals = goals_page.extras[0]
    assert goals_page.tabs.currentWidget() is goals
    assert focused() is goals.new_goal
    keys.type("NPS um 10 Punkte steigern")
    keys(Qt.Key.Key_Return)
    assert [g["objective"] for g in doc.rows("goal")] == ["NPS um 10 Punkte steigern"]
    assert focused() is goals.table  # next: its metric

    # Roles, the next section (Ctrl+PgDown): the RACI tab is two tabs on; a new
    # activity, then R in the matrix.
    keys(Qt.Key.Key_PageDown, CTRL)
    assert workspace.current_page() == "roles"
    assert keys(Qt.Key.Key_Escape) is workspace.navigator
    roles_page = workspace.pages["roles"]
    keys(Qt.Key.Key_Return)
    keys(Qt.Key.Key_Tab, CTRL, times=2)
    raci = roles_page.extras[1]
    assert roles_page.tabs.currentWidget() is raci
    assert focused() is raci.new_name
    keys.type("Umfragen auswerten")
    keys(Qt.Key.Key_Return)
    activity = doc.rows("activity")[0]
    assert activity["name"] == "Umfragen auswerten"
    assert keys.tab_to(lambda w: w is raci.view) is raci.view
    keys(Qt.Key.Key_R)
    assert [(r["activity"], r["person"], r["role"]) for r in doc.rows("raci")] == [
        (activity.id, jonas, "R")
    ]

    # The approval panel, open since New Charter: Ctrl+Shift+R hides and shows it, and it
    # joins the Tab order after the page.
    panel = window.workflow.panel
    assert panel.isVisible()
    keys(Qt.Key.Key_R, CTRL | SHIFT)
    assert not panel.isVisible()
    keys(Qt.Key.Key_R, CTRL | SHIFT)
    assert panel.isVisible()
    qtbot.waitUntil(lambda: not window.workflow.monitor.pending(), timeout=5000)
    assert keys.tab_to(lambda w: w is panel.list) is panel.list
    assert panel.list.model().rowCount() > 0
    assert panel.summary.text().startswith("Auf dem Weg zur Prüfung: ")
    assert panel.next_label.text().startswith("Als Nächstes: ")

    # Charta → Zur Prüfung einreichen (Alt+C, P): greyed out while blockers remain, and the
    # entry says why, in German; P on it asks nothing.
    keys(Qt.Key.Key_C, ALT)
    assert QApplication.activePopupWidget() is window.menus.charter_menu
    submit = window.act_submit
    assert not submit.isEnabled()
    assert submit.toolTip().startswith("Noch nicht möglich — als Nächstes: ")
    asked = Modals()
    keys(Qt.Key.Key_P)
    asked.check()
    while QApplication.activePopupWidget() is not None:  # open on a greyed-out entry
        qtbot.keyClick(keyboard(), Qt.Key.Key_Escape)
    if window.menuBar().hasFocus():  # Escape from a menu leaves the keyboard on the bar
        qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    assert window.workflow.monitor.state.state == "draft"
    activate(window, qtbot)

    # Ctrl+Z takes back the last change: the R in the matrix.
    keys(Qt.Key.Key_Z, CTRL)
    assert doc.rows("raci") == ()
    assert [a["name"] for a in doc.rows("activity")] == ["Umfragen auswerten"]


def test_the_focus_check_fails_where_no_ring_shows(window, qtbot):
    """The check itself: a focused widget without a ring around it is reported."""
    activate(window, qtbot)
    rings = install_focus_rings(QApplication.instance())
    rings.remove()  # nobody draws a ring from now on
    button = window.welcome.new_button
    button.setFocus()
    with pytest.raises(AssertionError, match="no focus ring"):
        assert_focus_visible(rings)


def test_a_dialog_left_open_fails_the_test_instead_of_hanging(real_dialogs, window, qtbot):
    """The net itself: a real modal dialog nobody answers is closed and reported."""
    activate(window, qtbot)
    forgetful = Modals(lambda box: None, limit_ms=1000)
    ask.info(window, "Titel", "Text")  # a real modal message box; no key is pressed
    with pytest.raises(AssertionError, match="still open after the keys"):
        forgetful.check()
    unexpected = Modals(limit_ms=1000)
    ask.info(window, "Noch einer", "Text")
    with pytest.raises(AssertionError, match="unexpected QMessageBox 'Noch einer'"):
        unexpected.check()
