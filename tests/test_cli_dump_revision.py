"""`cxcharter dump FILE --revision N`: a frozen revision's canonical JSON, byte for byte."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "store"))
from ready_file import TODAY, ready_charter

from cxcharter import cli
from cxcharter.store.document import CharterDocument

BOSS, LEAD = 2, 1  # the sample's required approvers


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def revised(tmp_path) -> tuple[Path, str, str]:
    """Revision 1 approved, then edited into a draft of revision 2 (submitted for review).

    Returns the path and the frozen texts of revisions 1 and 2.
    """
    path = ready_charter(tmp_path / "team.cxcharter")
    doc = CharterDocument.open(path, actor="Lea Lead")
    try:
        doc.submit_for_review(today=TODAY)
        doc.record_decision(BOSS, "approved")
        doc.record_decision(LEAD, "approved")
        doc.start_new_revision()
        doc.set_answer_text("vision.statement", "Revision 2 vision \u201cquoted\u201d \U0001f600")
        doc.submit_for_review(today=TODAY)
        texts = doc.open_revision(1).text, doc.open_revision(2).text
    finally:
        doc.close()
    return path, *texts


def test_dump_revision_prints_the_frozen_text_exactly(revised, capsys):
    path, first, second = revised
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, out, err = run(capsys, "dump", path, "--revision", "1")
    assert (code, err) == (0, "")
    assert out == first
    assert "Revision 2 vision" not in out
    code, out, _ = run(capsys, "dump", path, "--revision", "2")
    assert code == 0 and out == second and "Revision 2 vision" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # only read


def test_dump_revision_matches_the_recorded_fingerprint(revised, tmp_path, capsys):
    path, first, _ = revised
    out_path = tmp_path / "r1.json"
    code, out, err = run(capsys, "dump", path, "--revision", "1", "-o", out_path)
    assert (code, out, err) == (0, "", "")
    data = out_path.read_bytes()
    assert data == first.encode("utf-8")
    doc = CharterDocument.open(path, actor="x", read_only=True)
    try:
        fingerprints = {r.fingerprint for r in doc.revisions() if r.number == 1}
    finally:
        doc.close()
    assert hashlib.sha256(data).hexdigest() in fingerprints
    assert isinstance(json.loads(data), dict)


def test_dump_of_a_missing_revision_is_one_line_exit_2(revised, capsys):
    path, _, _ = revised
    code, out, err = run(capsys, "dump", path, "--revision", "7")
    assert (code, out) == (2, "")
    assert err.startswith("cxcharter: error: ") and "revision 7" in err
    assert len(err.splitlines()) == 1


def test_dump_revision_of_a_never_submitted_charter(tmp_path, capsys):
    path = tmp_path / "e.cxcharter"
    assert run(capsys, "new", path, "--title", "T", "--lang", "en")[0] == 0
    code, out, err = run(capsys, "dump", path, "--revision", "1")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1


def test_dump_revision_needs_a_number(revised, capsys):
    path, _, _ = revised
    code, out, err = run(capsys, "dump", path, "--revision", "one")
    assert (code, out) == (2, "") and "--revision" in err


def test_dump_revision_refuses_to_overwrite_the_charter(revised, capsys):
    path, _, _ = revised
    before = path.read_bytes()
    code, _, err = run(capsys, "dump", path, "--revision", "1", "-o", path)
    assert code == 2 and "charter itself" in err
    assert path.read_bytes() == before
