"""A person added where one is chosen ("New person…" in a chooser): one step.

Adding, editing, removing and importing people are the generic row ops of `ops/rows.py`
(People is a kind); what is special here is that the new person is chosen in the same
operation, so one undo takes back both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxcharter.domain.entities import ALL_KINDS
from cxcharter.ops.done import Done

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument
    from cxcharter.store.rows import Removed


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a newly added person is chosen: an answer's owner or person ("answer", the
    question's key), or a person field of a row (its kind, the row's id)."""

    kind: str
    key: str | int
    field: str


def _read(doc: CharterDocument, ref: Reference) -> int | None:
    """The person chosen at `ref` now (None: nobody)."""
    if ref.kind == "answer":
        value: object = getattr(doc.answer(str(ref.key)), ref.field)
    else:
        row = doc.row(ref.kind, int(ref.key))
        value = None if row is None else row.get(ref.field)
    return value if isinstance(value, int) else None


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


def _rechoose(doc: CharterDocument, removed: Removed, ref: Reference, old: int | None) -> Done:
    """The redo: the same person (same id) back and chosen again."""
    person_id = removed.rows[0].id  # the person comes first
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


def add_person_with(
    doc: CharterDocument,
    fields: Mapping[str, str],
    kind: str,
    data: Mapping[str, object],
    field: str = "person",
) -> Done:
    """“New person…” beside a list: add the person and the row that names them in `field`
    (a body's member, a meeting's participant, a stakeholder), one step."""
    with doc.operation("person.add_chosen", {"kind": kind}) as op:
        person_id = doc.add_person(**fields)
        values = {**data, field: person_id}
        row_id: int | None = None
        if ALL_KINDS[kind].unique:  # a link row: it goes with the person on undo
            doc.set_link(kind, values, {})
        else:
            row_id = doc.add_row(kind, values)
    return Done(
        "person.add_chosen",
        {},
        tuple(op.changes),
        lambda d: _unadd(d, person_id, kind, row_id),
        result=person_id,
    )


def _unadd(doc: CharterDocument, person_id: int, kind: str, row_id: int | None) -> Done:
    """The undo of add_person_with: the row and the new person gone."""
    with doc.operation("person.add_chosen.undo", {"kind": kind}) as op:
        removed = [] if row_id is None else [doc.remove_row(kind, row_id)]
        removed.append(doc.remove_person(person_id))  # with the links on them
    return Done(
        "person.add_chosen",
        {},
        tuple(op.changes),
        lambda d: _readd(d, removed, person_id, kind, row_id),
    )


def _readd(
    doc: CharterDocument, removed: list[Removed], person_id: int, kind: str, row_id: int | None
) -> Done:
    """The redo: the same person and row (same ids) back."""
    with doc.operation("person.add_chosen", {"kind": kind}) as op:
        for one in reversed(removed):
            doc.restore_rows(one)
    return Done(
        "person.add_chosen",
        {},
        tuple(op.changes),
        lambda d: _unadd(d, person_id, kind, row_id),
        result=person_id,
    )
