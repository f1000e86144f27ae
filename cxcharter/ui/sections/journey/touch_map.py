"""The touch map: journey phases as columns, each touchpoint a card under its phase.

A QAbstractTableModel over the touchpoints table's rows (no copy of its own in
the store's sense: it regroups the rows the table model already holds), shown
in a QTableView so that arrows, Home/End and screen readers work as in any
table. Each card shows the touchpoint, its owning department and its channel;
a coloured stripe tells departments apart at a glance.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QTableView,
)

from cxcharter.domain.entities import JOURNEY_PHASES, Row
from cxcharter.domain.journey import by_phase, touchpoint_problems
from cxcharter.ui.i18n import tr
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_model import RowTableModel
from cxcharter.ui.widgets.colors import semantic
from cxcharter.ui.widgets.labels import choice_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
STRIPES = ("#1f5f7a", "#2e7d32", "#c25e00", "#6a4c93", "#b3261e", "#00838f", "#8d6e00", "#5b7083")


def stripe_colour(department: str) -> QColor:
    if not department.strip():
        return QColor("#b0b0b0")
    return QColor(STRIPES[zlib.crc32(department.strip().casefold().encode()) % len(STRIPES)])


class TouchMapModel(QAbstractTableModel):
    """Phases as columns; row n of a column is that phase's n-th touchpoint."""

    def __init__(self, source: RowTableModel, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self._accepts: Callable[[Row], bool] | None = None
        self._columns: list[list[Row]] = [[] for _ in JOURNEY_PHASES]
        for signal in (
            source.modelReset,
            source.dataChanged,
            source.rowsInserted,
            source.rowsRemoved,
            source.layoutChanged,
        ):
            signal.connect(self.rebuild)
        self.rebuild()

    def set_row_filter(self, accepts: Callable[[Row], bool] | None) -> None:
        self._accepts = accepts
        self.rebuild()

    def rebuild(self, *_args) -> None:
        rows = [self.source.row_at(r) for r in range(self.source.rowCount())]
        if self._accepts is not None:
            rows = [r for r in rows if self._accepts(r)]
        grouped = list(by_phase(rows).values())
        if [[r.id for r in c] for c in grouped] == [[r.id for r in c] for c in self._columns]:
            self._columns = grouped
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self._columns = grouped
        self.endResetModel()

    def touchpoint(self, index: Index) -> Row | None:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        return column[index.row()] if index.row() < len(column) else None

    def index_of(self, row_id: int) -> QModelIndex:
        for c, column in enumerate(self._columns):
            for r, row in enumerate(column):
                if row.id == row_id:
                    return self.index(r, c)
        return QModelIndex()

    def phase_of_column(self, column: int) -> str:
        return JOURNEY_PHASES[column]

    # ----------------------------------------------------------- model
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else max((len(c) for c in self._columns), default=0)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(JOURNEY_PHASES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(JOURNEY_PHASES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("{phase} ({n})").format(
                phase=choice_label(JOURNEY_PHASES[section]), n=len(self._columns[section])
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.column() < len(self._columns)):
            return None
        row = self.touchpoint(index)
        if row is None:
            return None
        name = str(row.get("name") or "")
        department = str(row.get("department") or "")
        channel = str(row.get("channel") or "")
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Role.DEPARTMENT:
            return department
        if role == Role.CHANNEL:
            return channel
        if role == Role.ROW_ID:
            return row.id
        if role == Role.HAS_PROBLEM:
            return bool(touchpoint_problems(row))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [name, choice_label(row.get("phase"))]
            parts.append(
                tr("Owned by: {department}").format(department=department)
                if department
                else tr("No owning department yet")
            )
            parts.append(
                tr("Channel: {channel}").format(channel=channel)
                if channel
                else tr("No channel yet")
            )
            notes = str(row.get("notes") or "")
            if notes and role == Qt.ItemDataRole.ToolTipRole:
                parts.append(notes)
            return "\n".join(parts) if role == Qt.ItemDataRole.ToolTipRole else ", ".join(parts)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.touchpoint(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def two_lines(text: str, metrics, width: int) -> list[str]:
    """`text` wrapped at words onto at most two lines, the second elided if needed."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    first = ""
    for n, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if first and metrics.horizontalAdvance(candidate) > width:
            rest = " ".join(words[n:])
            return [
                metrics.elidedText(first, Qt.TextElideMode.ElideRight, width),
                metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width),
            ]
        first = candidate
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]


class CardDelegate(QStyledItemDelegate):
    """A touchpoint as a card: name, then department · channel, a department stripe."""

    def paint(self, painter: QPainter, option, index) -> None:
        name = index.data(Qt.ItemDataRole.DisplayRole)
        if name is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        department = index.data(Role.DEPARTMENT) or ""
        self._paint_card(painter, option, rect, department)
        text = rect.adjusted(12, 4, -6, -4)
        line = self._paint_name(painter, option, text, name)
        self._paint_detail(painter, option, index, text, line, department)
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QPen(option.palette.color(QPalette.ColorRole.Highlight))
            focus.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 4, 4)
        painter.restore()

    @staticmethod
    def _paint_card(painter: QPainter, option, rect: QRectF, department: str) -> None:
        """The card: its face, its border (stronger when selected), the department stripe."""
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(rect, 5, 5)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(40)
            painter.fillPath(path, highlight)
        border = QPen(
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        border.setWidthF(2 if selected else 0.8)
        painter.setPen(border)
        painter.drawPath(path)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        painter.fillPath(stripe, stripe_colour(department))

    @staticmethod
    def _paint_name(painter: QPainter, option, text: QRectF, name: str) -> int:
        """The name in bold on up to two lines; returns the height it took."""
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        metrics = painter.fontMetrics()
        line = metrics.height()
        lines = two_lines(name, metrics, int(text.width()))
        for n, part in enumerate(lines):
            painter.drawText(
                QRectF(text.left(), text.top() + n * line, text.width(), line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                part,
            )
        return line * len(lines)

    @staticmethod
    def _paint_detail(
        painter: QPainter, option, index, text: QRectF, line: int, department: str
    ) -> None:
        """Department · channel below the name, or what is missing, in red with a problem."""
        painter.setFont(option.font)
        channel = index.data(Role.CHANNEL) or ""
        detail = " · ".join(p for p in (department, channel) if p) or tr(
            "Owner and channel missing"
        )
        problem = bool(index.data(Role.HAS_PROBLEM))
        painter.setPen(
            semantic("error")
            if problem
            else option.palette.color(QPalette.ColorRole.PlaceholderText)
        )
        metrics = painter.fontMetrics()
        painter.drawText(
            QRectF(text.left(), text.top() + line + 2, text.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(
                ("⚠ " if problem else "") + detail, Qt.TextElideMode.ElideRight, int(text.width())
            ),
        )


def make_map_view(model: TouchMapModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(tr("Touch map"))
    view.setItemDelegate(CardDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(70)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(120)
    return view
