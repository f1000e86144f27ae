"""Things that are not charter files: a FIFO, a device or a socket is refused before
anything opens it for reading, and a hostile schema's views never run.

The FIFO runs in a child process: before the fix the first read waited for a writer
for ever, so the test must be able to fail instead of hanging (the generous timeout
is a hang guard, not a speed goal).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_support import ACTOR, sample_charter, sha256

from cxcharter.cli import main
from cxcharter.store import connection, errors
from cxcharter.store.document import CharterDocument
from cxcharter.store.verify import verify_file

HANG_GUARD_S = 60

OPEN_IN_A_CHILD = """
import sys
from cxcharter.store import errors
from cxcharter.store.connection import inspect
from cxcharter.store.document import CharterDocument
for how in ("inspect", "read-only", "writable"):
    try:
        if how == "inspect":
            inspect(sys.argv[1])
        else:
            CharterDocument.open(sys.argv[1], actor="x", read_only=how == "read-only")
    except errors.CharterError as exc:
        print(how, exc.code, exc, flush=True)
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_S,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"hangs: {args}")


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "x.cxcharter"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("command", ["dump", "check", "verify", "export", "calendar"])
def test_a_fifo_is_refused_at_once_by_every_command(fifo, command, tmp_path):
    argv = [command, str(fifo)] + (
        ["-o", str(tmp_path / "out")] if command in ("export", "calendar") else []
    )
    done = _run("-m", "cxcharter", *argv)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        f"cxcharter: error: {fifo} is a named pipe (FIFO), not a file; it is refused unread."
    ), done.stderr


def test_a_fifo_is_refused_by_the_store(fifo):
    done = _run("-c", OPEN_IN_A_CHILD, str(fifo))
    lines = done.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [
        ["inspect", "not_regular"],
        ["read-only", "not_regular"],
        ["writable", "not_regular"],
    ], done.stdout + done.stderr


def test_a_fifo_as_the_review_copy_is_refused(fifo, tmp_path):
    charter = sample_charter(tmp_path / "c.cxcharter")
    done = _run("-m", "cxcharter", "import-review", str(charter), str(fifo), "--yes")
    assert done.returncode == 2 and "named pipe (FIFO)" in done.stderr, done.stderr


def test_a_socket_and_a_device_are_refused(tmp_path):
    sock = tmp_path / "s.cxcharter"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(sock))
        with pytest.raises(errors.NotRegular, match="socket"):
            connection.inspect(sock)
    finally:
        server.close()
    with pytest.raises(errors.NotRegular, match="device"):
        CharterDocument.open("/dev/zero", actor=ACTOR, read_only=True)


# ------------------------------------------------------------ hostile schemas
ENDLESS = (
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
    "SELECT n AS id, 'x' AS name, '' AS email, '' AS department, '' AS role FROM r"
)


def _replace_with_view(path: Path, table: str, select: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            f"PRAGMA foreign_keys = OFF; DROP TABLE {table};CREATE VIEW {table} AS {select};"
        )
    finally:
        conn.close()


@pytest.fixture
def ran_views(monkeypatch) -> list[str]:
    """Every view or trigger whose SQL SQLite runs on the store's connections."""
    ran: list[str] = []

    def watch(conn: sqlite3.Connection) -> sqlite3.Connection:
        def authorizer(action, arg1, arg2, db, inner):
            if inner:
                ran.append(inner)
            return sqlite3.SQLITE_OK

        conn.set_authorizer(authorizer)
        return conn

    connect_ro, copy_to_memory = connection.connect_ro, connection.copy_to_memory
    monkeypatch.setattr(connection, "connect_ro", lambda path: watch(connect_ro(path)))
    monkeypatch.setattr(connection, "copy_to_memory", lambda path: watch(copy_to_memory(path)))
    return ran


@pytest.mark.parametrize("table", ["people", "audit_log", "_sqlite_migrations"])
def test_verify_reads_no_row_of_a_file_whose_table_became_a_view(
    tmp_path, table, ran_views, capsys
):
    path = sample_charter(tmp_path / "feindlich.cxcharter")
    _replace_with_view(path, table, _view_select(table))
    digest = sha256(path)
    try:
        report = verify_file(path)
    except errors.ForeignSchema:
        report = None
    assert ran_views == [], f"the file's view ran: {set(ran_views)}"
    if report is not None:
        assert any(m.where == f"table {table}" for m in report.mismatches), report.mismatches
        assert any(m.where == f"view {table}" for m in report.mismatches), report.mismatches
    assert main(["verify", str(path)]) in (1, 2)
    assert main(["dump", str(path)]) == 2
    assert ran_views == []
    assert sha256(path) == digest
    capsys.readouterr()


def _view_select(table: str) -> str:
    """A view standing in for `table`, its rows from a recursion (finite here, so a
    regression fails the test instead of hanging it)."""
    columns = {
        "people": "id, name, email, department, role",
        "audit_log": "id, at, actor, action, target, old, new, prev_hash, hash",
        "_sqlite_migrations": "migration_set, name, applied_at",
    }[table]
    names = [c.strip() for c in columns.split(",")]
    values = ", ".join(f"n AS {c}" if i == 0 else f"'x' AS {c}" for i, c in enumerate(names))
    return (
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 50) "
        f"SELECT {values} FROM r"
    )


def test_an_endless_view_does_not_run_away(tmp_path):
    """The reported file: `people` replaced by an endlessly recursive view."""
    path = sample_charter(tmp_path / "endlos.cxcharter")
    _replace_with_view(path, "people", ENDLESS)
    done = _run("-m", "cxcharter", "verify", str(path))
    assert done.returncode == 1, done.stderr
    assert "MISMATCH view people: was added by another program" in done.stdout
    assert "MISMATCH table people: is missing" in done.stdout
    assert "no record was read" in done.stdout and "audit entries" not in done.stdout
