"""Hostile files: everything that is not a healthy charter of ours is refused, untouched."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from cxcharter.store import errors
from cxcharter.store.connection import inspect
from cxcharter.store.document import CharterDocument

ACTOR = "tester"
PAGE = 4096


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_charter(path: Path, *, big: bool = False) -> Path:
    doc = CharterDocument.create(path, title="Kundenerlebnis 2027", language="de", actor=ACTOR)
    try:
        rounds = 60 if big else 2
        for i in range(rounds):
            doc.add_person(f"Person {i}", email=f"p{i}@example.com", department="Service")
        if big:
            for i, key in enumerate(
                (
                    "vision.statement",
                    "vision.scope",
                    "goals.objectives",
                    "roles.core_team",
                    "ways.meetings",
                )
            ):
                doc.set_answer_text(key, f"Absatz {i}. " * 800)
    finally:
        doc.close()
    return path


def raw_sql(path: Path, sql: str) -> None:
    """Change a file behind the application's back (as another tool would)."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()


# --------------------------------------------------------------- makers
def zero_length(path: Path) -> None:
    path.write_bytes(b"")


def text_file(path: Path) -> None:
    path.write_text("Protokoll der CX-Runde\nTeilnehmer: Anna, Ben\n", encoding="utf-8")


def png_with_junk(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)


def sqlite_header_only(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00")


def other_application(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()


def our_id_but_empty(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1129857864")
    conn.execute("CREATE TABLE notes (t TEXT)")
    conn.commit()
    conn.close()


def truncated(path: Path) -> None:
    make_charter(path, big=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def scribbled(path: Path) -> None:
    make_charter(path, big=True)
    data = bytearray(path.read_bytes())
    assert len(data) > 8192 + PAGE * 2, "the charter must be big enough to scribble on"
    data[8192 : 8192 + PAGE] = random.Random(20261123).randbytes(PAGE)
    path.write_bytes(bytes(data))


def extra_trigger(path: Path) -> None:
    make_charter(path)
    raw_sql(
        path,
        """
        CREATE TRIGGER evil AFTER INSERT ON audit_log
        BEGIN DELETE FROM people; END;
    """,
    )


def truncated_last_page(path: Path) -> None:
    """A copy cut off near its end (a full USB stick, a cancelled download)."""
    make_charter(path, big=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - PAGE - 100])


def lookalike_trigger(path: Path) -> None:
    """Our trigger's name, someone else's body: names alone must not be trusted."""
    make_charter(path)
    raw_sql(
        path,
        """
        DROP TRIGGER audit_log_no_update;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN DELETE FROM people; END;
    """,
    )


def extra_view(path: Path) -> None:
    make_charter(path)
    raw_sql(path, "CREATE VIEW everyone AS SELECT name, email FROM people;")


def extra_table(path: Path) -> None:
    make_charter(path)
    raw_sql(path, "CREATE TABLE plugin_state (k TEXT, v TEXT);")


def audit_guard_dropped(path: Path) -> None:
    make_charter(path)
    raw_sql(path, "DROP TRIGGER audit_log_no_delete;")


def newer_version(path: Path) -> None:
    make_charter(path)
    raw_sql(
        path,
        """
        INSERT INTO _sqlite_migrations (migration_set, name, applied_at)
        VALUES ('cxcharter', '0042_approvals_v2', '2031-01-01 00:00:00+00:00');
    """,
    )


def migrations_gone(path: Path) -> None:
    make_charter(path)
    raw_sql(path, "DROP TABLE _sqlite_migrations;")


HOSTILE: dict[str, tuple[Callable[[Path], None], type[errors.CharterError], str]] = {
    "zero-length file": (zero_length, errors.EmptyFile, "empty"),
    "text file": (text_file, errors.NotSQLite, "not_sqlite"),
    "PNG header and junk": (png_with_junk, errors.NotSQLite, "not_sqlite"),
    "SQLite magic only": (sqlite_header_only, errors.DamagedFile, "damaged"),
    "another application's database": (
        other_application,
        errors.ForeignDatabase,
        "foreign_database",
    ),
    "our application id, no schema": (our_id_but_empty, errors.ForeignDatabase, "foreign_database"),
    "charter truncated to half": (truncated, errors.DamagedFile, "damaged"),
    "charter with a scribbled page": (scribbled, errors.DamagedFile, "damaged"),
    "charter cut off before its end": (truncated_last_page, errors.DamagedFile, "damaged"),
    "charter with a look-alike trigger": (
        lookalike_trigger,
        errors.ForeignSchema,
        "foreign_schema",
    ),
    "charter with an extra trigger": (extra_trigger, errors.ForeignSchema, "foreign_schema"),
    "charter with an extra view": (extra_view, errors.ForeignSchema, "foreign_schema"),
    "charter with an extra table": (extra_table, errors.ForeignSchema, "foreign_schema"),
    "charter without its audit guard": (
        audit_guard_dropped,
        errors.ForeignSchema,
        "foreign_schema",
    ),
    "charter from a newer version": (newer_version, errors.NewerVersion, "newer_version"),
    "charter without migration history": (
        migrations_gone,
        errors.ForeignDatabase,
        "foreign_database",
    ),
}


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_hostile_file_is_refused_untouched(tmp_path, name, read_only):
    make, expected, code = HOSTILE[name]
    path = tmp_path / "suspect.cxcharter"
    make(path)
    digest = sha256(path)

    with pytest.raises(errors.CharterError) as info:
        CharterDocument.open(path, actor=ACTOR, read_only=read_only)

    assert type(info.value) is expected, str(info.value)
    assert info.value.code == code
    assert str(info.value) and "\n" not in str(info.value)
    assert info.value.path == str(path)
    assert sha256(path) == digest
    assert leftovers(path) == []  # no -journal, -wal or temporary file


@pytest.mark.parametrize("name", list(HOSTILE))
def test_inspect_refuses_the_same_way(tmp_path, name):
    make, expected, _ = HOSTILE[name]
    path = tmp_path / "suspect.cxcharter"
    make(path)
    digest = sha256(path)
    with pytest.raises(expected):
        inspect(path)
    assert sha256(path) == digest


def test_the_big_charter_is_healthy_before_it_is_damaged(tmp_path):
    """Guard for the makers: undamaged, the same charter opens, so the damage is the cause."""
    path = make_charter(tmp_path / "big.cxcharter", big=True)
    assert path.stat().st_size > 8192 + PAGE * 2
    CharterDocument.open(path, actor=ACTOR).close()


def test_a_missing_file(tmp_path):
    path = tmp_path / "nirgends.cxcharter"
    with pytest.raises(errors.FileMissing) as info:
        CharterDocument.open(path, actor=ACTOR)
    assert info.value.code == "missing"
    assert not path.exists()
    assert leftovers(path) == []


def test_a_folder_is_not_a_charter(tmp_path):
    folder = tmp_path / "ordner.cxcharter"
    folder.mkdir()
    with pytest.raises(errors.NotSQLite):
        CharterDocument.open(folder, actor=ACTOR)


def test_a_healthy_charter_still_opens(tmp_path):
    path = make_charter(tmp_path / "ok.cxcharter")
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        assert not doc.read_only
        assert doc.snapshot().title == "Kundenerlebnis 2027"
    finally:
        doc.close()


# ------------------------------------------------------------ foreign SQL
TRAPS = """
    CREATE TABLE pwned (what TEXT);
    CREATE TRIGGER wipe_people AFTER INSERT ON audit_log
    BEGIN INSERT INTO pwned VALUES ('audit insert'); DELETE FROM people; END;
    CREATE TRIGGER on_answer AFTER UPDATE ON answers
    BEGIN INSERT INTO pwned VALUES ('answer update'); END;
    CREATE TRIGGER on_person AFTER INSERT ON people
    BEGIN INSERT INTO pwned VALUES ('person insert'); END;
    CREATE VIEW everyone AS SELECT id, name FROM people;
    CREATE TRIGGER through_view INSTEAD OF INSERT ON everyone
    BEGIN INSERT INTO pwned VALUES ('view insert'); END;
"""


def _marks(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT what FROM pwned")]
    finally:
        conn.close()


def test_the_traps_are_live(tmp_path):
    """Guard for the test below: any write by a program that trusts the file sets them off."""
    path = make_charter(tmp_path / "trap.cxcharter")
    raw_sql(path, TRAPS)
    raw_sql(
        path,
        "INSERT INTO audit_log (at, actor, action) VALUES ('now', 'x', 'y');"
        "UPDATE answers SET text = text;",
    )
    assert set(_marks(path)) == {"audit insert", "answer update"}


def test_foreign_sql_in_a_charter_never_runs(tmp_path, capsys):
    """A file crafted with triggers and a view is refused by every way in, and none of
    its SQL runs: the marker table stays empty and the file's bytes are unchanged."""
    from cxcharter.cli import main

    path = make_charter(tmp_path / "trap.cxcharter")
    raw_sql(path, TRAPS)
    digest = sha256(path)
    for read_only in (False, True):
        with pytest.raises(errors.ForeignSchema):
            CharterDocument.open(
                path, actor=ACTOR, read_only=read_only, backup_dir=tmp_path / "backups"
            )
    with pytest.raises(errors.ForeignSchema):
        inspect(path)
    assert main(["dump", str(path)]) == 2
    assert main(["export", str(path), "-o", str(tmp_path / "trap.pdf")]) == 2
    assert "did not create" in capsys.readouterr().err
    assert _marks(path) == []
    assert sha256(path) == digest
    assert not (tmp_path / "trap.pdf").exists()
    assert not (tmp_path / "backups").exists()
