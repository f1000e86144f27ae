"""Touchpoint columns that step aside where the table is narrow (beside the approval
panel), and the lines under the table where the selected touchpoint's values are then
edited.

The touchpoint's name is what a reader looks for: it keeps its words whole. Where the
columns' titles and the longest name do not fit, the notes step aside first, then the
owning department; the rest shrink alike (as in every table of rows) and the last one
shown stretches. A column that
stepped aside is edited below the table, for the selected touchpoint: its notes wrap
there and grow, whole, which a cell one line high never showed anyway. Each change is
one op and one undo step, through the table's model as a cell writes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QFormLayout, QLineEdit, QTableView, QWidget

from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.fitting import shrunk
from cxcharter.ui.tables.row_model import RowTableModel
from cxcharter.ui.widgets.line_text import GrowingText

NAME, PHASE, CHANNEL, DEPARTMENT, NOTES = range(5)
PLANNED = {NAME: 300, PHASE: 150, CHANNEL: 150, DEPARTMENT: 190, NOTES: 300}
STEP_ASIDE = (NOTES, DEPARTMENT)  # the first steps aside first
SAVE_DELAY_MS = 400


class ColumnsFit(QObject):
    """Fits the touchpoint table to its viewport (call `fit`, or let it watch resizes);
    `changed` is called when columns step aside or come back."""

    def __init__(self, view: QTableView, changed) -> None:
        super().__init__(view.viewport())  # gone with the viewport it watches
        self.view, self.viewport, self.changed = view, view.viewport(), changed
        self.titles: dict[int, int] = {}  # each column's title width, as the header asks
        self.viewport.installEventFilter(self)

    def aside(self) -> set[int]:
        return {c for c in STEP_ASIDE if self.view.isColumnHidden(c)}

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        for column in PLANNED:  # a hidden section hints 0: keep what it asked when shown
            self.titles[column] = header.sectionSizeHint(column) or self.titles.get(column, 0)
        planned = {c: max(w, self.titles[c]) for c, w in PLANNED.items()}
        least = dict(self.titles)
        contents = self.view.sizeHintForColumn(NAME) + 6  # the longest name, whole
        least[NAME] = max(least[NAME], min(planned[NAME], contents))
        # Qt stretches the last section (the notes) no narrower than the default size.
        least[NOTES] = max(least[NOTES], header.defaultSectionSize())
        room = self.viewport.width()
        shown = list(PLANNED)
        for column in STEP_ASIDE:
            if sum(least[c] for c in shown) > room:
                shown.remove(column)
        before = self.aside()
        for column in STEP_ASIDE:
            self.view.setColumnHidden(column, column not in shown)
        if NOTES in shown:  # the notes, last, stretch from their title up: the rest is shared
            room -= least[NOTES]
        widths = shrunk({c: planned[c] for c in shown if c != NOTES}, least, room)
        for column, width in widths.items():
            header.resizeSection(column, width)
        if self.aside() != before:
            self.changed()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fit()
        return super().eventFilter(watched, event)


class TouchpointAside(QWidget):
    """The owning department and the notes of the selected touchpoint, each shown
    while its column has stepped aside."""

    def __init__(self, session: CharterSession, model: RowTableModel, words, parent=None):
        super().__init__(parent)
        self.session, self.model, self.words = session, model, words
        self.row_id: int | None = None
        self.hidden_columns: set[int] = set()
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.department = QLineEdit()
        self.department.setAccessibleName(tr("Owning department"))
        completer = QCompleter(words(), self.department)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.department.setCompleter(completer)
        self.department.editingFinished.connect(self._save_department)
        self.notes = GrowingText(min_lines=1, max_lines=4)
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.textChanged.connect(self._timer.start)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(tr("Owning &department:"), self.department)
        self.form.addRow(tr("&Notes:"), self.notes)
        session.add_flusher(self.flush)
        self.department.setReadOnly(session.read_only)
        self.notes.setReadOnly(session.read_only)
        self._show_rows()

    def set_hidden_columns(self, columns: set[int]) -> None:
        self.hidden_columns = columns
        self._show_rows()

    def _show_rows(self) -> None:
        selected = self.row_id is not None
        self.form.setRowVisible(self.notes, selected and NOTES in self.hidden_columns)
        self.form.setRowVisible(self.department, selected and DEPARTMENT in self.hidden_columns)
        self.setVisible(selected and bool(self.hidden_columns))

    def set_touchpoint(self, row_id: int | None) -> None:
        if row_id != self.row_id:
            self.flush()
            self.row_id = row_id
            self.department.setModified(False)
        self.refresh()
        self._show_rows()

    def refresh(self, *_args) -> None:
        row = self.session.document.row("touchpoint", self.row_id) if self.row_id else None
        if row is None:
            return
        self.department.completer().model().setStringList(self.words())
        if not (self.department.hasFocus() and self.department.isModified()):
            self.department.setText(row.get("department") or "")
            self.department.setCursorPosition(0)
        if not self._timer.isActive() and self.notes.toPlainText() != (row.get("notes") or ""):
            self.notes.blockSignals(True)
            self.notes.setPlainText(row.get("notes") or "")
            self.notes.blockSignals(False)

    def _save(self, column: int, value) -> None:
        """Write one field as its table cell does: one op, one undo step."""
        row = self.model.row_of(self.row_id) if self.row_id is not None else -1
        if row >= 0 and not self.session.read_only:
            self.model.setData(self.model.index(row, column), value, Qt.ItemDataRole.EditRole)

    def _save_department(self) -> None:
        if self.department.isModified():
            self.department.setModified(False)
            self._save(DEPARTMENT, self.department.text())

    def flush(self) -> None:
        """Save typing that is still waiting for its pause."""
        self._timer.stop()
        row = self.session.document.row("touchpoint", self.row_id) if self.row_id else None
        if row is not None and self.notes.toPlainText() != (row.get("notes") or ""):
            self._save(NOTES, self.notes.toPlainText())

    def detach(self) -> None:
        self.flush()
        self.session.remove_flusher(self.flush)
