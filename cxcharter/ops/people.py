"""The people directory: add, edit, remove (several at once), import, add-and-choose."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a newly added person is chosen: an answer's owner or person ("answer", the
    question's key), or a person field of a row (its kind, the row's id)."""

    kind: str
    key: str | int
    field: str


def _read(doc: CharterDocument, ref: Reference) -> int | None:
    if ref.kind == "answer":
        return getattr(doc.answer(str(ref.key)), ref.field)
    row = doc.row(ref.kind, int(ref.key))
    return None if row is None else row.get(ref.field)


def _write(doc: CharterDocument, ref: Reference, person_id: int | None) -> None:
    if ref.kind == "answer":
        setter = {"owner": doc.set_owner, "person": doc.set_answer_person}[ref.field]
        setter(str(ref.key), person_id)
    else:
        doc.update_row(ref.kind, int(ref.key), **{ref.field: person_id})


def add_person_chosen(doc: CharterDocument, fields: Mapping[str, str], ref: Reference) -> Done:
    """“New person…” in a chooser: add the person and choose them there, one step."""
    with doc.operation("person.add_chosen", {"kind": ref.kind}) as op:
        old = _read(doc, ref)  # inside: the choice this one replaces
        person_id = doc.add_person(**fields)
        _write(doc, ref, person_id)
    return Done(
        "person.add_chosen",
        {},
        tuple(op.changes),
        lambda d: _unchoose(d, person_id, ref, old),
        result=person_id,
    )


def _unchoose(doc: CharterDocument, person_id: int, ref: Reference, old: int | None) -> Done:
    """The undo of add_person_chosen: the old choice back, the new person gone."""
    with doc.operation("person.add_chosen.undo", {"kind": ref.kind}) as op:
        _write(doc, ref, old)
        removed = doc.remove_person(person_id)
    return Done(
        "person.add_chosen",
        {},
        tuple(op.changes),
        lambda d: _rechoose(d, removed, ref, old),
    )


def _rechoose(doc: CharterDocument, removed: RemovedPerson, ref: Reference, old) -> Done:
    """The redo: the same person (same id) back and chosen again."""
    person_id = removed.person.id
    with doc.operation("person.add_chosen", {"kind": ref.kind}) as op:
        doc.restore_person(removed)
        _write(doc, ref, person_id)
    return Done(
        "person.add_chosen",
        {},
        tuple(op.changes),
        lambda d: _unchoose(d, person_id, ref, old),
        result=person_id,
    )
