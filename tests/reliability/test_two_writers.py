"""Two processes write one charter through the store: no edit is lost to `Busy`, no
raw sqlite3 error escapes (not even from an open while the other writes), and every
audit entry records the value that was really there before it.

Both write the same answers and the same goal, so an old value read outside the
write transaction shows up as an audit entry whose `old` is not the `new` of the
entry before it. CI runs 2 × 100 edits; CXCHARTER_SOAK=1 runs 2 × 1,000.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from collections import defaultdict

import pytest
from reliability_support import ACTOR, Child, integrity, sample_charter, sized

from cxcharter.store.document import CharterDocument

EDITS = sized(100, 1_000)  # per writer


def _run_writers(path, edits: int) -> list[Child]:
    children = [
        Child("writer.py", path, name, edits, seed, stdin=True)
        for seed, name in enumerate(("Anna", "Ben"))
    ]
    try:
        for child in children:
            child.wait_for("ready")
        for child in children:
            child.send("go")
        for child in children:
            child.wait_for("done", timeout=60 + edits)
    finally:
        for child in children:
            if not child.proc.stdout.closed:  # not closed already by a kill in wait_for
                child.close(120)
    return children


def _chains(entries: list[dict]) -> dict[tuple, list[tuple[object, object]]]:
    """(old, new) per thing written, in the order written (audit ids)."""
    chains: dict[tuple, list] = defaultdict(list)
    for e in sorted(entries, key=lambda e: e["id"]):
        old, new = json.loads(e["old"]), json.loads(e["new"])
        if e["action"] == "answer.text":
            chains[("answer", e["target"])].append((old, new))
        elif e["action"] == "goal.update":
            for name in new:
                chains[("goal", e["target"], name)].append((old[name], new[name]))
    return chains


@pytest.mark.parametrize("edits", [EDITS])
def test_two_processes_lose_no_edit_and_log_every_true_old_value(tmp_path, edits):
    path = sample_charter(tmp_path / "geteilt.cxcharter")
    children = _run_writers(path, edits)
    problems = [line for c in children for line in c.lines if line.startswith("fail")]
    assert not problems, problems[:5]
    assert [c.lines[-1] for c in children] == [f"done {edits} 0"] * 2
    assert all(c.proc.returncode == 0 for c in children), [c.err[-2000:] for c in children]

    doc = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        entries = [e for e in doc.audit_entries() if e["actor"] in ("Anna", "Ben")]
        assert len(entries) >= 2 * edits * 0.9  # a few edits repeat the stored value
        wrong = []
        for thing, chain in _chains(entries).items():
            for (_, before), (old, _) in itertools.pairwise(chain):
                if old != before:
                    wrong.append((thing, before, old))
            last = chain[-1][1]
            stored = (
                doc.answer(thing[1]).text
                if thing[0] == "answer"
                else doc.row("goal", int(thing[1]))[thing[2]]
            )
            assert stored == last, thing
        assert not wrong, f"{len(wrong)} audit entries with a wrong old value: {wrong[:3]}"
    finally:
        doc.close()
    assert integrity(path) == ["ok"]


@pytest.fixture
def impatient_sqlite(monkeypatch):
    """SQLite's own busy handler gives up after 0.1 s instead of 5 s: what is left is
    the store's patience (errors.patiently)."""
    from cxcharter.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)


def _held(path, how: str, seconds: float) -> threading.Timer:
    """Another connection holds the file (`BEGIN EXCLUSIVE`: not even reads, `BEGIN
    IMMEDIATE`: no other writer) and lets go after `seconds`."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute(f"BEGIN {how}")
    other.execute("UPDATE charter SET language = language")

    def release():
        other.execute("COMMIT")
        other.close()

    timer = threading.Timer(seconds, release)
    timer.start()
    return timer


@pytest.mark.usefixtures("impatient_sqlite")
def test_open_read_and_write_wait_for_another_process_instead_of_failing(tmp_path):
    path = sample_charter(tmp_path / "gesperrt.cxcharter")
    timer = _held(path, "EXCLUSIVE", 1.0)
    try:
        doc = CharterDocument.open(path, actor=ACTOR)  # was Busy (or a raw sqlite3 error)
    finally:
        timer.join()
    try:
        timer = _held(path, "EXCLUSIVE", 1.0)
        text = doc.answer("vision.statement").text  # a read while the other commits
        timer.join()
        assert text
        timer = _held(path, "IMMEDIATE", 1.0)
        doc.set_answer_text("vision.statement", "danach")  # waits for the other writer
        timer.join()
        assert doc.answer("vision.statement").text == "danach"
        assert doc.audit_entries(1)[0]["old"] == json.dumps(text, ensure_ascii=False)
    finally:
        doc.close()
