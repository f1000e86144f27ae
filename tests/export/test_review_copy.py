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
from cxcharter.export.review_export import export_review_copy
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


def radio_values(field) -> list[str]:
    """The values the radio buttons of a group stand for, in their order."""
    return [
        next(str(k)[1:] for k in kid.get_object()["/AP"]["/N"] if k != "/Off")
        for kid in field["/Kids"]
    ]


def test_the_review_copy_has_every_field_with_its_name_and_kind(doc, tmp_path):
    out = tmp_path / "review.pdf"
    export_review_copy(doc, out)
    fields = PdfReader(out).get_fields()
    expected = {f.name: f for f in doc.review_fields()}
    assert set(fields) == {*expected, rf.SIGNATURE}
    # an empty signature field survives the record's incremental update
    assert fields[rf.SIGNATURE]["/FT"] == "/Sig" and "/V" not in fields[rf.SIGNATURE]
    assert len([n for n in fields if n.startswith(rf.SECTION_PREFIX)]) == 8
    for name in (rf.CHARTER, rf.REVISION, rf.FINGERPRINT):
        assert fields[name]["/V"] == expected[name].value
        assert int(fields[name]["/Ff"]) & 1  # read-only
    assert fields[rf.DECISION]["/FT"] == "/Ch"
    options = [str(o) for o in fields[rf.DECISION]["/Opt"]]
    assert options[1:] == ["Approved", "Approved with conditions", "Changes requested"]
    # the approver: one radio button per approver, standing for the person's id
    assert fields[rf.APPROVER]["/FT"] == "/Btn"
    assert radio_values(fields[rf.APPROVER]) == [str(a["person"]) for a in doc.rows("approver")]
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
    filled = fill(
        tmp_path / "review.pdf",
        tmp_path / "filled.pdf",
        {
            rf.APPROVER: boss,
            rf.DECISION: "Changes requested",
            rf.COMMENT: "Sharpen the goals.",
            "cx_section_goals": "Too low",
        },
    )
    answer = doc.read_review(read_fields(filled))
    assert isinstance(answer, ReviewAnswer)
    assert (answer.approver, answer.decision, answer.comment) == (
        2,
        "changes_requested",
        "Sharpen the goals.",
    )
    assert answer.section_comments == {"goals": "Too low"}
    assert doc.record_review(answer).state == "draft"
    [decision] = doc.decisions()
    assert (decision.decision, decision.decided_by) == ("changes_requested", boss)
    assert [c.section for c in doc.open_comments()] == ["goals"]


def test_refusals(doc, tmp_path):
    export_review_copy(doc, tmp_path / "review.pdf")
    boss = doc.person(2).name
    outsider = fill(
        tmp_path / "review.pdf",
        tmp_path / "outsider.pdf",
        {rf.APPROVER: "Eve Outsider", rf.DECISION: "Approved"},
    )
    [problem] = doc.read_review(read_fields(outsider))
    assert problem.code == "review.not_an_approver"
    assert describe(problem) == "'Eve Outsider' is not an approver of this charter"
    old = fill(
        tmp_path / "review.pdf", tmp_path / "old.pdf", {rf.APPROVER: boss, rf.DECISION: "Approved"}
    )
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
    filled = fill(
        tmp_path / "review.pdf",
        tmp_path / "filled.pdf",
        {rf.CHARTER: "another-charter", rf.APPROVER: doc.person(2).name, rf.DECISION: "Approved"},
    )
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


def test_approvers_of_any_script_see_their_name_and_are_recorded_by_id(tmp_path):
    """Łukasz Żółć and Ирина Петрова (not Latin-1), and two approvers named alike."""
    path = ready_charter(tmp_path / "team.cxcharter")
    doc = CharterDocument.open(path, actor="Lea")
    try:
        names = ["Łukasz Żółć", "Ирина Петрова", "Anna Weber"]
        ids = [doc.add_person(n, email=f"p{i}@example.org") for i, n in enumerate(names)]
        for person in ids:
            doc.add_row("approver", {"person": person, "required": False})
        from ready_file import complete_the_plan

        complete_the_plan(doc)
        doc.submit_for_review(today=TODAY)
        out = tmp_path / "review.pdf"
        export_review_copy(doc, out)
        reader = PdfReader(out)
        page = reader.pages[-1].extract_text()
        assert "Łukasz Żółć" in page and "Ирина Петрова" in page
        assert "Anna Weber (p2@example.org)" in page  # told apart from the other Anna Weber
        field = reader.get_fields()[rf.APPROVER]
        assert set(map(str, ids)) <= set(radio_values(field))
        # each button stands beside its name on the page, one below the other
        rects = [[float(v) for v in kid.get_object()["/Rect"]] for kid in field["/Kids"]]
        assert all(r[0] > 30 for r in rects)
        assert [r[1] for r in rects] == sorted((r[1] for r in rects), reverse=True)
        for person, name in zip(ids, names, strict=True):
            filled = fill(
                out,
                tmp_path / f"{person}.pdf",
                {rf.APPROVER: f"/{person}", rf.DECISION: "Approved"},
            )
            answer = doc.read_review(read_fields(filled))
            assert isinstance(answer, ReviewAnswer), answer
            assert (answer.approver, answer.approver_name) == (person, name)
    finally:
        doc.close()
