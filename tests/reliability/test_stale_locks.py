"""Lock files a crash, a power cut or another computer left behind.

A lock that cannot be a live holder on this machine (0 bytes, garbage, a dead
process here) is cleared by itself; one that may be live on another computer
keeps the charter read-only, names the person and the machine, and can be
taken over on purpose ("Open anyway"). Nobody needs a shell to delete it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from reliability_support import ACTOR, sample_charter

from cxcharter.store.document import CharterDocument
from cxcharter.ui.app.file_lock import UNREADABLE_GRACE_S, QtFileLock, lock_path, note_path

LONG_AGO = time.time() - 3600


def foreign_lock(charter: Path, *, note: bool = True) -> None:
    """What a window on the computer "laptop-7" leaves while it has the charter open."""
    lock_path(charter).write_text("4242\nCX Charter\nlaptop-7\n0123456789abcdef\n")
    os.utime(lock_path(charter), (LONG_AGO, LONG_AGO))
    if note:
        note_path(charter).write_text(
            json.dumps(
                {
                    "name": "Jana Schmidt",
                    "user": "jana",
                    "host": "laptop-7",
                    "pid": 4242,
                    "since": "2026-12-06T13:02:00+00:00",
                }
            ),
            encoding="utf-8",
        )


@pytest.fixture
def charter(tmp_path) -> Path:
    return sample_charter(tmp_path / "team.cxcharter")


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x17garbage\n\xff", b"0\n\n\n"],
    ids=["power cut (0 bytes)", "garbage", "process 0 on nothing"],
)
def test_an_unreadable_old_lock_is_stale(charter, content):
    lock_path(charter).write_bytes(content)
    os.utime(lock_path(charter), (LONG_AGO, LONG_AGO))
    doc = CharterDocument.open(charter, actor=ACTOR, lock=QtFileLock(charter, ACTOR))
    try:
        assert not doc.read_only, doc.lock_holder
        assert lock_path(charter).read_text().split("\n")[0] == str(os.getpid())
        assert json.loads(note_path(charter).read_text(encoding="utf-8"))["name"] == ACTOR
    finally:
        doc.close()
    assert not lock_path(charter).exists() and not note_path(charter).exists()


def test_an_unreadable_lock_being_written_right_now_is_respected(charter):
    lock_path(charter).write_bytes(b"")  # created this instant, its content not yet written
    assert time.time() - lock_path(charter).stat().st_mtime < UNREADABLE_GRACE_S
    doc = CharterDocument.open(charter, actor=ACTOR, lock=QtFileLock(charter, ACTOR))
    try:
        assert doc.read_only_reason == "locked"
        assert "process" not in doc.lock_holder
    finally:
        doc.close()


def test_a_lock_of_another_computer_names_the_person_and_can_be_taken_over(charter):
    foreign_lock(charter)
    lock = QtFileLock(charter, ACTOR)
    doc = CharterDocument.open(charter, actor=ACTOR, lock=lock)
    try:
        assert doc.read_only_reason == "locked"
        for part in ("Jana Schmidt", "jana", "laptop-7", "since"):
            assert part in doc.lock_holder, doc.lock_holder
        assert "process" not in doc.lock_holder and "4242" not in doc.lock_holder
        assert lock.may_be_elsewhere()
    finally:
        doc.close()
    assert lock_path(charter).exists(), "a read-only window leaves the other's lock alone"
    assert lock.force()
    doc = CharterDocument.open(charter, actor=ACTOR, lock=lock)
    try:
        assert not doc.read_only
        assert lock_path(charter).read_text().split("\n")[0] == str(os.getpid())
    finally:
        doc.close()


def test_without_a_note_the_machine_is_still_named(charter):
    foreign_lock(charter, note=False)
    doc = CharterDocument.open(charter, actor=ACTOR, lock=QtFileLock(charter, ACTOR))
    try:
        assert "laptop-7" in doc.lock_holder and "process" not in doc.lock_holder
    finally:
        doc.close()
