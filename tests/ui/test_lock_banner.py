"""The read-only banner of a charter another computer holds: who, where, Open anyway."""

from __future__ import annotations

import json
import os
import time

import pytest

from cxcharter.sample import write_sample
from cxcharter.ui import ask
from cxcharter.ui.app.file_lock import lock_path, note_path


@pytest.fixture
def held(tmp_path):
    """A charter that a window on the computer "laptop-7" has open (or had, then crashed)."""
    path = write_sample(tmp_path / "team.cxcharter", "de", actor="t")
    lock_path(path).write_text("4242\nCX Charter\nlaptop-7\n0123456789abcdef\n")
    old = time.time() - 3600
    os.utime(lock_path(path), (old, old))
    note_path(path).write_text(
        json.dumps({"name": "Jana Schmidt", "user": "jana", "host": "laptop-7", "pid": 4242}),
        encoding="utf-8",
    )
    return path


def test_the_banner_names_the_person_and_the_computer(window, held):
    window.open_path(str(held))
    workspace = window.workspace
    assert window.session.read_only
    text = workspace.banner.text()
    assert "Jana Schmidt" in text and "laptop-7" in text, text
    assert "process" not in text and "4242" not in text, text
    assert workspace.open_anyway.isVisibleTo(window)


@pytest.mark.parametrize("answer", [False, True])
def test_open_anyway_asks_first_and_then_takes_over(window, held, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: asked.append(text) or answer)
    window.open_path(str(held))
    window.workspace.open_anyway.click()
    assert len(asked) == 1 and "Jana Schmidt" in asked[0] and "lost" in asked[0], asked
    assert window.session.read_only is not answer
    owner = lock_path(held).read_text().split("\n")[0]
    assert owner == (str(os.getpid()) if answer else "4242")
    if answer:
        assert not window.workspace.open_anyway.isVisibleTo(window)
        window.session.set_answer_text("vision.statement", "übernommen")
        window.close_charter()
        assert not lock_path(held).exists()


def test_a_holder_on_this_computer_gets_no_open_anyway(window, held):
    from PySide6.QtCore import QLockFile

    lock_path(held).unlink()
    other = QLockFile(str(lock_path(held)))  # another window of this computer, alive
    assert other.tryLock(0)
    try:
        window.open_path(str(held))
        assert window.session.read_only
        assert "this computer" in window.workspace.banner.text()
        assert not window.workspace.open_anyway.isVisibleTo(window)
    finally:
        window.close_charter()
        other.unlock()


def test_a_stray_journal_is_named_in_the_message_and_nothing_opens(window, tmp_path, monkeypatch):
    path = write_sample(tmp_path / "gut.cxcharter", "de", actor="t")
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"\x01garbage" * 700)
    shown = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text, detail="": shown.append(text))
    window.open_path(str(path))
    assert window.session is None
    assert len(shown) == 1 and "gut.cxcharter-journal" in shown[0], shown
    assert journal.read_bytes() == b"\x01garbage" * 700
