"""Open a .cxcharter file safely: inspect read-only first, then connect with pragmas.

Nothing here writes to a file that has not passed `inspect()`: a file that is
empty, not SQLite, another application's database, damaged, from a newer
version or carrying objects we did not create is refused byte-for-byte intact.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from cxcharter.domain import error_text
from cxcharter.store import errors
from cxcharter.store.schema import (
    APPLICATION_ID,
    MIGRATION_SET,
    migration_names,
    reference_schema,
    schema_objects,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class FileInfo:
    path: Path
    applied: tuple[str, ...]

    @property
    def needs_upgrade(self) -> bool:
        return self.applied != migration_names()


def _ro_uri(path: Path) -> str:
    return f"file:{quote(str(path))}?mode=ro"


def connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(_ro_uri(path), uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


_NOT_REGULAR = (  # keys of domain/error_text.py KINDS
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
)


def require_regular_file(
    path: str | os.PathLike[str], shown: str = "", *, what: str = "charter"
) -> None:
    """Refuse anything but a regular file before anything opens it for reading.

    The one place every charter (and an input PDF) passes first: opening a FIFO
    waits for a writer for ever, a device may never end. `os.stat` follows a
    symbolic link, so a link to a regular file is fine.
    """
    shown = shown or str(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise errors.FileMissing(f"{shown} does not exist.", path=shown) from None
    except PermissionError:
        raise errors.AccessDenied(f"No permission to read {shown}.", path=shown) from None
    except OSError as exc:
        raise errors.AccessDenied(f"{shown} cannot be read ({exc.strerror}).", path=shown) from None
    if stat.S_ISDIR(mode):
        raise errors.NotSQLite(f"{shown} is a folder, not a {what}.", path=shown)
    if not stat.S_ISREG(mode):
        kind = next((key for test, key in _NOT_REGULAR if test(mode)), "other")
        raise errors.NotRegular(
            error_text.describe("not_regular", {"path": shown, "kind": kind}),
            path=shown,
            params={"kind": kind},
        )


def inspect(path: str | os.PathLike[str], *, shown: str = "", full: bool = False) -> FileInfo:
    """Check that `path` is a charter we can open, without writing to it.

    `shown` is the name to use in messages (a private copy is named after its
    original); `full` runs `integrity_check` instead of `quick_check`.
    """
    path = Path(path)
    shown = shown or str(path)
    require_regular_file(path, shown)
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise errors.FileMissing(f"{shown} does not exist.", path=shown) from None
    except PermissionError:
        raise errors.AccessDenied(f"No permission to read {shown}.", path=shown) from None
    if not head:
        raise errors.EmptyFile(f"{shown} is empty (0 bytes); it is not a charter.", path=shown)
    if not head.startswith(SQLITE_MAGIC):
        raise errors.NotSQLite(f"{shown} is not a CX Charter file.", path=shown)
    if len(head) < 100:
        raise errors.DamagedFile(f"{shown} is truncated; it cannot be read.", path=shown)
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != APPLICATION_ID:
        raise errors.ForeignDatabase(
            f"{shown} is an SQLite database of another application, not a charter.",
            path=shown,
        )
    try:
        conn = connect_ro(path)
    except sqlite3.Error as exc:
        raise errors.classify_sqlite(exc, shown) or errors.DamagedFile(
            f"{shown} cannot be opened.", path=shown, detail=str(exc)
        ) from None
    try:
        return _inspect_open(conn, path, shown, full=full)
    except sqlite3.Error as exc:
        known = errors.classify_sqlite(exc, shown)
        if isinstance(known, (errors.NotSQLite, errors.DamagedFile)) or known is None:
            raise errors.DamagedFile(
                f"{shown} is damaged and cannot be read.", path=shown, detail=str(exc)
            ) from None
        raise known from None
    finally:
        conn.close()


def _inspect_open(conn: sqlite3.Connection, path: Path, shown: str, *, full: bool) -> FileInfo:
    check = conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}").fetchall()
    if check != [("ok",)]:
        raise errors.DamagedFile(
            f"{shown} is damaged and cannot be read.",
            path=shown,
            detail="; ".join(str(r[0]) for r in check[:5]),
        )
    applied = read_applied(conn, shown)
    known = migration_names()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise errors.NewerVersion(
            f"{shown} was written by a newer version of CX Charter; update the "
            "application to open it.",
            path=shown,
            detail=", ".join(unknown),
        )
    if applied != known[: len(applied)]:
        raise errors.DamagedFile(
            f"{shown} has an inconsistent schema history.", path=shown, detail=", ".join(applied)
        )
    extra = schema_objects(conn) - reference_schema(applied)
    missing = reference_schema(applied) - schema_objects(conn)
    if extra or missing:
        raise _foreign_schema(shown, extra, missing)
    if applied and conn.execute("SELECT count(*) FROM charter").fetchone()[0] != 1:
        raise errors.DamagedFile(f"{shown} is damaged (its charter record is missing).", path=shown)
    return FileInfo(path=path, applied=applied)


def _foreign_schema(
    shown: str, extra: frozenset[tuple[str, str, str]], missing: frozenset[tuple[str, str, str]]
) -> errors.ForeignSchema:
    """Which objects are not CX Charter's: added ones, missing ones, or changed ones (an
    object both missing and extra under its name, or a file with both kinds)."""
    added = {(t, n) for t, n, _ in extra}
    gone = {(t, n) for t, n, _ in missing}
    if not gone:
        reason, objects = "extra", sorted(added)
    elif not added:
        reason, objects = "missing", sorted(gone)
    else:
        reason, objects = "changed", sorted(added | gone)
    named = ", ".join(f"{t} {n}" for t, n in objects[:5])
    sentence = {
        "extra": f"{shown} contains database objects CX Charter did not create ({named})",
        "missing": f"{shown} is missing database objects CX Charter needs ({named})",
        "changed": f"{shown} has database objects that differ from CX Charter's ({named})",
    }[reason]
    return errors.ForeignSchema(
        f"{sentence}; it is refused for safety.",
        path=shown,
        reason=reason,
        params={"objects": tuple(objects)},
    )


def read_applied(conn: sqlite3.Connection, shown: str) -> tuple[str, ...]:
    """The migrations a file records, read only once its history table is ours.

    The first row anyone reads: a file whose `_sqlite_migrations` is a view (or a
    changed table) would otherwise run its own SQL right here.
    """
    history = {o for o in schema_objects(conn) if o[1] == "_sqlite_migrations"}
    if not history:
        raise errors.ForeignDatabase(f"{shown} is not a charter (no schema).", path=shown)
    if history - reference_schema(()):
        raise errors.ForeignSchema(
            f"{shown} has database objects that differ from CX Charter's "
            "(_sqlite_migrations was changed); it is refused for safety.",
            path=shown,
            reason="changed",
            params={"objects": tuple(sorted((t, n) for t, n, _ in history))},
        )
    return tuple(
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,),
        )
    )


def configure(conn: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    """Pragmas for a document nobody can afford to lose."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")


def connect_rw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    configure(conn, foreign_keys=False)
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "delete":
        # A single self-contained file at rest, even while mailed mid-session.
        conn.execute("PRAGMA journal_mode = DELETE")
    return conn


def copy_to_memory(path: Path) -> sqlite3.Connection:
    """A private in-memory copy, for read-only viewing (and upgrading) of a file."""
    src = connect_ro(path)
    mem = sqlite3.connect(":memory:")
    with contextlib.closing(src):
        src.backup(mem)
    configure(mem, foreign_keys=False)
    return mem
