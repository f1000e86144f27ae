"""Rolling backups of the open charter, and the offer of one when a charter is damaged.

The app copies each charter it opens for writing into its data folder (…/backups):
when it is opened, every ten minutes while it is being edited, and when it is closed
after edits; the last ten of each charter are kept. The work is done by
`cxcharter.store.backup` (SQLite's backup API, no Qt); this module only decides when.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QWidget

from cxcharter.store import backup
from cxcharter.store.errors import CharterError
from cxcharter.ui import ask
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import error_text
from cxcharter.ui.session import CharterSession

INTERVAL_MS = 10 * 60 * 1000  # every ten minutes of editing
KEEP = 10  # backups kept per charter
# The backup of a charter as it was opened is made a moment later, once the window shows
# it (copying and fsyncing the file cost start-up ~10 ms or more on a slow disk), or at the
# first edit if that comes sooner.
OPEN_DELAY_MS = 2000

log = logging.getLogger("cxcharter")


def backups_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "backups"


class RollingBackups(QObject):
    """Backs up one session's charter; lives and dies with the session (its parent)."""

    def __init__(
        self,
        session: CharterSession,
        folder: Path | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        keep: int = KEEP,
    ) -> None:
        super().__init__(session)
        self.session, self.keep = session, keep
        self.folder = folder or backups_folder()
        self.made: list[Path] = []
        self.last_error: CharterError | None = None
        self._edited = False
        self._opened = QTimer(self, singleShot=True)
        self._opened.timeout.connect(self._open_backup)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        session.changed.connect(self._on_changed)
        session.aboutToClose.connect(self._on_close)

    def start(self, *, now: bool = True) -> None:
        """Back up every interval of editing; with `now`, the charter as opened too."""
        if now:
            self._opened.start(OPEN_DELAY_MS)
        self.timer.start()

    def _open_backup(self) -> None:
        self._opened.stop()
        self.back_up("open")

    def back_up(self, reason: str) -> Path | None:
        """One backup now; a failure is logged, never put in the user's way."""
        try:
            made = backup.backup_now(self.session.document.path, self.folder, reason=reason)
            backup.prune(self.folder, keep=self.keep)
        except CharterError as exc:
            self.last_error = exc
            log.warning("backup of %s failed: %s", self.session.document.path, exc)
            return None
        self.made.append(made)
        return made

    def _on_changed(self) -> None:
        if self._opened.isActive():
            self._open_backup()  # edited before the delayed open backup: make it now
        self._edited = True

    def _tick(self) -> None:
        if self._edited:
            self._edited = False
            self.back_up("timer")

    def _on_close(self) -> None:
        self.timer.stop()
        if self._opened.isActive():
            self._open_backup()  # closed within the delay: the charter as opened is kept
        if self._edited:
            self._edited = False
            self.back_up("close")


def offer_restore(
    parent: QWidget | None, damaged: Path, exc: CharterError, folder: Path | None = None
) -> tuple[bool, Path | None]:
    """Offer the newest good backup of a damaged charter: (offered, the restored copy).

    The damaged file is never touched: the backup is written as a new file beside it.
    """
    best = backup.newest_good_backup(folder or backups_folder(), damaged)
    if best is None:
        return False, None
    when = best.made.astimezone().strftime("%d.%m.%Y %H:%M")
    question = tr(
        "{problem}\n\nCX Charter has a backup of this charter from {when}. Restore "
        "it as a copy beside the damaged file and open the copy?"
    ).format(problem=error_text(exc), when=when)
    if not ask.confirm(parent, tr("The charter is damaged"), question):
        return True, None
    try:
        return True, backup.restore_copy(best, damaged)
    except CharterError as failure:
        ask.error(parent, tr("Cannot restore the backup"), error_text(failure), failure.detail)
        return True, None
