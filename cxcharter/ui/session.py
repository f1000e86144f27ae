"""The open charter as seen by the window: store + undo stack + Qt signals.

Views never write to the store themselves: they call the edit methods here,
which run one undo command each (UI action → undo command → store → signal).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cxcharter.catalog import Catalog, load_catalog
from cxcharter.store.changes import Change
from cxcharter.store.document import CharterDocument
from cxcharter.store.errors import CharterError, Frozen
from cxcharter.ui import undo, undo_rows


class CharterSession(QObject):
    answerChanged = Signal(str)  # question key
    peopleChanged = Signal()
    rowsChanged = Signal(str)  # a kind of structured content, or "settings"
    # Just before rowsChanged when one row was updated: kind, row id, the fields changed.
    rowUpdated = Signal(str, int, list)
    governanceChanged = Signal(int)  # submitted, decided, withdrawn…: the revision number
    changed = Signal()  # anything at all (after the specific signal)
    failed = Signal(object)  # a CharterError the user must hear about
    aboutToClose = Signal()  # stop timers and listeners: the file is going away

    def __init__(self, document: CharterDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._flushers: list[Callable[[], None]] = []
        self.closed = False
        # 'in_review' or 'approved' while the store refuses content edits, else ''.
        self.frozen = document.frozen_state()
        document.add_listener(self._on_change)

    @property
    def catalog(self) -> Catalog:
        return load_catalog(self.document.language)

    @property
    def read_only(self) -> bool:
        """No content edits: the file cannot be written, or the revision is frozen."""
        return self.document.read_only or bool(self.frozen)

    def close(self) -> None:
        if self.closed:
            return
        self.flush()
        self.aboutToClose.emit()
        self.closed = True
        self.document.remove_listener(self._on_change)
        self.document.close()

    def _on_change(self, change: Change) -> None:
        if change.kind == "answer":
            self.answerChanged.emit(str(change.key))
        elif change.kind == "rows":
            if change.row is not None:
                self.rowUpdated.emit(str(change.key), change.row, sorted(change.fields))
            self.rowsChanged.emit(str(change.key))
        elif change.kind == "governance":
            self.frozen = self.document.frozen_state()
            self.governanceChanged.emit(int(change.key))
        elif change.kind == "branding":
            pass  # the look is only shown by the Branding dialog and printed in the PDF
        else:
            self.peopleChanged.emit()
        self.changed.emit()

    # ------------------------------------------------ pending typing
    def add_flusher(self, fn: Callable[[], None]) -> None:
        """Editors that debounce typing register here, so undo/close see every key."""
        self._flushers.append(fn)

    def remove_flusher(self, fn: Callable[[], None]) -> None:
        if fn in self._flushers:
            self._flushers.remove(fn)

    def flush(self) -> None:
        for fn in list(self._flushers):
            fn()

    def retranslate(self) -> None:
        """Undo texts in the current UI language (after a language switch)."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, undo.StoreCommand):
                command.retranslate()

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    # ---------------------------------------------------------- edits
    def run(self, command: undo.StoreCommand) -> bool:
        """Do the edit now; only an edit that was saved goes on the undo stack."""
        if self.frozen and command.content:  # in review or approved: not even attempted
            self.failed.emit(Frozen("The content is frozen.", state=self.frozen))
            return False
        try:
            command.apply()
        except CharterError as exc:
            self.failed.emit(exc)
            return False
        command.done = True
        self.undo_stack.push(command)
        return True

    def set_answer_text(self, key: str, text: str) -> bool:
        if self.document.answer(key).text == text:
            return True
        return self.run(undo.SetAnswerField(self, key, "text", text))

    def set_answer_person(self, key: str, person_id: int | None) -> bool:
        return self.run(undo.SetAnswerField(self, key, "person", person_id))

    def set_owner(self, key: str, person_id: int | None) -> bool:
        return self.run(undo.SetAnswerField(self, key, "owner", person_id))

    def set_status(self, key: str, status: str) -> bool:
        return self.run(undo.SetAnswerField(self, key, "status", status))

    def set_due(self, key: str, due: str | None) -> bool:
        return self.run(undo.SetAnswerField(self, key, "due", due))

    def add_person(self, name: str, **fields: str) -> bool:
        return self.run(undo.AddPerson(self, {"name": name, **fields}))

    def update_person(self, person_id: int, **fields: str) -> bool:
        return self.run(undo.UpdatePerson(self, person_id, fields))

    def remove_person(self, person_id: int) -> bool:
        return self.run(undo.RemovePerson(self, person_id))

    # ------------------------------------------------ structured content
    def add_row(self, kind: str, data: dict, position: int | None = None) -> int | None:
        """Add a row; returns its id, or None when the store refused it."""
        command = undo_rows.AddRow(self, kind, data, position)
        return command.row_id if self.run(command) else None

    def update_row(self, kind: str, row_id: int, **data: object) -> bool:
        return self.run(undo_rows.UpdateRow(self, kind, row_id, data))

    def remove_row(self, kind: str, row_id: int) -> bool:
        return self.run(undo_rows.RemoveRow(self, kind, row_id))

    def move_row(self, kind: str, row_id: int, index: int) -> bool:
        return self.run(undo_rows.MoveRow(self, kind, row_id, index))

    def set_link(self, kind: str, match: dict, data: dict | None) -> bool:
        return self.run(undo_rows.SetLink(self, kind, match, data))

    def import_people(self, records: list[dict]) -> bool:
        return self.run(undo_rows.ImportPeople(self, records))

    def set_setting(self, name: str, value: object) -> bool:
        return self.run(undo_rows.SetSetting(self, name, value))
