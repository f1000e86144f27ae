"""Refusals that the hostile-file table of test_files.py does not pin down on its own.

Each test here was written after switching one protection of `connection.inspect()`
off and watching every test of test_files.py still pass (see docs/reliability.md):

- damage in a page that `inspect()` never reads by itself (a content table) is found
  only by `PRAGMA quick_check`;
- an SQLite database that carries an (empty) sqlite-utils migrations table but not
  our application id would otherwise be *upgraded into a charter*, i.e. written to;
- the read-only connections (inspect, viewing) must not trust the file's schema either.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations
from test_files import ACTOR, leftovers, make_charter, sha256

from cxcharter.store import connection, errors
from cxcharter.store.connection import inspect
from cxcharter.store.document import CharterDocument


def _pages_of(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,)
            )
        ]
    finally:
        conn.close()


def _scribble_page(path: Path, pageno: int) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (pageno - 1) * size
    data[start : start + size] = random.Random(pageno).randbytes(size)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("table", ["answers", "people", "audit_log"])
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_damage_in_a_content_table_is_refused_untouched(tmp_path, table, read_only):
    """The page holds the user's content, not the schema: only quick_check sees it."""
    path = make_charter(tmp_path / "suspect.cxcharter", big=True)
    pages = _pages_of(path, table)
    assert pages, f"no page of {table}"
    _scribble_page(path, pages[0])  # the table's root page
    digest = sha256(path)

    with pytest.raises(errors.DamagedFile) as info:
        CharterDocument.open(path, actor=ACTOR, read_only=read_only)

    assert info.value.code == "damaged"
    assert sha256(path) == digest
    assert leftovers(path) == []
    with pytest.raises(errors.DamagedFile):
        inspect(path)


def _sqlite_utils_database(path: Path, *, with_table: bool) -> None:
    """What another application built on sqlite-utils leaves behind (no application id)."""
    db = Database(path)
    other = Migrations("invoices")
    if with_table:

        @other(name="0001_invoices")
        def _m(db: Database) -> None:
            db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")

        other.apply(db)
    else:
        other.ensure_migrations_table(db)  # installed, nothing applied yet
    db.close()


@pytest.mark.parametrize("with_table", [False, True], ids=["empty", "with-its-tables"])
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_another_sqlite_utils_application_is_refused_untouched(tmp_path, with_table, read_only):
    path = tmp_path / "rechnungen.cxcharter"
    _sqlite_utils_database(path, with_table=with_table)
    digest = sha256(path)

    with pytest.raises(errors.CharterError) as info:
        CharterDocument.open(
            path, actor=ACTOR, read_only=read_only, backup_dir=tmp_path / "backups"
        )

    assert type(info.value) is errors.ForeignDatabase, str(info.value)
    assert sha256(path) == digest, "the other application's file was written to"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rechnungen.cxcharter"]


def test_the_read_only_connections_do_not_trust_the_schema(tmp_path):
    path = make_charter(tmp_path / "c.cxcharter")
    ro = connection.connect_ro(path)
    mem = connection.copy_to_memory(path)
    try:
        assert ro.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert mem.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    finally:
        ro.close()
        mem.close()
    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        assert doc._conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    finally:
        doc.close()


def test_a_charter_without_its_charter_record_is_refused_untouched(tmp_path):
    """inspect() checks for exactly one charter record; without it open() would crash."""
    from test_files import raw_sql

    path = make_charter(tmp_path / "suspect.cxcharter")
    raw_sql(path, "DELETE FROM charter;")
    digest = sha256(path)
    for read_only in (False, True):
        with pytest.raises(errors.DamagedFile):
            CharterDocument.open(path, actor=ACTOR, read_only=read_only)
    assert sha256(path) == digest
    assert leftovers(path) == []


def test_a_schema_history_with_a_hole_is_refused_as_damaged(tmp_path):
    """A migration record missing from the middle of the history: not a charter we wrote."""
    from test_files import raw_sql

    from cxcharter.store.schema import migration_names

    path = make_charter(tmp_path / "suspect.cxcharter")
    raw_sql(path, f"DELETE FROM _sqlite_migrations WHERE name = '{migration_names()[1]}';")
    digest = sha256(path)
    with pytest.raises(errors.CharterError) as info:
        CharterDocument.open(path, actor=ACTOR)
    assert type(info.value) is errors.DamagedFile, str(info.value)
    assert "history" in str(info.value)
    assert sha256(path) == digest
