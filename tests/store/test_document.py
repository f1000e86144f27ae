"""The document's use cases: atomic, audited, validated, and honest about read-only files."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from cxcharter.domain import values
from cxcharter.domain.values import STATUSES
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument
from cxcharter.store.schema import APPLICATION_ID

ACTOR = "jana.becker"
KEY = "vision.statement"
PERSON_KEY = "front.charter_owner"


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def doc(tmp_path):
    document = CharterDocument.create(
        tmp_path / "team.cxcharter", title="CX-Charta 2027", language="de", actor=ACTOR
    )
    yield document
    document.close()


@pytest.fixture
def anna(doc) -> int:
    return doc.add_person(
        "Anna Schmidt", email="anna@example.com", department="Service", role="Leitung"
    )


def trace(doc) -> list[str]:
    statements: list[str] = []
    doc._conn.set_trace_callback(statements.append)
    return statements


def state(doc) -> tuple:
    """Everything a failed or refused write must leave alone."""
    return doc.snapshot(), doc.audit_entries(), sha256(doc.path)


# ------------------------------------------------------------ use cases
ANNA_RECORD = {
    "name": "Anna Schmidt",
    "email": "anna@example.com",
    "department": "Service",
    "role": "Leitung",
}


def _remove(doc, anna):
    doc.set_owner(KEY, anna)
    doc.removed = doc.remove_person(anna)  # kept on the instance for the act step


USE_CASES = {
    # name: (prepare, act, check, (action, target, old, new))
    "set_answer_text": (
        None,
        lambda d, a: d.set_answer_text(KEY, "Kunden lieben uns"),
        lambda d, a: d.answer(KEY).text == "Kunden lieben uns",
        ("answer.text", KEY, "", "Kunden lieben uns"),
    ),
    "set_answer_person": (
        None,
        lambda d, a: d.set_answer_person(PERSON_KEY, a),
        lambda d, a: d.answer(PERSON_KEY).person == a,
        ("answer.person", PERSON_KEY, None, 1),
    ),
    "set_owner": (
        None,
        lambda d, a: d.set_owner(KEY, a),
        lambda d, a: d.answer(KEY).owner == a,
        ("answer.owner", KEY, None, 1),
    ),
    "set_status": (
        None,
        lambda d, a: d.set_status(KEY, "ready"),
        lambda d, a: d.answer(KEY).status == "ready",
        ("answer.status", KEY, "not_started", "ready"),
    ),
    "set_due": (
        None,
        lambda d, a: d.set_due(KEY, "2026-12-15"),
        lambda d, a: d.answer(KEY).due == "2026-12-15",
        ("answer.due", KEY, None, "2026-12-15"),
    ),
    "add_person": (
        None,
        lambda d, a: d.add_person("Ben Wolf", department="IT"),
        lambda d, a: d.person(2).name == "Ben Wolf",
        (
            "person.add",
            "2",
            None,
            {"name": "Ben Wolf", "email": "", "department": "IT", "role": ""},
        ),
    ),
    "update_person": (
        None,
        lambda d, a: d.update_person(a, role="CX-Leitung"),
        lambda d, a: d.person(a).role == "CX-Leitung",
        ("person.update", "1", {"role": "Leitung"}, {"role": "CX-Leitung"}),
    ),
    "remove_person": (
        lambda d, a: d.set_owner(KEY, a),
        lambda d, a: d.remove_person(a),
        lambda d, a: d.person(a) is None and d.answer(KEY).owner is None,
        ("person.remove", "1", ANNA_RECORD, None),
    ),
    "restore_person": (
        _remove,
        lambda d, a: d.restore_person(d.removed),
        lambda d, a: d.person(a).name == "Anna Schmidt" and d.answer(KEY).owner == a,
        ("person.restore", "1", None, ANNA_RECORD),
    ),
}


@pytest.mark.parametrize("name", list(USE_CASES))
def test_use_case_is_one_audited_transaction(tmp_path, name):
    prepare, act, check, (action, target, old, new) = USE_CASES[name]
    path = CharterDocument.create(
        tmp_path / "c.cxcharter", title="T", language="en", actor=ACTOR
    ).path
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        anna = doc.add_person(**ANNA_RECORD)
        if prepare:
            prepare(doc, anna)
        before = doc.audit_entries()
        changes = []
        doc.add_listener(changes.append)
        statements = trace(doc)

        act(doc, anna)

        assert check(doc, anna)
        after = doc.audit_entries()
        assert len(after) == len(before) + 1
        entry = after[0]
        assert (entry["actor"], entry["action"], entry["target"]) == (ACTOR, action, target)
        assert (json.loads(entry["old"]), json.loads(entry["new"])) == (old, new)
        writes = [s for s in statements if not s.lstrip().upper().startswith(("SELECT", "PRAGMA"))]
        assert writes[0] == "BEGIN IMMEDIATE", statements
        assert writes[-1] == "COMMIT"
        assert sum(s.upper().startswith(("BEGIN", "COMMIT", "END")) for s in statements) == 2
        assert len(changes) == 1  # listeners hear once, after the commit
    finally:
        doc.close()
    # Committed to the file, not just to the connection.
    reopened = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        assert reopened.audit_entries()[0]["action"] == action
    finally:
        reopened.close()


def test_setting_the_same_value_writes_nothing(doc, anna):
    doc.set_status(KEY, "draft")
    before = state(doc)
    statements = trace(doc)
    doc.set_status(KEY, "draft")
    doc.update_person(anna, name="Anna Schmidt")
    assert state(doc) == before
    assert not any(s.startswith("BEGIN") for s in statements)


def test_every_status_can_be_set(doc):
    for status in (*STATUSES[1:], STATUSES[0]):
        doc.set_status(KEY, status)
        assert doc.answer(KEY).status == status


def test_clearing_a_due_date_stores_null(doc):
    doc.set_due(KEY, "2027-01-31")
    doc.set_due(KEY, "")
    assert doc.answer(KEY).due is None


# ------------------------------------------------------- refused values
INVALID = {
    "unknown question": (lambda d, a: d.set_answer_text("vision.colour", "x"), "key"),
    "NUL in text": (lambda d, a: d.set_answer_text(KEY, "a\x00b"), "text"),
    "text not a str": (lambda d, a: d.set_answer_text(KEY, 42), "text"),
    "text too long": (lambda d, a: d.set_answer_text(KEY, "x" * (values.MAX_TEXT + 1)), "text"),
    "unknown status": (lambda d, a: d.set_status(KEY, "done"), "status"),
    "German date": (lambda d, a: d.set_due(KEY, "15.12.2026"), "due"),
    "impossible date": (lambda d, a: d.set_due(KEY, "2026-02-30"), "due"),
    "unknown owner": (lambda d, a: d.set_owner(KEY, 99), "owner"),
    "unknown answer person": (lambda d, a: d.set_answer_person(PERSON_KEY, 99), "person"),
    "blank name": (lambda d, a: d.add_person("   "), "name"),
    "long name": (lambda d, a: d.add_person("x" * (values.MAX_LINE + 1)), "name"),
    "NUL in e-mail": (lambda d, a: d.add_person("Ben", email="b\x00"), "email"),
    "rename to blank": (lambda d, a: d.update_person(a, name=""), "name"),
    "unknown person field": (lambda d, a: d.update_person(a, colour="red"), "colour"),
    "update missing person": (lambda d, a: d.update_person(99, name="X"), "id"),
    "remove missing person": (lambda d, a: d.remove_person(99), "id"),
}


@pytest.mark.parametrize("name", list(INVALID))
def test_invalid_values_are_refused_and_change_nothing(doc, anna, name):
    act, field = INVALID[name]
    doc.set_owner(KEY, anna)
    before = state(doc)
    with pytest.raises(errors.InvalidValue) as info:
        act(doc, anna)
    assert info.value.field == field
    assert info.value.code == "invalid"
    assert state(doc) == before


# --------------------------------------------------- remove and restore
def test_remove_then_restore_brings_back_id_and_every_reference(doc, anna):
    ben = doc.add_person("Ben Wolf", department="IT")
    for key in ("vision.statement", "goals.metrics", "ways.meetings"):
        doc.set_owner(key, anna)
    doc.set_owner("roles.governance", ben)
    doc.set_answer_person("front.charter_owner", anna)
    doc.set_answer_person("front.executive_sponsor", ben)
    before = doc.snapshot()

    removed = doc.remove_person(anna)
    gone = doc.snapshot()
    assert gone.person(anna) is None
    assert all(anna not in (a.owner, a.person) for a in gone.answers.values())
    assert gone.answer("roles.governance").owner == ben
    owner_of = {key for column, key, _ in removed.answers if column == "owner_id"}
    assert owner_of == {"vision.statement", "goals.metrics", "ways.meetings"}
    assert [key for column, key, _ in removed.answers if column == "person_id"] == [
        "front.charter_owner"
    ]

    doc.restore_person(removed)
    assert doc.snapshot() == before
    assert [e["action"] for e in doc.audit_entries(limit=2)] == ["person.restore", "person.remove"]


# ------------------------------------------------------------- pragmas
def test_pragmas_are_as_promised(doc):
    conn = doc._conn

    def pragma(name):
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") > 0
    assert pragma("trusted_schema") == 0
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("journal_mode") == "delete"
    assert Path(doc.path).read_bytes()[68:72] == b"CXCH"


def test_no_journal_is_left_beside_the_file(doc):
    doc.set_answer_text(KEY, "gespeichert")
    folder = Path(doc.path).parent
    assert sorted(p.name for p in folder.iterdir()) == ["team.cxcharter"]


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET actor = 'mallory'",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
        # REPLACE deletes the old row without firing delete triggers on a plain connection.
        "INSERT OR REPLACE INTO audit_log (id, at, actor, action) VALUES (1, 'x', 'mallory', 'y')",
    ],
)
def test_the_database_refuses_to_rewrite_the_audit_log(doc, sql):
    doc.set_answer_text(KEY, "etwas")
    before = doc.audit_entries()
    # Through the document's own connection and through a plain one: the file refuses.
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        doc._conn.execute(sql)
    doc._conn.rollback()
    other = sqlite3.connect(doc.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            other.execute(sql)
    finally:
        other.close()
    assert doc.audit_entries() == before


# ---------------------------------------------------- concurrent writers
def _hold_write_lock(
    path: Path, locked: threading.Event, release: threading.Event, failures: list
) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        if not release.wait(10):
            failures.append("the save never started")
        conn.execute("COMMIT")
    except Exception as exc:  # reported to the test thread
        failures.append(exc)
    finally:
        conn.close()


def test_a_save_waits_for_a_short_lock_held_by_another_program(doc):
    locked, release, failures = threading.Event(), threading.Event(), []
    holder = threading.Thread(target=_hold_write_lock, args=(doc.path, locked, release, failures))
    holder.start()
    assert locked.wait(10)
    # The other program lets go only once our BEGIN IMMEDIATE has started (no sleeps):
    # the save succeeds only because the busy timeout waits.
    doc._conn.set_trace_callback(lambda sql: release.set() if sql.startswith("BEGIN") else None)
    try:
        doc.set_answer_text(KEY, "trotz Sperre gespeichert")
    finally:
        release.set()
        holder.join(10)
    assert not failures
    assert doc.answer(KEY).text == "trotz Sperre gespeichert"
    assert doc.audit_entries(limit=1)[0]["new"] == '"trotz Sperre gespeichert"'


def test_a_lock_held_too_long_is_a_clear_busy_error_and_changes_nothing(doc, monkeypatch):
    monkeypatch.setattr(errors, "BUSY_PATIENCE", 0.5)  # 30 s in use: a test need not wait
    doc._conn.execute("PRAGMA busy_timeout = 1")
    before = state(doc)
    other = sqlite3.connect(doc.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(errors.Busy):
            doc.set_answer_text(KEY, "geht nicht")
    finally:
        other.rollback()
        other.close()
    assert state(doc) == before
    assert not doc._conn.in_transaction


# ------------------------------------------------------------ read-only
class HeldLock:
    def __init__(self, ok: bool, holder: str = "") -> None:
        self.ok, self._holder, self.unlocked = ok, holder, 0

    def try_lock(self) -> bool:
        return self.ok

    def holder(self) -> str:
        return self._holder

    def unlock(self) -> None:
        self.unlocked += 1


def _all_writes(doc) -> None:
    """Every use case must refuse on a read-only document."""
    attempts = [
        lambda: doc.set_answer_text(KEY, "x"),
        lambda: doc.set_status(KEY, "ready"),
        lambda: doc.set_due(KEY, "2027-01-01"),
        lambda: doc.set_owner(KEY, 1),
        lambda: doc.set_answer_person(PERSON_KEY, 1),
        lambda: doc.add_person("Neu"),
        lambda: doc.update_person(1, role="neu"),
        lambda: doc.remove_person(1),
    ]
    for attempt in attempts:
        with pytest.raises(errors.ReadOnly):
            attempt()


@pytest.fixture
def charter_file(tmp_path) -> Path:
    doc = CharterDocument.create(
        tmp_path / "shared.cxcharter", title="Geteilt", language="de", actor=ACTOR
    )
    doc.add_person("Anna Schmidt")
    doc.set_answer_text(KEY, "Vision")
    doc.close()
    return doc.path


def _check_read_only(path: Path, doc: CharterDocument, reason: str) -> None:
    digest = sha256(path)
    reference = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        assert doc.read_only and doc.read_only_reason == reason
        before = doc.snapshot()
        assert before == reference.snapshot()  # a readable charter can still be snapshotted
        assert before.answer(KEY).text == "Vision"
        _all_writes(doc)
        assert doc.snapshot() == before
        assert doc.audit_entries() == reference.audit_entries()
    finally:
        reference.close()
        doc.close()
    assert sha256(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_file_locked_by_another_window_opens_read_only(charter_file):
    lock = HeldLock(False, "jana on laptop-7 (pid 4242)")
    doc = CharterDocument.open(charter_file, actor=ACTOR, lock=lock)
    assert doc.lock_holder == "jana on laptop-7 (pid 4242)"
    _check_read_only(charter_file, doc, "locked")
    assert lock.unlocked == 0  # never taken, so never released


def test_a_lock_that_is_taken_is_released_on_close(charter_file):
    lock = HeldLock(True)
    doc = CharterDocument.open(charter_file, actor=ACTOR, lock=lock)
    assert not doc.read_only
    doc.set_answer_text(KEY, "frei")
    doc.close()
    assert lock.unlocked == 1


def test_read_only_on_request(charter_file):
    doc = CharterDocument.open(charter_file, actor=ACTOR, read_only=True)
    _check_read_only(charter_file, doc, "requested")


def _deny_writes_to(monkeypatch, denied: Path) -> None:
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if Path(path) == denied and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_a_chmod_0444_file_opens_read_only(charter_file):
    charter_file.chmod(0o444)
    try:
        if os.access(charter_file, os.W_OK):
            pytest.skip(
                "running as root: chmod does not stop root from writing "
                "(the monkeypatched tests below cover the logic)"
            )
        doc = CharterDocument.open(charter_file, actor=ACTOR)
        _check_read_only(charter_file, doc, "file_read_only")
    finally:
        charter_file.chmod(0o644)


def test_a_file_without_write_permission_opens_read_only(charter_file, monkeypatch):
    # We run as root here, where chmod 0444 does not stop writes; so the permission
    # check itself is made to fail by monkeypatching os.access.
    _deny_writes_to(monkeypatch, charter_file)
    doc = CharterDocument.open(charter_file, actor=ACTOR)
    _check_read_only(charter_file, doc, "file_read_only")


def test_a_file_in_a_read_only_folder_opens_read_only(charter_file, monkeypatch):
    # As above: root ignores a chmod 0555 folder, so os.access is monkeypatched. A folder
    # we cannot write to would not hold the rollback journal, so the store must not write.
    _deny_writes_to(monkeypatch, charter_file.parent)
    doc = CharterDocument.open(charter_file, actor=ACTOR)
    _check_read_only(charter_file, doc, "folder_read_only")


def test_a_new_file_respects_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        doc = CharterDocument.create(
            tmp_path / "n.cxcharter", title="T", language="en", actor=ACTOR
        )
        doc.close()
    finally:
        os.umask(old)
    assert (doc.path.stat().st_mode & 0o777) == 0o644


def test_save_copy_writes_an_identical_charter(doc, anna, tmp_path):
    doc.set_owner(KEY, anna)
    copy = doc.save_copy(tmp_path / "copy.cxcharter")
    other = CharterDocument.open(copy, actor=ACTOR, read_only=True)
    try:
        assert other.snapshot() == doc.snapshot()
    finally:
        other.close()
    with pytest.raises(errors.AlreadyExists):
        doc.save_copy(doc.path)
