"""The main window: menus, the welcome screen or the open charter. Wiring only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget

from cxcharter import __version__
from cxcharter.store.errors import CharterError
from cxcharter.ui import ask
from cxcharter.ui.export_flow import PdfExport
from cxcharter.ui.file_actions import FileActions
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import error_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.settings import AppSettings
from cxcharter.ui.welcome import WelcomePage
from cxcharter.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.settings = AppSettings()
        self.files = FileActions(self, self.settings)
        self.session: CharterSession | None = None
        self.workspace: Workspace | None = None
        self.export: PdfExport | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 640)

        self.welcome = WelcomePage()
        self.welcome.newRequested.connect(self.new_charter)
        self.welcome.openRequested.connect(self.open_charter)
        self.welcome.sampleRequested.connect(self.open_sample)
        self.welcome.recentRequested.connect(self.open_path)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)

        self._build_actions()
        self._build_menus()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self._show_welcome()

    # ------------------------------------------------------------ actions
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new = self._action(tr("&New Charter…"), self.new_charter, K.New)
        self.act_open = self._action(tr("&Open…"), self.open_charter, K.Open)
        self.act_sample = self._action(tr("Open &Sample Charter"), self.open_sample)
        self.act_copy = self._action(tr("Save a &Copy As…"), self.save_copy, "Ctrl+Shift+S")
        self.act_export = self._action(tr("&Export PDF…"), self.export_pdf, "Ctrl+E")
        self.act_close = self._action(tr("&Close"), self.close_charter, K.Close)
        self.act_quit = self._action(tr("&Quit"), self.close, "Ctrl+Q")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_undo = self._action(tr("&Undo"), self.undo, K.Undo)
        self.act_redo = self._action(tr("&Redo"), self.redo, K.Redo)
        self.act_actor = self._action(tr("Who Is &Editing…"), self.change_actor)
        self.act_next = self._action(tr("&Next Section"), lambda: self._step(1), "Ctrl+PgDown")
        self.act_prev = self._action(tr("&Previous Section"), lambda: self._step(-1),
                                     "Ctrl+PgUp")
        self.act_overview = self._action(tr("&Overview"), lambda: self._go("overview"),
                                         "Ctrl+0")
        self.act_people = self._action(tr("P&eople"), lambda: self._go("people"),
                                       "Ctrl+Shift+P")
        self.act_guidance = self._action(tr("Show &Guidance"), self._toggle_guidance, "F1")
        self.act_guidance.setCheckable(True)
        self.act_guidance.setChecked(self.settings.show_guidance())
        self.act_about = self._action(tr("&About CX Charter"), self.about)
        self.charter_actions = [self.act_copy, self.act_export, self.act_close, self.act_undo,
                                self.act_redo, self.act_next, self.act_prev,
                                self.act_overview, self.act_people]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = QMenu(tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.act_sample)
        file_menu.addSeparator()
        file_menu.addActions([self.act_copy, self.act_export])
        file_menu.addSeparator()
        file_menu.addActions([self.act_close, self.act_quit])
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_actor)
        go_menu = bar.addMenu(tr("&Go"))
        go_menu.addActions([self.act_overview, self.act_next, self.act_prev, self.act_people])
        view_menu = bar.addMenu(tr("&View"))
        view_menu.addAction(self.act_guidance)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.act_about)

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
        self.workspace = Workspace(session)
        self.workspace.set_guidance_visible(self.act_guidance.isChecked())
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        for action in self.charter_actions:
            action.setEnabled(True)
        stack = session.undo_stack
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        session.changed.connect(self._update_title)
        session.failed.connect(self._on_store_error)
        self._update_title()
        self.workspace.navigator.setFocus()

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
        self.save_state.setText(tr("Read-only") if doc.read_only
                                else tr("All changes saved automatically"))

    def _on_store_error(self, exc: CharterError) -> None:
        ask.error(self, tr("The change was not saved"), error_text(exc), exc.detail)

    # ------------------------------------------------------------ file menu
    def open_path(self, path: str) -> None:
        if self.session and self.session.document.path == Path(path).absolute():
            return  # already open here
        self._adopt(self.files.open(path))

    def new_charter(self) -> None:
        self._adopt(self.files.ask_new())

    def open_charter(self) -> None:
        self._adopt(self.files.ask_open())

    def open_sample(self) -> None:
        self._adopt(self.files.open_sample())

    def save_copy(self) -> None:
        if self.session:
            self.files.save_copy(self.session)

    def export_pdf(self) -> None:
        if self.session is None or self.export is not None:
            return
        self.session.flush()
        doc = self.session.document
        target = ask.save_file(self, tr("Export PDF"), str(doc.path.with_suffix(".pdf")),
                               ask.PDF_FILTER)
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        self.export = PdfExport(self, doc.snapshot(), self.session.catalog, Path(target))
        self.export.done.connect(self._export_done)
        self.export.start()

    def _export_done(self, _ok: bool) -> None:
        self.export = None

    def close_charter(self) -> bool:
        """Close the open charter (everything is saved already). False to stay."""
        if self.session is None:
            return True
        if self.export is not None:
            self.export.cancel()
            return False
        self.workspace.detach()
        self.session.close()
        self.stack.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.session = self.workspace = None
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

    def _toggle_guidance(self, on: bool) -> None:
        self.settings.set_show_guidance(on)
        if self.workspace:
            self.workspace.set_guidance_visible(on)

    def about(self) -> None:
        ask.info(self, tr("About CX Charter"), tr(
            "CX Charter {version}\n\nWrite, govern and export your customer-experience "
            "charter.\n\nBuilt with Qt (LGPLv3) and PySide6; PDFs use the DejaVu fonts."
        ).format(version=__version__))

    # ---------------------------------------------------------- window
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export is not None:
            self.export.cancel()
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10000)
        if self.session is not None:
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

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.workspace is not None:
            self.workspace.navigator.setFocus()
            return
        super().keyPressEvent(event)
