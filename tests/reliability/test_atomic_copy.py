"""A copy or a new charter that cannot be finished never costs the file it was to replace
(store/document.py `_atomic_sqlite`: a hidden temporary file, fsync, then a rename).

Written after switching the temporary file off (the copy written straight over its
destination) left every other test passing: the disk-full tests only write where no
file was before. The failure is simulated with a failing fsync (no mount needed).
"""

from __future__ import annotations

import errno
import os

import pytest
from reliability_support import ACTOR, sample_charter, sha256

from cxcharter.domain.model import CharterSnapshot
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument, write_new_file

OLD = b"last week's copy, still needed\n"


def _disk_full(fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_save_copy_keeps_the_file_it_was_to_replace(tmp_path, monkeypatch):
    path = sample_charter(tmp_path / "team.cxcharter")
    dest = tmp_path / "Kopie.cxcharter"
    dest.write_bytes(OLD)
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        digest = sha256(path)
        monkeypatch.setattr(os, "fsync", _disk_full)
        with pytest.raises(errors.DiskFull):
            doc.save_copy(dest)
        monkeypatch.undo()
        assert sha256(path) == digest
    finally:
        doc.close()
    assert dest.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Kopie.cxcharter", "team.cxcharter"]


def test_a_failed_overwrite_keeps_the_old_charter(tmp_path, monkeypatch):
    path = sample_charter(tmp_path / "team.cxcharter")
    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)
    snapshot: CharterSnapshot = doc.snapshot()
    doc.close()
    dest = tmp_path / "geladen.cxcharter"
    dest.write_bytes(OLD)
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(errors.DiskFull):
        write_new_file(dest, snapshot, actor=ACTOR, overwrite=True)
    assert dest.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["geladen.cxcharter", "team.cxcharter"]
