"""The readings of the selected goal over time: a small table and a line to add one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.goal_detail import REAL, _error_label, _show
from cxcharter.ui.sections.goals.goal_model import DATE, NOTE, VALUE, ReadingsModel
from cxcharter.ui.sections.goals.goal_texts import problem_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.fitting import fit_placeholder
from cxcharter.ui.tables.kind_table import remove_selected
from cxcharter.ui.tables.row_delegate import RowDelegate, parse_number
from cxcharter.ui.tables.row_model import content_signals
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import DateField


class ReadingsPanel(QWidget):
    """The goal's readings (date, value, note): a small table and a line to add one."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ReadingsModel(session, self)
        self._build_table()
        self._build_form()
        self._lay_out()
        for signal in content_signals(self.model):
            signal.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._reset_form()
        self._update()

    def _build_table(self) -> None:
        """The readings table, edited in place; Delete removes the selected reading."""
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(self.session, self.table))
        self.table.setAccessibleName(tr("Readings of the selected goal"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DATE, 100)
        header.resizeSection(VALUE, 80)
        # A note is a phrase: it wraps onto the lines it needs rather than "…".
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(26)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        def remove(*_args) -> None:
            remove_selected(self.table, self.session, "reading")

        self.remove_button = QPushButton(tr("Remove reading"))
        self.remove_button.setToolTip(tr("Remove the selected reading (Delete)"))
        self.remove_button.clicked.connect(remove)
        self.act_remove = QAction(tr("Remove reading"), self.table)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(remove)
        self.table.addAction(self.act_remove)

    def _build_form(self) -> None:
        """The line that adds a reading: date, value, note, Add; errors below the table."""
        self.new_date = DateField()
        self.new_date.setAccessibleName(tr("Date of the new reading"))
        self.new_value = QLineEdit()
        # No validator: Enter must reach add_reading even when the value is missing or
        # junk, so the user hears why nothing was added.
        self.new_value.setPlaceholderText(tr("Value"))
        self.new_value.setAccessibleName(tr("Value of the new reading"))
        self.new_value.setMaximumWidth(80)
        self.new_note = QLineEdit()
        self.new_note.setPlaceholderText(tr("Note (optional)"))
        self.new_note.setAccessibleName(tr("Note on the new reading"))
        fit_placeholder(self.new_value)
        fit_placeholder(self.new_note)
        self.add_button = QPushButton(tr("Add", "a reading"))
        self.add_button.setToolTip(tr("Add the reading (Enter)"))
        self.error = _error_label()  # about the reading being added
        self.problems = _error_label()  # readings off the metric's scale
        for edit in (self.new_value, self.new_note):
            edit.returnPressed.connect(self.add_reading)
        self.add_button.clicked.connect(self.add_reading)

    def _lay_out(self) -> None:
        heading = plain_label(tr("Readings"), wrap=False)
        heading.setFont(section_font(heading, 1.0))
        add = QHBoxLayout()
        add.setSpacing(6)
        add.addWidget(self.new_date)
        add.addWidget(self.new_value)
        add.addWidget(self.new_note, 1)
        add.addWidget(self.add_button)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(add)  # above the table: in view however many readings there are
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)

    def set_goal(self, goal_id: int | None, metric) -> None:
        if goal_id != self.model.goal_id:
            self._reset_form()
        self.model.set_goal(goal_id, metric)
        self._update()

    def _reset_form(self) -> None:
        self.new_date.set_iso(dt.date.today().isoformat())
        self.new_value.clear()
        self.new_note.clear()
        self.error.setVisible(False)

    def add_reading(self) -> None:
        goal_id = self.model.goal_id
        if goal_id is None or self.session.read_only:
            return
        try:
            value = parse_number(
                self.new_value.text().replace(self.new_value.locale().groupSeparator(), ""), REAL
            )
        except ValueError:
            value = None
        if value is None:
            _show(self.error, [tr("Enter the value of the reading as a number.")])
            self.new_value.setFocus()
            return
        date = self.new_date.iso() or dt.date.today().isoformat()
        row_id = self.session.add_row(
            "reading",
            {"goal": goal_id, "date": date, "value": value, "note": self.new_note.text().strip()},
        )
        if row_id is None:
            return
        self.new_value.clear()
        self.new_note.clear()
        self.error.setVisible(False)
        self.new_value.setFocus()
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).id

    def _update(self, *_args) -> None:
        editable = not self.session.read_only and self.model.goal_id is not None
        for widget in (self.new_date, self.new_value, self.new_note, self.add_button):
            widget.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_id() is not None)
        problems = [self.model.problem(r) for r in range(self.model.rowCount())]
        _show(self.problems, [problem_text(p) for p in problems if p is not None])

    def detach(self) -> None:
        self.model.detach()
