"""Load: 10,000 edits in a row through the store, and 3,000 through the window's undo stack
(then undo all, redo all; 100,000 each with CXCHARTER_SOAK=1), end with the file exactly
as expected.

The files live in /dev/shm where it exists: this checks what ends up in the file,
not the disk's fsync speed (crash safety is test_crash_safety's job), and it keeps
30,000 synchronous commits within a CI budget.
"""

from __future__ import annotations

import dataclasses
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_support import ACTOR, integrity, sample_charter, sized

from cxcharter.store.document import CharterDocument

EDITS = sized(10_000, 100_000)
UNDO_EDITS = sized(3_000, 100_000)  # each one also a step of the undo history
KEYS = (
    "vision.statement",
    "vision.scope",
    "goals.objectives",
    "roles.core_team",
    "priorities.top",
    "stakeholders.who",
    "ways.meetings",
    "ways.feedback",
    "front.summary",
    "goals.metrics",
    "priorities.method",
)
STATUSES = ("not_started", "draft", "ready")


@pytest.fixture
def place(tmp_path) -> Iterator[Path]:
    if not Path("/dev/shm").is_dir():
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="cxcharter-load-", dir="/dev/shm"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _reopened(path: Path):
    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        return doc.snapshot()
    finally:
        doc.close()


@pytest.mark.slow
def test_ten_thousand_store_edits_end_exactly_as_expected(place):
    path = sample_charter(place / "last.cxcharter")
    rnd = random.Random(6)
    doc = CharterDocument.open(path, actor=ACTOR)
    try:
        expected = {key: doc.answer(key) for key in KEYS}
        people = {p.id: p.name for p in doc.people()}
        audited = len(doc.audit_entries())
        for n in range(EDITS):
            key = KEYS[n % len(KEYS)]
            roll = rnd.random()
            if roll < 0.8:
                text = f"Fassung {n}: " + "Kundenerlebnis " * rnd.randrange(0, 40)
                doc.set_answer_text(key, text)
                expected[key] = dataclasses.replace(expected[key], text=text)
            elif roll < 0.9:
                status = STATUSES[n % 3]
                audited += expected[key].status != status  # the same value writes nothing
                doc.set_status(key, status)
                expected[key] = dataclasses.replace(expected[key], status=status)
                continue
            else:
                pid = doc.add_person(f"Person {n}")
                people[pid] = f"Person {n}"
            audited += 1
        assert {key: doc.answer(key) for key in KEYS} == expected
        assert {p.id: p.name for p in doc.people()} == people
        assert len(doc.audit_entries()) == audited
        final = doc.snapshot()
    finally:
        doc.close()
    assert _reopened(path) == final
    assert integrity(path) == ["ok"]


@pytest.mark.slow
def test_thousands_of_edits_through_the_undo_stack_then_undo_all_and_redo_all(qtbot, place):
    from cxcharter.ui.session import CharterSession  # Qt only in this test

    path = sample_charter(place / "undo.cxcharter")
    doc = CharterDocument.open(path, actor=ACTOR)
    session = CharterSession(doc)
    failures = []
    session.failed.connect(failures.append)
    try:
        initial = doc.snapshot()
        for n in range(UNDO_EDITS):
            # Consecutive commands edit different answers, so none merge: one step each.
            assert session.set_answer_text(KEYS[n % len(KEYS)], f"Schritt {n}")
        edited = doc.snapshot()
        last = {KEYS[n % len(KEYS)]: n for n in range(UNDO_EDITS)}  # the last edit of each
        assert {k: edited.answer(k).text for k in KEYS} == {k: f"Schritt {last[k]}" for k in KEYS}
        stack = session.undo_stack
        assert stack.count() == UNDO_EDITS
        while stack.canUndo():
            stack.undo()
        assert doc.snapshot() == initial
        assert _reopened(path) == initial
        while stack.canRedo():
            stack.redo()
        assert doc.snapshot() == edited
        assert _reopened(path) == edited
        assert failures == []
    finally:
        session.close()
    assert integrity(path) == ["ok"]
