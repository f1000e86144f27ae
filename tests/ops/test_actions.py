"""Each multi-step user action is one op: one audit entry, one undo step, all or nothing."""

from __future__ import annotations

import pytest

from cxcharter.ops import answers, content, governance, people, rows
from cxcharter.ops.history import History
from cxcharter.store.errors import InvalidValue


def count(doc) -> int:
    return len(doc.audit_entries())


def undo_all(doc, history):
    while history.can_undo():
        history.undo(doc)


def test_raci_cells_one_entry_one_step_and_all_or_nothing(doc):
    ann, ben = doc.add_person("Ann"), doc.add_person("Ben")
    a1, a2 = (doc.add_row("activity", {"name": n}) for n in ("Plan", "Run"))
    history, before = History(), count(doc)
    history.record(rows.set_raci_cells(doc, [(a1, ann), (a1, ben), (a2, ann)], "R"))
    assert len(doc.rows("raci")) == 3 and count(doc) == before + 1
    assert len(history.undo_entries) == 1 and history.next_undo().params["n"] == 3
    history.undo(doc)
    assert doc.rows("raci") == ()
    history.redo(doc)
    assert len(doc.rows("raci")) == 3
    before = count(doc)
    with pytest.raises(InvalidValue):  # the last cell names nobody: none of them changes
        rows.set_raci_cells(doc, [(a1, ann), (a2, ben), (a2, 999)], "A")
    assert sorted(r["role"] for r in doc.rows("raci")) == ["R", "R", "R"]
    assert count(doc) == before


def test_remove_several_activities_is_one_step_and_all_or_nothing(doc):
    ann = doc.add_person("Ann")
    ids = [doc.add_row("activity", {"name": n}) for n in ("Plan", "Run", "Check")]
    doc.set_link("raci", {"activity": ids[0], "person": ann}, {"role": "A"})
    with pytest.raises(InvalidValue):
        rows.remove_rows(doc, "activity", [ids[0], 12345])
    assert len(doc.rows("activity")) == 3 and len(doc.rows("raci")) == 1
    history, before = History(), count(doc)
    history.record(rows.remove_rows(doc, "activity", ids[:2], code="activities.remove"))
    assert [r["name"] for r in doc.rows("activity")] == ["Check"] and count(doc) == before + 1
    history.undo(doc)
    assert [r.id for r in doc.rows("activity")] == ids and len(doc.rows("raci")) == 1


def test_remove_several_people_is_all_or_nothing(doc):
    ids = [doc.add_person(n) for n in ("Ann", "Ben")]
    before = count(doc)
    with pytest.raises(InvalidValue):
        rows.remove_rows(doc, "person", [ids[0], 777])
    assert len(doc.people()) == 2 and count(doc) == before


@pytest.mark.parametrize("kind", ["stakeholder", "decision_right"])
def test_suggestions_added_at_once_are_one_entry_and_all_or_nothing(doc, kind):
    sponsor = doc.add_person("Sue")
    data = (
        {"name": "Sue", "person": sponsor}
        if kind == "stakeholder"
        else {"decision": "Budget", "approver": sponsor}
    )
    bad = {**data, "person": 999} if kind == "stakeholder" else {**data, "approver": 999}
    before = count(doc)
    with pytest.raises(InvalidValue):
        rows.add_rows(doc, kind, [data, bad])
    assert doc.rows(kind) == () and count(doc) == before
    history = History()
    history.record(rows.add_rows(doc, kind, [data, dict(data)], code="x"))
    assert len(doc.rows(kind)) == 2 and count(doc) == before + 1
    history.undo(doc)
    assert doc.rows(kind) == ()


def test_standard_agenda_in_the_charters_language_as_one_step(tmp_path):
    from cxcharter.domain.ways import standard_agenda
    from cxcharter.store.document import CharterDocument

    doc = CharterDocument.create(tmp_path / "de.cxcharter", title="T", language="de", actor="ann")
    try:
        meeting = doc.add_row("meeting", {"name": "Jour fixe", "agenda": "Eigenes"})
        history, before = History(), count(doc)
        history.record(content.insert_standard_agenda(doc, meeting, doc.language))
        agenda = doc.row("meeting", meeting)["agenda"]
        assert agenda == "Eigenes\n\n" + standard_agenda("de")
        assert standard_agenda("de") != standard_agenda("en") and count(doc) == before + 1
        history.undo(doc)
        assert doc.row("meeting", meeting)["agenda"] == "Eigenes"
    finally:
        doc.close()


@pytest.mark.parametrize(("language", "first"), [("en", "Customer value"), ("de", "Kundennutzen")])
def test_suggested_criteria_are_named_in_the_given_language(doc, language, first):
    before = count(doc)
    done = content.add_suggested_criteria(doc, language)
    names = [r["name"] for r in doc.rows("criterion")]
    assert names[0] == first and len(names) == 4 and count(doc) == before + 1
    assert done.code == "criteria.suggested"


def test_typing_bursts_merge_and_undo_goes_back_before_the_burst(doc):
    now = [100.0]
    history = History(clock=lambda: now[0])
    doc.set_answer_text("vision.statement", "Old")
    for text in ("N", "Ne", "New"):
        now[0] += 1.0
        history.record(answers.set_answer_field(doc, "vision.statement", "text", text))
    assert len(history.undo_entries) == 1
    now[0] += 10.0  # a pause: the next edit is a step of its own
    history.record(answers.set_answer_field(doc, "vision.statement", "text", "Newer"))
    assert len(history.undo_entries) == 2
    history.undo(doc)
    assert doc.answer("vision.statement").text == "New"
    history.undo(doc)
    assert doc.answer("vision.statement").text == "Old"
    history.redo(doc)
    assert doc.answer("vision.statement").text == "New"


def test_an_edit_that_changes_nothing_is_no_undo_step(doc):
    history = History()
    history.record(answers.set_answer_field(doc, "vision.statement", "status", "not_started"))
    assert not history.can_undo()


def test_governance_steps_are_not_undoable(doc):
    from cxcharter.store.errors import WorkflowError

    history = History()
    history.record(rows.add_row(doc, "criterion", {"name": "A"}))
    with pytest.raises(WorkflowError):  # a draft cannot be withdrawn: refused, nothing kept
        governance.withdraw(doc)
    done = governance._done(doc, "review.withdraw")  # what every governance op returns
    assert not done.undoable and done.changed
    history.record(done)
    assert len(history.undo_entries) == 1, "a governance step never enters the history"


def test_an_undo_the_charter_no_longer_allows_leaves_the_history(doc):
    history = History()
    history.record(
        rows.update_row(doc, "criterion", doc.add_row("criterion", {"name": "A"}), {"name": "B"})
    )
    (row,) = doc.rows("criterion")
    doc.remove_row("criterion", row.id)  # behind the history's back (another window)
    before = count(doc)
    with pytest.raises(InvalidValue):
        history.undo(doc)
    assert not history.can_undo() and not history.can_redo() and count(doc) == before


@pytest.mark.parametrize(
    "target",
    [("answer", "vision.statement", "owner"), ("answer", "front.charter_owner", "person")],
)
def test_new_person_in_a_chooser_is_one_step_and_undo_restores_the_old_choice(doc, target):
    ann = doc.add_person("Ann")
    kind, key, field = target
    setter = doc.set_owner if field == "owner" else doc.set_answer_person
    setter(key, ann)
    history, before = History(), count(doc)
    ref = people.Reference(kind, key, field)
    done = people.add_person_chosen(doc, {"name": "Ben", "email": "ben@example.com"}, ref)
    history.record(done)
    ben = done.result
    assert getattr(doc.answer(key), field) == ben and doc.person(ben).email == "ben@example.com"
    assert count(doc) == before + 1 and len(history.undo_entries) == 1
    history.undo(doc)
    assert getattr(doc.answer(key), field) == ann and doc.person(ben) is None
    history.redo(doc)
    assert getattr(doc.answer(key), field) == ben and doc.person(ben).name == "Ben"


def test_new_person_as_a_row_owner_is_one_step(doc):
    goal = doc.add_row("goal", {"objective": "Happier customers"})
    history = History()
    ref = people.Reference("goal", goal, "owner")
    history.record(people.add_person_chosen(doc, {"name": "Cem"}, ref))
    assert doc.person(doc.row("goal", goal).get("owner")).name == "Cem"
    history.undo(doc)
    assert doc.row("goal", goal).get("owner") is None and doc.people() == ()


@pytest.mark.parametrize(
    ("kind", "parent", "field"),
    [("body_member", "body", "body"), ("meeting_participant", "meeting", "meeting")],
)
def test_new_person_as_a_member_is_one_step(doc, kind, parent, field):
    """A body's member, a meeting's participant: the person and the link, one undo."""
    owner = doc.add_row(parent, {"name": "Core team"})
    history, before = History(), count(doc)
    done = people.add_person_with(doc, {"name": "Dana"}, kind, {field: owner})
    history.record(done)
    dana = done.result
    assert [(r[field], r["person"]) for r in doc.rows(kind)] == [(owner, dana)]
    assert count(doc) == before + 1 and len(history.undo_entries) == 1
    history.undo(doc)
    assert doc.rows(kind) == () and doc.people() == ()
    history.redo(doc)
    assert [(r[field], r["person"]) for r in doc.rows(kind)] == [(owner, dana)]
    assert doc.person(dana).name == "Dana"


def test_new_person_as_a_stakeholder_is_one_step(doc):
    history = History()
    done = people.add_person_with(doc, {"name": "Eva"}, "stakeholder", {"name": "Eva"})
    history.record(done)
    (row,) = doc.rows("stakeholder")
    assert (row.get("name"), row.get("person")) == ("Eva", done.result)
    history.undo(doc)
    assert doc.rows("stakeholder") == () and doc.people() == ()
    history.redo(doc)
    assert [r.get("person") for r in doc.rows("stakeholder")] == [done.result]
