"""The open charter as seen by the window: document + undo history + Qt signals.

Views never write to the document themselves and never touch the undo history:
they call the methods here, each running one op (cxcharter/ops/: one transaction,
one audit entry), and the op's undo goes into the history (key press → view →
session → op → SQLite → change → signal → model).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, Signal

from cxcharter.catalog import Catalog, load_catalog
from cxcharter.ops import answers, content, governance, look, people, rows
from cxcharter.ops.done import Done
from cxcharter.ops.history import History
from cxcharter.store.changes import Change
from cxcharter.store.document import CharterDocument
from cxcharter.store.errors import CharterError, Frozen
from cxcharter.ui.undo import UndoAdapter


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
    # The Edit menu: whether there is something to undo/redo, and its name (worded now).
    canUndoChanged = Signal(bool)
    canRedoChanged = Signal(bool)
    undoTextChanged = Signal(str)
    redoTextChanged = Signal(str)

    def __init__(self, document: CharterDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.history = History()
        self.undo_stack = UndoAdapter(self, self.history)  # the Edit menu's view of it
        for name in ("canUndoChanged", "canRedoChanged", "undoTextChanged", "redoTextChanged"):
            getattr(self.undo_stack, name).connect(getattr(self, name))
        self._flushers: list[Callable[[], None]] = []
        self.closed = False
        # Set when another computer may hold the file: the lock "Open anyway" takes over.
        self.takeover = None
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
            if change.key == "person":
                self.peopleChanged.emit()  # for everything that shows people's names
        elif change.kind == "governance":
            self.frozen = self.document.frozen_state()
            self.governanceChanged.emit(int(change.key))
        # "branding": the look is only shown by the Branding dialog and printed in the PDF
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
        self.undo_stack.refresh()

    def undo(self) -> None:
        self.flush()
        self._step(self.history.undo)

    def redo(self) -> None:
        self.flush()
        self._step(self.history.redo)

    def _step(self, step: Callable) -> None:
        """An undo or redo; one the store refuses (frozen, or the charter changed under
        it) leaves the history and is reported."""
        try:
            step(self.document)
        except CharterError as exc:
            self.failed.emit(exc)

    # ---------------------------------------------------------- edits
    def apply(self, op: Callable[..., Done], *args, content: bool = True, **kwargs) -> Done | None:
        """Run one op now; what it did goes into the undo history. None when refused
        (the reason is emitted as `failed`). `content=False`: not content (the look),
        allowed while the content is frozen."""
        if self.frozen and content:  # in review or approved: not even attempted
            self.failed.emit(Frozen("The content is frozen.", state=self.frozen))
            return None
        try:
            done = op(self.document, *args, **kwargs)
        except CharterError as exc:
            self.failed.emit(exc)
            return None
        self.history.record(done)
        return done

    def set_answer_text(self, key: str, text: str) -> bool:
        if self.document.answer(key).text == text:
            return True
        return self.apply(answers.set_answer_field, key, "text", text) is not None

    def set_answer_person(self, key: str, person_id: int | None) -> bool:
        return self.apply(answers.set_answer_field, key, "person", person_id) is not None

    def set_owner(self, key: str, person_id: int | None) -> bool:
        return self.apply(answers.set_answer_field, key, "owner", person_id) is not None

    def set_status(self, key: str, status: str) -> bool:
        return self.apply(answers.set_answer_field, key, "status", status) is not None

    def set_due(self, key: str, due: str | None) -> bool:
        return self.apply(answers.set_answer_field, key, "due", due) is not None

    # People are rows of the kind "person": the row ops, under the directory's own names.
    def add_person(self, name: str, **fields: str) -> int | None:
        """Add a person; their id (truthy), or None when the store refused."""
        done = self.apply(rows.add_row, "person", {"name": name, **fields}, code="person.add")
        return None if done is None else done.result

    def add_person_chosen(self, fields: dict, ref: people.Reference) -> int | None:
        """“New person…” in a chooser: the person added and chosen in one step; their id."""
        done = self.apply(people.add_person_chosen, fields, ref)
        return None if done is None else done.result

    def add_person_with(
        self, fields: dict, kind: str, data: dict, field: str = "person"
    ) -> int | None:
        """“New person…” beside a list: the person and the row naming them, one step."""
        done = self.apply(people.add_person_with, fields, kind, data, field)
        return None if done is None else done.result

    def update_person(self, person_id: int, **fields: str) -> bool:
        return (
            self.apply(rows.update_row, "person", person_id, fields, code="person.update")
            is not None
        )

    def remove_person(self, person_id: int) -> bool:
        return self.remove_people([person_id])

    def remove_people(self, ids: Sequence[int]) -> bool:
        """Several people in one step (all or none), with every reference to them."""
        code = "people.remove" if len(ids) > 1 else "person.remove"
        return self.remove_rows("person", ids, code=code)

    def import_people(self, records: list[dict]) -> bool:
        return self.add_rows("person", records, code="people.import") is not None

    # ------------------------------------------------ structured content
    def add_row(self, kind: str, data: dict, position: int | None = None) -> int | None:
        """Add a row; returns its id, or None when the store refused it."""
        done = self.apply(rows.add_row, kind, data, position)
        return None if done is None else done.result

    def add_rows(self, kind: str, data: Sequence[Mapping], code: str = "row.add") -> list | None:
        """Several rows in one step (all or none); their ids, or None when refused."""
        done = self.apply(rows.add_rows, kind, list(data), code=code)
        return None if done is None else done.result

    def update_row(self, kind: str, row_id: int, **data: object) -> bool:
        return self.apply(rows.update_row, kind, row_id, data) is not None

    def remove_row(self, kind: str, row_id: int) -> bool:
        return self.remove_rows(kind, [row_id])

    def remove_rows(self, kind: str, ids: Sequence[int], code: str = "row.remove") -> bool:
        """Several rows in one step (all or none)."""
        return self.apply(rows.remove_rows, kind, list(ids), code=code) is not None

    def move_row(self, kind: str, row_id: int, index: int) -> bool:
        return self.apply(rows.move_row, kind, row_id, index) is not None

    def set_link(self, kind: str, match: dict, data: dict | None) -> bool:
        return self.apply(rows.set_links, kind, [(match, data)]) is not None

    def set_raci_cells(self, cells: Sequence[tuple[int, int]], letter: str | None) -> bool:
        """RACI cells (activity id, person id) to one letter or none: one step."""
        return self.apply(rows.set_raci_cells, list(cells), letter) is not None

    def set_setting(self, name: str, value: object, *, merge: bool = False) -> bool:
        return self.apply(rows.set_setting, name, value, merge=merge) is not None

    def add_suggested_criteria(self) -> bool:
        """The usual four criteria, named in the charter's language (not the window's)."""
        return self.apply(content.add_suggested_criteria, self.document.language) is not None

    def insert_standard_agenda(self, meeting_id: int) -> bool:
        return (
            self.apply(content.insert_standard_agenda, meeting_id, self.document.language)
            is not None
        )

    def set_look(self, what: str, value: object) -> bool:
        return self.apply(look.set_look, what, value, content=False) is not None

    def import_contribution(self, form, plan, take_theirs, contributor: str) -> Done | None:
        """A returned contribution form, merged: one op, one undo step (None: refused)."""
        from cxcharter.ops import contribution  # lazy: start-up (the Review menu's only)

        return self.apply(
            contribution.import_contribution, form, plan, set(take_theirs), contributor=contributor
        )

    def set_signatures_required(self, required: bool) -> bool:
        return self.apply(governance.set_signatures_required, required, content=False) is not None

    # ------------------------------------------------ governance (not undoable)
    # These raise the store's error instead of emitting `failed`: the workflow words each
    # refusal in its own dialog (the blockers of a refused submission, for one).
    def submit_for_review(self, **kwargs):
        done = governance.submit_for_review(self.document, **kwargs)
        self.history.clear()  # no content undo across the frozen boundary
        return done.result

    def withdraw(self):
        return governance.withdraw(self.document).result

    def record_decision(self, approver: int, decision: str, **kwargs):
        return governance.record_decision(self.document, approver, decision, **kwargs).result

    def record_review(self, answer, evidence=None):
        return governance.record_review(self.document, answer, evidence).result

    def start_new_revision(self) -> int:
        return governance.start_new_revision(self.document).result

    def resolve_comment(self, comment_id: int, note: str = "") -> bool:
        try:
            governance.resolve_comment(self.document, comment_id, note)
        except CharterError as exc:
            self.failed.emit(exc)
            return False
        return True
