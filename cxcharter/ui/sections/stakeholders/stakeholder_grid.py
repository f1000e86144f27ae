"""The interest/influence grid: 5 × 5 cells, the four quadrants, a dot per stakeholder.

Drawn with QPainter from the stakeholders table's model (no copy of the data):
interest runs left to right, influence bottom to top, the midpoint 3 counts as
high. A dot's colour is the stakeholder's attitude; clicking a dot selects the
stakeholder in the table (`clickedStakeholder`), and the selected one is ringed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cxcharter.domain.stakeholders import HIGH, quadrant
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.sections.stakeholders.stakeholder_texts import QUADRANT_TEXT
from cxcharter.ui.tables.row_model import RowTableModel
from cxcharter.ui.widgets.labels import choice_label

ATTITUDE_COLOURS = {
    "champion": QColor("#2e7d32"),
    "neutral": QColor("#5b7083"),
    "sceptical": QColor("#c25e00"),
}
QUADRANT_TINTS = {
    "manage_closely": QColor(31, 95, 122, 34),
    "keep_satisfied": QColor(242, 165, 65, 30),
    "keep_informed": QColor(46, 125, 50, 24),
    "monitor": QColor(128, 128, 128, 18),
}
SCALE = 5


def initials(name: str) -> str:
    words = [w for w in name.replace("(", " ").split() if w[:1].isalpha()]
    if not words:
        return name[:1].upper()
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


class StakeholderGrid(QWidget):
    clickedStakeholder = Signal(int)

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.selected: int | None = None
        self._dots: list[tuple[QPointF, float, int, str]] = []  # centre, radius, id, name
        self.setMouseTracking(True)
        self.setMinimumSize(300, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Interest and influence grid"))
        self.setToolTip("")
        for signal in (
            model.modelReset,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(380, 300)

    def set_selected(self, row_id: int | None) -> None:
        if row_id != self.selected:
            self.selected = row_id
            self.update()

    # ------------------------------------------------------------ geometry
    def _plot(self) -> QRectF:
        left, top, right, bottom = 44, 6, 6, 58
        return QRectF(
            left, top, max(self.width() - left - right, 50), max(self.height() - top - bottom, 50)
        )

    def _cell(self, plot: QRectF, interest: int, influence: int) -> QRectF:
        w, h = plot.width() / SCALE, plot.height() / SCALE
        return QRectF(plot.left() + (interest - 1) * w, plot.top() + (SCALE - influence) * h, w, h)

    def _layout_dots(self, plot: QRectF) -> None:
        cells: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
        for r in range(self.model.rowCount()):
            row = self.model.row_at(r)
            interest, influence = row.get("interest"), row.get("influence")
            if interest is None or influence is None:
                continue
            key = (min(max(int(interest), 1), SCALE), min(max(int(influence), 1), SCALE))
            cells.setdefault(key, []).append(
                (row.id, str(row.get("name") or ""), str(row.get("attitude") or "neutral"))
            )
        self._dots = []
        self._attitudes: dict[int, str] = {}
        for (interest, influence), members in cells.items():
            cell = self._cell(plot, interest, influence).adjusted(3, 3, -3, -3)
            per_row = min(len(members), max(1, int(cell.width() // 22)))
            rows = -(-len(members) // per_row)
            radius = max(
                5.0, min(11.0, cell.width() / (2 * per_row) - 1.5, cell.height() / (2 * rows) - 1.5)
            )
            for n, (row_id, name, attitude) in enumerate(members):
                col, line = n % per_row, n // per_row
                x = cell.left() + cell.width() * (col + 0.5) / per_row
                y = cell.top() + cell.height() * (line + 0.5) / rows
                self._dots.append((QPointF(x, y), radius, row_id, name))
                self._attitudes[row_id] = attitude

    # ------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        plot = self._plot()
        painter.fillRect(plot, palette.color(QPalette.ColorRole.Base))
        self._paint_quadrants(painter, plot, palette)
        pen = QPen(palette.color(QPalette.ColorRole.Mid))
        pen.setWidthF(0.6)
        painter.setPen(pen)
        for n in range(SCALE + 1):
            x = plot.left() + plot.width() * n / SCALE
            y = plot.top() + plot.height() * n / SCALE
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        mid = QPen(palette.color(QPalette.ColorRole.Text))
        mid.setWidthF(1.4)
        painter.setPen(mid)
        split_x = self._cell(plot, HIGH, 1).left()
        split_y = self._cell(plot, 1, HIGH).bottom()
        painter.drawLine(QPointF(split_x, plot.top()), QPointF(split_x, plot.bottom()))
        painter.drawLine(QPointF(plot.left(), split_y), QPointF(plot.right(), split_y))
        self._paint_axes(painter, plot, palette)
        self._layout_dots(plot)
        self._paint_dots(painter, palette)
        painter.end()

    def _paint_quadrants(self, painter: QPainter, plot: QRectF, palette: QPalette) -> None:
        split_x = self._cell(plot, HIGH, 1).left()
        split_y = self._cell(plot, 1, HIGH).bottom()
        areas = {
            "keep_satisfied": QRectF(
                plot.left(), plot.top(), split_x - plot.left(), split_y - plot.top()
            ),
            "manage_closely": QRectF(
                split_x, plot.top(), plot.right() - split_x, split_y - plot.top()
            ),
            "monitor": QRectF(plot.left(), split_y, split_x - plot.left(), plot.bottom() - split_y),
            "keep_informed": QRectF(
                split_x, split_y, plot.right() - split_x, plot.bottom() - split_y
            ),
        }
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for key, area in areas.items():
            painter.fillRect(area, QUADRANT_TINTS[key])
            painter.setPen(muted)
            top = key in ("keep_satisfied", "manage_closely")
            flags = (
                Qt.AlignmentFlag.AlignRight
                if key in ("manage_closely", "keep_informed")
                else Qt.AlignmentFlag.AlignLeft
            )
            flags |= Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignBottom
            painter.drawText(area.adjusted(5, 3, -5, -3), int(flags), tr_marked(QUADRANT_TEXT[key]))

    def _paint_axes(self, painter: QPainter, plot: QRectF, palette: QPalette) -> None:
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for n in range(1, SCALE + 1):
            cell = self._cell(plot, n, 1)
            painter.drawText(
                QRectF(cell.left(), plot.bottom() + 2, cell.width(), 16),
                int(Qt.AlignmentFlag.AlignCenter),
                str(n),
            )
            cell = self._cell(plot, 1, n)
            painter.drawText(
                QRectF(0, cell.top(), plot.left() - 12, cell.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(n),
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 18, plot.width(), 18),
            int(Qt.AlignmentFlag.AlignCenter),
            tr("Interest →"),
        )
        self._paint_legend(painter, plot)
        painter.save()
        painter.translate(4, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -2, plot.height(), 14),
            int(Qt.AlignmentFlag.AlignCenter),
            tr("Influence →"),
        )
        painter.restore()

    def _paint_legend(self, painter: QPainter, plot: QRectF) -> None:
        metrics = painter.fontMetrics()
        items = [(ATTITUDE_COLOURS[a], choice_label(a)) for a in ATTITUDE_COLOURS]
        widths = [14 + metrics.horizontalAdvance(text) + 14 for _c, text in items]
        x = plot.center().x() - sum(widths) / 2
        y = plot.bottom() + 38
        for (colour, text), width in zip(items, widths, strict=True):
            path = QPainterPath()
            path.addEllipse(QPointF(x + 5, y + 9), 5, 5)
            painter.fillPath(path, colour)
            painter.drawText(
                QRectF(x + 14, y, width - 14, 18),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += width

    def _paint_dots(self, painter: QPainter, palette: QPalette) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.72))
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        accent = palette.color(QPalette.ColorRole.Highlight)
        for centre, radius, row_id, name in self._dots:
            colour = ATTITUDE_COLOURS.get(self._attitudes.get(row_id, ""), QColor("#5b7083"))
            path = QPainterPath()
            path.addEllipse(centre, radius, radius)
            painter.fillPath(path, colour)
            if row_id == self.selected:
                ring = QPen(accent)
                ring.setWidthF(3)
                painter.setPen(ring)
                painter.drawEllipse(centre, radius + 2.5, radius + 2.5)
            if radius >= 8:
                painter.setPen(QColor("white"))
                painter.drawText(
                    QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                    int(Qt.AlignmentFlag.AlignCenter),
                    initials(name),
                )

    # ------------------------------------------------------------ mouse
    def dot_at(self, point: QPointF) -> int | None:
        for centre, radius, row_id, _name in reversed(self._dots):
            offset = point - centre
            if offset.x() ** 2 + offset.y() ** 2 <= (radius + 2) ** 2:
                return row_id
        return None

    def dot_centre(self, row_id: int) -> QPointF | None:
        if not self._dots:
            self._layout_dots(self._plot())
        for centre, _radius, rid, _name in self._dots:
            if rid == row_id:
                return centre
        return None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            row_id = self.dot_at(event.position())
            if row_id is not None:
                self.clickedStakeholder.emit(row_id)
                return
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row_id = self.dot_at(QPointF(event.pos()))
            if row_id is None:
                QToolTip.hideText()
                event.ignore()
                return True
            row = self.model.row_at(self.model.row_of(row_id))
            where = quadrant(row.get("interest"), row.get("influence"))
            text = "\n".join(
                [
                    str(row.get("name") or ""),
                    tr("Interest {interest}, influence {influence}").format(
                        interest=row.get("interest"), influence=row.get("influence")
                    ),
                    tr_marked(QUADRANT_TEXT[where]) if where else "",
                    choice_label(row.get("attitude")),
                ]
            )
            QToolTip.showText(event.globalPos(), text.strip(), self)
            return True
        return super().event(event)
