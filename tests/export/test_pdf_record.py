"""The PDF prints the file's governance record: revision, status, decisions, history."""

from __future__ import annotations

import pypdf
import pytest

from cxcharter.catalog import load_catalog
from cxcharter.cli import main
from cxcharter.export.pdf_record import pdf_record
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument


def text_of(path) -> str:
    return "\n".join(
        " ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(path).pages
    )


@pytest.fixture(scope="module")
def approved(tmp_path_factory):
    """The sample, submitted, decided by both required approvers (one for the other)."""
    path = tmp_path_factory.mktemp("gov") / "charter.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    doc = CharterDocument.open(path, actor="Anna Weber")
    try:
        doc.submit_for_review()
        required = [a["person"] for a in doc.rows("approver") if a["required"]]
        names = {p.id: p.name for p in doc.people()}
        doc.record_decision(
            required[0],
            "approved_with_conditions",
            comment="Budget review in Q2 <b>&amp;</b>",
            decided_by=names[required[0]],
        )
        doc.record_decision(required[1], "approved", comment="")
        assert doc.current_state().state == "approved"
        fingerprint = doc.current_state().approved.fingerprint
    finally:
        doc.close()
    return path, names[required[0]], fingerprint


def test_an_approved_charter_prints_its_record_without_watermark(approved, tmp_path):
    path, for_whom, fingerprint = approved
    out = tmp_path / "approved.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 0
    text = text_of(out)
    assert f"Rev. 1 · Approved · {fingerprint[:12]}" in text
    assert "DRAFT" not in text and "IN REVIEW" not in text
    assert "Approved with conditions" in text
    assert "Budget review in Q2 <b>&amp;</b>" in text, "a comment prints literally"
    assert f"Recorded by Anna Weber for {for_whom}." in text
    assert "round 1: approved" in text


def test_a_new_revision_after_approval_lists_what_changed(approved, tmp_path):
    path = tmp_path / "next.cxcharter"
    path.write_bytes(approved[0].read_bytes())
    doc = CharterDocument.open(path, actor="Anna Weber")
    try:
        assert doc.start_new_revision() == 2
        doc.set_answer_text("vision.statement", "A new vision.")
        catalog = load_catalog("de")
        snapshot, record = pdf_record(doc, catalog, "de")
        assert record.revision == 2 and record.status == "draft"
        assert record.changes_since_approved == ["Vision: 1 geändert"]
        assert [r.number for r in record.revisions] == [1, 2]
        frozen, old = pdf_record(doc, catalog, "de", revision=1)
        assert old.status == "approved" and old.revision == 1
        assert frozen.answer("vision.statement").text != "A new vision."
        assert snapshot.answer("vision.statement").text == "A new vision."
    finally:
        doc.close()
    out = tmp_path / "draft.pdf"
    assert main(["export", str(path), "-o", str(out), "--lang", "de"]) == 0
    text = text_of(out)
    assert "ENTWURF" in text and "Vision: 1 geändert" in text
    out1 = tmp_path / "rev1.pdf"
    assert main(["export", str(path), "-o", str(out1), "--revision", "1"]) == 0
    assert "Rev. 1 · Approved" in text_of(out1)


def test_a_revision_that_does_not_exist_is_one_line(approved, tmp_path, capsys):
    out = tmp_path / "none.pdf"
    assert main(["export", str(approved[0]), "-o", str(out), "--revision", "7"]) == 2
    err = capsys.readouterr().err
    assert "revision 7" in err and "Traceback" not in err
    assert not out.exists()


def test_the_approval_page_prints_the_chain_head_that_verify_shows(approved, tmp_path, capsys):
    from cxcharter.export.pdf_doc import grouped_fingerprint

    path, _for_whom, _fingerprint = approved
    out = tmp_path / "approved.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 0
    doc = CharterDocument.open(path, actor="x", read_only=True)
    count, head = doc.chain_head()
    doc.close()
    text = text_of(out)
    assert f"{count} entries, the newest with the hash {grouped_fingerprint(head)}" in text
    capsys.readouterr()
    assert main(["verify", str(path)]) == 0
    assert f"chain head: entry {count}, hash {head}" in capsys.readouterr().out
