"""Opening, creating, copying and closing charters: the File menu's logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from cxcharter.store.document import CharterDocument
from cxcharter.store.errors import CharterError
from cxcharter.ui import ask
from cxcharter.ui.app.backups import RollingBackups, backups_folder, offer_restore
from cxcharter.ui.app.file_lock import QtFileLock
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import error_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.settings import AppSettings


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def samples_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "samples"


class FileActions:
    """Turns a user's file wish into an open CharterSession, or a clear message."""

    def __init__(self, window: QWidget, settings: AppSettings) -> None:
        self.window, self.settings = window, settings

    def actor(self) -> str | None:
        """Who is editing: asked once, then remembered."""
        name = self.settings.actor()
        if name:
            return name
        name = ask.text(
            self.window,
            tr("Who is editing?"),
            tr("Your name is recorded with every change you make:"),
            self.settings.default_actor(),
        )
        if not name or not name.strip():
            return None
        self.settings.set_actor(name)
        return name.strip()

    def change_actor(self) -> str | None:
        name = ask.text(
            self.window,
            tr("Who is editing?"),
            tr("Your name is recorded with every change you make:"),
            self.settings.actor() or self.settings.default_actor(),
        )
        if name and name.strip():
            self.settings.set_actor(name)
            return name.strip()
        return None

    def _fail(self, title: str, exc: CharterError) -> None:
        ask.error(self.window, title, error_text(exc), exc.detail)

    def open(self, path: str | Path) -> CharterSession | None:
        actor = self.actor()
        if actor is None:
            return None
        path = Path(path).absolute()
        lock = QtFileLock(path, actor)
        try:
            doc = CharterDocument.open(path, actor=actor, lock=lock, backup_dir=backups_folder())
        except CharterError as exc:
            if exc.code == "damaged":
                offered, restored = offer_restore(self.window, path, exc)
                if restored is not None:
                    return self.open(restored)
                if offered:
                    return None
            self._fail(tr("Cannot open the charter"), exc)
            if exc.code == "missing":
                self.settings.remove_recent(str(path))
            return None
        self.settings.add_recent(path)
        self.settings.set_last_folder(path.parent)
        session = CharterSession(doc)
        if doc.read_only_reason == "locked" and lock.may_be_elsewhere():
            session.takeover = lock
        return self._with_backups(session, now=True)

    def open_anyway(self, session: CharterSession) -> CharterSession | None:
        """Take over a lock another computer may still hold, after a clear warning."""
        lock, doc = session.takeover, session.document
        if lock is None or not ask.confirm(
            self.window,
            tr("Open anyway?"),
            tr(
                "“{path}” is marked as open by {holder}.\n\nOpen it for editing only if "
                "nobody is working on it there any more (for example, that computer crashed "
                "or was switched off). If both of you edit it, changes are lost."
            ).format(path=doc.path.name, holder=doc.lock_holder),
        ):
            return None
        if not lock.force():
            ask.error(
                self.window,
                tr("Cannot open the charter"),
                tr("“{path}” is still locked; it stays read-only.").format(path=doc.path.name),
            )
            return None
        try:
            taken = CharterDocument.open(
                doc.path, actor=self.actor() or doc.actor, lock=lock, backup_dir=backups_folder()
            )
        except CharterError as exc:
            lock.unlock()
            self._fail(tr("Cannot open the charter"), exc)
            return None
        return self._with_backups(CharterSession(taken), now=True)

    def _with_backups(self, session: CharterSession, *, now: bool) -> CharterSession:
        """Rolling backups for a charter this window may write (the session owns them)."""
        if not session.read_only:
            RollingBackups(session).start(now=now)
        return session

    def ask_open(self) -> CharterSession | None:
        path = ask.open_file(
            self.window, tr("Open charter"), self.settings.last_folder() or documents_folder()
        )
        return self.open(path) if path else None

    def ask_new(self) -> CharterSession | None:
        from cxcharter.ui.app.new_dialog import NewCharterDialog  # lazy: not for opening a file

        dialog = NewCharterDialog(self.settings.last_folder() or documents_folder(), self.window)
        if not ask.run_dialog(dialog):
            return None
        actor = self.actor()
        if actor is None:
            return None
        path = dialog.path()
        try:
            doc = CharterDocument.create(
                path,
                title=dialog.title.text().strip(),
                language=dialog.language.currentData(),
                actor=actor,
                lock=QtFileLock(path, actor),
            )
        except CharterError as exc:
            self._fail(tr("Cannot create the charter"), exc)
            return None
        self.settings.add_recent(path)
        self.settings.set_last_folder(path.parent)
        return self._with_backups(CharterSession(doc), now=False)

    def open_sample(self, language: str | None = None) -> CharterSession | None:
        """Open the sample charter, writing it first if this user has none yet."""
        from cxcharter.sample import write_sample  # lazy: not for opening a file
        from cxcharter.ui.app.new_dialog import default_language  # lazy: not for opening a file

        language = language or default_language()
        folder = samples_folder()
        path = folder / (
            "Beispiel-Charta.cxcharter" if language == "de" else "Sample-Charter.cxcharter"
        )
        if not path.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                write_sample(path, language, actor="CX Charter")
            except OSError as exc:
                ask.error(self.window, tr("Cannot create the sample"), str(exc))
                return None
            except CharterError as exc:
                self._fail(tr("Cannot create the sample"), exc)
                return None
        return self.open(path)

    def save_copy(self, session: CharterSession) -> None:
        session.flush()
        doc = session.document
        target = ask.save_file(
            self.window,
            tr("Save a copy as"),
            str(doc.path.with_name(f"{doc.path.stem}-copy.cxcharter")),
        )
        if not target:
            return
        if not target.endswith(".cxcharter"):
            target += ".cxcharter"
        try:
            doc.save_copy(target)
        except CharterError as exc:
            self._fail(tr("Cannot save the copy"), exc)
