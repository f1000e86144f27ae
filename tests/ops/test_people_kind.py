"""People are a kind: declared once, written and undone by the generic row ops."""

from __future__ import annotations

import pytest

from cxcharter.domain.entities import ALL_KINDS, KINDS
from cxcharter.ops import rows
from cxcharter.ops.history import History
from cxcharter.store.errors import InvalidValue


def test_people_are_declared_as_a_kind_with_their_fields():
    person = ALL_KINDS["person"]
    assert person.table == "people" and not person.ordered
    assert person.names == ("name", "email", "department", "role")
    assert person.field("name").required
    assert "person" not in KINDS  # the snapshot carries people in their own list


def test_the_row_ops_add_edit_remove_and_undo_a_person(doc):
    history = History()
    done = rows.add_row(doc, "person", {"name": "Anna", "role": "CX lead"}, code="person.add")
    history.record(done)
    anna = done.result
    assert doc.person(anna).role == "CX lead" and doc.row("person", anna)["email"] == ""
    assert doc.audit_entries(1)[0]["action"] == "person.add"

    history.record(rows.update_row(doc, "person", anna, {"email": "a@x.de"}, code="person.update"))
    assert doc.person(anna).email == "a@x.de"
    assert doc.audit_entries(1)[0]["action"] == "person.update"

    activity = doc.add_row("activity", {"name": "Plan"})
    doc.set_link("raci", {"activity": activity, "person": anna}, {"role": "A"})
    doc.set_owner("vision.statement", anna)
    doc.set_answer_person("front.charter_owner", anna)
    history.record(rows.remove_rows(doc, "person", [anna], code="person.remove"))
    assert doc.person(anna) is None and doc.rows("raci") == ()
    assert doc.answer("vision.statement").owner is None
    assert doc.answer("front.charter_owner").person is None

    history.undo(doc)  # the removal: the person, the RACI cell, both answers
    assert doc.person(anna).email == "a@x.de" and len(doc.rows("raci")) == 1
    assert doc.answer("vision.statement").owner == anna
    assert doc.answer("front.charter_owner").person == anna
    history.undo(doc)
    assert doc.person(anna).email == ""
    history.undo(doc)
    assert doc.people() == ()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"name": "   "}, "person.name_missing"),
        ({"email": "a@x.de"}, "person.name_missing"),
        ({"name": "Ben", "colour": "red"}, "person.unknown_field"),
    ],
)
def test_a_person_s_own_rule_keeps_its_codes(doc, data, code):
    with pytest.raises(InvalidValue) as info:
        rows.add_row(doc, "person", data)
    assert info.value.problem.code == code
    assert doc.people() == ()


def test_an_import_is_one_step_and_all_or_nothing(doc):
    with pytest.raises(InvalidValue):
        rows.add_rows(doc, "person", [{"name": "Ann"}, {"name": ""}], code="people.import")
    assert doc.people() == ()
    history = History()
    history.record(
        rows.add_rows(doc, "person", [{"name": "Ann"}, {"name": "Ben"}], code="people.import")
    )
    assert [p.name for p in doc.people()] == ["Ann", "Ben"]
    assert doc.audit_entries(1)[0]["action"] == "op.people.import"
    history.undo(doc)
    assert doc.people() == ()
