"""The people directory: add, edit, remove (several at once), import."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from cxcharter.ops.done import Done

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument, RemovedPerson


def add_person(doc: CharterDocument, fields: Mapping[str, str]) -> Done:
    with doc.operation("person.add") as op:
        person_id = doc.add_person(**fields)
    return Done(
        "person.add",
        {},
        tuple(op.changes),
        lambda d: remove_people(d, [person_id]),
        result=person_id,
    )


def update_person(doc: CharterDocument, person_id: int, fields: Mapping[str, str]) -> Done:
    with doc.operation("person.update", {"id": person_id}) as op:
        person = doc.person(person_id)
        old = {k: getattr(person, k) for k in fields} if person else {}
        doc.update_person(person_id, **fields)
    return Done(
        "person.update",
        {"id": person_id},
        tuple(op.changes),
        lambda d: update_person(d, person_id, old),
    )


def remove_people(doc: CharterDocument, ids: Sequence[int]) -> Done:
    """Remove people with every reference to them; undo brings all of it back."""
    code = "people.remove" if len(ids) > 1 else "person.remove"
    with doc.operation(code, {"n": len(ids)}) as op:
        removed = [doc.remove_person(person_id) for person_id in ids]
    return Done(code, {"n": len(ids)}, tuple(op.changes), lambda d: restore_people(d, removed))


def restore_people(doc: CharterDocument, removed: Sequence[RemovedPerson]) -> Done:
    with doc.operation("people.restore", {"n": len(removed)}) as op:
        for one in reversed(removed):
            doc.restore_person(one)
    ids = [one.person.id for one in removed]
    return Done(
        "people.restore", {"n": len(ids)}, tuple(op.changes), lambda d: remove_people(d, ids)
    )


def import_people(doc: CharterDocument, rows: Sequence[Mapping[str, str]]) -> Done:
    """All people of one CSV import: one step to undo, one to redo (the same ids)."""
    with doc.operation("people.import", {"n": len(rows)}) as op:
        ids = doc.add_people([dict(r) for r in rows])
    return Done(
        "people.import",
        {"n": len(ids)},
        tuple(op.changes),
        lambda d: remove_people(d, ids),
        result=ids,
    )
