"""Known failures of the charter file, each with a stable code for the UI.

`CharterError` and `InvalidValue` are the domain's (`cxcharter.domain.errors`); the
store's code raises them as `errors.InvalidValue`, so this module names them too.

The CLI prints `str(error)` (English); the window maps `code` to a translated
sentence and shows `detail` beneath it.
"""

from __future__ import annotations

import errno
import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from cxcharter.domain.errors import CharterError as CharterError  # re-exported
from cxcharter.domain.errors import InvalidValue as InvalidValue  # re-exported

if TYPE_CHECKING:
    import sqlite3

T = TypeVar("T")
BUSY_PATIENCE = 30.0  # seconds a statement keeps trying while another process writes


class EmptyFile(CharterError):
    code = "empty"


class NotSQLite(CharterError):
    code = "not_sqlite"


class ForeignDatabase(CharterError):
    code = "foreign_database"


class DamagedFile(CharterError):
    code = "damaged"


class NewerVersion(CharterError):
    code = "newer_version"


class ForeignSchema(CharterError):
    """The file's database objects are not CX Charter's: `reason` says how ("extra": some
    CX Charter did not create, "missing": some it needs are gone, "changed": some differ
    from its own, or both), `params["objects"]` names them as (type, name) pairs."""

    code = "foreign_schema"

    def __init__(self, message: str, *, reason: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.reason = reason


class FileMissing(CharterError):
    code = "missing"


class AlreadyExists(CharterError):
    code = "exists"


class ReadOnly(CharterError):
    code = "read_only"


class DiskFull(CharterError):
    code = "disk_full"


class IdsExhausted(CharterError):
    """A list of the charter has no id left for a new row (its ids reached
    `values.MAX_ID`, or SQLite's own largest); not a full disk."""

    code = "ids_exhausted"


class Busy(CharterError):
    code = "locked"


class AccessDenied(CharterError):
    code = "access_denied"


class NotRegular(CharterError):
    """A FIFO, device or socket where a file was expected (reading it could hang)."""

    code = "not_regular"


class StrayJournal(CharterError):
    """A left-over `-journal` that does not provably belong to the file; `journal` names it."""

    code = "stray_journal"

    def __init__(self, message: str, *, journal: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.journal = journal


class Frozen(CharterError):
    """The content is frozen (in review, or approved); `state` says which."""

    code = "frozen"

    def __init__(self, message: str, *, state: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.state = state


class NotReady(CharterError):
    """Submitting for review while readiness blockers remain; `findings` lists them."""

    code = "not_ready"

    def __init__(self, message: str, *, findings: tuple[object, ...] = (), **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.findings = findings


class WorkflowError(CharterError):
    """A governance step that the current state does not allow; `reason` is a code."""

    code = "workflow"

    def __init__(self, message: str, *, reason: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.reason = reason


def classify_sqlite(exc: sqlite3.Error, path: str) -> CharterError | None:
    """Turn a known SQLite failure into a CharterError; None means a bug."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFull(f"The disk is full; the change to {path} was not saved.", path=path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnly(f"{path} is read-only; the change was not saved.", path=path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return Busy(f"{path} is busy in another program; try again.", path=path)
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return NotSQLite(f"{path} is not a CX Charter file.", path=path)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return DamagedFile(f"{path} is damaged and cannot be read.", path=path)
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return AccessDenied(f"{path} cannot be opened (no permission?).", path=path)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DiskFull(
            f"Writing {path} failed (disk full or removed?).", path=path, detail=str(exc)
        )
    return None


def patiently(run: Callable[[], T], path: str, patience: float | None = None) -> T:
    """`run()`, tried again after a growing, jittered pause while the file is busy in
    another connection (SQLite's own busy handler is not fair: a waiting writer sleeps
    while the other one may commit again and again). Known failures become
    CharterErrors, Busy only after `patience` seconds; unknown ones stay (bugs)."""
    import sqlite3  # lazy: the window imports this module before its first paint, not SQLite

    deadline = time.monotonic() + (BUSY_PATIENCE if patience is None else patience)
    pause = 0.002
    while True:
        try:
            return run()
        except sqlite3.Error as exc:
            known = classify_sqlite(exc, path)
            if not isinstance(known, Busy) or time.monotonic() >= deadline:
                if known is None:
                    raise
                raise known from exc
        except Busy:  # from a step that classified it already (opening a file)
            if time.monotonic() >= deadline:
                raise
        time.sleep(random.uniform(pause / 4, pause))
        pause = min(pause * 2, 0.2)


def classify_os(exc: OSError, path: str) -> CharterError | None:
    """Turn a known OS failure into a CharterError; None means a bug."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"The disk is full; {path} was not written.", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return AccessDenied(f"No permission to write {path}.", path=path)
    if exc.errno == errno.EROFS:
        return ReadOnly(f"{path} is on a read-only disk.", path=path)
    if exc.errno == errno.ENOENT:
        return FileMissing(f"{path} does not exist.", path=path)
    if exc.errno == errno.EISDIR:
        return AccessDenied(f"{path} is a folder, not a file.", path=path)
    return None
