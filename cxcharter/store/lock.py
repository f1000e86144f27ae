"""Who holds a charter file. The store asks; the window supplies a QLockFile.

The store stays free of Qt, so it takes any object with this shape. The core
default is `NoLock` (the command line only ever writes new files).
"""

from __future__ import annotations

from typing import Protocol


class FileLock(Protocol):
    def try_lock(self) -> bool:
        """Take the lock now or return False (never wait)."""

    def holder(self) -> str:
        """Who holds it, for the message to the user ('' if unknown)."""

    def unlock(self) -> None: ...


class NoLock:
    def try_lock(self) -> bool:
        return True

    def holder(self) -> str:
        return ""

    def unlock(self) -> None:
        return None
