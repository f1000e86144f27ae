"""Long answer texts in the audit log: the full history, stored as diffs, replayed by verify."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from cxcharter.store import audit_text
from cxcharter.store.chain import COLUMNS, entry_hash
from cxcharter.store.document import CharterDocument
from cxcharter.store.verify import verify_file

KEY = "vision.statement"
EDITS = 500


def long_text() -> str:
    """About 107 KB of prose, no two lines alike."""
    return "\n".join(
        f"Line {n}: we answer every customer within one working day." for n in range(1800)
    )


def small_edit(text: str, n: int) -> str:
    at = (n * 7919) % (len(text) - 10)
    return text[:at] + f"[{n}]" + text[at + 3 :]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A charter whose 107 KB answer was edited `EDITS` times in small steps (once)."""
    path = tmp_path_factory.mktemp("audit") / "big.cxcharter"
    doc = CharterDocument.create(path, title="Big", language="en", actor="Lea")
    versions = [long_text()]
    doc.set_answer_text(KEY, versions[0])
    for n in range(EDITS):
        versions.append(small_edit(versions[-1], n))
        doc.set_answer_text(KEY, versions[-1])
    doc.close()
    return path, versions


@pytest.fixture
def edited(built, tmp_path):
    """A copy of `built` each test may change."""
    path, versions = built
    return shutil.copy(path, tmp_path / path.name), versions


def test_500_small_edits_of_a_100_kb_answer_keep_the_file_small(edited):
    path, versions = edited
    assert len(versions[0].encode()) > 100_000
    size = path.stat().st_size
    assert size <= 5_000_000, f"{size / 1e6:.1f} MB"  # whole texts each time: > 100 MB
    report = verify_file(path)
    assert report.ok, report.mismatches
    assert report.audit_entries == EDITS + 2  # create, the first text, the edits


def test_every_version_is_kept(edited):
    path, versions = edited
    doc = CharterDocument.open(path, actor="x", read_only=True)
    try:
        changes = [e for e in reversed(doc.audit_entries()) if e["action"] == "answer.text"]
    finally:
        doc.close()
    assert [json.loads(e["new"]) for e in changes] == versions
    assert [json.loads(e["old"]) for e in changes] == ["", *versions[:-1]]


def test_most_entries_are_diffs_and_short_texts_are_stored_whole(edited, tmp_path):
    path, _versions = edited
    conn = sqlite3.connect(path)
    stored = [
        json.loads(r[0])
        for r in conn.execute("SELECT new FROM audit_log WHERE action = 'answer.text'")
    ]
    conn.close()
    whole = [s for s in stored if isinstance(s, str)]
    assert len(whole) <= EDITS // audit_text.MAX_DEPTH + 2
    doc = CharterDocument.create(
        tmp_path / "small.cxcharter", title="S", language="en", actor="Lea"
    )
    doc.set_answer_text(KEY, "Short.")
    [entry] = [e for e in doc.audit_entries() if e["action"] == "answer.text"]
    doc.close()
    assert (entry["old"], entry["new"]) == ('""', '"Short."')


def rewrite_chain_from(path, entry: int, **changes) -> None:
    """Change entry `entry` and recompute every hash after it: a whole forged chain."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    for column, value in changes.items():
        conn.execute(f"UPDATE audit_log SET {column} = ? WHERE id = ?", (value, entry))
    prev = conn.execute("SELECT prev_hash FROM audit_log WHERE id = ?", (entry,)).fetchone()[0]
    for row in conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM audit_log WHERE id >= ? ORDER BY id", (entry,)
    ).fetchall():
        digest = entry_hash(dict(zip(COLUMNS, row, strict=True)), prev)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0])
        )
        prev = digest
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    conn.commit()
    conn.close()


def diff_entry(path) -> tuple[int, dict]:
    conn = sqlite3.connect(path)
    row = conn.execute(
        "SELECT id, new FROM audit_log WHERE new LIKE '{\"$diff\"%' ORDER BY id LIMIT 1 OFFSET 10"
    ).fetchone()
    conn.close()
    return row[0], json.loads(row[1])


def test_a_tampered_diff_is_caught_by_its_hash(edited):
    path, _versions = edited
    entry, stored = diff_entry(path)
    stored["$diff"][2] = "[forged]"
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET new = ? WHERE id = ?", (json.dumps(stored), entry))
    conn.commit()
    conn.close()
    report = verify_file(path)
    assert f"audit entry {entry}" in [m.where for m in report.mismatches]


def test_a_diff_that_does_not_fit_is_caught_even_in_a_rewritten_chain(edited):
    path, _versions = edited
    entry, stored = diff_entry(path)
    stored["$diff"][0] = 10**9
    rewrite_chain_from(path, entry, new=json.dumps(stored))
    report = verify_file(path)
    assert [str(m) for m in report.mismatches if m.what == "audit"] == [
        f"audit entry {entry}: its stored diff does not fit the text before it"
    ]


def test_a_forged_reference_is_caught_even_in_a_rewritten_chain(edited):
    path, _versions = edited
    entry, _stored = diff_entry(path)
    rewrite_chain_from(path, entry, old=json.dumps({"$same": 3}))
    report = verify_file(path)
    assert any(
        m.where == f"audit entry {entry}" and "refers to entry 3" in m.detail
        for m in report.mismatches
    ), report.mismatches


def test_a_draft_answer_changed_outside_the_app_is_caught(edited):
    path, _versions = edited
    conn = sqlite3.connect(path)
    conn.execute("UPDATE answers SET text = text || ' and more' WHERE key = ?", (KEY,))
    conn.commit()
    conn.close()
    report = verify_file(path)
    assert [str(m) for m in report.mismatches] == [
        f"answer {KEY}: its text is not the one audit entry {EDITS + 2} recorded (changed "
        "outside CX Charter)"
    ]


def test_a_diff_rebuilds_the_new_text_exactly():
    import random

    rng = random.Random(12)
    for _ in range(300):
        old = "".join(rng.choice("ab\u00e9\U0001f600 ") for _ in range(rng.randrange(0, 9000)))
        at, cut = rng.randrange(0, len(old) + 1), rng.randrange(0, 40)
        inserted = "".join(rng.choice("abz") for _ in range(rng.randrange(0, 30)))
        new = old[:at] + inserted + old[at + cut :]
        diff = audit_text._diff(old, new)
        assert audit_text._apply(old, diff) == new
        assert len(diff[2]) <= len(inserted)  # the common ends are not stored
