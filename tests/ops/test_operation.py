"""One user action = one transaction, one audit entry, all or nothing; verify still holds."""

from __future__ import annotations

import json

import pytest

from cxcharter.ops import rows
from cxcharter.ops.history import History
from cxcharter.store import verify
from cxcharter.store.errors import InvalidValue


def count(doc) -> int:
    return len(doc.audit_entries())


def test_several_changes_are_one_audit_entry_listing_them(doc):
    before = count(doc)
    done = rows.add_rows(doc, "criterion", [{"name": "A"}, {"name": "B"}, {"name": "C"}])
    assert count(doc) == before + 1
    entry = doc.audit_entries(1)[0]
    assert entry["action"] == "op.row.add"
    listed = json.loads(entry["new"])["changes"]
    assert [c["new"]["name"] for c in listed] == ["A", "B", "C"]
    assert len(done.result) == 3 and done.changed


def test_a_failing_step_rolls_back_every_step_before_it(doc):
    before, heard = count(doc), []
    doc.add_listener(heard.append)
    with pytest.raises(InvalidValue):
        rows.add_rows(doc, "criterion", [{"name": "A"}, {"name": "B"}, {"weight": "x"}])
    assert doc.rows("criterion") == () and count(doc) == before
    assert heard == [], "nothing was committed, so nobody hears of a change"


def test_one_change_keeps_its_own_entry(doc):
    rows.add_row(doc, "criterion", {"name": "A"})
    assert doc.audit_entries(1)[0]["action"] == "criterion.add"


def test_listeners_hear_once_after_the_commit(doc):
    heard = []
    doc.add_listener(lambda change: heard.append((change, doc._conn.in_transaction)))
    rows.add_rows(doc, "criterion", [{"name": "A"}, {"name": "B"}])
    assert heard and all(not inside for _c, inside in heard)
    assert len({c for c, _ in heard}) == len(heard)


def test_verify_reads_answers_changed_inside_an_operation(doc):
    doc.set_answer_text("vision.statement", "first")  # an entry of its own before the op
    with doc.operation("test.two_answers"):
        doc.set_answer_text("vision.statement", "We delight")
        doc.set_status("vision.statement", "draft")
    assert doc.audit_entries(1)[0]["action"] == "op.test.two_answers"
    path = doc.path
    doc.close()
    report = verify.verify_file(path)
    assert report.ok, report.mismatches


def test_remove_people_undo_redo_round_trip(doc):
    ids = [doc.add_person(n) for n in ("Ann", "Ben", "Cy")]
    doc.set_owner("vision.statement", ids[1])
    history = History()
    before = count(doc)
    history.record(rows.remove_rows(doc, "person", ids[:2], code="people.remove"))
    assert [p.name for p in doc.people()] == ["Cy"] and count(doc) == before + 1
    history.undo(doc)
    assert [p.id for p in doc.people()] == ids
    assert doc.answer("vision.statement").owner == ids[1]
    history.redo(doc)
    assert [p.name for p in doc.people()] == ["Cy"]
    assert history.can_undo() and not history.can_redo()
    assert history.next_undo().code == "people.remove"
