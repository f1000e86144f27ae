"""The selected goal in full, the one place it is edited: objective, metric, owner, due
date, why it matters, baseline and target with unit and direction, where in the journey,
how it is measured. (The table above is the overview; Enter there comes here.)

Every field saves through the session (one undo step; typing bursts merge) and
shows the rules it breaks right under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import JOURNEY_PHASES, KINDS
from cxcharter.domain.goals import GoalStatus, missing_fields
from cxcharter.ops.people import Reference
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.goal_delegates import MetricCombo
from cxcharter.ui.sections.goals.goal_model import (
    BASELINE,
    DUE,
    METRIC,
    OWNER,
    PRIMARY,
    TARGET,
    GoalsModel,
)
from cxcharter.ui.sections.goals.goal_texts import (
    direction_text,
    metric_definition,
    metric_name,
    metric_summary,
    metric_unit,
    problem_text,
)
from cxcharter.ui.sections.people.new_person import offer_new_person
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.row_delegate import parse_number
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import DateField, PersonCombo, format_number
from cxcharter.ui.widgets.form_rows import form_grid, on_the_left
from cxcharter.ui.widgets.labels import choice_label
from cxcharter.ui.widgets.line_text import GrowingText, LineText

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
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("−100.000,00") + 12)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_value(self, value: float | None) -> None:
        if not (self.hasFocus() and self.isModified()):
            self.setText("" if value is None else format_number(value).replace("\u00a0", ""))
            self.setModified(False)

    def value(self) -> float | None:
        """The number typed (None when empty); ValueError when it is not one."""
        return parse_number(self.text().replace(self.locale().groupSeparator(), ""), REAL)


def _buddy(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic focuses `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class GoalDetail(QWidget):
    """Editors for every field of one goal."""

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

        self._tracking_fields(session)
        self._rationale_field()
        self._number_fields()
        self._tagging_fields()

        self._layout()
        session.rowsChanged.connect(self._on_rows_changed)
        session.add_flusher(self.flush)
        self._fill_touchpoints()
        self.set_read_only(session.read_only)

    def _rationale_field(self) -> None:
        """Why the goal matters, saved a moment after typing stops."""
        self.rationale = GrowingText(min_lines=3, max_lines=12)  # all of it, as a rule
        self.rationale.setPlaceholderText(
            tr("Why it matters: which business or department goal does it support?")
        )
        self.rationale.setAccessibleName(tr("Why it matters"))
        self.rationale.textChanged.connect(self._on_rationale_typed)

    def _number_fields(self) -> None:
        """Baseline (with its date) and target, each with its unit and error line."""
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

    def _tagging_fields(self) -> None:
        """Journey phase, touchpoint, data source and measurement cadence."""
        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Journey phase"))
        self.phase.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.phase.addItem("—", None)
        for phase in JOURNEY_PHASES:
            self.phase.addItem(choice_label(phase), phase)
        self.phase.activated.connect(lambda: self._save(phase=self.phase.currentData()))
        self.touchpoint = QComboBox()
        self.touchpoint.setAccessibleName(tr("Touchpoint"))
        self.touchpoint.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.touchpoint.activated.connect(
            lambda: self._save(touchpoint=self.touchpoint.currentData())
        )
        self.data_source = LineText()  # often a sentence: it wraps, whole
        self.data_source.setAccessibleName(tr("Data source"))
        self.data_source.setPlaceholderText(tr("Where the numbers come from"))
        self.cadence = LineText()
        self.cadence.setAccessibleName(tr("Measurement cadence"))
        self.cadence.setPlaceholderText(tr("e.g. monthly"))
        for name, edit in (("data_source", self.data_source), ("cadence", self.cadence)):
            edit.editingFinished.connect(lambda n=name, e=edit: self._save_line(n, e))

    def _tracking_fields(self, session: CharterSession) -> None:
        """Objective, primary, metric, owner and due date (the table's columns)."""
        self.objective = LineText()
        self.objective.setAccessibleName(tr("Objective"))
        self.objective.editingFinished.connect(self._save_objective)
        self.primary = QCheckBox(tr("&Primary goal"))
        self.primary.setToolTip(tr("The one goal that matters most; the others support it."))
        self.primary.clicked.connect(lambda checked: self._save(primary=checked))
        self.metric = self._metric_combo()
        self.owner = PersonCombo(tr("No owner yet"))
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner.setAccessibleName(tr("Owner"))
        offer_new_person(self.owner, session, lambda: Reference("goal", self.goal_id, "owner"))
        self.owner.personChanged.connect(lambda pid: self._save(owner=pid))
        self.due = DateField()
        self.due.setAccessibleName(tr("Due date"))
        self.due.isoChanged.connect(lambda iso: self._save(due=iso))
        session.peopleChanged.connect(self._fill_people)
        self._fill_people()

    def _metric_combo(self) -> MetricCombo:
        combo = MetricCombo(self.model.custom_metrics())
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.activated.connect(self._save_metric)
        return combo

    def field_for(self, column: int) -> QWidget:
        """The editor of a column of the goals table (Enter on a cell comes here)."""
        return {
            PRIMARY: self.primary,
            METRIC: self.metric,
            BASELINE: self.baseline,
            TARGET: self.target,
            DUE: self.due,
            OWNER: self.owner,
        }.get(column, self.objective)

    def _layout(self) -> None:
        """One field a row, its label on the left: every field gets the form's width,
        a chooser its longest choice, a long data source its lines."""
        objective = QHBoxLayout()
        objective.addWidget(self.objective, 1)
        objective.addWidget(self.primary, 0, Qt.AlignmentFlag.AlignTop)
        about = QVBoxLayout()
        about.setSpacing(2)
        about.addWidget(self.metric_info)
        about.addWidget(self.definition)
        rows = (
            (tr("Objecti&ve:"), self.objective, objective),
            (tr("&Metric:"), self.metric, on_the_left(self.metric)),
            (None, None, about),
            (tr("Own&er:"), self.owner, on_the_left(self.owner)),
            (tr("&Why it matters:"), self.rationale, self.rationale),
            *self._number_rows(),
            (tr("&Journey phase:"), self.phase, on_the_left(self.phase)),
            (tr("Tou&chpoint:"), self.touchpoint, on_the_left(self.touchpoint)),
            (tr("&Data source:"), self.data_source, self.data_source),
            (tr("Ca&dence:"), self.cadence, self.cadence),
            (None, None, self.missing),
        )
        form_grid(self, self.title, rows)

    def _number_rows(self) -> list[tuple]:
        """Baseline (measured on) and target (due on), each with its error line below."""
        base = QHBoxLayout()
        base.addWidget(self.baseline)
        base.addWidget(self.baseline_unit)
        base.addSpacing(8)
        base.addWidget(_buddy(tr("measured &on"), self.baseline_date))
        base.addWidget(self.baseline_date)
        base.addStretch(1)
        target = QHBoxLayout()
        target.addWidget(self.target)
        target.addWidget(self.target_unit)
        target.addSpacing(8)
        target.addWidget(_buddy(tr("d&ue on"), self.due))
        target.addWidget(self.due)
        target.addStretch(1)
        return [
            (tr("&Baseline:"), self.baseline, base),
            (None, None, self.baseline_error),
            (tr("&Target:"), self.target, target),
            (None, None, self.target_error),
        ]

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
        if not (self.objective.hasFocus() and self.objective.isModified()):
            self.objective.setText(row.get("objective") or "")
            self.objective.setCursorPosition(0)
        self.primary.setChecked(bool(row.get("primary")))
        index = self.model.index(self.model.row_of(row.id), METRIC)
        self.metric.set_token(index.data(Qt.ItemDataRole.EditRole))
        self.owner.set_person(row.get("owner"))
        self.due.set_iso(row.get("due"))
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
            self.metric_info.setText(tr("Choose a metric to see its scale and what it measures."))
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

    def _fill_people(self) -> None:
        row = self.session.document.row("goal", self.goal_id) if self.goal_id else None
        self.owner.set_people(self.session.document.people(), row.get("owner") if row else None)

    def _fill_metrics(self) -> None:
        """The metric chooser again, with the charter's custom metrics as they are now."""
        grid = self.layout()
        fresh = self._metric_combo()
        grid.replaceWidget(self.metric, fresh)
        for label in self.findChildren(QLabel):  # Alt+M goes to the new chooser
            if label.buddy() is self.metric:
                label.setBuddy(fresh)
        self.metric.deleteLater()
        self.metric = fresh
        fresh.setEnabled(not self.session.read_only)

    def _on_rows_changed(self, kind: str) -> None:
        if kind == "touchpoint":
            self._fill_touchpoints()
        if kind == "custom_metric":
            self._fill_metrics()
        if kind in ("goal", "reading", "custom_metric", "touchpoint"):
            self.refresh()

    # ------------------------------------------------------------ saving
    def _save(self, **data) -> None:
        if self.goal_id is None or self.session.read_only:
            return
        row = self.session.document.row("goal", self.goal_id)
        if row is not None and any(row.get(k) != v for k, v in data.items()):
            self.session.update_row("goal", self.goal_id, **data)

    def _save_objective(self) -> None:
        text = self.objective.text().strip()
        if not self.objective.isModified():
            return
        self.objective.setModified(False)
        if text:
            self._save(objective=text)
        else:  # a goal keeps its objective: the old one comes back
            self.refresh()

    def _save_metric(self) -> None:
        if self.goal_id is not None and not self.session.read_only:
            self.model.set_metric(self.goal_id, self.metric.token())

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

    def _save_line(self, name: str, edit: LineText) -> None:
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
        edits = (self.objective, self.rationale, self.baseline, self.target)
        for edit in (*edits, self.data_source, self.cadence):
            edit.setReadOnly(read_only)
        choosers = (self.primary, self.metric, self.owner, self.due)
        for widget in (*choosers, self.baseline_date, self.phase, self.touchpoint):
            widget.setEnabled(not read_only)

    def detach(self) -> None:
        self.flush()
        self.session.remove_flusher(self.flush)
        self.session.rowsChanged.disconnect(self._on_rows_changed)
        self.session.peopleChanged.disconnect(self._fill_people)
