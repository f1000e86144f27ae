"""Table models of the goals area: goals (with progress and rules), readings, custom metrics.

The goals model computes every goal's status (metric, progress, trend,
problems) once per change of goals, readings or custom metrics, never per
`data()` call, and tells the page about charter-wide problems.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from cxcharter.domain.entities import Row
from cxcharter.domain.goals import GoalStatus, assess_all, check_reading, customs_by_id, severity
from cxcharter.domain.metrics import CUSTOM_PREFIX, Metric, check_custom_metric
from cxcharter.domain.values import Problem
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.goal_texts import (
    direction_text,
    metric_definition,
    metric_name,
    metric_summary,
    problem_text,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_model import KindModel
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_model import Column, Index, RowTableModel
from cxcharter.ui.widgets.fields import format_date, format_number, format_percent

OBJECTIVE, PRIMARY, METRIC, BASELINE, TARGET, DUE, OWNER, PROGRESS, PROBLEMS = range(9)

ERROR_TINT = QColor(179, 38, 30, 48)
WARNING_TINT = QColor(242, 165, 65, 70)
ERROR_COLOR = QColor("#b3261e")
WARNING_COLOR = QColor("#c77700")
OK_COLOR = QColor("#2e7d32")


def problems_tooltip(problems) -> str:
    return "\n".join(f"• {problem_text(p)}" for p in problems)


def worst(problems) -> str | None:
    levels = {severity(p.code) for p in problems}
    return "error" if "error" in levels else ("warning" if levels else None)


_ICONS: dict[str, QIcon] = {}


def _draw_icon(painter: QPainter, level: str) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if level == "ok":
        pen = QPen(OK_COLOR, 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4)])
        return
    painter.setPen(Qt.PenStyle.NoPen)
    if level == "error":
        painter.setBrush(ERROR_COLOR)
        painter.drawEllipse(1, 1, 14, 14)
    else:
        painter.setBrush(WARNING_COLOR)
        painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15.5, 15), QPointF(0.5, 15)]))
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(
        QRectF(0, 2 if level == "warning" else 0, 16, 16), int(Qt.AlignmentFlag.AlignCenter), "!"
    )


def severity_icon(level: str) -> QIcon:
    """A red disc with '!' (error), an amber triangle (warning) or a green tick ('ok')."""
    if level not in _ICONS:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        _draw_icon(painter, level)
        painter.end()
        _ICONS[level] = QIcon(pixmap)
    return _ICONS[level]


class GoalsModel(RowTableModel):
    """The goals of the charter, one row each, in the charter's order."""

    problemsChanged = Signal()  # the charter-wide problems may have changed

    _status: dict[int, GoalStatus] = {}  # noqa: RUF012 (replaced, never mutated)
    _customs: dict[int, Metric] = {}  # noqa: RUF012
    charter_problems: list[Problem] = []  # noqa: RUF012

    def __init__(self, session: CharterSession, parent=None) -> None:
        columns = [
            Column("objective", tr("Objective")),
            Column("primary", tr("Primary"), sort=lambda row: 0.0 if row.get("primary") else 1.0),
            Column("metric", tr("Metric"), display=self._metric_display, tooltip=self._metric_tip),
            Column("baseline", tr("Baseline")),
            Column("target", tr("Target")),
            Column("due", tr("Due")),
            Column("owner", tr("Owner")),
            Column(
                "",
                tr("Progress"),
                display=self._progress_text,
                tooltip=lambda row: self.progress_tooltip(row, self._status.get(row.id)),
                editable=False,
                numeric=True,
                sort=self._progress,
            ),
            Column(
                "",
                tr("Checks"),
                display=lambda _row: "",
                tooltip=self._checks_tip,
                decoration=self._checks_icon,
                editable=False,
                sort=self._weight,
            ),
        ]
        super().__init__(session, "goal", columns, parent)

    # ---------------------------------------------------------- syncing
    def reload(self) -> None:
        super().reload()
        self._recompute()

    def _on_rows_changed(self, kind: str) -> None:
        if kind in ("reading", "custom_metric"):
            self._recompute()
        super()._on_rows_changed(kind)  # its own rows, or a referenced row's name

    def _recompute(self) -> None:
        if self.session.closed:
            return
        doc = self.session.document
        custom_rows = doc.rows("custom_metric")
        customs = customs_by_id(custom_rows)
        before = self._status
        self._status, self.charter_problems = assess_all(
            self._rows, doc.rows("reading"), custom_rows
        )
        changed = [  # only the goals whose status moved are repainted
            i
            for i, row in enumerate(self._rows)
            if customs != self._customs or before.get(row.id) != self._status.get(row.id)
        ]
        self._customs = customs
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1)
            )
        self.problemsChanged.emit()

    # ---------------------------------------------------------- queries
    def status(self, goal_id: int) -> GoalStatus | None:
        return self._status.get(goal_id)

    def custom_metrics(self) -> dict[int, Metric]:
        return dict(self._customs)

    def _metric_display(self, row) -> str:
        status = self._status.get(row.id)
        if status is not None and status.metric is not None:
            return metric_name(status.metric)
        return str(row.get("metric") or "")

    # ----------------------------------------------------------- model
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return {
                PRIMARY: tr("The one goal that matters most; the others support it."),
                PROGRESS: tr(
                    "Where the latest reading stands between baseline and target, "
                    "and how it moved since the reading before."
                ),
                PROBLEMS: tr("Rules this goal breaks and what it still lacks."),
            }.get(section)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        status = self._status.get(row.id)
        if role == Role.PROGRESS:
            return status.progress if status else None
        if role == Role.TREND:
            return status.trend if status else None
        if role == Role.PROBLEMS:
            return status.problems if status else ()
        if column == METRIC and role in (Qt.ItemDataRole.EditRole, Role.FIELD):
            if role == Role.FIELD:
                return None  # not a plain text field: GoalDelegate offers the metrics
            return status.metric.key if status and status.metric else (row.get("metric") or None)
        field = self.columns[column].field
        here = status.problems_at(field) if status and field else ()
        if role == Qt.ItemDataRole.BackgroundRole and here:
            level = worst(here)
            if level == "error" or any(p.code == "goals.several_primary" for p in here):
                return ERROR_TINT if level == "error" else WARNING_TINT
        if role == Qt.ItemDataRole.ToolTipRole and here:
            return problems_tooltip(here)
        return super().data(index, role)

    def _metric_tip(self, row) -> str | None:
        status = self._status.get(row.id)
        if status is None or status.metric is None:
            return None
        metric = status.metric
        return "\n".join((metric_name(metric), metric_summary(metric), metric_definition(metric)))

    def _progress_text(self, row) -> str:
        value = self._progress(row)
        return format_percent(value) if value is not None else ""

    def progress_tooltip(self, row, status: GoalStatus | None) -> str:
        if status is None or status.latest is None:
            return tr("No readings yet: add them under Readings.")
        latest = status.latest
        lines = [
            tr("Latest reading: {value} on {date}").format(
                value=format_number(latest.get("value")), date=format_date(latest.get("date"))
            )
        ]
        if status.progress is None:
            lines.append(tr("Progress needs a baseline and a target that improves on it."))
        else:
            lines.append(
                tr("{percent} of the way from {baseline} to {target}").format(
                    percent=format_percent(status.progress),
                    baseline=format_number(row.get("baseline")),
                    target=format_number(row.get("target")),
                )
            )
        trend = status.trend
        if trend is not None:
            change = format_number(abs(trend.change))
            if trend.way == "flat":
                lines.append(tr("Unchanged since the reading before."))
            elif trend.good is None:
                lines.append(
                    (
                        tr("▲ Up {change} since the reading before.")
                        if trend.way == "up"
                        else tr("▼ Down {change} since the reading before.")
                    ).format(change=change)
                )
            elif trend.good:
                lines.append(
                    (
                        tr("▲ Up {change} since the reading before: better.")
                        if trend.way == "up"
                        else tr("▼ Down {change} since the reading before: better.")
                    ).format(change=change)
                )
            else:
                lines.append(
                    (
                        tr("▲ Up {change} since the reading before: worse.")
                        if trend.way == "up"
                        else tr("▼ Down {change} since the reading before: worse.")
                    ).format(change=change)
                )
        if status.metric is not None:
            lines.append(direction_text(status.metric.direction).capitalize())
        return "\n".join(lines)

    def _problems(self, row) -> tuple:
        status = self._status.get(row.id)
        return status.problems if status else ()

    def _checks_tip(self, row) -> str:
        problems = self._problems(row)
        return problems_tooltip(problems) if problems else tr("Complete, and no rule broken")

    def _checks_icon(self, row) -> QIcon:
        return severity_icon(worst(self._problems(row)) or "ok")

    def _progress(self, row) -> float | None:
        """The Progress column's sort key: where the latest reading stands."""
        status = self._status.get(row.id)
        return status.progress if status else None

    def _weight(self, row) -> float:
        """The Checks column's sort key: an error weighs ten warnings."""
        status = self._status.get(row.id)
        problems = status.problems if status else ()
        return float(sum(10 if severity(p.code) == "error" else 1 for p in problems))

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == METRIC:
            if role != Qt.ItemDataRole.EditRole or not (
                self.flags(index) & Qt.ItemFlag.ItemIsEditable
            ):
                return False
            return self.set_metric(self._rows[index.row()].id, value)
        return super().setData(index, value, role)

    def set_metric(self, goal_id: int, token: object) -> bool:
        """Choose a built-in metric by key or a custom one by 'custom:<id>' (one undo step)."""
        token = str(token or "")
        if token.startswith(CUSTOM_PREFIX):
            data = {"metric": "", "custom_metric": int(token.removeprefix(CUSTOM_PREFIX))}
        else:
            data = {"metric": token, "custom_metric": None}
        row = self.session.document.row("goal", goal_id)
        if row is None:
            return False
        if all(row.get(k) == v for k, v in data.items()):
            return True
        return self.session.update_row("goal", goal_id, **data)


# ---------------------------------------------------------------- readings
DATE, VALUE, NOTE = range(3)


class ReadingsModel(KindModel):
    """The readings of one goal, oldest first; values off the metric's scale are marked."""

    tint, mark_row = ERROR_TINT, False
    goal_id: int | None = None
    metric: Metric | None = None

    def __init__(self, session: CharterSession, parent=None) -> None:
        columns = [
            Column("date", tr("Date")),
            Column("value", tr("Value")),
            Column("note", tr("Note")),
        ]
        super().__init__(
            session, "reading", columns, parent, row_filter=lambda r: r.get("goal") == self.goal_id
        )

    def set_goal(self, goal_id: int | None, metric: Metric | None) -> None:
        changed_metric = metric != self.metric
        self.goal_id, self.metric = goal_id, metric
        self.reload()
        if changed_metric and self._rows:
            self.dataChanged.emit(self.index(0, VALUE), self.index(len(self._rows) - 1, VALUE))

    def problem(self, row_number: int) -> Problem | None:
        return check_reading(self._rows[row_number], self.metric)

    def cell_problems(self, row: Row) -> dict[str, str]:
        problem = check_reading(row, self.metric)
        return {"value": problem_text(problem)} if problem is not None else {}


# ---------------------------------------------------------------- custom metrics
NAME, UNIT, LOW, HIGH, DIRECTION, DEFINITION = range(6)


class CustomMetricsModel(KindModel):
    """The charter's own metrics; a broken scale is marked at its upper end."""

    tint, mark_row = ERROR_TINT, False

    def __init__(self, session: CharterSession, parent=None) -> None:
        columns = [
            Column("name", tr("Name")),
            Column("unit", tr("Unit")),
            Column("low", tr("Lowest")),
            Column("high", tr("Highest")),
            Column(
                "direction",
                tr("Better when"),
                display=lambda row: direction_text(str(row.get("direction"))),
            ),
            Column("definition", tr("Definition")),
        ]
        super().__init__(session, "custom_metric", columns, parent)

    def cell_problems(self, row: Row) -> dict[str, str]:
        by_field: dict[str, list[Problem]] = {}
        for p in check_custom_metric(row):
            by_field.setdefault(p.field, []).append(p)
        return {name: problems_tooltip(found) for name, found in by_field.items()}

    def problems(self) -> list[tuple[str, Problem]]:
        """(metric name, problem) for every broken custom metric."""
        return [(str(r.get("name") or ""), p) for r in self._rows for p in check_custom_metric(r)]
