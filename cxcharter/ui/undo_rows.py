"""Undo commands for structured content: one generic command per store operation."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP

from cxcharter.store.rows import Removed
from cxcharter.ui.i18n import tr_marked
from cxcharter.ui.undo import MERGE_SECONDS, StoreCommand

if TYPE_CHECKING:
    from cxcharter.ui.session import CharterSession

ROW_MERGE_ID = 1002

_TEXTS = {  # marked for lupdate, translated when shown
    "add": QT_TR_NOOP("Add entry"),
    "edit": QT_TR_NOOP("Edit entry"),
    "remove": QT_TR_NOOP("Remove entry"),
    "move": QT_TR_NOOP("Reorder"),
    "cell": QT_TR_NOOP("Change assignment"),
    "setting": QT_TR_NOOP("Change setting"),
    "import": QT_TR_NOOP("Import people"),
}


def _text(what: str) -> str:
    return tr_marked(_TEXTS[what])


class AddRow(StoreCommand):
    def __init__(self, session: CharterSession, kind: str, data: Mapping,
                 position: int | None = None) -> None:
        super().__init__(session, _text("add"))
        self.kind, self.data, self.position = kind, dict(data), position
        self.row_id: int | None = None
        self.removed: Removed | None = None

    def apply(self) -> None:
        doc = self.session.document
        if self.removed is not None:  # redo after undo: the very same row again
            doc.restore_rows(self.removed)
        else:
            self.row_id = doc.add_row(self.kind, self.data, position=self.position)

    def revert(self) -> None:
        self.removed = self.session.document.remove_row(self.kind, self.row_id)


class UpdateRow(StoreCommand):
    """Edits of one cell merge with the next edit of the same cell within a few seconds."""

    def __init__(self, session: CharterSession, kind: str, row_id: int, data: Mapping) -> None:
        super().__init__(session, _text("edit"))
        self.kind, self.row_id, self.new = kind, row_id, dict(data)
        row = session.document.row(kind, row_id)
        self.old = {name: row.get(name) for name in data} if row else {}
        self.stamp = time.monotonic()

    def apply(self) -> None:
        self.session.document.update_row(self.kind, self.row_id, **self.new)

    def revert(self) -> None:
        self.session.document.update_row(self.kind, self.row_id, **self.old)

    def id(self) -> int:
        return ROW_MERGE_ID

    def mergeWith(self, other) -> bool:
        same = (isinstance(other, UpdateRow) and other.kind == self.kind
                and other.row_id == self.row_id and set(other.new) == set(self.new))
        if not same or other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True


class RemoveRow(StoreCommand):
    def __init__(self, session: CharterSession, kind: str, row_id: int) -> None:
        super().__init__(session, _text("remove"))
        self.kind, self.row_id = kind, row_id
        self.removed: Removed | None = None

    def apply(self) -> None:
        self.removed = self.session.document.remove_row(self.kind, self.row_id)

    def revert(self) -> None:
        self.session.document.restore_rows(self.removed)


class MoveRow(StoreCommand):
    def __init__(self, session: CharterSession, kind: str, row_id: int, index: int) -> None:
        super().__init__(session, _text("move"))
        self.kind, self.row_id, self.index = kind, row_id, index
        self.old_index = 0

    def apply(self) -> None:
        self.old_index = self.session.document.move_row(self.kind, self.row_id, self.index)

    def revert(self) -> None:
        self.session.document.move_row(self.kind, self.row_id, self.old_index)


class SetLink(StoreCommand):
    """Set or clear one link cell (a RACI letter, a membership, a score)."""

    def __init__(self, session: CharterSession, kind: str, match: Mapping,
                 data: Mapping | None) -> None:
        super().__init__(session, _text("cell"))
        self.kind, self.match = kind, dict(match)
        self.new = None if data is None else dict(data)
        self.old: dict | None = None

    def apply(self) -> None:
        old = self.session.document.set_link(self.kind, self.match, self.new)
        if self.old is None and old is not None:
            self.old = {k: v for k, v in old.values.items() if k not in self.match}
        self._had_row = old is not None

    def revert(self) -> None:
        self.session.document.set_link(self.kind, self.match,
                                       self.old if self._had_row else None)


class SetSetting(StoreCommand):
    def __init__(self, session: CharterSession, name: str, value: object) -> None:
        super().__init__(session, _text("setting"))
        self.name, self.new = name, value
        self.old = session.document.setting(name)

    def apply(self) -> None:
        self.session.document.set_setting(self.name, self.new)

    def revert(self) -> None:
        self.session.document.set_setting(self.name, self.old)


class ImportPeople(StoreCommand):
    """All people of one CSV import: one step to undo, one to redo."""

    def __init__(self, session: CharterSession, records: list[dict]) -> None:
        super().__init__(session, tr_marked(_TEXTS["import"]))
        self.records = records
        self.ids: list[int] = []
        self.removed: list = []

    def apply(self) -> None:
        doc = self.session.document
        if self.removed:  # redo: the same people with the same ids
            for removed in reversed(self.removed):
                doc.restore_person(removed)
            self.removed = []
        else:
            self.ids = doc.add_people(self.records)

    def revert(self) -> None:
        self.removed = self.session.document.remove_people(self.ids)
