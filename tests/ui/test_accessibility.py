"""Every control a screen reader meets has a name: its own, its text, or its label's.

The German sample charter is opened and every page, every tab, the approval panel,
the People form and the dialogs are shown; each visible control (button, field, list,
table, combo box, date, slider, and anything else Tab stops at) must have an
accessible name, a text of its own (a button's), or a QLabel whose buddy it is
(which Qt reads out as its name). A label with a mnemonic (Alt+letter) must have a
buddy, or the key does nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cxcharter.sample import write_sample
from cxcharter.ui.app.about_dialog import AboutDialog
from cxcharter.ui.app.help_page import HowToWindow
from cxcharter.ui.app.new_dialog import NewCharterDialog
from cxcharter.ui.app.shortcuts_dialog import ShortcutsDialog
from cxcharter.ui.governance.decision_dialog import DecisionDialog
from cxcharter.ui.governance.history_dialog import HistoryDialog
from cxcharter.ui.sections.people.people_import import PeopleImportDialog

# Dialogs are windows of their own: offscreen Qt cannot pass on their size hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
# Parts of a compound control that the control itself names (a combo box's line edit,
# a spin box's line edit, a line edit's clear button, a table's corner button, …).
PARTS_OF = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QAbstractItemView, QScrollBar)
MNEMONIC = re.compile(r"&[^&\s]")


def is_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    if widget.objectName().startswith("qt_"):  # Qt's own: tab bar, dock buttons, viewport
        return True
    if widget.focusProxy() is not None:  # the keyboard lands on the proxy (a tab bar)
        return True
    while parent is not None and not parent.isWindow():
        if isinstance(parent, PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def is_control(widget: QWidget) -> bool:
    """A standard control, or any other widget the keyboard can reach by Tab."""
    return isinstance(widget, CONTROLS) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def name_of(widget: QWidget, buddies: set[int]) -> str:
    """What a screen reader announces for `widget` ('' for nothing)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return "(label)" if id(widget) in buddies else ""


def describe(widget: QWidget) -> str:
    """Class, object name and a hint of what it is (placeholder or tooltip)."""
    hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
    return (
        f"{type(widget).__name__}({widget.objectName()!r}"
        + (f", {hint[:40]!r}" if hint else "")
        + ")"
    )


def owners(widget: QWidget, root: QWidget) -> str:
    """The app's own widgets `widget` sits in, innermost first: where to look for it."""
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if type(parent).__module__.startswith("cxcharter"):
            found.append(type(parent).__name__)
        parent = parent.parentWidget()
    return " < ".join(found) or type(root).__name__


def unnamed(root: QWidget, where: str) -> list[str]:
    """The visible controls in `root` without a name, each with where it is."""
    labels = root.findChildren(QLabel)
    buddies = {id(label.buddy()) for label in labels if label.buddy() is not None}
    problems = []
    for widget in root.findChildren(QWidget):
        if (
            not is_control(widget)
            or not widget.isVisible()
            or is_part(widget)
            or name_of(widget, buddies)
        ):
            continue
        problems.append(f"{where}: {describe(widget)} in {owners(widget, root)}")
    for label in labels:
        if (
            label.isVisible()
            and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText
            and MNEMONIC.search(label.text().replace("&&", ""))
        ):
            problems.append(f"{where}: label {label.text()!r} has a mnemonic and no buddy")
    return problems


@pytest.fixture
def sample(german, window, tmp_path, qtbot):
    """The German sample charter open in the window, the approval panel shown; one
    answer emptied and one owner taken away, so every list of the overview shows."""
    path = write_sample(tmp_path / "Beispiel.cxcharter", "de", actor="Anna Weber")
    window.resize(1280, 800)
    window.open_path(str(path))
    window.session.set_answer_text("vision.statement", "")
    window.session.set_owner("vision.scope", None)
    window.session.set_due("vision.why_now", "2020-01-31")
    window.act_readiness.trigger()
    qtbot.waitUntil(lambda: not window.workflow.monitor.pending(), timeout=5000)
    return window


def every_view(window, every_tab) -> list[str]:
    """Show every page, tab and panel of the open charter; the unnamed controls seen."""
    workspace = window.workspace
    problems = []
    for page, _widget, tab in every_tab(workspace):
        problems += unnamed(window, f"{page}/{tab}" if tab is not None else page)
    workspace.show_page("people")
    workspace.people.show_form()
    problems += unnamed(window, "people form")
    return problems


def every_dialog(window) -> list[str]:
    session = window.session
    doc = session.document
    csv = Path(doc.path).with_name("leute.csv")
    csv.write_text("Name;E-Mail\nLena Krüger;lena@example.org\n", encoding="utf-8")
    approvers = [(p.id, p.name, True, False) for p in doc.people()[:2]]
    dialogs = [
        NewCharterDialog(str(doc.path.parent), window),
        AboutDialog(window),
        ShortcutsDialog(window, window.menus.menus()),
        PeopleImportDialog(session, str(csv), window),
        HistoryDialog(doc, session.catalog, window),
        DecisionDialog(
            session.catalog, approvers, "Revision 1, Runde 1", doc.actor, lambda *args: "", window
        ),
        HowToWindow.show_for(window),
    ]
    problems = []
    for dialog in dialogs:
        dialog.show()
        tabs = getattr(dialog, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            problems += unnamed(dialog, type(dialog).__name__)
        dialog.close()
        dialog.deleteLater()
    return problems


def test_every_control_of_the_charter_has_a_name(sample, every_tab):
    problems = sorted(set(every_view(sample, every_tab)))
    assert not problems, "controls without a name:\n" + "\n".join(problems)


def test_every_control_of_the_dialogs_and_the_welcome_page_has_a_name(sample):
    problems = sorted(set(every_dialog(sample)))
    sample.close_charter()
    problems += unnamed(sample.welcome, "welcome")
    assert not problems, "controls without a name:\n" + "\n".join(problems)


def test_names_follow_a_live_language_switch(window, qtbot, fill_new_dialog):
    fill_new_dialog(title="Sprachen", language="en")
    window.new_charter()
    navigator = window.workspace.navigator
    assert navigator.accessibleName() == "Charter sections"
    assert window.workflow.panel.list.accessibleName() == "Readiness check"
    try:
        window.set_language("de")
        qtbot.waitUntil(lambda: window.workspace.navigator is not navigator)
        assert window.workspace.navigator.accessibleName() == "Abschnitte der Charta"
        assert window.workspace.navigator.accessibleDescription().startswith(
            "Mit den Pfeiltasten wählen Sie einen Abschnitt"
        )
        assert window.workspace.overview.accessibleName() == "Übersicht"
        assert window.workflow.panel.list.accessibleName() == "Bereitschaftsprüfung"
        assert window.workspace.people.filter.accessibleName() == "Personen filtern"
    finally:
        window.set_language("en")
        qtbot.waitUntil(lambda: window.workspace.navigator.accessibleName() == "Charter sections")
