"""Backups: written with SQLite's backup API, found again, pruned, restored as a copy;
and a file is copied aside before a schema upgrade touches it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from reliability_support import ACTOR, sample_charter, sha256

from cxcharter.store import backup, errors, schema
from cxcharter.store.connection import inspect
from cxcharter.store.document import CharterDocument

FIXTURES = Path(__file__).resolve().parents[1] / "store" / "files"
V0001 = FIXTURES / "v0001-initial.cxcharter"


def _snapshot(path: Path):
    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        return doc.snapshot()
    finally:
        doc.close()


def _applied(path: Path) -> tuple[str, ...]:
    return inspect(path).applied


def test_backup_of_a_file_and_of_an_open_connection(tmp_path):
    path = sample_charter(tmp_path / "Team Charta.cxcharter")
    folder = tmp_path / "backups"
    from_file = backup.backup_now(path, folder, reason="open")
    doc = CharterDocument.open(path, actor=ACTOR)
    doc.set_answer_text("vision.statement", "nach dem ersten Backup")
    from_conn = backup.backup_now(doc._conn, folder, reason="timer")
    doc.close()
    assert _snapshot(from_file) == _snapshot(sample_charter(tmp_path / "again.cxcharter"))
    assert _snapshot(from_conn) == _snapshot(path)
    found = backup.list_backups(folder, path)
    assert [b.path for b in found] == [from_conn, from_file]  # newest first
    assert [b.reason for b in found] == ["timer", "open"]
    assert found[0].stem == "Team Charta" and found[0].uuid == doc.uuid
    assert backup.list_backups(folder, doc.uuid) == found
    assert backup.list_backups(folder, "Team Charta") == found
    assert backup.list_backups(folder, "other") == []
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in found)


def test_two_backups_in_the_same_instant_never_replace_each_other(tmp_path, monkeypatch):
    path = sample_charter(tmp_path / "c.cxcharter")
    made = [backup.backup_now(path, tmp_path / "b", reason="open") for _ in range(5)]
    assert len(set(made)) == 5 and all(p.exists() for p in made)


def test_prune_keeps_the_newest_k_of_each_charter(tmp_path):
    folder = tmp_path / "backups"
    one = sample_charter(tmp_path / "one.cxcharter")
    two = sample_charter(tmp_path / "two.cxcharter", "en")
    ones = [backup.backup_now(one, folder, reason="timer") for _ in range(13)]
    twos = [backup.backup_now(two, folder, reason="timer") for _ in range(3)]
    stale = folder / ".backup-crashed.part"
    stale.write_bytes(b"half")
    journal = folder / ".backup-crashed.part-journal"  # SQLite's, killed with the backup
    journal.write_bytes(b"half")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    os.utime(journal, (old, old))
    fresh = folder / ".backup-running.part"  # another window is writing it right now
    fresh.write_bytes(b"half")

    removed = backup.prune(folder, keep=10)

    assert sorted(removed) == sorted([*ones[:3], stale, journal])
    assert [b.path for b in backup.list_backups(folder, one)] == ones[:2:-1]
    assert [b.path for b in backup.list_backups(folder, two)] == twos[::-1]
    assert fresh.exists()


def test_newest_good_backup_skips_a_damaged_one(tmp_path):
    path = sample_charter(tmp_path / "c.cxcharter")
    folder = tmp_path / "b"
    good = backup.backup_now(path, folder, reason="open")
    bad = backup.backup_now(path, folder, reason="timer")
    data = bytearray(bad.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    bad.write_bytes(bytes(data))
    assert backup.list_backups(folder, path)[0].path == bad
    assert backup.newest_good_backup(folder, path).path == good
    assert backup.newest_good_backup(folder, "nothing-here") is None
    assert backup.newest_good_backup(tmp_path / "no-folder", path) is None


def test_restore_writes_a_copy_beside_and_never_replaces_a_file(tmp_path):
    damaged = sample_charter(tmp_path / "team.cxcharter")
    made = backup.backup_now(damaged, tmp_path / "b", reason="open")
    (item,) = backup.list_backups(tmp_path / "b", damaged)
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    digest = sha256(damaged)
    first = backup.restore_copy(item, damaged)
    second = backup.restore_copy(made, damaged)
    assert first.parent == second.parent == tmp_path
    assert first.name.startswith("team (restored ") and first.suffix == ".cxcharter"
    assert second.name == first.name.replace(").cxcharter", ") 2.cxcharter")
    assert sha256(damaged) == digest
    assert _snapshot(first) == _snapshot(made) == _snapshot(second)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_backup_that_cannot_be_written_is_a_clear_error_and_leaves_nothing(tmp_path):
    path = sample_charter(tmp_path / "c.cxcharter")
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(errors.CharterError):
        backup.backup_now(path, not_a_folder, reason="open")
    with pytest.raises(ValueError):
        backup.backup_now(path, tmp_path / "b", reason="../evil")


# ------------------------------------------------------- before an upgrade
@pytest.fixture
def old_file(tmp_path) -> Path:
    """A charter at the previous schema (tests/store/files/v0001-initial.cxcharter)."""
    path = tmp_path / "alt.cxcharter"
    shutil.copy(V0001, path)
    return path


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_file(old_file, tmp_path):
    assert _applied(old_file) != schema.migration_names(), "the fixture must need an upgrade"
    before_applied, before = _applied(old_file), _snapshot(old_file)
    folder = tmp_path / "backups"

    doc = CharterDocument.open(old_file, actor=ACTOR, backup_dir=folder)
    doc.close()

    (item,) = backup.list_backups(folder, old_file)
    assert item.reason == "pre-upgrade"
    assert _applied(item.path) == before_applied  # the old schema, untouched
    assert _snapshot(item.path) == before
    assert _applied(old_file) == schema.migration_names()
    doc = CharterDocument.open(old_file, actor=ACTOR, backup_dir=folder)
    doc.close()
    assert len(backup.list_backups(folder, old_file)) == 1, "no upgrade, no second backup"


def test_no_backup_without_a_folder_or_for_read_only(old_file, tmp_path):
    folder = tmp_path / "backups"
    CharterDocument.open(old_file, actor=ACTOR, read_only=True, backup_dir=folder).close()
    assert not folder.exists(), "a read-only open upgrades a copy in memory only"
    CharterDocument.open(old_file, actor=ACTOR).close()  # the command line passes none
    assert not folder.exists()


def test_no_backup_no_upgrade(old_file, tmp_path):
    """If the backup cannot be written, the old file is left exactly as it was."""
    digest = sha256(old_file)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    lock_calls = []

    class Lock:
        def try_lock(self):
            return True

        def holder(self):
            return ""

        def unlock(self):
            lock_calls.append("unlock")

    with pytest.raises(errors.CharterError) as info:
        CharterDocument.open(old_file, actor=ACTOR, backup_dir=blocked / "sub", lock=Lock())
    assert info.value.code == "access_denied" and "backup" in str(info.value)
    assert sha256(old_file) == digest
    assert lock_calls == ["unlock"]
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["alt.cxcharter", "blocked"]


# ------------------------------------------------ a save cut off by a crash
def _hot_journal(path: Path) -> None:
    """Leave `path` as a killed process would: half a save written, its journal beside."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file itself
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE answers SET text = 'HALF A SAVE'")
    conn.execute("DELETE FROM people")
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()
    frozen = {f: f.read_bytes() for f in (path, journal)}  # the moment of the "crash"
    conn.execute("ROLLBACK")
    conn.close()
    for file, data in frozen.items():
        file.write_bytes(data)


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_a_save_cut_off_by_a_crash_is_rolled_back_on_open(tmp_path, read_only):
    path = sample_charter(tmp_path / "c.cxcharter")
    before = _snapshot(path)
    _hot_journal(path)
    journal = path.with_name(path.name + "-journal")
    digest = sha256(path), sha256(journal)
    doc = CharterDocument.open(path, actor=ACTOR, read_only=read_only)
    try:
        assert doc.snapshot() == before
    finally:
        doc.close()
    if read_only:  # read from a privately recovered copy: neither file is written
        assert (sha256(path), sha256(journal)) == digest
    else:
        assert not journal.exists()


def test_a_crashed_save_in_a_place_that_cannot_be_written_is_read_from_a_private_copy(
    tmp_path, monkeypatch
):
    path = sample_charter(tmp_path / "c.cxcharter")
    before = _snapshot(path)
    _hot_journal(path)
    digest = sha256(path)
    real_access = os.access
    # We run as root, where chmod does not stop writes: os.access is patched instead.
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, *a, **k: False if mode & os.W_OK else real_access(p, mode, *a, **k),
    )
    for read_only in (True, False):
        doc = CharterDocument.open(path, actor=ACTOR, read_only=read_only)
        try:
            assert doc.read_only and doc.snapshot() == before
        finally:
            doc.close()
    assert sha256(path) == digest
