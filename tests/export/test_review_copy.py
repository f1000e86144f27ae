"""The review copy: a PDF with the review form's fields, filled in and read back (no Qt)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from ready_file import TODAY, ready_charter

from cxcharter.domain import review_form as rf
from cxcharter.domain.review_form import ReviewAnswer
from cxcharter.export.review_copy import export_review_copy
from cxcharter.export.review_import import (
    ReviewFileError,
    describe,
    read_fields,
)
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument


@pytest.fixture
def doc(tmp_path):
    document = CharterDocument.open(ready_charter(tmp_path / "team.cxcharter"), actor="Lea")
    document.submit_for_review(today=TODAY)
    yield document
    document.close()


def fill(source: Path, target: Path, values: dict[str, str]) -> Path:
    """What a PDF reader does when the manager fills in the form and saves it."""
    writer = PdfWriter()
    writer.append(PdfReader(source))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.write(target)
    return target


def test_the_review_copy_has_every_field_with_its_name_and_kind(doc, tmp_path):
    out = tmp_path / "review.pdf"
    export_review_copy(doc, out)
    fields = PdfReader(out).get_fields()
    expected = {f.name: f for f in doc.review_fields()}
    assert set(fields) == set(expected)
    assert len([n for n in fields if n.startswith(rf.SECTION_PREFIX)]) == 8
    for name in (rf.CHARTER, rf.REVISION, rf.FINGERPRINT):
        assert fields[name]["/V"] == expected[name].value
        assert int(fields[name]["/Ff"]) & 1  # read-only
    assert fields[rf.APPROVER]["/FT"] == "/Ch" and fields[rf.DECISION]["/FT"] == "/Ch"
    options = [str(o) for o in fields[rf.DECISION]["/Opt"]]
    assert options[1:] == ["Approved", "Approved with conditions", "Changes requested"]
    # each approver option shows the name and stands for the person's id
    assert [str(doc.person(2).name), "2"] in [[str(x) for x in reversed(o)]
                                             for o in fields[rf.APPROVER]["/Opt"][1:]]
    assert int(fields[rf.COMMENT]["/Ff"]) & (1 << 12)  # multi-line
    # the charter itself is there too, and the review page is the last one
    text = PdfReader(out).pages[-1].extract_text()
    assert "Review" in text and "Overall comment" in text


def test_an_untouched_copy_reads_as_not_filled_in(doc, tmp_path):
    out = tmp_path / "review.pdf"
    export_review_copy(doc, out)
    problems = doc.read_review(read_fields(out))
    assert [p.code for p in problems] == ["review.no_approver", "review.no_decision"]


def test_a_filled_in_copy_records_the_decision(doc, tmp_path):
    export_review_copy(doc, tmp_path / "review.pdf")
    boss = doc.person(2).name
    filled = fill(tmp_path / "review.pdf", tmp_path / "filled.pdf",
                  {rf.APPROVER: boss, rf.DECISION: "Changes requested",
                   rf.COMMENT: "Sharpen the goals.", "cx_section_goals": "Too low"})
    answer = doc.read_review(read_fields(filled))
    assert isinstance(answer, ReviewAnswer)
    assert (answer.approver, answer.decision, answer.comment) == (
        2, "changes_requested", "Sharpen the goals.")
    assert answer.section_comments == {"goals": "Too low"}
    assert doc.record_review(answer).state == "draft"
    [decision] = doc.decisions()
    assert (decision.decision, decision.decided_by) == ("changes_requested", boss)
    assert [c.section for c in doc.open_comments()] == ["goals"]


def test_refusals(doc, tmp_path):
    export_review_copy(doc, tmp_path / "review.pdf")
    boss = doc.person(2).name
    outsider = fill(tmp_path / "review.pdf", tmp_path / "outsider.pdf",
                    {rf.APPROVER: "Eve Outsider", rf.DECISION: "Approved"})
    [problem] = doc.read_review(read_fields(outsider))
    assert problem.code == "review.not_an_approver"
    assert describe(problem) == "'Eve Outsider' is not an approver of this charter"
    old = fill(tmp_path / "review.pdf", tmp_path / "old.pdf",
               {rf.APPROVER: boss, rf.DECISION: "Approved"})
    doc.withdraw()
    doc.set_answer_text("vision.why_now", "Changed after the copy was made.")
    doc.submit_for_review(today=TODAY)
    [problem] = doc.read_review(read_fields(old))
    assert problem.code == "review.other_round"
    assert "made for review round 1.1, not for round 1.2" in describe(problem)
    assert doc.decisions() == []


def test_a_copy_of_another_charter_is_refused(doc, tmp_path):
    export_review_copy(doc, tmp_path / "review.pdf")
    # the sample's id is fixed, so another charter is simulated by its id field
    filled = fill(tmp_path / "review.pdf", tmp_path / "filled.pdf",
                  {rf.CHARTER: "another-charter", rf.APPROVER: doc.person(2).name,
                   rf.DECISION: "Approved"})
    [problem] = doc.read_review(read_fields(filled))
    assert problem.code == "review.other_charter"
    assert describe(problem) == "this review copy belongs to another charter"


def test_not_a_pdf_and_a_pdf_without_fields(doc, tmp_path):
    (tmp_path / "note.pdf").write_text("not a pdf")
    with pytest.raises(ReviewFileError) as caught:
        read_fields(tmp_path / "note.pdf")
    assert caught.value.code == "not_pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(tmp_path / "plain.pdf")
    with pytest.raises(ReviewFileError) as caught:
        read_fields(tmp_path / "plain.pdf")
    assert caught.value.code == "no_fields"


def test_no_review_copy_of_a_draft(doc, tmp_path):
    doc.withdraw()
    with pytest.raises(errors.WorkflowError):
        export_review_copy(doc, tmp_path / "review.pdf")
    assert not (tmp_path / "review.pdf").exists()
