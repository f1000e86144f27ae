"""The selected goal in full: why it matters, baseline and target with unit and direction,
where in the journey, how it is measured; and its readings over time.

Every field saves through the session (one undo step; typing bursts merge) and
shows the rules it breaks right under it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QDoubleValidator, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import JOURNEY_PHASES, KINDS
from cxcharter.domain.goals import GoalStatus, missing_fields
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.goal_model import DATE, NOTE, VALUE, GoalsModel, ReadingsModel
from cxcharter.ui.sections.goals.goal_texts import (
    direction_text,
    metric_definition,
    metric_name,
    metric_summary,
    metric_unit,
    problem_text,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_table import remove_selected
from cxcharter.ui.tables.row_delegate import RowDelegate, parse_number
from cxcharter.ui.tables.row_model import content_signals
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import DateField, format_number
from cxcharter.ui.widgets.labels import choice_label

SAVE_DELAY_MS = 400
REAL = KINDS["goal"].field("baseline")


def _error_label() -> QLabel:
    label = plain_label(object_name="fieldError")
    label.setVisible(False)
    return label


def _show(label: QLabel, texts: list[str]) -> None:
    label.setText("\n".join(texts))
    label.setVisible(bool(texts))


def _missing_text(field: str) -> str:
    return {
        "metric": tr("metric"),
        "baseline": tr("baseline"),
        "target": tr("target"),
        "owner": tr("owner"),
        "due": tr("due date"),
    }[field]


class NumberEdit(QLineEdit):
    """A number in the UI locale, or empty."""

    def __init__(self, accessible: str, parent=None) -> None:
        super().__init__(parent)
        self.setValidator(QDoubleValidator(self))
        self.setAccessibleName(accessible)
        self.setMaximumWidth(110)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_value(self, value: float | None) -> None:
        if not (self.hasFocus() and self.isModified()):
            self.setText("" if value is None else format_number(value).replace("\u00a0", ""))
            self.setModified(False)

    def value(self) -> float | None:
        """The number typed (None when empty); ValueError when it is not one."""
        return parse_number(self.text().replace(self.locale().groupSeparator(), ""), REAL)


class GoalDetail(QWidget):
    """Editors for the fields of one goal the table does not show."""

    def __init__(self, session: CharterSession, model: GoalsModel, parent=None) -> None:
        super().__init__(parent)
        self.session, self.model = session, model
        self.goal_id: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_rationale)

        self.title = plain_label(object_name="goalTitle")
        self.title.setFont(section_font(self.title, 1.1))
        self.metric_info = plain_label(object_name="goalMetric")
        self.definition = plain_label(object_name="hint")
        self.missing = _error_label()

        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText(
            tr("Why it matters: which business or department goal does it support?")
        )
        self.rationale.setAccessibleName(tr("Why it matters"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(64)
        self.rationale.textChanged.connect(self._on_rationale_typed)

        self.baseline = NumberEdit(tr("Baseline"))
        self.baseline_unit = plain_label(wrap=False)
        self.baseline_date = DateField()
        self.baseline_date.setAccessibleName(tr("Baseline date"))
        self.baseline_error = _error_label()
        self.target = NumberEdit(tr("Target"))
        self.target_unit = plain_label(wrap=False)
        self.target_error = _error_label()
        self.baseline.editingFinished.connect(lambda: self._save_number("baseline"))
        self.target.editingFinished.connect(lambda: self._save_number("target"))
        self.baseline_date.isoChanged.connect(lambda iso: self._save(baseline_date=iso))

        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Journey phase"))
        self.phase.addItem("—", None)
        for phase in JOURNEY_PHASES:
            self.phase.addItem(choice_label(phase), phase)
        self.phase.activated.connect(lambda: self._save(phase=self.phase.currentData()))
        self.touchpoint = QComboBox()
        self.touchpoint.setAccessibleName(tr("Touchpoint"))
        self.touchpoint.setMinimumContentsLength(14)
        self.touchpoint.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.touchpoint.activated.connect(
            lambda: self._save(touchpoint=self.touchpoint.currentData())
        )
        self.data_source = QLineEdit()
        self.data_source.setAccessibleName(tr("Data source"))
        self.data_source.setPlaceholderText(tr("Where the numbers come from"))
        self.cadence = QLineEdit()
        self.cadence.setAccessibleName(tr("Measurement cadence"))
        self.cadence.setPlaceholderText(tr("e.g. monthly"))
        self.cadence.setMaximumWidth(220)
        for name, edit in (("data_source", self.data_source), ("cadence", self.cadence)):
            edit.editingFinished.connect(lambda n=name, e=edit: self._save_line(n, e))

        self._layout()
        session.rowsChanged.connect(self._on_rows_changed)
        session.add_flusher(self.flush)
        self._fill_touchpoints()
        self.set_read_only(session.read_only)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.title, 0, 0, 1, 6)

        def label(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text)
            lab.setBuddy(buddy)
            return lab

        grid.addWidget(QLabel(tr("Metric:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        about = QVBoxLayout()
        about.setSpacing(2)
        about.addWidget(self.metric_info)
        about.addWidget(self.definition)
        grid.addLayout(about, 1, 1, 1, 5)
        grid.addWidget(
            label(tr("&Why it matters:"), self.rationale), 2, 0, Qt.AlignmentFlag.AlignTop
        )
        grid.addWidget(self.rationale, 2, 1, 1, 5)

        base = QHBoxLayout()
        base.addWidget(self.baseline)
        base.addWidget(self.baseline_unit)
        base.addSpacing(8)
        base.addWidget(label(tr("measured &on"), self.baseline_date))
        base.addWidget(self.baseline_date)
        base.addStretch(1)
        grid.addWidget(label(tr("&Baseline:"), self.baseline), 3, 0)
        grid.addLayout(base, 3, 1, 1, 5)
        grid.addWidget(self.baseline_error, 4, 1, 1, 5)
        target = QHBoxLayout()
        target.addWidget(self.target)
        target.addWidget(self.target_unit)
        target.addStretch(1)
        grid.addWidget(label(tr("&Target:"), self.target), 5, 0)
        grid.addLayout(target, 5, 1, 1, 5)
        grid.addWidget(self.target_error, 6, 1, 1, 5)

        grid.addWidget(label(tr("&Journey phase:"), self.phase), 7, 0)
        grid.addWidget(self.phase, 7, 1)
        grid.addWidget(label(tr("Tou&chpoint:"), self.touchpoint), 7, 2)
        grid.addWidget(self.touchpoint, 7, 3, 1, 3)
        grid.addWidget(label(tr("&Data source:"), self.data_source), 8, 0)
        grid.addWidget(self.data_source, 8, 1, 1, 3)
        grid.addWidget(label(tr("Ca&dence:"), self.cadence), 8, 4)
        grid.addWidget(self.cadence, 8, 5)
        grid.addWidget(self.missing, 9, 0, 1, 6)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(10, 1)

    # ------------------------------------------------------------ sync
    def set_goal(self, goal_id: int | None) -> None:
        if goal_id != self.goal_id:
            self.flush()
            self.goal_id = goal_id
            for edit in (self.baseline, self.target, self.data_source, self.cadence):
                edit.setModified(False)
        self.refresh()

    def refresh(self) -> None:
        row = self.session.document.row("goal", self.goal_id) if self.goal_id else None
        if row is None:
            return
        status = self.model.status(row.id)
        self.title.setText(row.get("objective") or "")
        self._show_metric(status)
        if self.rationale.toPlainText() != row.get("rationale") and not self._timer.isActive():
            self.rationale.blockSignals(True)
            self.rationale.setPlainText(row.get("rationale") or "")
            self.rationale.blockSignals(False)
        self.baseline.set_value(row.get("baseline"))
        self.target.set_value(row.get("target"))
        self.baseline_date.set_iso(row.get("baseline_date"))
        self.phase.setCurrentIndex(max(self.phase.findData(row.get("phase")), 0))
        self.touchpoint.setCurrentIndex(max(self.touchpoint.findData(row.get("touchpoint")), 0))
        for name, edit in (("data_source", self.data_source), ("cadence", self.cadence)):
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(row.get(name) or "")
                edit.setCursorPosition(0)  # show the start of a long source, not its end
        self._show_problems(row, status)

    def _show_metric(self, status: GoalStatus | None) -> None:
        metric = status.metric if status else None
        if metric is None:
            self.metric_info.setText(tr("None yet: choose one in the table's Metric column."))
            self.definition.setText("")
        else:
            self.metric_info.setText(f"{metric_name(metric)} — {metric_summary(metric)}")
            self.definition.setText(metric_definition(metric))
        self.definition.setVisible(bool(self.definition.text()))
        unit = metric_unit(metric)
        self.baseline_unit.setText(unit)
        self.target_unit.setText(f"{unit} · {direction_text(metric.direction)}" if metric else "")

    def _show_problems(self, row, status: GoalStatus | None) -> None:
        problems = status.problems if status else ()
        at = {
            name: [
                problem_text(p) for p in problems if p.field == name and p.code != "goal.missing"
            ]
            for name in ("baseline", "target", "due")
        }
        _show(self.baseline_error, at["baseline"] + at["due"])
        _show(self.target_error, at["target"])
        missing = missing_fields(row)
        _show(
            self.missing,
            [
                tr("To complete this goal, add: {fields}.").format(
                    fields=", ".join(_missing_text(f) for f in missing)
                )
            ]
            if missing
            else [],
        )

    def _fill_touchpoints(self) -> None:
        current = self.touchpoint.currentData()
        self.touchpoint.clear()
        self.touchpoint.addItem("—", None)
        for row in self.session.document.rows("touchpoint"):
            self.touchpoint.addItem(str(row.get("name") or ""), row.id)
        self.touchpoint.setCurrentIndex(max(self.touchpoint.findData(current), 0))

    def _on_rows_changed(self, kind: str) -> None:
        if kind == "touchpoint":
            self._fill_touchpoints()
        if kind in ("goal", "reading", "custom_metric", "touchpoint"):
            self.refresh()

    # ------------------------------------------------------------ saving
    def _save(self, **data) -> None:
        if self.goal_id is None or self.session.read_only:
            return
        row = self.session.document.row("goal", self.goal_id)
        if row is not None and any(row.get(k) != v for k, v in data.items()):
            self.session.update_row("goal", self.goal_id, **data)

    def _save_number(self, name: str) -> None:
        edit = self.baseline if name == "baseline" else self.target
        if not edit.isModified():
            return
        try:
            value = edit.value()
        except ValueError:
            return  # the validator keeps junk out; half-typed numbers wait
        edit.setModified(False)
        self._save(**{name: value})

    def _save_line(self, name: str, edit: QLineEdit) -> None:
        if edit.isModified():
            edit.setModified(False)
            self._save(**{name: edit.text()})

    def _on_rationale_typed(self) -> None:
        self._timer.start()

    def _save_rationale(self) -> None:
        self._timer.stop()
        self._save(rationale=self.rationale.toPlainText())

    def flush(self) -> None:
        """Save typing that is still waiting for its pause."""
        if self._timer.isActive():
            self._save_rationale()

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.rationale, self.baseline, self.target, self.data_source, self.cadence):
            edit.setReadOnly(read_only)
        for widget in (self.baseline_date, self.phase, self.touchpoint):
            widget.setEnabled(not read_only)

    def detach(self) -> None:
        self.flush()
        self.session.remove_flusher(self.flush)
        self.session.rowsChanged.disconnect(self._on_rows_changed)


class ReadingsPanel(QWidget):
    """The goal's readings (date, value, note): a small table and a line to add one."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ReadingsModel(session, self)
        heading = plain_label(tr("Readings"), wrap=False)
        heading.setFont(section_font(heading, 1.0))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(session, self.table))
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
        self.table.verticalHeader().setDefaultSectionSize(26)

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
        self.add_button = QPushButton(tr("Add", "a reading"))
        self.add_button.setToolTip(tr("Add the reading (Enter)"))
        self.remove_button = QPushButton(tr("Remove reading"))
        self.remove_button.setToolTip(tr("Remove the selected reading (Delete)"))
        self.error = _error_label()  # about the reading being added
        self.problems = _error_label()  # readings off the metric's scale
        for edit in (self.new_value, self.new_note):
            edit.returnPressed.connect(self.add_reading)
        self.add_button.clicked.connect(self.add_reading)

        def remove(*_args) -> None:
            remove_selected(self.table, self.session, "reading")

        self.remove_button.clicked.connect(remove)
        self.act_remove = QAction(tr("Remove reading"), self.table)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(remove)
        self.table.addAction(self.act_remove)

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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addLayout(add)
        for signal in content_signals(self.model):
            signal.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._reset_form()
        self._update()

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
