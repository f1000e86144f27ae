"""The approval workflow in the store: freeze, decide, approve, revise; what the file refuses."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from ready_file import TODAY, ready_charter

from cxcharter.domain.canonical import dumps, fingerprint
from cxcharter.store import chain, errors
from cxcharter.store.changes import Change
from cxcharter.store.document import CharterDocument
from cxcharter.store.governance import APPROVED, DRAFT, IN_REVIEW

BOSS, LEAD, OPTIONAL = 2, 1, 14  # the sample's approvers: two required, one optional


@pytest.fixture
def doc(tmp_path):
    path = ready_charter(tmp_path / "team.cxcharter")
    document = CharterDocument.open(path, actor="Lea Lead")
    yield document
    document.close()


@pytest.fixture
def in_review(doc):
    doc.submit_for_review(today=TODAY)
    return doc


def approve_all(doc: CharterDocument) -> None:
    doc.record_decision(BOSS, "approved")
    doc.record_decision(LEAD, "approved_with_conditions", comment="Review NPS in Q2")


# ------------------------------------------------------------ draft and submit
def test_a_new_charter_is_draft_revision_1(tmp_path):
    doc = CharterDocument.create(tmp_path / "n.cxcharter", title="T", language="en", actor="a")
    state = doc.current_state()
    assert (state.revision, state.state, state.review, state.approved) == (1, DRAFT, None, None)
    assert not state.approval_holds
    assert doc.revisions() == [] and doc.decisions() == []
    doc.close()


def test_submit_is_refused_while_blockers_remain(tmp_path):
    from cxcharter.sample import write_sample

    path = write_sample(tmp_path / "s.cxcharter", "en", actor="a")
    doc = CharterDocument.open(path, actor="a")
    for row in doc.rows("stakeholder"):  # the plan rows of approver 1 and RACI "I" 3
        if row.get("person") in (1, 3):
            doc.remove_row("stakeholder", row.id)
    audit = len(doc.audit_entries())
    with pytest.raises(errors.NotReady) as caught:
        doc.submit_for_review(today=TODAY)
    assert {f.code for f in caught.value.findings} == {
        "plan.approver_missing",
        "plan.informed_missing",
    }
    assert all(f.blocker for f in caught.value.findings)
    assert doc.revisions() == [] and len(doc.audit_entries()) == audit
    assert doc.current_state().state == DRAFT
    doc.close()


def test_submit_freezes_the_content_with_its_fingerprint(doc):
    heard = []
    doc.add_listener(heard.append)
    expected = hashlib.sha256(dumps(doc.snapshot()).encode("utf-8")).hexdigest()
    record = doc.submit_for_review(actor="Lea Lead", today=TODAY)
    assert (record.number, record.round, record.state) == (1, 1, IN_REVIEW)
    assert record.fingerprint == expected == fingerprint(doc.snapshot())
    assert record.created_by == "Lea Lead"
    frozen = doc.open_revision(1)
    assert frozen.text == dumps(doc.snapshot()) and frozen.snapshot == doc.snapshot()
    state = doc.current_state()
    assert (state.state, state.review, state.awaiting) == (IN_REVIEW, record, (BOSS, LEAD))
    assert heard == [Change("governance", 1)]
    assert doc.audit_entries(1)[0]["action"] == "revision.submit"


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.set_answer_text("vision.statement", "changed"),
        lambda d: d.set_owner("vision.statement", None),
        lambda d: d.add_person("Eve"),
        lambda d: d.update_person(1, name="Mallory"),
        lambda d: d.remove_person(3),
        lambda d: d.add_row("goal", {"objective": "More"}),
        lambda d: d.update_row("goal", 1, target=31.0),
        lambda d: d.remove_row("goal", 1),
        lambda d: d.move_row("goal", 1, 3),
        lambda d: d.set_link("raci", {"activity": 1, "person": 3}, None),
        lambda d: d.set_setting("scoring_method", "ice"),
    ],
)
def test_content_is_read_only_in_review(in_review, edit):
    before = in_review.snapshot()
    with pytest.raises(errors.Frozen, match="in review") as caught:
        edit(in_review)
    assert caught.value.state == IN_REVIEW and caught.value.code == "frozen"
    assert in_review.snapshot() == before


def test_only_a_draft_can_be_submitted(in_review):
    with pytest.raises(errors.WorkflowError) as caught:
        in_review.submit_for_review(today=TODAY)
    assert caught.value.reason == "not_draft"


def test_withdraw_returns_to_draft_and_a_resubmission_is_round_2(in_review):
    record = in_review.withdraw()
    assert record.state == "withdrawn" and record.closed_by == "Lea Lead"
    assert in_review.current_state().state == DRAFT
    in_review.set_answer_text("vision.why_now", "Because now.")
    again = in_review.submit_for_review(today=TODAY)
    assert (again.number, again.round) == (1, 2)
    assert again.fingerprint != record.fingerprint
    assert [r.state for r in in_review.revisions()] == ["withdrawn", IN_REVIEW]


def test_withdraw_needs_a_review(doc):
    with pytest.raises(errors.WorkflowError) as caught:
        doc.withdraw()
    assert caught.value.reason == "not_in_review"


# ------------------------------------------------------------ decisions
def test_all_required_approvers_approve(in_review):
    heard = []
    in_review.add_listener(heard.append)
    state = in_review.record_decision(BOSS, "approved", comment="Good.")
    assert state.state == IN_REVIEW and state.awaiting == (LEAD,)
    state = in_review.record_decision(
        LEAD, "approved_with_conditions", comment="Q2 check", decided_by="Anna Weber (by phone)"
    )
    assert state.state == APPROVED and state.approval_holds
    assert state.approved == state.review and state.approved.state == APPROVED
    assert heard == [Change("governance", 1)] * 2
    [first, second] = in_review.decisions(1)
    assert (first.approver_id, first.decision) == (BOSS, "approved")
    assert first.approver_name == in_review.person(BOSS).name == first.decided_by
    assert first.comment == "Good." and first.recorded_by == "Lea Lead"
    assert second.decided_by == "Anna Weber (by phone)" and second.recorded_by == "Lea Lead"
    assert second.fingerprint == state.approved.fingerprint
    assert [e["action"] for e in in_review.audit_entries(3)] == [
        "revision.approved",
        "decision.record",
        "decision.record",
    ]


def test_the_optional_approver_is_not_waited_for(in_review):
    in_review.record_decision(OPTIONAL, "approved")
    assert in_review.current_state().awaiting == (BOSS, LEAD)
    assert in_review.current_state().state == IN_REVIEW
    with pytest.raises(errors.WorkflowError) as caught:
        in_review.record_decision(OPTIONAL, "changes_requested")
    assert caught.value.reason == "already_decided"


def test_an_optional_approver_may_send_it_back(in_review):
    assert in_review.record_decision(OPTIONAL, "changes_requested").state == DRAFT


def test_changes_requested_returns_to_draft_with_section_comments(in_review):
    in_review.record_decision(BOSS, "approved")
    state = in_review.record_decision(
        LEAD,
        "changes_requested",
        comment="Two things.",
        section_comments={"goals": "Target too low.", "ways": "Who escalates?", "vision": " "},
    )
    assert state.state == DRAFT and state.revision == 1
    assert in_review.revisions()[-1].state == "changes_requested"
    comments = in_review.open_comments()
    assert [(c.section, c.comment) for c in comments] == [
        ("goals", "Target too low."),
        ("ways", "Who escalates?"),
    ]
    assert comments[0].approver_name == in_review.person(LEAD).name
    assert [c.section for c in in_review.open_comments("goals")] == ["goals"]
    in_review.set_answer_text("goals.objectives", "Higher targets.")  # editable again
    in_review.resolve_comment(comments[0].id, "raised the target")
    assert [c.section for c in in_review.open_comments()] == ["ways"]
    assert in_review.decisions(1)[1].comments[0].resolved
    # the next round goes through
    again = in_review.submit_for_review(today=TODAY)
    assert again.round == 2
    approve_all(in_review)
    assert in_review.current_state().state == APPROVED


@pytest.mark.parametrize(
    ("kwargs", "error", "reason"),
    [
        ({"approver": 3, "decision": "approved"}, errors.WorkflowError, "not_an_approver"),
        ({"approver": BOSS, "decision": "maybe"}, errors.InvalidValue, None),
        (
            {"approver": BOSS, "decision": "approved", "fingerprint": "0" * 64},
            errors.WorkflowError,
            "fingerprint_mismatch",
        ),
        (
            {"approver": BOSS, "decision": "approved", "section_comments": {"nope": "x"}},
            errors.InvalidValue,
            None,
        ),
        (
            {"approver": BOSS, "decision": "approved", "comment": "a\x00b"},
            errors.InvalidValue,
            None,
        ),
    ],
)
def test_wrong_decisions_are_refused(in_review, kwargs, error, reason):
    approver = kwargs.pop("approver")
    decision = kwargs.pop("decision")
    with pytest.raises(error) as caught:
        in_review.record_decision(approver, decision, **kwargs)
    if reason:
        assert caught.value.reason == reason
    assert in_review.decisions() == []


def test_a_decision_with_the_right_fingerprint_is_taken(in_review):
    digest = in_review.current_state().review.fingerprint
    in_review.record_decision(BOSS, "approved", fingerprint=digest)
    assert in_review.decisions()[0].fingerprint == digest


def test_decisions_need_a_review(doc):
    with pytest.raises(errors.WorkflowError) as caught:
        doc.record_decision(BOSS, "approved")
    assert caught.value.reason == "not_in_review"


# ------------------------------------------------------------ approved, revision 2
def test_an_approved_charter_is_frozen_until_revision_2_starts(in_review):
    approve_all(in_review)
    with pytest.raises(errors.Frozen, match="start revision 2") as caught:
        in_review.set_answer_text("vision.statement", "new")
    assert caught.value.state == APPROVED
    with pytest.raises(errors.WorkflowError):
        in_review.submit_for_review(today=TODAY)
    old_text = in_review.answer("vision.statement").text
    assert in_review.start_new_revision() == 2
    state = in_review.current_state()
    assert (state.revision, state.state, state.review) == (2, DRAFT, None)
    assert state.approval_holds  # nothing edited yet
    in_review.set_answer_text("vision.statement", "Revision 2 vision")
    state = in_review.current_state()
    assert not state.approval_holds and state.approved.number == 1
    # revision 1 stays readable as it was approved
    assert in_review.open_revision(1).snapshot.answer("vision.statement").text == old_text
    changes = in_review.changes_since_approval()
    assert [c.section for c in changes] == ["vision"]
    [change] = changes[0].changes
    assert (change.what, change.how, change.key) == ("answer", "changed", "vision.statement")
    assert in_review.compare_revisions(1) == changes
    # revision 2 goes through review on its own
    record = in_review.submit_for_review(today=TODAY)
    assert (record.number, record.round) == (2, 1)
    approve_all(in_review)
    assert in_review.current_state().approved.number == 2
    assert [c.section for c in in_review.compare_revisions(1, 2)] == ["vision"]


def test_start_new_revision_needs_an_approval(doc):
    with pytest.raises(errors.WorkflowError) as caught:
        doc.start_new_revision()
    assert caught.value.reason == "not_approved"


def test_open_revision_of_an_unknown_number(doc):
    with pytest.raises(errors.WorkflowError):
        doc.open_revision(7)


def test_the_state_survives_reopening(in_review):
    in_review.record_decision(BOSS, "approved")
    path = in_review.path
    in_review.close()
    again = CharterDocument.open(path, actor="x")
    try:
        state = again.current_state()
        assert (state.state, state.awaiting) == (IN_REVIEW, (LEAD,))
        with pytest.raises(errors.Frozen):
            again.set_answer_text("vision.statement", "x")
        assert chain.broken_links(again._conn) == []
    finally:
        again.close()


def test_a_read_only_window_cannot_decide(in_review):
    other = CharterDocument.open(in_review.path, actor="x", read_only=True)
    try:
        with pytest.raises(errors.ReadOnly):
            other.record_decision(BOSS, "approved")
    finally:
        other.close()


def test_removing_an_approver_later_keeps_their_decision(in_review):
    approve_all(in_review)
    in_review.start_new_revision()
    in_review.remove_person(BOSS)
    [decision] = [d for d in in_review.decisions() if d.approver_id == BOSS]
    assert decision.approver_name and decision.decision == "approved"


# ------------------------------------------------------------ what the file refuses
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE revisions SET snapshot = '{}'",
        "UPDATE revisions SET fingerprint = '{}'".format("0" * 64),
        "UPDATE revisions SET state = 'in_review'",
        "UPDATE revisions SET created_by = 'mallory'",
        "DELETE FROM revisions",
        "INSERT OR REPLACE INTO revisions (id, number, round, snapshot, fingerprint, created_at, "
        "created_by) VALUES (1, 1, 9, '{}', '" + "0" * 64 + "', 'x', 'y')",
        "UPDATE decisions SET decision = 'changes_requested'",
        "UPDATE decisions SET recorded_by = 'mallory'",
        "DELETE FROM decisions",
        "DELETE FROM decision_comments",
        "UPDATE decision_comments SET comment = 'nothing'",
        "DELETE FROM comment_resolutions",
        "DELETE FROM revision_drafts",
        "UPDATE audit_log SET hash = NULL",
    ],
)
def test_the_database_refuses_to_rewrite_the_history(in_review, sql):
    in_review.record_decision(BOSS, "approved")
    in_review.record_decision(LEAD, "changes_requested", section_comments={"goals": "x"})
    in_review.resolve_comment(in_review.open_comments()[0].id)
    in_review.submit_for_review(today=TODAY)
    approve_all(in_review)
    in_review.start_new_revision()
    before = (in_review.revisions(), in_review.decisions())
    other = sqlite3.connect(in_review.path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            other.execute(sql)
    finally:
        other.close()
    assert (in_review.revisions(), in_review.decisions()) == before


def test_the_database_refuses_a_decision_on_other_content(in_review):
    conn = sqlite3.connect(in_review.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="fingerprint"):
            conn.execute(
                "INSERT INTO decisions (revision_id, approver_id, approver_name, "
                "decision, decided_by, recorded_by, recorded_at, fingerprint) VALUES "
                "(1, 2, 'x', 'approved', 'x', 'x', 'now', ?)",
                ("0" * 64,),
            )
    finally:
        conn.close()


def test_the_database_refuses_a_second_round_in_review(in_review):
    conn = sqlite3.connect(in_review.path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO revisions (number, round, snapshot, fingerprint, "
                "created_at, created_by) VALUES (1, 2, '{}', ?, 'x', 'y')",
                ("0" * 64,),
            )
    finally:
        conn.close()


def test_every_governance_step_extends_the_audit_chain(in_review):
    in_review.record_decision(BOSS, "approved")
    in_review.record_decision(LEAD, "changes_requested", section_comments={"goals": "x"})
    in_review.resolve_comment(in_review.open_comments()[0].id)
    in_review.submit_for_review(today=TODAY)
    approve_all(in_review)
    in_review.start_new_revision()
    actions = [e["action"] for e in reversed(in_review.audit_entries(9))]
    assert actions == [
        "decision.record",
        "decision.record",
        "revision.changes_requested",
        "comment.resolve",
        "revision.submit",
        "decision.record",
        "decision.record",
        "revision.approved",
        "revision.start",
    ]
    assert chain.broken_links(in_review._conn) == []


# ------------------------------------------------------------ JSON interchange
def test_a_dump_carries_the_content_only_and_loads_as_a_new_draft(in_review, tmp_path):
    from cxcharter.domain.canonical_load import InterchangeError, loads, to_json_dict
    from cxcharter.store.document import write_new_file

    approve_all(in_review)
    data = to_json_dict(in_review.snapshot())
    assert not {"revisions", "decisions", "audit_log"} & set(data)
    copy = write_new_file(
        tmp_path / "copy.cxcharter", loads(dumps(in_review.snapshot())), actor="x"
    )
    loaded = CharterDocument.open(copy, actor="x")
    try:
        state = loaded.current_state()
        assert (state.state, state.revision, state.approved) == (DRAFT, 1, None)
        assert loaded.revisions() == [] and loaded.decisions() == []
        assert state.fingerprint == in_review.current_state().approved.fingerprint
    finally:
        loaded.close()
    import json

    forged = {**data, "revisions": [{"number": 1, "state": "approved"}]}
    with pytest.raises(InterchangeError, match="revisions: unknown field"):
        loads(json.dumps(forged))


def test_the_frozen_text_is_the_dump_of_that_content(in_review):
    frozen = in_review.open_revision(1)
    assert frozen.text == dumps(frozen.snapshot)
    assert hashlib.sha256(frozen.text.encode()).hexdigest() == frozen.record.fingerprint


def test_the_whole_path_of_the_issue(doc):
    """Draft → review → changes requested → revised → review → approved → revision 2."""
    from cxcharter.store.verify import verify_file

    doc.submit_for_review(today=TODAY)
    doc.record_decision(LEAD, "changes_requested", section_comments={"vision": "Sharper."})
    [comment] = doc.open_comments("vision")
    doc.set_answer_text("vision.statement", "A sharper vision.")
    doc.resolve_comment(comment.id)
    doc.submit_for_review(today=TODAY)
    approve_all(doc)
    approved = doc.current_state()
    assert (approved.revision, approved.state, approved.approval_holds) == (1, APPROVED, True)
    doc.start_new_revision()
    doc.set_answer_text("vision.why_now", "Revision 2.")
    now = doc.current_state()
    assert (now.revision, now.state, now.approval_holds) == (2, DRAFT, False)
    assert [(r.number, r.round, r.state) for r in doc.revisions()] == [
        (1, 1, "changes_requested"),
        (1, 2, APPROVED),
    ]
    assert [d.decision for d in doc.decisions(1)] == [
        "changes_requested",
        "approved",
        "approved_with_conditions",
    ]
    assert verify_file(doc.path).ok
