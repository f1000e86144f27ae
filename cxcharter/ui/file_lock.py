"""A QLockFile beside the charter tells a second window or process who has it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from cxcharter.ui.i18n import tr


def lock_path(charter: Path) -> Path:
    return charter.with_name(f".{charter.name}.lock")


class QtFileLock:
    """The store's FileLock protocol on top of QLockFile."""

    def __init__(self, charter: Path) -> None:
        self._lock = QLockFile(str(lock_path(Path(charter))))
        # Held for hours while a window is open: only a dead process makes it stale.
        self._lock.setStaleLockTime(0)

    def try_lock(self) -> bool:
        return self._lock.tryLock(0)

    def holder(self) -> str:
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app), or a bool on failure
        if not isinstance(info, tuple) or len(info) != 3:
            return ""
        pid, host, app = info
        return tr("{app} (process {pid} on {host})").format(
            app=app or "CX Charter", pid=pid, host=host)

    def unlock(self) -> None:
        self._lock.unlock()
