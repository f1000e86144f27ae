"""`verify_file` catches edits made behind the application's back (triggers dropped first)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from ready_file import TODAY, ready_charter

from cxcharter.store import errors
from cxcharter.store.document import CharterDocument
from cxcharter.store.verify import verify_file

BOSS, LEAD = 2, 1
FILES = Path(__file__).parent / "files"
NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
)


def raw_sql(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(sql)
        conn.commit()
    finally:
        conn.close()


def trigger_sql(path: Path, name: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def where(report) -> list[str]:
    return [m.where for m in report.mismatches]


@pytest.fixture
def reviewed(tmp_path) -> Path:
    """A charter sent back once (changes requested), then approved as revision 1."""
    path = ready_charter(tmp_path / "team.cxcharter")
    doc = CharterDocument.open(path, actor="Lea Lead")
    try:
        doc.submit_for_review(today=TODAY)
        doc.record_decision(BOSS, "approved")
        doc.record_decision(LEAD, "changes_requested", section_comments={"goals": "Higher."})
        doc.set_answer_text("goals.objectives", "Higher targets.")
        doc.submit_for_review(today=TODAY)
        doc.record_decision(BOSS, "approved")
        doc.record_decision(LEAD, "approved", comment="Fine.")
    finally:
        doc.close()
    return path


def test_an_untouched_file_verifies(reviewed):
    report = verify_file(reviewed)
    assert report.ok, report.mismatches
    assert (report.rounds, report.decisions) == (2, 4)
    assert report.audit_entries >= 10 and report.state == "revision 1, approved"


def test_a_changed_audit_entry_is_caught(reviewed):
    raw_sql(
        reviewed,
        "DROP TRIGGER audit_log_no_update;"
        "UPDATE audit_log SET actor = 'mallory' WHERE id = 3;" + NO_UPDATE,
    )
    CharterDocument.open(reviewed, actor="x").close()  # the app itself sees nothing wrong
    report = verify_file(reviewed)
    assert where(report) == ["audit entry 3"]
    assert "does not match its hash" in report.mismatches[0].detail


def test_a_recomputed_hash_breaks_the_link_to_the_next_entry(reviewed):
    from cxcharter.store.chain import COLUMNS, entry_hash

    conn = sqlite3.connect(reviewed)
    conn.execute("DROP TRIGGER audit_log_no_update")
    row = conn.execute(
        f"SELECT {', '.join(COLUMNS)}, prev_hash FROM audit_log WHERE id = 3"
    ).fetchone()
    entry = dict(zip(COLUMNS, row, strict=False))
    entry["actor"] = "mallory"
    conn.execute(
        "UPDATE audit_log SET actor = 'mallory', hash = ? WHERE id = 3",
        (entry_hash(entry, row[-1]),),
    )
    conn.execute(NO_UPDATE)
    conn.commit()
    conn.close()
    report = verify_file(reviewed)
    assert where(report) == ["audit entry 4"]
    assert "does not link" in report.mismatches[0].detail


def test_a_deleted_audit_entry_is_caught(reviewed):
    raw_sql(reviewed, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 5;")
    report = verify_file(reviewed)
    assert "trigger audit_log_no_delete" in where(report)  # the dropped protection itself
    assert "audit entry 6" in where(report)


def test_a_changed_frozen_revision_is_caught(reviewed):
    frozen = trigger_sql(reviewed, "revisions_frozen")
    raw_sql(
        reviewed,
        "DROP TRIGGER revisions_frozen;"
        "UPDATE revisions SET snapshot = replace(snapshot, 'Higher targets.', "
        "'Lower targets.') WHERE id = 2;" + frozen + ";",
    )
    report = verify_file(reviewed)
    assert "revision 1 round 2" in where(report)
    assert any("does not match its fingerprint" in m.detail for m in report.mismatches)


def test_a_frozen_revision_with_a_recomputed_fingerprint_is_caught(reviewed):
    import hashlib

    conn = sqlite3.connect(reviewed)
    conn.execute("DROP TRIGGER revisions_frozen")
    text = conn.execute("SELECT snapshot FROM revisions WHERE id = 2").fetchone()[0]
    forged = text.replace("Higher targets.", "Lower targets.")
    conn.execute(
        "UPDATE revisions SET snapshot = ?, fingerprint = ? WHERE id = 2",
        (forged, hashlib.sha256(forged.encode()).hexdigest()),
    )
    conn.commit()
    conn.close()
    report = verify_file(reviewed)
    details = " / ".join(str(m) for m in report.mismatches)
    assert "revision 1 round 2: its fingerprint is not the one the audit log recorded" in details
    assert "decision" in details  # the decisions were made on the old fingerprint
    assert "content" in {m.what for m in report.mismatches}  # and the content is the old one


def test_a_forged_approval_is_caught(tmp_path):
    path = ready_charter(tmp_path / "team.cxcharter")
    doc = CharterDocument.open(path, actor="Lea Lead")
    doc.submit_for_review(today=TODAY)
    doc.record_decision(BOSS, "approved")
    doc.close()
    frozen = trigger_sql(path, "revisions_frozen")
    raw_sql(
        path,
        "DROP TRIGGER revisions_frozen; UPDATE revisions SET state = 'approved';" + frozen + ";",
    )
    report = verify_file(path)
    details = [m.detail for m in report.mismatches]
    assert any("without the approval of required approver(s) 1" in d for d in details)
    assert any("does not record it becoming approved" in d for d in details)


def test_a_changed_decision_is_caught(reviewed):
    raw_sql(
        reviewed,
        "DROP TRIGGER decisions_no_update;UPDATE decisions SET decision = 'approved' WHERE id = 2;",
    )
    report = verify_file(reviewed)
    assert "decision 2 (revision 1 round 1)" in where(report)


def test_content_changed_while_approved_is_caught(reviewed):
    raw_sql(reviewed, "UPDATE answers SET text = 'Sneaky' WHERE key = 'vision.statement';")
    report = verify_file(reviewed)
    assert [m.what for m in report.mismatches] == ["content"]


def test_edits_of_a_new_draft_revision_are_fine(reviewed):
    doc = CharterDocument.open(reviewed, actor="Lea Lead")
    doc.start_new_revision()
    doc.set_answer_text("vision.statement", "Revision 2")
    doc.close()
    report = verify_file(reviewed)
    assert report.ok and report.state == "revision 2, draft"


def test_verify_never_writes(reviewed):
    before = reviewed.read_bytes()
    verify_file(reviewed)
    assert reviewed.read_bytes() == before


def test_an_old_file_predates_the_chain(tmp_path):
    path = tmp_path / "old.cxcharter"
    shutil.copy(FILES / "v0001-initial.cxcharter", path)
    report = verify_file(path)
    assert report.ok and not report.chained
    CharterDocument.open(path, actor="x").close()  # the upgrade seals what was there
    report = verify_file(path)
    assert report.ok and report.chained and report.audit_entries == 1


def test_not_a_charter_is_refused(tmp_path):
    path = tmp_path / "x.cxcharter"
    path.write_bytes(b"hello")
    with pytest.raises(errors.CharterError):
        verify_file(path)


def test_a_smuggled_new_revision_is_caught(tmp_path):
    """Inserting a draft row would unfreeze the content: verify names it."""
    path = ready_charter(tmp_path / "team.cxcharter")
    doc = CharterDocument.open(path, actor="Lea Lead")
    doc.submit_for_review(today=TODAY)
    doc.close()
    raw_sql(
        path,
        "INSERT INTO revision_drafts (number, started_at, started_by) "
        "VALUES (2, 'now', 'mallory');",
    )
    report = verify_file(path)
    details = [str(m) for m in report.mismatches]
    assert "revision 2: started although revision 1 was never approved" in details
    assert "revision 2: its start is not in the audit log" in details


def test_a_proper_new_revision_verifies(reviewed):
    doc = CharterDocument.open(reviewed, actor="Lea Lead")
    doc.start_new_revision()
    doc.close()
    assert verify_file(reviewed).ok
