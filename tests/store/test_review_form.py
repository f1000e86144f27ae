"""The review copy's fields, read back and recorded (the PDF itself is not needed here)."""

from __future__ import annotations

import pytest
from ready_file import TODAY, ready_charter

from cxcharter.domain import review_form as rf
from cxcharter.domain.values import Problem
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument
from cxcharter.store.governance import DRAFT, IN_REVIEW


@pytest.fixture
def doc(tmp_path):
    path = ready_charter(tmp_path / "team.cxcharter", language="de")
    document = CharterDocument.open(path, actor="Lea Lead")
    document.submit_for_review(today=TODAY)
    yield document
    document.close()


def filled(doc: CharterDocument, **answers) -> dict[str, object]:
    """The fields as a PDF reader returns them after the manager filled them in."""
    fields = {f.name: f.value for f in doc.review_fields()}
    fields.update(answers)
    return fields


def test_the_review_copy_carries_its_round_and_every_section(doc):
    fields = {f.name: f for f in doc.review_fields()}
    state = doc.current_state()
    assert fields[rf.FINGERPRINT].value == state.review.fingerprint
    assert fields[rf.REVISION].value == "1.1" and fields[rf.CHARTER].value == doc.uuid
    assert fields[rf.FINGERPRINT].kind == "fixed"
    assert {f.section for f in fields.values() if f.section} == {
        "front", "vision", "journey", "goals", "roles", "priorities", "stakeholders", "ways"}
    assert fields[rf.DECISION].options == ("Freigegeben", "Freigegeben mit Auflagen",
                                           "Änderungen erbeten")
    assert doc.person(2).name in fields[rf.APPROVER].options


def test_a_filled_in_copy_is_recorded_as_that_approvers_decision(doc):
    boss = doc.person(2).name
    answer = doc.read_review(filled(doc, cx_approver=boss, cx_decision="Änderungen erbeten",
                                    cx_comment=" Bitte nachschärfen. ",
                                    cx_section_goals="Ziel zu niedrig", cx_section_ways=""))
    assert isinstance(answer, rf.ReviewAnswer)
    assert (answer.approver, answer.decision, answer.comment) == (
        2, "changes_requested", "Bitte nachschärfen.")
    assert answer.section_comments == {"goals": "Ziel zu niedrig"}
    state = doc.record_review(answer)
    assert state.state == DRAFT
    [decision] = doc.decisions()
    assert (decision.decided_by, decision.recorded_by) == (boss, "Lea Lead")
    assert [c.section for c in doc.open_comments()] == ["goals"]


@pytest.mark.parametrize(("answers", "codes"), [
    ({"cx_fingerprint": "0" * 64}, ["review.other_revision"]),
    ({"cx_charter": "another-charter"}, ["review.other_charter"]),
    ({"cx_approver": "Eve Outsider"}, ["review.not_an_approver"]),
    ({"cx_approver": ""}, ["review.no_approver"]),
    ({"cx_decision": ""}, ["review.no_decision"]),
    ({"cx_decision": "vielleicht"}, ["review.unknown_decision"]),
    ({"cx_comment": "a\x00b"}, ["review.bad_text"]),
])
def test_a_wrong_copy_is_refused_with_codes(doc, answers, codes):
    base = {"cx_approver": doc.person(2).name, "cx_decision": "approved"}
    problems = doc.read_review(filled(doc, **{**base, **answers}))
    assert [p.code for p in problems] == codes
    assert all(isinstance(p, Problem) for p in problems)
    assert doc.decisions() == []


def test_a_copy_of_an_earlier_round_is_refused(doc):
    old = filled(doc, cx_approver=doc.person(2).name, cx_decision="Freigegeben")
    doc.withdraw()
    doc.set_answer_text("vision.why_now", "Neu.")
    doc.submit_for_review(today=TODAY)
    [problem] = doc.read_review(old)
    assert problem.code == "review.other_revision" and problem.params["revision"] == "1.1"
    # and the store refuses it even when the check is skipped
    forged = rf.ReviewAnswer(2, "x", "approved", "", {}, old[rf.FINGERPRINT])
    with pytest.raises(errors.WorkflowError):
        doc.record_review(forged)
    assert doc.current_state().state == IN_REVIEW


def test_decisions_in_english_or_as_codes(doc):
    for value, code in (("Approved with conditions", "approved_with_conditions"),
                        ("approved", "approved"), ("FREIGEGEBEN", "approved")):
        answer = doc.read_review(filled(doc, cx_approver=doc.person(1).name,
                                        cx_decision=value))
        assert answer.decision == code


def test_no_review_copy_of_a_draft(doc):
    doc.withdraw()
    with pytest.raises(errors.WorkflowError):
        doc.review_fields()
    with pytest.raises(errors.WorkflowError):
        doc.read_review({})
