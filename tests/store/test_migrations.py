"""Every saved file of an earlier schema opens and upgrades; the schema matches the spec."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cxcharter.domain.entities import KINDS
from cxcharter.store.document import CharterDocument
from cxcharter.store.schema import migration_names

FILES = Path(__file__).parent / "files"
FIXTURES = sorted(FILES.glob("v*.cxcharter"))


def test_there_is_a_fixture_for_every_schema_but_the_newest():
    assert len(FIXTURES) == len(migration_names()) - 1


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_old_file_upgrades_and_keeps_its_content(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    doc = CharterDocument.open(path, actor="tester")
    assert doc.answer("vision.statement").text == "Wir lösen Anliegen beim ersten Kontakt. 😀"
    assert doc.people()[0].name == "Anna Weber"
    applied = [r[0] for r in doc._conn.execute("SELECT name FROM _sqlite_migrations")]
    assert tuple(applied) == migration_names()
    doc.set_answer_text("vision.scope", "after the upgrade")
    doc.close()
    again = CharterDocument.open(path, actor="tester")  # the upgraded file passes inspection
    assert again.answer("vision.scope").text == "after the upgrade"
    again.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_read_only_open_of_an_old_file_leaves_it_untouched(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = path.read_bytes()
    doc = CharterDocument.open(path, actor="tester", read_only=True)
    assert doc.answer("front.title").text == "CX-Charta Kundenservice"
    doc.close()
    assert path.read_bytes() == before


def test_every_kind_matches_its_table(tmp_path):
    doc = CharterDocument.create(tmp_path / "c.cxcharter", title="t", language="en", actor="t")
    conn: sqlite3.Connection = doc._conn
    for kind in KINDS.values():
        columns = {r[1]: r for r in conn.execute(f"PRAGMA table_info({kind.table})")}
        assert columns, f"table {kind.table} is missing"
        for field in kind.fields:
            assert field.column in columns, f"{kind.table}.{field.column} is missing"
            notnull = columns[field.column][3]
            if field.type in ("text", "line"):
                assert notnull, f"{kind.table}.{field.column} should be NOT NULL"
        assert ("position" in columns) == kind.ordered, kind.table
        fks = {r[3]: r for r in conn.execute(f"PRAGMA foreign_key_list({kind.table})")}
        for field in kind.fields:
            if field.type != "ref":
                continue
            fk = fks[field.column]
            target = "people" if field.ref == "person" else KINDS[field.ref].table
            assert fk[2] == target, f"{kind.table}.{field.column} → {fk[2]}"
            assert fk[6] == ("CASCADE" if field.cascade else "SET NULL"), field.column
    doc.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_the_upgrade_chains_the_old_audit_entries(fixture, tmp_path):
    from cxcharter.store import chain

    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    old = sqlite3.connect(path)
    count = old.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    old.close()
    doc = CharterDocument.open(path, actor="tester")
    doc.set_answer_text("vision.scope", "after the upgrade")
    rows = doc._conn.execute("SELECT id, prev_hash, hash FROM audit_log ORDER BY id").fetchall()
    assert len(rows) == count + 1
    assert rows[0][1] is None and all(len(h) == 64 for _, _, h in rows)
    assert [r[1] for r in rows[1:]] == [r[2] for r in rows[:-1]]
    assert chain.broken_links(doc._conn) == []
    doc.close()
