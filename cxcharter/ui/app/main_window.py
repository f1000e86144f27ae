"""The main window: menus, the welcome screen or the open charter. Wiring only.

The window is shown before anything of a charter is imported or read: the store,
the pages, the workflow and the welcome screen are imported inside the methods
that first need them (deliberately lazy, for start-up: the window paints first).
"""

from __future__ import annotations

import gc
import linecache
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from cxcharter.ui import ask
from cxcharter.ui.app.menus import WORKFLOW_ACTIONS, WindowActions
from cxcharter.ui.i18n import apply_language, tr
from cxcharter.ui.settings import AppSettings
from cxcharter.ui.widgets.style import apply_style

if TYPE_CHECKING:
    from cxcharter.store.errors import CharterError
    from cxcharter.ui.app.export_flow import PdfExport
    from cxcharter.ui.app.file_actions import FileActions
    from cxcharter.ui.app.welcome import WelcomePage
    from cxcharter.ui.app.workspace import Workspace
    from cxcharter.ui.governance.workflow import Workflow
    from cxcharter.ui.session import CharterSession

WORKFLOW_STEPS = ("readiness", *WORKFLOW_ACTIONS)


def forget_sources() -> None:
    """Let go of the source text PySide6 read for the modules just imported.

    PySide6 reads the source of every module imported after it (`inspect.getsource`,
    to see whether it uses `from __feature__ import …`) and `linecache` keeps every
    line: about 5 MB once a charter is open, a sixth of the window's memory above a
    bare Qt window. Nothing needs them kept; a traceback reads its lines anew."""
    linecache.clearcache()


OPEN_AFTER_MS = 400  # open a charter given at start even if no paint ever comes


class MainWindow(QMainWindow):
    def __init__(self, path: str | None = None) -> None:
        """The window with the welcome screen, or opening `path` once it has painted."""
        super().__init__()
        self.settings = AppSettings()
        self.session: CharterSession | None = None
        self.workspace: Workspace | None = None
        self.export: PdfExport | None = None
        self.workflow: Workflow | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 640)
        self._pending: str | None = None  # a charter to open once the window has painted
        self._opening: QLabel | None = None  # "Opening NAME …" until then

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)

        self.menus = WindowActions(self)
        self._connect_actions()
        self._retranslate_timer = QTimer(self, singleShot=True, interval=0)
        self._retranslate_timer.timeout.connect(self.retranslate)
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.show_start(path)

    @cached_property
    def files(self) -> FileActions:
        from cxcharter.ui.app.file_actions import FileActions  # lazy: after first paint

        forget_sources()
        return FileActions(self, self.settings)

    @cached_property
    def welcome(self) -> WelcomePage:
        """The welcome screen, built the first time no charter is open."""
        from cxcharter.ui.app.welcome import WelcomePage  # lazy: built only when no charter is open

        welcome = WelcomePage()
        welcome.newRequested.connect(self.new_charter)
        welcome.openRequested.connect(self.open_charter)
        welcome.sampleRequested.connect(self.open_sample)
        welcome.recentRequested.connect(self.open_path)
        self.stack.addWidget(welcome)
        return welcome

    def show_start(self, path: str | None = None) -> None:
        """What the window shows first: the welcome screen, or `path` opened as soon as
        the window has painted (it says which file it is opening until then)."""
        if not path:
            self._show_welcome()
            return
        for action in self.charter_actions:
            action.setEnabled(False)
        self.setWindowTitle(tr("CX Charter"))
        self._pending = path
        opening = QLabel(tr("Opening {name} …").format(name=Path(path).name))
        opening.setObjectName("opening")
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        opening.setTextFormat(Qt.TextFormat.PlainText)
        self.stack.addWidget(opening)
        self.stack.setCurrentWidget(opening)
        self._opening = opening
        QTimer.singleShot(OPEN_AFTER_MS, self._open_pending)

    def opening(self) -> bool:
        """True until the charter given at start has been opened (or failed to)."""
        return self._pending is not None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._pending is not None:
            QTimer.singleShot(0, self._open_pending)  # once this paint is on screen

    def _open_pending(self) -> None:
        path, self._pending = self._pending, None
        if path is None:
            return
        self.open_path(path)
        opening, self._opening = self._opening, None
        if opening is not None:
            self.stack.removeWidget(opening)
            opening.deleteLater()
        if self.session is None and self.stack.currentWidget() is not self.welcome:
            self._show_welcome()

    # ------------------------------------------------------------ actions
    def _connect_actions(self) -> None:
        for name, slot in (
            ("new", self.new_charter),
            ("open", self.open_charter),
            ("sample", self.open_sample),
            ("copy", self.save_copy),
            ("export", self.export_pdf),
            ("close", self.close_charter),
            ("calendar", self.export_calendar),
            ("quit", self.close),
            ("undo", self.undo),
            ("redo", self.redo),
            ("actor", self.change_actor),
            ("overview", lambda: self._go("overview")),
            ("next", lambda: self._step(1)),
            ("prev", lambda: self._step(-1)),
            ("people", lambda: self._go("people")),
            ("guidance", self._toggle_guidance),
            ("howto", self.show_howto),
            ("shortcuts", self.show_shortcuts),
            ("about", self.about),
            ("review_export", self._review_export),
            ("review_import", self._review_import),
            ("contribution_import", self._contribution_import),
            ("branding", self._branding),
            *((name, lambda _=False, n=name: self._workflow_step(n)) for name in WORKFLOW_STEPS),
        ):
            self.menus.actions[name].triggered.connect(slot)
        self.act_guidance.setChecked(self.settings.show_guidance())
        self.menus.recent_menu.aboutToShow.connect(self._fill_recent)
        self.recent_menu = self.menus.recent_menu
        self.menus.language_actions[self.settings.ui_language()].setChecked(True)
        self.menus.language.triggered.connect(lambda a: self.set_language(a.data()))
        self.menus.scheme_actions[self.settings.color_scheme()].setChecked(True)
        self.menus.scheme.triggered.connect(lambda a: self.set_color_scheme(a.data()))
        self.charter_actions = [
            self.act_copy,
            self.act_export,
            self.act_review_export,
            self.act_review_import,
            self.act_contribution_import,
            self.act_close,
            self.act_undo,
            self.act_redo,
            self.act_next,
            self.act_prev,
            self.act_overview,
            self.act_people,
            self.act_readiness,
            *(self.menus.actions[name] for name in WORKFLOW_ACTIONS),
        ]
        self.charter_actions += [self.act_calendar, self.act_branding]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, file in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(file).name}")
            action.setStatusTip(file)
            action.triggered.connect(lambda _=False, f=file: self.open_path(f))
        if not files:
            self.recent_menu.addAction(tr("No recent charters")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(tr("Clear List"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.welcome.set_recent([])

    # ------------------------------------------------------------- states
    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files())
        self.stack.setCurrentWidget(self.welcome)
        for action in self.charter_actions:
            action.setEnabled(False)
        self.save_state.clear()
        self.setWindowTitle(tr("CX Charter"))

    def _adopt(self, session: CharterSession | None) -> None:
        if session is None:
            return
        if not self.close_charter():
            session.close()
            return
        self.session = session
        self.workspace = self._make_workspace(session)
        for action in self.charter_actions:
            action.setEnabled(True)
        session.canUndoChanged.connect(self.act_undo.setEnabled)
        session.canRedoChanged.connect(self.act_redo.setEnabled)
        session.undoTextChanged.connect(self._undo_text)
        session.redoTextChanged.connect(self._redo_text)
        session.retranslate()  # tells the Edit menu where the history stands
        session.changed.connect(self._update_title)
        session.failed.connect(self._on_store_error)
        from cxcharter.ui.governance.workflow import Workflow  # lazy: after first paint

        forget_sources()
        self.workflow = Workflow(self, session)
        self._update_title()
        self.workspace.navigator.setFocus()

    def _make_workspace(self, session: CharterSession) -> Workspace:
        from cxcharter.ui.app.workspace import Workspace  # lazy: after first paint

        forget_sources()
        workspace = Workspace(session, self.settings)
        workspace.openAnywayRequested.connect(self.open_anyway)
        workspace.contributionRequested.connect(self._contribution_form)
        workspace.set_guidance_visible(self.act_guidance.isChecked())
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        return workspace

    def _undo_text(self, what: str) -> None:
        self.act_undo.setText(tr("&Undo {what}").format(what=what) if what else tr("&Undo"))

    def _redo_text(self, what: str) -> None:
        self.act_redo.setText(tr("&Redo {what}").format(what=what) if what else tr("&Redo"))

    def _update_title(self) -> None:
        if self.session is None:
            return
        doc = self.session.document
        title = doc.answer("front.title").text.strip() or tr("Untitled charter")
        state = tr("read-only") if doc.read_only else tr("all changes saved")
        self.setWindowTitle(f"{title} — {doc.path.name} — {state}")
        self.save_state.setText(
            tr("Read-only") if doc.read_only else tr("All changes saved automatically")
        )

    def _on_store_error(self, exc: CharterError) -> None:
        from cxcharter.ui.messages import error_text  # lazy: after first paint

        ask.error(self, tr("The change was not saved"), error_text(exc), exc.detail)

    # ------------------------------------------------------------ file menu
    def open_path(self, path: str) -> None:
        if self.session and self.session.document.path == Path(path).absolute():
            return  # already open here
        self._adopt(self.files.open(path))

    def open_anyway(self) -> None:
        if self.session is not None:
            self._adopt(self.files.open_anyway(self.session))

    def new_charter(self) -> None:
        session = self.files.ask_new()
        self._adopt(session)
        if session is not None and self.session is session:
            from cxcharter.ui.app.team_step import ask_team  # lazy: a dialog after New Charter

            ask_team(self, session)
            if self.workflow is not None:  # a new charter reads as a checklist toward review
                self.workflow.show_panel()

    def open_charter(self) -> None:
        self._adopt(self.files.ask_open())

    def open_sample(self) -> None:
        self._adopt(self.files.open_sample())

    def save_copy(self) -> None:
        if self.session:
            self.files.save_copy(self.session)

    def export_calendar(self) -> None:
        from cxcharter.ui.app.calendar_export import export_calendar  # lazy: after first paint

        if self.session is not None:
            export_calendar(self, self.session)

    def export_pdf(self) -> None:
        if self.session is None or self.export is not None:
            return
        self.session.flush()
        from cxcharter.ui.app.export_flow import ask_and_export  # lazy: only when exporting

        self.export = ask_and_export(self, self.session)
        if self.export is not None:
            self.export.done.connect(self._export_done)
            self.export.start()

    def _review_export(self) -> None:
        from cxcharter.ui.governance import review_flow  # lazy: after first paint

        if self.session is not None:
            self.session.flush()
            review_flow.export_review_copy(self)

    def _branding(self) -> None:
        from cxcharter.ui.app.branding_dialog import show_branding  # lazy: a dialog

        show_branding(self)

    def _review_import(self) -> None:
        from cxcharter.ui.governance import review_flow  # lazy: after first paint

        review_flow.import_review(self)

    def _contribution_import(self) -> None:
        from cxcharter.ui.governance import contribution_flow  # lazy: after first paint

        contribution_flow.import_contribution(self)

    def _contribution_form(self, person: int) -> None:
        from cxcharter.ui.governance import contribution_flow  # lazy: after first paint

        if self.session is not None:
            self.session.flush()
            contribution_flow.export_form(self, person)

    def _export_done(self, _ok: bool) -> None:
        self.export = None

    def close_charter(self) -> bool:
        """Close the open charter (everything is saved already). False to stay."""
        if self.session is None:
            return True
        if self.export is not None:
            self.export.cancel()
            return False
        self.workflow.detach()
        self.workflow = None
        self.workspace.detach()
        self.session.close()
        self.stack.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.session = self.workspace = None
        gc.unfreeze()  # what start-up set aside (app.collect_when_idle) is collectable again
        self._show_welcome()
        return True

    def change_actor(self) -> None:
        name = self.files.change_actor()
        if name and self.session:
            self.session.document.actor = name

    # ------------------------------------------------------------ edit/go
    def undo(self) -> None:
        if self.session:
            self.session.undo()

    def redo(self) -> None:
        if self.session:
            self.session.redo()

    def _step(self, delta: int) -> None:
        if self.workspace:
            self.workspace.step(delta)

    def _go(self, page: str) -> None:
        if self.workspace:
            self.workspace.show_page(page)

    def _workflow_step(self, name: str) -> None:
        """Charter menu: the approval panel and the workflow steps (workflow.py)."""
        if self.workflow is None:
            return
        if name == "readiness":
            self.workflow.set_panel_visible(self.act_readiness.isChecked())
        elif name == "revision":
            self.workflow.new_revision()
        else:
            getattr(self.workflow, name)()

    def _toggle_guidance(self, on: bool) -> None:
        self.settings.set_show_guidance(on)
        if self.workspace:
            self.workspace.set_guidance_visible(on)

    # ------------------------------------------------------------ view/help
    def set_language(self, choice: str) -> None:
        """Menus, pages and messages in `choice` ('system', 'de', 'en'), right away."""
        self.settings.set_ui_language(choice)
        apply_language(choice)  # every window then gets a LanguageChange event
        self.menus.language_actions[choice].setChecked(True)

    def set_color_scheme(self, choice: str) -> None:
        self.settings.set_color_scheme(choice)
        apply_style(QApplication.instance(), choice)
        self.menus.scheme_actions[choice].setChecked(True)

    def show_howto(self) -> None:
        from cxcharter.ui.app.help_page import HowToWindow  # lazy: built when first asked for

        HowToWindow.show_for(self)

    def show_shortcuts(self) -> None:
        from cxcharter.ui.app.shortcuts_dialog import ShortcutsDialog  # lazy: a dialog

        ask.run_dialog(ShortcutsDialog(self, self.menus.menus()))

    def about(self) -> None:
        from cxcharter.ui.app.about_dialog import AboutDialog  # lazy: reads package metadata

        ask.run_dialog(AboutDialog(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_timer.start()  # one rewording for a burst of events
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Reword everything in the current UI language; nothing is reopened or lost.

        Menus and the welcome page are reworded in place. The workspace's pages are
        made anew (all their state lives in the store), on the same page and scroll
        position, so every label, list and date follows the new language.
        """
        self.menus.retranslate()
        self.menus.language_actions[self.settings.ui_language()].setChecked(True)
        if "welcome" in self.__dict__:  # built already
            self.welcome.retranslate()
        if self.session is None:
            self._show_welcome()
            return
        self.rebuild_workspace()
        self.workflow.retranslate()
        self.session.retranslate()  # the Undo/Redo texts, worded anew
        self._update_title()

    def rebuild_workspace(self) -> None:
        """Make the pages anew (language switch, read-only or editable again) on the same
        page and scroll position: all their state lives in the store."""
        view = self.workspace.view_state()
        old = self.workspace
        old.detach()
        self.workspace = self._make_workspace(self.session)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.workspace.restore_view_state(view)

    # ---------------------------------------------------------- window
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export is not None:
            self.export.cancel()
            QThreadPool.globalInstance().waitForDone(10000)
        if self.session is not None:
            self.workflow.detach()
            self.workspace.detach()
            self.session.close()
            self.session = None
        self.settings.set_geometry(self.saveGeometry())
        event.accept()

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())
