"""`cxcharter check` and `cxcharter verify`, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxcharter import cli
from cxcharter.domain.stakeholders import suggestions
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def ready(path: Path, language: str = "en") -> Path:
    """The sample with every approver and RACI "I" in the communication plan."""
    write_sample(path, language, actor="Lea")
    doc = CharterDocument.open(path, actor="Lea")
    try:
        for s in suggestions(doc.rows("raci"), doc.rows("approver"), doc.rows("stakeholder")):
            if {"approver", "I"} & set(s.reasons):
                doc.add_row(
                    "stakeholder",
                    {"name": "x", "person": s.person, "needs": "n", "channel": "c", "cadence": "m"},
                )
    finally:
        doc.close()
    return path


# The sample's communication-plan rows of its approver Anna Weber and of the RACI "I"s
# Jonas Brandt, Deniz Yilmaz, Julia Wagner and Niklas Schmidt.
PLAN_PEOPLE = {1, 3, 4, 9, 11}


def unready(path: Path, language: str = "en") -> Path:
    """The sample without those plan rows: five blockers."""
    write_sample(path, language, actor="Lea")
    doc = CharterDocument.open(path, actor="Lea")
    try:
        for row in doc.rows("stakeholder"):
            if row.get("person") in PLAN_PEOPLE:
                doc.remove_row("stakeholder", row.id)
    finally:
        doc.close()
    return path


# ----------------------------------------------------------------- check
def test_check_lists_blockers_and_exits_1(tmp_path, capsys):
    path = unready(tmp_path / "s.cxcharter", "en")
    code, out, err = run(capsys, "check", path)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0].startswith("blocker  Stakeholders")
    assert "Anna Weber" in lines[0] and "communication plan" in lines[0]
    assert lines[-1].startswith("5 blockers, ") and "not ready" in lines[-1]


def test_check_speaks_the_charters_language(tmp_path, capsys):
    path = unready(tmp_path / "s.cxcharter", "de")
    code, out, _ = run(capsys, "check", path)
    assert code == 1
    assert "Kommunikationsplan" in out and "noch nicht bereit" in out.splitlines()[-1]


def test_check_exits_0_without_blockers(tmp_path, capsys):
    path = ready(tmp_path / "r.cxcharter")
    code, out, _ = run(capsys, "check", path)
    assert code == 0
    assert out.splitlines()[-1].startswith("0 blockers, ")
    assert "ready for review" in out


def test_check_json(tmp_path, capsys):
    path = unready(tmp_path / "s.cxcharter", "en")
    code, out, _ = run(capsys, "check", path, "--json")
    assert code == 1
    data = json.loads(out)
    first = data[0]
    assert first["severity"] == "blocker" and first["code"] == "plan.approver_missing"
    assert first["place"] == {"section": "stakeholders", "question": "", "kind": "person", "row": 1}
    assert first["params"]["name"] == "Anna Weber" and "Anna Weber" in first["message"]
    assert {d["severity"] for d in data} == {"blocker", "warning"}


def test_check_of_an_empty_charter(tmp_path, capsys):
    path = tmp_path / "e.cxcharter"
    assert run(capsys, "new", path, "--title", "T", "--lang", "en")[0] == 0
    code, out, _ = run(capsys, "check", path, "--json")
    assert code == 1
    assert "front.no_charter_owner" in {d["code"] for d in json.loads(out)}


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 200])
def test_check_refuses_what_is_not_a_charter(tmp_path, capsys, content):
    path = tmp_path / "x.cxcharter"
    path.write_bytes(content)
    code, out, err = run(capsys, "check", path)
    assert code == 2 and out == ""
    assert err.startswith("cxcharter: error: ") and len(err.splitlines()) == 1


def test_check_of_a_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "check", tmp_path / "nope.cxcharter")
    assert code == 2 and "does not exist" in err


# ----------------------------------------------------------------- verify
def approved(path: Path) -> Path:
    ready(path)
    doc = CharterDocument.open(path, actor="Lea")
    try:
        doc.submit_for_review()
        doc.record_decision(2, "approved")
        doc.record_decision(1, "approved")
    finally:
        doc.close()
    return path


def test_verify_of_an_untouched_charter(tmp_path, capsys):
    path = approved(tmp_path / "a.cxcharter")
    code, out, err = run(capsys, "verify", path)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[-1] == "ok: every record matches"
    assert "1 review round, 2 decisions; revision 1, approved" in lines[-2]


def test_verify_reports_each_mismatch_and_exits_1(tmp_path, capsys):
    import sqlite3

    path = approved(tmp_path / "a.cxcharter")
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER revisions_frozen;"
        "UPDATE audit_log SET actor = 'mallory' WHERE id = 2;"
        "UPDATE revisions SET snapshot = snapshot || ' ';"
    )
    conn.close()
    code, out, _ = run(capsys, "verify", path)
    assert code == 1
    mismatches = [line for line in out.splitlines() if line.startswith("MISMATCH ")]
    assert (
        "MISMATCH audit entry 2: its content does not match its hash (changed after it "
        "was written)" in mismatches
    )
    assert any(m.startswith("MISMATCH trigger revisions_frozen: is missing") for m in mismatches)
    assert any(
        m.startswith("MISMATCH revision 1 round 1: the frozen content does not match")
        for m in mismatches
    )
    assert out.splitlines()[-1] == (
        f"{len(mismatches)} {'mismatch' if len(mismatches) == 1 else 'mismatches'}: "
        "the file was changed outside CX Charter"
    )


def test_verify_refuses_what_is_not_a_charter(tmp_path, capsys):
    path = tmp_path / "x.cxcharter"
    path.write_text("hello")
    code, out, err = run(capsys, "verify", path)
    assert code == 2 and out == ""
    assert err.startswith("cxcharter: error: ") and "not a CX Charter file" in err


def test_the_help_lists_check_and_verify(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "  check     " in out and "  verify    " in out


def test_check_of_an_approved_charter_lists_no_work_tracking(tmp_path, capsys):
    """In review and approved, overdue questions and section owners are not listed (as in
    the window and the PDF); a draft lists them."""
    path = ready(tmp_path / "r.cxcharter")
    code, out, _ = run(capsys, "check", path, "--json")
    assert "item.overdue" in {d["code"] for d in json.loads(out)}  # the draft: overdue
    doc = CharterDocument.open(path, actor="Lea")
    try:
        doc.submit_for_review()
        for approver in doc.current_state(with_fingerprint=False).awaiting:
            doc.record_decision(approver, "approved")
        assert doc.current_state(with_fingerprint=False).state == "approved"
    finally:
        doc.close()
    code, out, _ = run(capsys, "check", path, "--json")
    assert code == 0
    codes = {d["code"] for d in json.loads(out)}
    assert not codes & {"item.overdue", "section.no_owner"}, codes
