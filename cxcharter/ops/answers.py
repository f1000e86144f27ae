"""Edits of one answer: its text, chosen person, owner, status or due date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxcharter.ops.done import Done

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument

FIELDS = ("text", "person", "owner", "status", "due")
_SETTERS = {
    "text": "set_answer_text",
    "person": "set_answer_person",
    "owner": "set_owner",
    "status": "set_status",
    "due": "set_due",
}


def set_answer_field(doc: CharterDocument, key: str, field: str, value: object) -> Done:
    """One field of one answer. Text edits of one answer share a merge key: a typing
    burst is one undo step."""
    if field not in _SETTERS:
        raise ValueError(f"not a field of an answer: {field}")
    code = f"answer.{field}"
    with doc.operation(code, {"key": key}) as op:
        old = getattr(doc.answer(key), field)  # inside: the value this edit replaces
        getattr(doc, _SETTERS[field])(key, value)
    return Done(
        code,
        {"key": key},
        tuple(op.changes),
        lambda d: set_answer_field(d, key, field, old),
        merge_key=(code, key) if field == "text" else None,
    )
