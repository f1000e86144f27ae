"""Every governance row is compared with its audit entry: deleted, changed or smuggled rows.

Each test changes the file behind the application's back with the protecting
triggers dropped and put back afterwards, so that only the records themselves
can give the edit away.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_verify import reviewed, where  # noqa: F401 (a fixture)

from cxcharter.store.document import CharterDocument
from cxcharter.store.verify import verify_file


def behind_the_back(path: Path, *sql: str, drop: tuple[str, ...] = ()) -> None:
    """Run `sql` with the triggers `drop` removed, then put them back as they were."""
    conn = sqlite3.connect(path)
    try:
        saved = [
            conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
            for name in drop
        ]
        for name in drop:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in sql:
            conn.execute(statement)
        for statement in saved:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def details(report) -> str:
    return " / ".join(str(m) for m in report.mismatches)


def test_the_fixture_verifies(reviewed):  # noqa: F811
    assert verify_file(reviewed).ok


def test_a_deleted_decision_and_its_comment_are_caught(reviewed):  # noqa: F811
    """The only "changes requested" of round 1 and its comment, gone."""
    behind_the_back(
        reviewed,
        "DELETE FROM decision_comments WHERE decision_id = 2",
        "DELETE FROM decisions WHERE id = 2",
        drop=("decisions_no_delete", "decision_comments_no_delete"),
    )
    report = verify_file(reviewed)
    assert not report.ok
    text = details(report)
    assert "decision 2 (revision 1 round 1): recorded in audit entry" in text
    assert "is missing" in text
    assert "comment" in text


@pytest.mark.parametrize(
    "column, value",
    [
        ("recorded_by", "Mallory"),
        ("recorded_at", "2020-01-01T00:00:00+00:00"),
        ("approver_name", "Mallory"),
    ],
)
def test_a_changed_decision_field_is_caught_and_named(reviewed, column, value):  # noqa: F811
    behind_the_back(
        reviewed,
        f"UPDATE decisions SET {column} = '{value}' WHERE id = 3",
        drop=("decisions_no_update",),
    )
    report = verify_file(reviewed)
    assert where(report) == ["decision 3 (revision 1 round 2)"]
    assert column in report.mismatches[0].detail


@pytest.mark.parametrize(
    "column, value",
    [
        ("number", 3),
        ("created_by", "Mallory"),
        ("created_at", "2020-01-01T00:00:00+00:00"),
        ("closed_by", "Mallory"),
        ("closed_at", "2020-01-01T00:00:00+00:00"),
    ],
)
def test_a_changed_round_field_is_caught_and_named(reviewed, column, value):  # noqa: F811
    behind_the_back(
        reviewed,
        f"UPDATE revisions SET {column} = '{value}' WHERE id = 1",
        drop=("revisions_frozen",),
    )
    report = verify_file(reviewed)
    assert where(report)[0] == f"revision {3 if column == 'number' else 1} round 1"
    assert column in report.mismatches[0].detail


def resolved(path: Path) -> Path:
    doc = CharterDocument.open(path, actor="Lea Lead")
    try:
        doc.start_new_revision()
        comment = doc.decisions(1)[1].comments[0]
        doc.resolve_comment(comment.id, "Raised.")
    finally:
        doc.close()
    return path


def test_a_resolution_verifies(reviewed):  # noqa: F811
    assert verify_file(resolved(reviewed)).ok


def test_an_inserted_resolution_is_caught(reviewed):  # noqa: F811
    behind_the_back(
        reviewed,
        "INSERT INTO comment_resolutions (comment_id, resolved_at, "
        "resolved_by, note) VALUES (1, 'now', 'Mallory', '')",
    )
    report = verify_file(reviewed)
    assert where(report) == ["comment 1 (decision 2)"]
    assert "not in the audit log" in report.mismatches[0].detail


def test_a_deleted_resolution_is_caught(reviewed):  # noqa: F811
    resolved(reviewed)
    behind_the_back(
        reviewed, "DELETE FROM comment_resolutions", drop=("comment_resolutions_no_delete",)
    )
    report = verify_file(reviewed)
    assert where(report) == ["comment 1 (decision 2)"]
    assert "missing" in report.mismatches[0].detail


def test_a_changed_resolution_is_caught(reviewed):  # noqa: F811
    resolved(reviewed)
    behind_the_back(
        reviewed,
        "UPDATE comment_resolutions SET resolved_by = 'Mallory'",
        drop=("comment_resolutions_no_update",),
    )
    report = verify_file(reviewed)
    assert where(report) == ["comment 1 (decision 2)"]
    assert "resolved_by" in report.mismatches[0].detail


def test_a_deleted_round_is_caught(reviewed):  # noqa: F811
    behind_the_back(
        reviewed,
        "DELETE FROM decision_comments",
        "DELETE FROM decisions WHERE revision_id = 2",
        "DELETE FROM revisions WHERE id = 2",
        drop=("revisions_no_delete", "decisions_no_delete", "decision_comments_no_delete"),
    )
    report = verify_file(reviewed)
    assert any(w.startswith("revision 1 round 2") for w in where(report)), details(report)


def test_a_changed_draft_start_is_caught(reviewed):  # noqa: F811
    doc = CharterDocument.open(reviewed, actor="Lea Lead")
    doc.start_new_revision()
    doc.close()
    behind_the_back(
        reviewed,
        "UPDATE revision_drafts SET started_by = 'Mallory'",
        drop=("revision_drafts_no_update",),
    )
    report = verify_file(reviewed)
    assert where(report) == ["revision 2"]
    assert "started_by" in report.mismatches[0].detail


# What the audit entries of each governance step carried before they repeated every column.
EARLIER_FIELDS = {
    "revision.submit": ("id", "round", "fingerprint"),
    "revision.approved": ("id", "round", "state", "fingerprint"),
    "revision.changes_requested": ("id", "round", "state", "fingerprint"),
    "revision.withdrawn": ("id", "round", "state", "fingerprint"),
    "decision.record": (
        "id",
        "revision_id",
        "approver",
        "decision",
        "decided_by",
        "comment",
        "sections",
        "fingerprint",
    ),
    "comment.resolve": ("note",),
    "revision.start": ("based_on",),
}


def as_written_earlier(path: Path) -> None:
    """Rewrite the governance entries in the earlier, shorter form and chain them again
    (what a file of the previous version holds)."""
    import json

    from cxcharter.store.chain import seal

    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    for entry, action, new in conn.execute("SELECT id, action, new FROM audit_log").fetchall():
        if action in EARLIER_FIELDS:
            data = json.loads(new)
            short = {k: data[k] for k in EARLIER_FIELDS[action]}
            conn.execute(
                "UPDATE audit_log SET new = ? WHERE id = ?",
                (json.dumps(short, ensure_ascii=False), entry),
            )
    seal(conn)
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    conn.commit()
    conn.close()


def test_entries_of_the_earlier_form_verify_and_still_show_deletions(reviewed):  # noqa: F811
    resolved(reviewed)
    as_written_earlier(reviewed)
    assert verify_file(reviewed).ok
    doc = CharterDocument.open(reviewed, actor="Lea Lead")  # and the app goes on with it
    doc.set_answer_text("vision.statement", "Revision 2.")
    doc.close()
    assert verify_file(reviewed).ok
    behind_the_back(
        reviewed,
        "DELETE FROM comment_resolutions",
        "DELETE FROM decision_comments WHERE decision_id = 2",
        "DELETE FROM decisions WHERE id = 2",
        drop=(
            "decisions_no_delete",
            "decision_comments_no_delete",
            "comment_resolutions_no_delete",
        ),
    )
    found = where(verify_file(reviewed))
    assert found == [
        "decision 2 (revision 1 round 1)",
        "comment on 'goals' (decision 2)",
        "revision 1 round 1",
        "comment 1",
    ]  # earlier entries: no comment ids
