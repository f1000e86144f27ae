"""Locks and permissions: a second process, a read-only file or folder, a full disk.

Real conditions where this machine allows them: the window's own QLockFile in two
processes, read-only bind mounts and a tiny tmpfs (we run as root, where chmod does
not stop writes). Where mounting is not permitted the test is skipped, saying so;
tests/store/test_document.py covers the same logic with a patched os.access.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_support import ACTOR, Child, integrity, sample_charter, sha256

from cxcharter.catalog import load_catalog
from cxcharter.export.pdf import ExportError, export_pdf
from cxcharter.store import backup, errors
from cxcharter.store.document import CharterDocument
from cxcharter.ui.app.file_lock import QtFileLock  # the window's own lock, in two processes

KEY = "vision.statement"
V0001 = Path(__file__).resolve().parents[1] / "store" / "files" / "v0001-initial.cxcharter"
NO_MOUNT = (
    "mounting is not permitted here (needs root with CAP_SYS_ADMIN); "
    "tests/store/test_document.py covers the logic with a patched os.access"
)


def _writes_refused(doc: CharterDocument) -> None:
    """Every kind of save is refused (each one a real change, not a no-op)."""
    now = doc.answer(KEY)
    person = next(p.id for p in doc.people() if p.id != now.owner)
    status = next(s for s in ("draft", "ready") if s != now.status)
    attempts = {
        "answer": lambda: doc.set_answer_text(KEY, "darf nicht"),
        "status": lambda: doc.set_status(KEY, status),
        "due": lambda: doc.set_due(KEY, "2031-01-01"),
        "owner": lambda: doc.set_owner(KEY, person),
        "add person": lambda: doc.add_person("Neu"),
        "edit person": lambda: doc.update_person(person, role="neu"),
        "remove person": lambda: doc.remove_person(person),
    }
    before = doc.snapshot()
    for name, attempt in attempts.items():
        with pytest.raises(errors.ReadOnly) as info:
            attempt()
        assert info.value.code == "read_only" and "\n" not in str(info.value), name
    assert doc.snapshot() == before


def _run(*cmd: object) -> bool:
    return subprocess.run([str(c) for c in cmd], capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def _mounted(*cmds: tuple) -> Iterator[None]:
    """Run mount commands (each a tuple), unmount in reverse order afterwards."""
    done: list[Path] = []
    try:
        for cmd in cmds:
            if os.geteuid() != 0 or not _run("mount", *cmd):
                pytest.skip(NO_MOUNT)
            if Path(cmd[-1]) not in done:
                done.append(Path(cmd[-1]))
        yield
    finally:
        for point in reversed(done):
            _run("umount", "-l", point)


# ------------------------------------------------------------ two processes
def test_a_second_process_gets_the_file_read_only_and_its_writes_are_refused(tmp_path):
    path = sample_charter(tmp_path / "geteilt.cxcharter")
    first = Child("holder.py", path, stdin=True)
    try:
        assert first.wait_for("holding") == "holding writable"
        second = CharterDocument.open(path, actor="second window", lock=QtFileLock(path))
        try:
            assert second.read_only_reason == "locked"
            assert "first window" in second.lock_holder, second.lock_holder
            assert "this computer" in second.lock_holder, second.lock_holder
            digest = sha256(path)
            _writes_refused(second)
            assert sha256(path) == digest, "the refused writes touched the file"
            first.send("write vom ersten Fenster")  # the holder still saves: nothing lost
            first.wait_for("wrote")
        finally:
            second.close()
        first.send("close")
        first.wait_for("closed")
    finally:
        first.close() if first.proc.poll() is not None else first.kill()
    again = CharterDocument.open(path, actor=ACTOR, lock=QtFileLock(path))
    try:
        assert not again.read_only, "the lock was released when the first window closed"
        assert again.answer(KEY).text == "vom ersten Fenster"
    finally:
        again.close()


def test_a_crashed_holder_does_not_lock_the_file_forever(tmp_path):
    path = sample_charter(tmp_path / "verwaist.cxcharter")
    first = Child("holder.py", path, stdin=True)
    first.wait_for("holding")
    first.kill()
    lock_file = tmp_path / ".verwaist.cxcharter.lock"
    assert lock_file.exists(), "SIGKILL leaves the lock file behind"
    doc = CharterDocument.open(path, actor=ACTOR, lock=QtFileLock(path))
    try:
        assert not doc.read_only, "a lock of a dead process is stale"
    finally:
        doc.close()


# ------------------------------------------------------ read-only places
@pytest.fixture
def ro_file(tmp_path) -> Path:
    """The charter in a folder mounted read-only (file and folder cannot be written)."""
    src, view = tmp_path / "src", tmp_path / "view"
    src.mkdir()
    view.mkdir()
    sample_charter(src / "c.cxcharter")
    with _mounted(("--bind", src, view), ("-o", "remount,bind,ro", view)):
        yield view / "c.cxcharter"


@pytest.fixture
def file_in_ro_folder(tmp_path) -> Path:
    """A writable charter file in a folder that is read-only (no room for a journal)."""
    src, view = tmp_path / "src", tmp_path / "view"
    src.mkdir()
    view.mkdir()
    sample_charter(src / "c.cxcharter")
    target = view / "c.cxcharter"
    with _mounted(
        ("--bind", src, view),
        ("-o", "remount,bind,ro", view),
        ("--bind", src / "c.cxcharter", target),
    ):
        yield target


def test_a_read_only_file(ro_file):
    assert not os.access(ro_file, os.W_OK)
    digest = sha256(ro_file)
    doc = CharterDocument.open(ro_file, actor=ACTOR)
    try:
        assert doc.read_only_reason == "file_read_only"
        _writes_refused(doc)
    finally:
        doc.close()
    assert sha256(ro_file) == digest


def test_a_file_in_a_read_only_folder(file_in_ro_folder):
    path = file_in_ro_folder
    assert os.access(path, os.W_OK) and not os.access(path.parent, os.W_OK)
    digest = sha256(path)
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        assert doc.read_only_reason == "folder_read_only"
        _writes_refused(doc)
    finally:
        doc.close()
    assert sha256(path) == digest


@pytest.mark.parametrize("place", ["ro_file", "file_in_ro_folder"])
def test_if_the_permission_check_is_fooled_sqlite_still_refuses_cleanly(
    place, request, monkeypatch
):
    """Second line of defence: os.access says yes (a network share can lie), the disk
    says no. The save fails with a known error, and the file is unchanged."""
    path = request.getfixturevalue(place)
    digest = sha256(path)
    monkeypatch.setattr(os, "access", lambda *a, **k: True)
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        assert not doc.read_only
        before = doc.snapshot()
        with pytest.raises(errors.CharterError) as info:
            doc.set_answer_text(KEY, "geht nicht")
        assert info.value.code in ("read_only", "access_denied"), str(info.value)
        assert doc.snapshot() == before
        assert not doc._conn.in_transaction
    finally:
        doc.close()
    assert sha256(path) == digest


# ---------------------------------------------------------------- disk full
@pytest.fixture
def tiny_disk(tmp_path) -> Path:
    """A 2 MB tmpfs: small enough to fill in a moment."""
    where = tmp_path / "tiny"
    where.mkdir()
    with _mounted(("-t", "tmpfs", "-o", "size=2m", "tmpfs", where)):
        yield where


def _fill(folder: Path) -> Path:
    """Take every free byte of the file system of `folder`."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 16, 1 << 12, 1 << 8, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    with pytest.raises(OSError) as info:
        (folder / "probe").write_bytes(b"x")
    assert info.value.errno == errno.ENOSPC
    with contextlib.suppress(FileNotFoundError):
        (folder / "probe").unlink()
    return filler


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_disk_full_during_a_save_loses_nothing(tiny_disk):
    path = sample_charter(tiny_disk / "voll.cxcharter")
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        doc.set_answer_text(KEY, "gespeichert, bevor die Platte voll war")
        before = doc.snapshot()
        filler = _fill(tiny_disk)
        for attempt in (
            lambda: doc.set_answer_text(KEY, "zu spät " * 20_000),
            lambda: doc.add_person("Zu Spät"),
        ):
            with pytest.raises(errors.DiskFull) as info:
                attempt()
            assert info.value.code == "disk_full" and "\n" not in str(info.value)
            assert doc.snapshot() == before
            assert not doc._conn.in_transaction
        assert _names(tiny_disk) == ["filler", "voll.cxcharter"], "no journal left behind"
        assert integrity(path) == ["ok"]
        filler.unlink()  # room again: the same document saves on
        doc.set_answer_text(KEY, "wieder Platz")
    finally:
        doc.close()
    again = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        assert again.answer(KEY).text == "wieder Platz"
    finally:
        again.close()


def test_disk_full_when_creating_copying_or_backing_up_leaves_no_partial_file(tiny_disk, tmp_path):
    path = sample_charter(tmp_path / "quelle.cxcharter")
    _fill(tiny_disk)
    with pytest.raises(errors.DiskFull):
        CharterDocument.create(tiny_disk / "neu.cxcharter", title="Neu", language="de", actor=ACTOR)
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        with pytest.raises(errors.DiskFull):
            doc.save_copy(tiny_disk / "kopie.cxcharter")
    finally:
        doc.close()
    with pytest.raises(errors.DiskFull):
        backup.backup_now(path, tiny_disk / "backups", reason="timer")
    leftovers = [p for p in tiny_disk.rglob("*") if p.name not in ("filler", "backups")]
    assert leftovers == []


def test_disk_full_stops_an_upgrade_before_it_starts(tiny_disk, tmp_path):
    """The pre-upgrade backup cannot be written: the old file is not upgraded."""
    path = tmp_path / "alt.cxcharter"
    path.write_bytes(V0001.read_bytes())
    digest = sha256(path)
    _fill(tiny_disk)
    with pytest.raises(errors.DiskFull):
        CharterDocument.open(path, actor=ACTOR, backup_dir=tiny_disk / "backups")
    assert sha256(path) == digest
    assert _names(tmp_path) == ["alt.cxcharter", "tiny"]


def test_disk_full_during_export_keeps_the_old_pdf(tiny_disk, tmp_path):
    path = sample_charter(tmp_path / "c.cxcharter")
    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)
    snapshot = doc.snapshot()
    doc.close()
    out = tiny_disk / "charta.pdf"
    out.write_bytes(b"%PDF-1.4 the PDF of last week\n%%EOF\n")
    old = sha256(out)
    _fill(tiny_disk)
    with pytest.raises(ExportError) as info:
        export_pdf(snapshot, load_catalog("de"), out, created=dt.datetime(2026, 11, 23, 9, 0))
    assert info.value.code == errno.ENOSPC
    assert str(info.value).startswith(f"Could not write the PDF to {out}")
    assert "\n" not in str(info.value)
    assert sha256(out) == old
    assert _names(tiny_disk) == ["charta.pdf", "filler"], "no partial output"
