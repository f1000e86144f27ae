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
        "front",
        "vision",
        "journey",
        "goals",
        "roles",
        "priorities",
        "stakeholders",
        "ways",
    }
    assert fields[rf.DECISION].options == (
        "Freigegeben",
        "Freigegeben mit Auflagen",
        "Änderungen erbeten",
    )
    assert doc.person(2).name in fields[rf.APPROVER].options


def test_a_filled_in_copy_is_recorded_as_that_approvers_decision(doc):
    boss = doc.person(2).name
    answer = doc.read_review(
        filled(
            doc,
            cx_approver=boss,
            cx_decision="Änderungen erbeten",
            cx_comment=" Bitte nachschärfen. ",
            cx_section_goals="Ziel zu niedrig",
            cx_section_ways="",
        )
    )
    assert isinstance(answer, rf.ReviewAnswer)
    assert (answer.approver, answer.decision, answer.comment) == (
        2,
        "changes_requested",
        "Bitte nachschärfen.",
    )
    assert answer.section_comments == {"goals": "Ziel zu niedrig"}
    state = doc.record_review(answer)
    assert state.state == DRAFT
    [decision] = doc.decisions()
    assert (decision.decided_by, decision.recorded_by) == (boss, "Lea Lead")
    assert [c.section for c in doc.open_comments()] == ["goals"]


@pytest.mark.parametrize(
    ("answers", "codes"),
    [
        ({"cx_fingerprint": "0" * 64}, ["review.other_content"]),
        ({"cx_revision": "2.1"}, ["review.other_revision"]),
        ({"cx_revision": "1.2"}, ["review.other_round"]),
        ({"cx_charter": "another-charter"}, ["review.other_charter"]),
        ({"cx_approver": "Eve Outsider"}, ["review.not_an_approver"]),
        ({"cx_approver": ""}, ["review.no_approver"]),
        ({"cx_decision": ""}, ["review.no_decision"]),
        ({"cx_decision": "vielleicht"}, ["review.unknown_decision"]),
        ({"cx_comment": "a\x00b"}, ["review.bad_text"]),
    ],
)
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
    assert problem.code == "review.other_round" and problem.params["revision"] == "1.1"
    # and the store refuses it even when the check is skipped
    forged = rf.ReviewAnswer(2, "x", "approved", "", {}, old[rf.FINGERPRINT])
    with pytest.raises(errors.WorkflowError):
        doc.record_review(forged)
    assert doc.current_state().state == IN_REVIEW


def test_decisions_in_english_or_as_codes(doc):
    for value, code in (
        ("Approved with conditions", "approved_with_conditions"),
        ("approved", "approved"),
        ("FREIGEGEBEN", "approved"),
    ):
        answer = doc.read_review(filled(doc, cx_approver=doc.person(1).name, cx_decision=value))
        assert answer.decision == code


def test_no_review_copy_of_a_draft(doc):
    doc.withdraw()
    with pytest.raises(errors.WorkflowError):
        doc.review_fields()
    with pytest.raises(errors.WorkflowError):
        doc.read_review({})


def resubmitted(doc: CharterDocument) -> None:
    """Round 1.2 with the content of round 1.1, unchanged."""
    doc.withdraw()
    doc.submit_for_review(today=TODAY)


def test_a_copy_of_round_1_1_is_refused_in_round_1_2_with_the_same_content(doc):
    old = filled(doc, cx_approver="2", cx_decision="Freigegeben")
    fingerprint = doc.current_state().review.fingerprint
    resubmitted(doc)
    assert doc.current_state().review.fingerprint == fingerprint  # nothing else differs
    [problem] = doc.read_review(old)
    assert problem.code == "review.other_round"
    assert (problem.params["revision"], problem.params["expected"]) == ("1.1", "1.2")
    forged = rf.ReviewAnswer(2, "x", "approved", "", {}, fingerprint, "1.1")
    with pytest.raises(errors.WorkflowError) as refused:
        doc.record_review(forged)
    assert refused.value.reason == "round_mismatch"
    assert doc.decisions() == []


def test_a_revision_1_copy_is_refused_in_revision_2_with_unchanged_content(doc):
    lead, boss = doc.person(1).name, doc.person(2).name
    changes = filled(doc, cx_approver=lead, cx_decision="Änderungen erbeten")
    doc.record_review(doc.read_review(filled(doc, cx_approver=boss, cx_decision="approved")))
    doc.record_review(doc.read_review(filled(doc, cx_approver=lead, cx_decision="approved")))
    assert doc.current_state().state == "approved"
    doc.start_new_revision()
    doc.submit_for_review(today=TODAY)
    assert doc.current_state().review.fingerprint == changes[rf.FINGERPRINT]
    [problem] = doc.read_review(changes)
    assert problem.code == "review.other_revision" and problem.params["expected"] == "2.1"
    assert doc.current_state().state == IN_REVIEW and len(doc.decisions(2)) == 0


def test_a_copy_with_other_content_names_the_content(doc):
    [problem] = doc.read_review(
        filled(doc, cx_approver="2", cx_decision="approved", cx_fingerprint="0" * 64)
    )
    assert problem.code == "review.other_content"


def twin(doc: CharterDocument) -> int:
    """A second approver with the boss's name, in another department: round 1.2."""
    boss = doc.person(2)
    doc.withdraw()
    twin_id = doc.add_person(boss.name, email="", department="Vertrieb Süd")
    doc.add_row("approver", {"person": twin_id, "required": True})
    from ready_file import complete_the_plan

    complete_the_plan(doc)
    doc.submit_for_review(today=TODAY)
    return twin_id


def test_two_approvers_of_the_same_name_are_told_apart_and_both_can_approve(doc):
    boss = doc.person(2)
    twin_id = twin(doc)
    field = {f.name: f for f in doc.review_fields()}[rf.APPROVER]
    labels = dict(zip(field.values, field.options, strict=True))
    assert labels[str(twin_id)] != labels["2"]  # the chooser tells them apart
    assert boss.name in labels["2"] and "Vertrieb Süd" in labels[str(twin_id)]
    first = doc.read_review(filled(doc, cx_approver=str(twin_id), cx_decision="approved"))
    assert first.approver == twin_id and first.approver_name == boss.name
    assert first.shown_name == f"{boss.name} (Vertrieb Süd)"  # what the import shows
    doc.record_review(first)
    second = doc.read_review(filled(doc, cx_approver="2", cx_decision="approved"))
    assert second.approver == 2
    doc.record_review(second)
    assert {d.approver_id for d in doc.decisions()} == {2, twin_id}


def test_a_typed_name_two_approvers_share_is_refused(doc):
    boss = doc.person(2)
    twin(doc)
    [problem] = doc.read_review(filled(doc, cx_approver=boss.name, cx_decision="approved"))
    assert problem.code == "review.ambiguous_approver" and problem.params["count"] == 2
    assert doc.decisions() == []


def test_distinct_names_use_email_then_department_then_number():
    from cxcharter.domain.model import Person
    from cxcharter.domain.names import distinct_names

    people = [
        Person(1, "Ana Lima", "ana@a.example"),
        Person(2, "Ana  Lima", "ana@b.example"),
        Person(3, "Bo", "", "IT"),
        Person(4, "bo", "", "Sales"),
        Person(5, "Cy"),
        Person(6, "Cy"),
        Person(7, "Dee"),
    ]
    assert distinct_names(people) == {
        1: "Ana Lima (ana@a.example)",
        2: "Ana  Lima (ana@b.example)",
        3: "Bo (IT)",
        4: "bo (Sales)",
        5: "Cy (#5)",
        6: "Cy (#6)",
        7: "Dee",
    }
