"""Undo commands: each one store call forward and one back.

A command is applied before it is pushed (so a refused edit never lands on the
stack); the push's own first redo() is then skipped. Consecutive text edits of
one answer within a few seconds merge into one undo step.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QUndoCommand

from cxcharter.store.errors import CharterError
from cxcharter.ui.i18n import tr_marked

if TYPE_CHECKING:
    from cxcharter.store.document import RemovedPerson
    from cxcharter.ui.session import CharterSession

MERGE_SECONDS = 3.0
TEXT_MERGE_ID = 1001



class StoreCommand(QUndoCommand):
    content = True  # False: not content (the look), allowed while the content is frozen

    def __init__(self, session: CharterSession, source: str) -> None:
        """`source`: the English text, marked with QT_TR_NOOP, shown translated."""
        super().__init__(tr_marked(source))
        self.source = source
        self.session = session
        self.done = False

    def retranslate(self) -> None:
        self.setText(tr_marked(self.source))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.done:  # applied already by CharterSession.run()
            self.done = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn) -> None:
        try:
            fn()
        except CharterError as exc:
            self.setObsolete(True)
            self.session.failed.emit(exc)


_FIELD_TEXT = {  # marked for lupdate, translated when shown
    "text": QT_TR_NOOP("Edit answer"),
    "person": QT_TR_NOOP("Choose person"),
    "owner": QT_TR_NOOP("Assign owner"),
    "status": QT_TR_NOOP("Change status"),
    "due": QT_TR_NOOP("Change due date"),
}


class SetAnswerField(StoreCommand):
    def __init__(self, session: CharterSession, key: str, field: str, new: object) -> None:
        super().__init__(session, _FIELD_TEXT[field])
        self.key, self.field, self.new = key, field, new
        self.old = getattr(session.document.answer(key), field)
        self.stamp = time.monotonic()

    def _set(self, value: object) -> None:
        doc = self.session.document
        setter = {
            "text": doc.set_answer_text,
            "person": doc.set_answer_person,
            "owner": doc.set_owner,
            "status": doc.set_status,
            "due": doc.set_due,
        }[self.field]
        setter(self.key, value)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)

    def id(self) -> int:
        return TEXT_MERGE_ID if self.field == "text" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswerField) or other.key != self.key:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True


class AddPerson(StoreCommand):
    def __init__(self, session: CharterSession, fields: dict) -> None:
        super().__init__(session, QT_TR_NOOP("Add person"))
        self.fields = fields
        self.removed: RemovedPerson | None = None
        self.person_id: int | None = None

    def apply(self) -> None:
        if self.removed is not None:
            self.session.document.restore_person(self.removed)
        else:
            self.person_id = self.session.document.add_person(**self.fields)

    def revert(self) -> None:
        self.removed = self.session.document.remove_person(self.person_id)


class UpdatePerson(StoreCommand):
    def __init__(self, session: CharterSession, person_id: int, fields: dict) -> None:
        super().__init__(session, QT_TR_NOOP("Edit person"))
        self.person_id, self.new = person_id, fields
        person = session.document.person(person_id)
        self.old = {k: getattr(person, k) for k in fields} if person else {}

    def apply(self) -> None:
        self.session.document.update_person(self.person_id, **self.new)

    def revert(self) -> None:
        self.session.document.update_person(self.person_id, **self.old)


class RemovePerson(StoreCommand):
    def __init__(self, session: CharterSession, person_id: int) -> None:
        super().__init__(session, QT_TR_NOOP("Remove person"))
        self.person_id = person_id
        self.removed: RemovedPerson | None = None

    def apply(self) -> None:
        self.removed = self.session.document.remove_person(self.person_id)

    def revert(self) -> None:
        assert self.removed is not None
        self.session.document.restore_person(self.removed)
