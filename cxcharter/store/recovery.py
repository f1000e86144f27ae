"""Finish what a crash interrupted: roll back a save that was cut off half-way.

A process killed in the middle of a save leaves a "hot" rollback journal
(`NAME.cxcharter-journal`) beside the file. The file alone is then a mix of old
and new pages; SQLite restores the last committed state from the journal, but
only on a connection that may write. `connection.inspect()` reads through a
read-only connection, which refuses with SQLITE_READONLY_ROLLBACK, so the
store calls this first and inspects again. No SQL of the file runs here: the
connection only reads the schema table, with `trusted_schema` off and
`query_only` on, and the caller has already checked the file's header.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from cxcharter.store import errors

BUSY_TIMEOUT_S = 5.0


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def roll_back_interrupted_save(path: Path) -> bool:
    """Play back a hot journal beside `path`. False if there is none to play back.

    Raises ReadOnly (with a way out) if the file or its folder cannot be written,
    because then nobody can restore the last saved state in place.
    """
    journal = journal_of(path)
    if not journal.exists():
        return False
    shown = str(path)
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        why = (f"{shown} was not closed cleanly (a save was interrupted) and lies where it "
               "cannot be written; copy it together with its -journal file to a writable "
               "folder and open it there.")
        raise errors.ReadOnly(why, path=shown, detail=why)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        with contextlib.closing(conn):
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            # The first read takes the lock and rolls the hot journal back.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise errors.classify_sqlite(exc, shown) or errors.DamagedFile(
            f"{shown} is damaged and cannot be read.", path=shown, detail=str(exc)
        ) from None
    return not journal.exists()
