"""Finish what a crash interrupted, but only for the file the journal belongs to.

A process killed in the middle of a save leaves a "hot" rollback journal
(`NAME.cxcharter-journal`) beside the file. SQLite plays any hot journal it
finds into the file, whoever wrote it: a journal of another file left beside a
good charter would overwrite its pages. So nothing is played into a real file
before it has been proven on a private copy:

1. SQLite decides whether the journal is hot (a read-only connection refuses
   with SQLITE_READONLY_ROLLBACK only then: no live writer, non-empty header).
2. `check_journal()` reads the journal's header and its copy of page 1: its
   page size, application id, original size and change counter must be those
   of this file (SQLite checks none of this).
3. File and journal are copied into a private temporary folder, SQLite rolls
   the journal back into the copy, and the copy must pass the full inspection
   (integrity_check, application id, schema against the reference, the charter
   record, the audit chain, the same charter id as the file alone).

Read-only uses (dump, check, verify, export, calendar, a read-only window) then
read that recovered copy and never write the original; a writing open lets
SQLite roll the real file back. A journal that fails any step is refused with
a message naming it, and neither file is touched. No SQL of the file runs: the
connections have `trusted_schema` off and `query_only` on and read only the
schema table before `inspect()` has compared the schema with the reference.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cxcharter.store import chain, connection, errors
from cxcharter.store.schema import APPLICATION_ID, schema_objects

BUSY_TIMEOUT_S = 5.0
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
GOVERNANCE = "0003_governance"  # the migration that started the audit chain
HEADER = struct.Struct(">8sIIIII")  # magic, records, nonce, original pages, sector, page


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def hot_journal(path: Path) -> Path | None:
    """The journal beside `path` if SQLite would play it back, else None."""
    journal = journal_of(path)
    if not journal.exists():
        return None
    connection.require_regular_file(path)
    try:
        conn = connection.connect_ro(path)
        with contextlib.closing(conn):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            return journal
    return None  # not hot (a live writer holds it), or inspect() says what is wrong


def _stray(path: Path, journal: Path, why: str) -> errors.StrayJournal:
    return errors.StrayJournal(
        f"{path} was not opened: {journal.name} beside it is left over from an interrupted "
        f"save but does not belong to this charter ({why}); nothing was changed. Move "
        f"{journal.name} away if it is not this charter's, then open the charter again.",
        path=str(path),
        journal=str(journal),
        detail=why,
    )


def _journal_pages(data: bytes, page_size: int) -> Iterator[tuple[int, bytes]]:
    """(page number, original content) of every record SQLite would play back."""
    offset = 0
    while offset + HEADER.size <= len(data):
        magic, records, nonce, _orig, sector, size = HEADER.unpack_from(data, offset)
        if magic != JOURNAL_MAGIC or size != page_size or sector < HEADER.size:
            return
        offset += sector
        for _ in range(records):
            end = offset + 4 + page_size + 4
            if end > len(data):
                return
            number = int.from_bytes(data[offset : offset + 4], "big")
            page = data[offset + 4 : end - 4]
            checksum = nonce + sum(page[i] for i in range(page_size - 200, 0, -200))
            if checksum & 0xFFFFFFFF != int.from_bytes(data[end - 4 : end], "big"):
                return  # SQLite stops at the first torn record, so do we
            yield number, page
            offset = end
        offset = -(-offset // sector) * sector  # the next header starts on a sector


def check_journal(path: Path, journal: Path) -> None:
    """Raise StrayJournal unless the journal's header and page 1 are this file's."""
    try:
        data = journal.read_bytes()
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise errors.classify_os(exc, str(journal)) or _stray(path, journal, str(exc)) from None
    if len(data) < HEADER.size or len(head) < 100:
        raise _stray(path, journal, "it is too short to be a journal")
    magic, _records, _nonce, original, _sector, page_size = HEADER.unpack_from(data)
    if magic != JOURNAL_MAGIC:
        raise _stray(path, journal, "it is not an SQLite journal")
    file_page_size = int.from_bytes(head[16:18], "big")
    if page_size != (65536 if file_page_size == 1 else file_page_size):
        raise _stray(path, journal, f"its page size {page_size} is not the file's {file_page_size}")
    first = next((page for number, page in _journal_pages(data, page_size) if number == 1), None)
    before = first[:100] if first is not None else head  # page 1 as it was before the save
    if int.from_bytes(before[68:72], "big") != APPLICATION_ID:
        raise _stray(path, journal, "it is the journal of another application's database")
    if int.from_bytes(before[28:32], "big") != original:
        raise _stray(path, journal, "its original size is not the file's")
    counter, file_counter = (
        int.from_bytes(before[24:28], "big"),
        int.from_bytes(head[24:28], "big"),
    )
    if file_counter not in (counter, (counter + 1) & 0xFFFFFFFF):
        raise _stray(
            path, journal, f"it starts from save {counter}, the file is at save {file_counter}"
        )


@contextlib.contextmanager
def recovered_copy(path: Path) -> Iterator[Path]:
    """A private copy of `path` with its hot journal rolled back and fully checked.

    Raises StrayJournal (naming the journal) if the journal does not belong to the
    file or the rolled-back copy is not a healthy charter; ForeignSchema if it is a
    charter whose schema was changed (verify reports that itself).
    """
    journal = journal_of(path)
    check_journal(path, journal)
    with tempfile.TemporaryDirectory(prefix="cxcharter-recover-") as folder:
        copy = Path(folder) / "charter.cxcharter"
        try:  # the journal first: if its owner rolls back meanwhile, replaying is harmless
            shutil.copyfile(journal, journal_of(copy))
            shutil.copyfile(path, copy)
            alone = Path(folder) / "alone.cxcharter"  # the torn file without its journal
            shutil.copyfile(copy, alone)
        except OSError as exc:
            raise errors.classify_os(exc, folder) or errors.DiskFull(
                f"{path} cannot be recovered: no room for a private copy ({exc}).", path=str(path)
            ) from None
        _play_back(copy, str(path))
        if journal_of(copy).exists():
            raise _stray(path, journal, "SQLite did not play it back")
        try:
            info = connection.inspect(copy, shown=str(path), full=True)
        except errors.ForeignSchema:
            raise
        except errors.CharterError as exc:
            raise _stray(path, journal, f"rolled back, the file would be damaged: {exc}") from None
        if GOVERNANCE in info.applied and _chain_breaks(copy):
            raise _stray(path, journal, "rolled back, its audit trail would be broken")
        before, after = _charter_id(alone, copy), _charter_id(copy, copy)
        if before is not None and before != after:
            raise _stray(
                path, journal, f"rolled back, it would turn charter {before} into charter {after}"
            )
        yield copy


@contextlib.contextmanager
def readable(path: Path) -> Iterator[Path]:
    """`path` itself, or its recovered private copy when a crash left a hot journal."""
    if hot_journal(path) is None:
        yield path
    else:
        with recovered_copy(path) as copy:
            yield copy


def _chain_breaks(copy: Path) -> bool:
    """Whether the rolled-back copy's audit chain is broken (its schema is checked).

    Every save appends a chained audit entry, so a journal of another file swaps in
    that file's entries and breaks the links to ours. The last saved state of an
    untampered charter always has an intact chain.
    """
    with contextlib.closing(connection.connect_ro(copy)) as conn:
        return bool(chain.broken_links(conn))


def _charter_id(path: Path, reference: Path) -> str | None:
    """The charter's id in `path`, None if it cannot be read safely there.

    Read only when `path` has the very `charter` table the checked `reference`
    has, so no SQL of the file runs. A torn file often still shows its id (the
    charter record is written once); when it does not, the other checks decide.
    """
    try:
        with contextlib.closing(connection.connect_ro(reference)) as conn:
            wanted = {o for o in schema_objects(conn) if o[1] == "charter"}
        with contextlib.closing(connection.connect_ro(path)) as conn:
            if {o for o in schema_objects(conn) if o[1] == "charter"} != wanted:
                return None
            row = conn.execute("SELECT uuid FROM charter").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _play_back(path: Path, shown: str) -> None:
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


def roll_back_interrupted_save(path: Path) -> bool:
    """Play a hot journal back into `path` once a private copy proved it belongs there.

    False if there is none. Raises StrayJournal for a journal that is not this
    file's, ReadOnly if the file or its folder cannot be written (then the caller
    reads the recovered copy instead).
    """
    journal = hot_journal(path)
    if journal is None:
        return False
    with recovered_copy(path):
        pass
    shown = str(path)
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise errors.ReadOnly(f"{shown} was not closed cleanly and cannot be written.", path=shown)
    _play_back(path, shown)
    return not journal.exists()
