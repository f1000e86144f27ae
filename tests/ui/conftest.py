"""Helpers for GUI tests: a main window whose dialogs are answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from cxcharter.ui import ask, i18n
from cxcharter.ui.settings import AppSettings


@pytest.fixture
def german(qapp):
    """The UI in German (menus, pages, messages, dates) for the test, English after it."""
    i18n.apply_language("de", qapp)
    yield
    i18n.apply_language("en", qapp)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def styled(qapp):
    """The application's own look, applied as start_window applies it (Fusion, the light
    palette, the focus ring), for a test that measures what users see; then back."""
    from PySide6.QtGui import QPalette

    from cxcharter.ui.widgets.focus_ring import FocusRings, install_focus_rings
    from cxcharter.ui.widgets.style import apply_style

    sheet, palette, style = qapp.styleSheet(), QPalette(qapp.palette()), qapp.style().name()
    had_rings = qapp.findChild(FocusRings) is not None
    apply_style(qapp, "light")
    rings = install_focus_rings(qapp)
    yield
    if not had_rings:
        rings.remove()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def session(tmp_path):
    """A new, empty English charter opened as the window would open it."""
    from cxcharter.store.document import CharterDocument
    from cxcharter.ui.session import CharterSession

    doc = CharterDocument.create(tmp_path / "c.cxcharter", title="T", language="en", actor="tester")
    opened = CharterSession(doc)
    yield opened
    opened.close()


@pytest.fixture
def host_size() -> tuple[int, int]:
    """The size of `host`; a test file that needs another defines its own."""
    return 1180, 780


@pytest.fixture
def host(qtbot, host_size):
    """A window without a layout: the page under test lives inside it as in the main
    window. (A page that is itself the top-level window makes the offscreen platform
    warn each time its minimum size changes.)"""
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(*host_size)
    window.show()
    window.activateWindow()
    return window


@pytest.fixture
def window(qtbot):
    from PySide6.QtWidgets import QApplication

    from cxcharter.ui.app.app import configure_application
    from cxcharter.ui.app.main_window import MainWindow

    configure_application(QApplication.instance())
    AppSettings().set_actor("Anna Weber")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def fill_new_dialog(monkeypatch, tmp_path):
    """Answer the New Charter dialog like a user: title, language, folder."""

    def install(title="Kundenservice-Charta", language="de", folder=None, team=()):
        def run(dialog):
            from cxcharter.ui.app.team_step import TeamDialog

            if isinstance(dialog, TeamDialog):  # the "Your team" step: the names, or Skip
                for edits, name in zip(dialog.rows, team, strict=False):
                    edits["name"].setText(name)
                return bool(team)
            dialog.title.setText(title)
            dialog.language.setCurrentIndex(dialog.language.findData(language))
            dialog.folder.setText(str(folder or tmp_path))
            dialog.accept()
            return dialog.result() == dialog.DialogCode.Accepted

        monkeypatch.setattr(ask, "run_dialog", run)

    return install


def _every_tab(workspace):
    """Show each page of the open charter and each of its tabs in turn; yields
    (page, page widget, tab title or None) with that view shown."""
    for page in workspace.model.pages():
        workspace.show_page(page)
        widget = workspace.pages[page]
        tabs = getattr(widget, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            yield page, widget, tabs.tabText(index) if tabs is not None else None


@pytest.fixture
def every_tab():
    """The walk over every page and tab: `for page, widget, tab in every_tab(workspace)`."""
    return _every_tab
