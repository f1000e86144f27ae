"""Kill during migration: the old file, killed mid-upgrade, comes back at the old schema
or a whole newer one (each migration is one transaction), never a mix; a backup of
the old file was made before the upgrade started; the next open finishes the job."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from reliability_support import ACTOR, Child, integrity, seeded_random, sized

from cxcharter.store import backup, recovery, schema
from cxcharter.store.connection import inspect
from cxcharter.store.document import CharterDocument

V0001 = Path(__file__).resolve().parents[1] / "store" / "files" / "v0001-initial.cxcharter"
OLD = ("0001_initial",)


def _content(path: Path) -> tuple:
    """What the user wrote: people and answers (the upgrade must keep them)."""
    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        snap = doc.snapshot()
        return snap.people, dict(snap.answers)
    finally:
        doc.close()


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "alt.cxcharter"
    shutil.copy(V0001, path)
    assert inspect(path).applied == OLD, "the fixture is the schema before 0002"
    return path


def _check_restart(path: Path, backups: Path, content: tuple) -> tuple[tuple, tuple]:
    """After a kill: the schema is a whole version, the content is intact, the backup is
    the old file; opening again (without the test migration) completes the upgrade."""
    journal = path.with_name(path.name + "-journal")
    hot = journal.exists() and journal.read_bytes()
    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)  # a private recovered copy
    doc.close()
    assert (journal.exists() and journal.read_bytes()) == hot, "a read-only open wrote"
    # inspect() compares every table, index and trigger with what exactly the applied
    # migrations create: a half-applied migration would be refused here.
    with recovery.readable(path) as recovered:
        before = inspect(recovered).applied  # (after the cut-off migration was rolled back)
    assert before in (OLD, schema.migration_names())
    doc = CharterDocument.open(path, actor=ACTOR, backup_dir=backups)  # the restart
    doc.close()
    applied = inspect(path).applied
    assert integrity(path) == ["ok"]
    assert _content(path)[0] == content[0]
    for item in backup.list_backups(backups, path):
        assert item.reason == "pre-upgrade"
        assert inspect(item.path).applied == OLD
        assert _content(item.path) == content
    # A kill inside the pre-upgrade backup leaves its hidden .part (and SQLite's journal
    # of it): never listed as a backup, removed by prune() once stale.
    leftovers = (
        [
            p.name
            for p in backups.iterdir()
            if not p.name.endswith(".cxcharter") and not p.name.endswith((".part", ".part-journal"))
        ]
        if backups.exists()
        else []
    )
    assert leftovers == []
    return before, applied


def test_killed_in_the_middle_of_a_migration(old_file, tmp_path):
    backups = tmp_path / "backups"
    content = _content(old_file)
    proc = Child("migrator.py", old_file, backups, "before")
    proc.wait_for("migrating 400")  # well past the point where pages spill into the file
    proc.kill()
    assert old_file.with_name(old_file.name + "-journal").exists(), "killed mid-transaction"
    assert "opened" not in proc.lines

    # The schema went back to exactly the old version: the test migration, though it
    # had created a table and changed every answer, left no trace.
    before, applied = _check_restart(old_file, backups, content)
    assert before == OLD
    assert applied == schema.migration_names(), "the next open upgraded the file"
    assert len(backup.list_backups(backups, old_file)) == 2  # the killed try and this one
    doc = CharterDocument.open(old_file, actor=ACTOR, read_only=True)
    try:
        assert all("(migrating)" not in a.text for a in doc.snapshot().answers.values())
    finally:
        doc.close()


def test_killed_at_random_moments_of_an_upgrade(tmp_path):
    rnd, seed = seeded_random()
    outcomes = set()
    for trial in range(sized(6, 60)):
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        path = folder / "alt.cxcharter"
        shutil.copy(V0001, path)
        content = _content(path)
        proc = Child("migrator.py", path, folder / "backups", "after")
        if trial == 0:
            proc.wait_for("migrating 0")  # surely after 0002 was committed
        else:
            time.sleep(rnd.uniform(0.05, 0.5))  # start-up, backup, 0002 or the slow one
        proc.kill()
        where = f"trial {trial} (CXCHARTER_SEED={seed})"
        # The slow migration runs last, after 0002 and 0003 were applied: the upgrade is
        # one transaction, so whatever the moment the file is back at 0001 — not at the
        # production migrations without the last one, not in between.
        before, applied = _check_restart(path, folder / "backups", content)
        assert applied == schema.migration_names(), where
        outcomes.add(before)
    assert outcomes == {OLD}
    print(f"killed upgrades came back at: {sorted(outcomes)} (seed {seed})")
