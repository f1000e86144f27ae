"""The Edit menu's view of the plain undo history (ops/history.py): signals and words.

The history keeps codes and parameters, never sentences; they are worded here, at
display time, in the current UI language, so a language switch rewords the Undo menu.
The method names follow QUndoStack's (count, index, undoText…), so the menu code and
the tests read the same as with Qt's own stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal

from cxcharter.ops.history import Entry, History
from cxcharter.ui.i18n import tr_marked

if TYPE_CHECKING:
    from cxcharter.ui.session import CharterSession

UNDO_TEXTS = {  # code of an op: its name in the Undo menu (marked for lupdate)
    "answer.text": QT_TR_NOOP("Edit answer"),
    "answer.person": QT_TR_NOOP("Choose person"),
    "answer.owner": QT_TR_NOOP("Assign owner"),
    "answer.status": QT_TR_NOOP("Change status"),
    "answer.due": QT_TR_NOOP("Change due date"),
    "person.add": QT_TR_NOOP("Add person"),
    "person.add_chosen": QT_TR_NOOP("Add and choose person"),
    "person.update": QT_TR_NOOP("Edit person"),
    "person.remove": QT_TR_NOOP("Remove person"),
    "people.remove": QT_TR_NOOP("Remove {n} people"),
    "people.import": QT_TR_NOOP("Import people"),
    "row.add": QT_TR_NOOP("Add entry"),
    "row.update": QT_TR_NOOP("Edit entry"),
    "row.remove": QT_TR_NOOP("Remove entry"),
    "row.move": QT_TR_NOOP("Reorder"),
    "link.set": QT_TR_NOOP("Change assignment"),
    "raci.set": QT_TR_NOOP("Change {n} assignments"),
    "activities.remove": QT_TR_NOOP("Remove {n} activities"),
    "setting.update": QT_TR_NOOP("Change setting"),
    "agenda.insert": QT_TR_NOOP("Insert standard agenda"),
    "stakeholders.suggested": QT_TR_NOOP("Add suggested stakeholders"),
    "rights.suggested": QT_TR_NOOP("Add typical decision rights"),
    "criteria.suggested": QT_TR_NOOP("Add suggested criteria"),
    "look.logo": QT_TR_NOOP("Change logo"),
    "look.accent": QT_TR_NOOP("Change accent colour"),
    "policy.signatures": QT_TR_NOOP("Change whether approvals must be signed"),
    "contribution.import": QT_TR_NOOP("Import contribution"),
    "contribution.undo": QT_TR_NOOP("Take back a contribution"),
}


def undo_text(entry: Entry | None) -> str:
    """The entry's name in the current UI language ('' for none)."""
    if entry is None:
        return ""
    source = UNDO_TEXTS.get(entry.code)
    if source is None:
        return entry.code
    return tr_marked(source).format(**{k: v for k, v in entry.params.items() if k == "n"})


class UndoAdapter(QObject):
    canUndoChanged = Signal(bool)
    canRedoChanged = Signal(bool)
    undoTextChanged = Signal(str)
    redoTextChanged = Signal(str)

    def __init__(self, session: CharterSession, history: History) -> None:
        super().__init__(session)
        self.session = session
        self.history = history
        history.listeners.append(self.refresh)

    def refresh(self) -> None:
        """Tell the menu everything again (after a change, or a language switch)."""
        self.canUndoChanged.emit(self.canUndo())
        self.canRedoChanged.emit(self.canRedo())
        self.undoTextChanged.emit(self.undoText())
        self.redoTextChanged.emit(self.redoText())

    def count(self) -> int:
        return len(self.history.undo_entries) + len(self.history.redo_entries)

    def index(self) -> int:
        return len(self.history.undo_entries)

    def canUndo(self) -> bool:
        return self.history.can_undo()

    def canRedo(self) -> bool:
        return self.history.can_redo()

    def undoText(self) -> str:
        return undo_text(self.history.next_undo())

    def redoText(self) -> str:
        return undo_text(self.history.next_redo())

    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def clear(self) -> None:
        self.history.clear()
