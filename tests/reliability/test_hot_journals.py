"""A save cut off by a crash leaves a hot journal: it is played back only into the
file it belongs to, and the read-only commands never write the charter at all.

`crash_image()` makes the state a SIGKILL in the middle of a save leaves behind
(pages of the file already overwritten, the journal synced), without killing
anything: it copies file and journal while the transaction is open.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from reliability_support import ACTOR, integrity, sample_charter, sha256

from cxcharter.cli import main
from cxcharter.store import chain, errors
from cxcharter.store.document import CharterDocument

KEY = "vision.statement"


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def crash_image(source: Path, dest: Path, *, statement: str = "halb gespeichert") -> Path:
    """`dest` (+ its -journal): `source` as a crash in the middle of a save leaves it
    (like every save of the store: content and a chained audit entry, one transaction)."""
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 2")  # spill: overwrite pages of the file early
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE answers SET text = ? || text", (statement * 20,))
        conn.execute("UPDATE people SET name = name || ?", ("-" * 300,))
        chain.append(
            conn,
            at="2026-12-07T00:00:00+00:00",
            actor=ACTOR,
            action="answer.text",
            target=KEY,
            old="",
            new=statement,
        )
        # Read on: the small cache spills the audit page too (a kill at commit time).
        conn.execute("SELECT sum(length(text)) FROM answers").fetchone()
        conn.execute("SELECT sum(length(name)) FROM people").fetchone()
        assert journal(source).stat().st_size > 0
        shutil.copyfile(journal(source), journal(dest))
        shutil.copyfile(source, dest)
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    assert not journal(source).exists()
    return dest


def dumped(path: Path, capsysbinary) -> bytes:
    capsysbinary.readouterr()
    assert main(["dump", str(path)]) == 0
    return capsysbinary.readouterr().out


def read_only_commands(path: Path, out: Path) -> dict[str, list[str]]:
    return {
        "dump": ["dump", str(path)],
        "check": ["check", str(path)],
        "verify": ["verify", str(path)],
        "export": ["export", str(path), "-o", str(out / "c.pdf")],
        "calendar": ["calendar", str(path), "-o", str(out / "c.ics")],
    }


@pytest.fixture
def crashed(tmp_path) -> tuple[Path, Path]:
    """(the crash image, a healthy copy of the state it must recover to)."""
    original = sample_charter(tmp_path / "original.cxcharter")
    image = crash_image(original, tmp_path / "abgestürzt.cxcharter")
    assert image.read_bytes() != original.read_bytes(), "no page was overwritten yet"
    return image, original


def test_the_crash_image_is_a_real_interrupted_save(crashed, tmp_path):
    """Guard: SQLite itself (writing) restores the original from file + journal."""
    image, original = crashed
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    shutil.copyfile(image, scratch / image.name)
    shutil.copyfile(journal(image), journal(scratch / image.name))
    conn = sqlite3.connect(scratch / image.name)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert not journal(scratch / image.name).exists()
    assert (scratch / image.name).read_bytes() == original.read_bytes()


@pytest.mark.parametrize("command", ["dump", "check", "verify", "export", "calendar"])
def test_read_only_commands_read_a_crashed_charter_and_write_nothing(
    crashed, command, tmp_path, capsysbinary
):
    image, original = crashed
    before = sha256(image), sha256(journal(image))
    capsysbinary.readouterr()
    status = main(read_only_commands(image, tmp_path)[command])
    err = capsysbinary.readouterr().err.decode()
    assert status in (0, 1) and "error" not in err, err  # check: 1 while blockers remain
    if command == "verify":
        assert main(["verify", str(image)]) == 0
    assert (sha256(image), sha256(journal(image))) == before, "the charter was written"
    if command == "dump":
        assert dumped(image, capsysbinary) == dumped(original, capsysbinary)


def test_a_read_only_open_reads_the_recovered_state_privately(crashed):
    image, original = crashed
    before = sha256(image), sha256(journal(image))
    doc = CharterDocument.open(image, actor=ACTOR, read_only=True)
    want = CharterDocument.open(original, actor=ACTOR, read_only=True)
    try:
        assert doc.snapshot() == want.snapshot()
        assert doc.read_only_reason == "requested"
    finally:
        doc.close()
        want.close()
    assert (sha256(image), sha256(journal(image))) == before


def test_a_writing_open_recovers_the_file_in_place(crashed):
    image, original = crashed
    doc = CharterDocument.open(image, actor=ACTOR)
    try:
        assert not doc.read_only
        assert (
            doc.answer(KEY).text
            == CharterDocument.open(original, actor=ACTOR, read_only=True).answer(KEY).text
        )
    finally:
        doc.close()
    assert not journal(image).exists()
    assert integrity(image) == ["ok"]


def _stray_from_another_charter(tmp_path: Path, good: Path) -> None:
    other = sample_charter(tmp_path / "andere.cxcharter", "en")
    doc = CharterDocument.open(other, actor=ACTOR)
    doc.set_answer_text(KEY, "another history")  # a different change counter
    doc.close()
    crash_image(other, tmp_path / "scratch.cxcharter")
    shutil.move(journal(tmp_path / "scratch.cxcharter"), journal(good))


def _saves(path: Path, text: str, count: int = 60) -> None:
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        for n in range(count):
            doc.set_answer_text(KEY, f"{text} {n}")
    finally:
        doc.close()


def _stray_from_a_twin(tmp_path: Path, good: Path) -> None:
    """The same sample in the other language, saved as often: same layout, same counters;
    only the audit chain tells them apart."""
    _saves(good, "Fassung")
    twin = sample_charter(tmp_path / "zwilling.cxcharter", "en")
    _saves(twin, "Version")
    crash_image(twin, tmp_path / "scratch.cxcharter")
    shutil.move(journal(tmp_path / "scratch.cxcharter"), journal(good))


def _stray_from_another_database(tmp_path: Path, good: Path) -> None:
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 900,)] * 200)
    conn.close()
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA cache_size = 2")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE notes SET text = 'y' || text")
    shutil.copyfile(journal(other), journal(good))
    conn.execute("ROLLBACK")
    conn.close()


def _garbage_journal(tmp_path: Path, good: Path) -> None:
    journal(good).write_bytes(b"\x01garbage" * 700)


STRAYS = {
    "another charter": _stray_from_another_charter,
    "a twin": _stray_from_a_twin,
    "another database": _stray_from_another_database,
    "garbage": _garbage_journal,
}


@pytest.mark.parametrize("origin", STRAYS)
def test_a_journal_of_another_file_is_refused_and_nothing_is_changed(
    origin, tmp_path, capsysbinary
):
    good = sample_charter(tmp_path / "gut.cxcharter")
    STRAYS[origin](tmp_path, good)
    (tmp_path / "ref").mkdir()
    shutil.copyfile(good, tmp_path / "ref" / good.name)  # the charter, without the stray
    want = dumped(tmp_path / "ref" / good.name, capsysbinary)
    before = sha256(good), sha256(journal(good))
    for name, argv in read_only_commands(good, tmp_path).items():
        capsysbinary.readouterr()
        assert main(argv) == 2, name
        err = capsysbinary.readouterr().err.decode()
        assert "gut.cxcharter-journal" in err and err.count("\n") == 1, (name, err)
    for read_only in (True, False):
        with pytest.raises(errors.StrayJournal) as info:
            CharterDocument.open(good, actor=ACTOR, read_only=read_only)
        assert info.value.path == str(good) and "gut.cxcharter-journal" in str(info.value)
    assert (sha256(good), sha256(journal(good))) == before, "the charter was changed"
    journal(good).unlink()
    assert dumped(good, capsysbinary) == want
