"""The impact/effort matrix, drawn with QPainter: four quadrants, a dot per initiative.

Effort runs left to right and impact bottom to top, both 1–10, split at the
midpoint of domain/scoring.py: quick wins top left, big bets top right,
fill-ins bottom left, money pits bottom right. Dots of initiatives with the
same impact and effort fan out around their point. Labels are placed next to
their dot where there is room (eight positions around it), else further out
with a leader line (matrix_geometry.py); long titles are elided (the tooltip
has the full one) and no label covers another. Colours come from the palette, so light and dark
both read. Mouse: click a dot to select it, double-click to show it in the
list; keyboard: arrows move between dots, Enter shows it in the list.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from cxcharter.domain.glossary import QUADRANT_COLOURS
from cxcharter.domain.scoring import AXIS_HIGH, AXIS_LOW, MIDPOINT, QUADRANTS, quadrant
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.matrix_geometry import (
    RIGHT,
    Caption,
    caption_rects,
    layout_labels,
    nearest_point,
    spread,
)
from cxcharter.ui.sections.priorities.priority_texts import quadrant_hint, quadrant_name, rich_tip
from cxcharter.ui.widgets.fields import format_number

HUES = {key: QColor(hue) for key, (hue, _tint) in QUADRANT_COLOURS.items()}  # as in the PDF
PAD = 0.5  # axis units beyond 1 and 10, so dots on the scale's ends are not on the border


@dataclass(frozen=True, slots=True)
class MatrixPoint:
    id: int
    title: str
    impact: float
    effort: float
    done: bool = False

    @property
    def quadrant(self) -> str | None:
        return quadrant(self.impact, self.effort)


class PriorityMatrix(QWidget):
    currentChanged = Signal(object)  # initiative id or None (by the user)
    activated = Signal(int)  # Enter or double-click: show it in the list

    RADIUS = 6.0
    MAX_LABELS = 80  # beyond that, dots only (the tooltip names them)
    CROWDED = 300  # with more dots than this, only the first few get labels
    CROWDED_LABELS = 20
    LABEL_WIDTH = 160

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(380, 320)  # the tab fits beside the approval panel
        self.setAccessibleName(tr("Impact/effort matrix"))
        self.setAccessibleDescription(
            tr(
                "Each initiative is a dot by its effort and impact. "
                "Arrow keys move between them; Enter shows the "
                "selected one in the list."
            )
        )
        self._points: list[MatrixPoint] = []
        self._current: int | None = None
        self._cache: dict | None = None

    # ------------------------------------------------------------ data
    def set_points(self, points: Iterable[MatrixPoint]) -> None:
        """The dots, most important first (they get their labels first)."""
        self._points = list(points)
        self._cache = None
        self.update()

    def points(self) -> list[MatrixPoint]:
        return list(self._points)

    def current(self) -> int | None:
        return self._current

    def set_current(self, initiative_id: int | None) -> None:
        """Select a dot (from outside: no signal)."""
        if initiative_id != self._current:
            self._current = initiative_id
            self._cache = None  # the current one always gets a label
            self.update()

    def _choose(self, initiative_id: int | None) -> None:
        if initiative_id != self._current:
            self.set_current(initiative_id)
            self.currentChanged.emit(initiative_id)

    # ------------------------------------------------------------ geometry
    def plot_rect(self) -> QRectF:
        fm = QFontMetricsF(self.font())
        left = fm.height() * 2 + fm.horizontalAdvance("10") + 10
        bottom = fm.height() * 2 + 14
        return QRectF(
            left, 10, max(self.width() - left - 12, 10), max(self.height() - bottom - 10, 10)
        )

    def to_pixels(self, impact: float, effort: float, plot: QRectF | None = None) -> QPointF:
        plot = plot or self.plot_rect()
        span = AXIS_HIGH - AXIS_LOW + 2 * PAD
        x = plot.left() + (effort - AXIS_LOW + PAD) / span * plot.width()
        y = plot.bottom() - (impact - AXIS_LOW + PAD) / span * plot.height()
        return QPointF(x, y)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def caption_rects(self) -> dict[str, Caption]:
        """Where each quadrant's name and hint go: the plot's outer corners, wrapped."""
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        texts = {key: (quadrant_name(key), quadrant_hint(key)) for key in QUADRANTS}
        return caption_rects(
            self.plot_rect(), texts, QFontMetricsF(bold), QFontMetricsF(self._label_font())
        )

    def _layout(self) -> dict:
        if self._cache is not None:
            return self._cache
        plot = self.plot_rect()
        anchors = spread(
            [self.to_pixels(p.impact, p.effort, plot) for p in self._points], self.RADIUS
        )
        fm = QFontMetricsF(self._label_font())
        limit = self.CROWDED_LABELS if len(self._points) > self.CROWDED else self.MAX_LABELS
        chosen = [i for i, p in enumerate(self._points) if i < limit or p.id == self._current]
        chosen.sort(key=lambda i: (self._points[i].id != self._current, i))
        texts = {
            i: fm.elidedText(self._points[i].title, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH)
            for i in chosen
        }
        sizes = [QSizeF(fm.horizontalAdvance(texts[i]) + 8, fm.height() + 2) for i in chosen]
        titles = [r for c in self.caption_rects().values() for r in (c.name, c.hint)]
        placements = layout_labels(
            [anchors[i] for i in chosen],
            sizes,
            self.plot_rect().adjusted(2, 2, -2, -2),
            self.RADIUS,
            dots=anchors,
            walls=titles,
        )
        labels = {
            self._points[i].id: (texts[i], placement)
            for i, placement in zip(chosen, placements, strict=True)
            if placement
        }
        self._cache = {
            "anchors": {p.id: a for p, a in zip(self._points, anchors, strict=True)},
            "labels": labels,
        }
        return self._cache

    def dot_position(self, initiative_id: int) -> QPointF | None:
        return self._layout()["anchors"].get(initiative_id)

    def label_rect(self, initiative_id: int) -> QRectF | None:
        label = self._layout()["labels"].get(initiative_id)
        return label[1].rect if label else None

    def label_rects(self) -> dict[int, QRectF]:
        return {i: placement.rect for i, (_t, placement) in self._layout()["labels"].items()}

    def initiative_at(self, pos: QPointF) -> int | None:
        """The dot under `pos` (the nearest within reach), else the label under it."""
        layout = self._layout()
        reach = (self.RADIUS + 3) ** 2
        best, best_distance = None, reach
        for initiative_id, anchor in layout["anchors"].items():
            d = (anchor.x() - pos.x()) ** 2 + (anchor.y() - pos.y()) ** 2
            if d <= best_distance:
                best, best_distance = initiative_id, d
        if best is not None:
            return best
        for initiative_id, (_text, placement) in layout["labels"].items():
            if placement.rect.contains(pos):
                return initiative_id
        return None

    # ------------------------------------------------------------ events
    def resizeEvent(self, event) -> None:
        self._cache = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.PaletteChange,
        ):
            self._cache = None
            self.update()
        super().changeEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.initiative_at(event.position())
            if hit is not None:
                self._choose(hit)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self.initiative_at(event.position())
        if hit is not None:
            self._choose(hit)
            self.activated.emit(hit)

    def focusInEvent(self, event) -> None:
        if self._current is None and self._points:
            self._choose(self._points[0].id)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        directions = {
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in directions:
            target = self.neighbour(*directions[key])
            if target is not None:
                self._choose(target)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            self.activated.emit(self._current)
            return
        if key == Qt.Key.Key_Home and self._points:
            self._choose(self._points[0].id)
            return
        super().keyPressEvent(event)

    def neighbour(self, dx: int, dy: int) -> int | None:
        """The nearest dot in a direction from the current one (the first if none)."""
        anchors = self._layout()["anchors"]
        here = anchors.get(self._current)
        if here is None:
            return self._points[0].id if self._points else None
        best, best_cost = None, math.inf
        for initiative_id, p in anchors.items():
            vx, vy = p.x() - here.x(), p.y() - here.y()
            along = vx * dx + vy * dy
            if initiative_id == self._current or along <= 0.5:
                continue
            cost = along + 2 * abs(vx * dy - vy * dx)
            if cost < best_cost:
                best, best_cost = initiative_id, cost
        return best

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.initiative_at(QPointF(event.pos()))
            point = next((p for p in self._points if p.id == hit), None)
            if point is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), rich_tip(self.tooltip(point)), self)
            return True
        return super().event(event)

    @staticmethod
    def tooltip(point: MatrixPoint) -> str:
        return tr("{title}\n{quadrant}: impact {impact}, effort {effort}").format(
            title=point.title,
            quadrant=quadrant_name(point.quadrant, plural=False),
            impact=format_number(point.impact),
            effort=format_number(point.effort),
        )

    # ------------------------------------------------------------ painting
    def _hue(self, key: str | None) -> QColor:
        color = QColor(HUES.get(key or "", HUES["fill_in"]))
        return color.lighter(160) if self._dark() else color

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        palette = self.palette()
        plot = self.plot_rect()
        middle = self.to_pixels(MIDPOINT, MIDPOINT)
        painter.fillRect(plot, palette.color(QPalette.ColorRole.Base))
        tint = 44 if self._dark() else 26
        for key, rect in (
            ("quick_win", QRectF(plot.topLeft(), middle)),
            ("big_bet", QRectF(QPointF(middle.x(), plot.top()), QPointF(plot.right(), middle.y()))),
            (
                "fill_in",
                QRectF(QPointF(plot.left(), middle.y()), QPointF(middle.x(), plot.bottom())),
            ),
            ("money_pit", QRectF(middle, plot.bottomRight())),
        ):
            color = QColor(HUES[key])
            color.setAlpha(tint)
            painter.fillRect(rect, color)
        self._paint_axes(painter, plot, middle)
        self._paint_titles(painter)
        self._paint_dots(painter)

    def _paint_axes(self, painter: QPainter, plot: QRectF, middle: QPointF) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        pen = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QLineF(middle.x(), plot.top(), middle.x(), plot.bottom()))
        painter.drawLine(QLineF(plot.left(), middle.y(), plot.right(), middle.y()))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        fm = QFontMetricsF(self.font())
        painter.setFont(self.font())
        painter.setPen(muted)
        for value in range(int(AXIS_LOW), int(AXIS_HIGH) + 1):
            p = self.to_pixels(value, value)
            label = format_number(value)
            painter.drawText(
                QRectF(p.x() - 15, plot.bottom() + 3, 30, fm.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                label,
            )
            painter.drawText(
                QRectF(plot.left() - 36, p.y() - fm.height() / 2, 32, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + fm.height() + 4, plot.width(), fm.height() + 4),
            int(Qt.AlignmentFlag.AlignCenter),
            tr("Effort →"),
        )
        painter.save()
        painter.translate(fm.height() * 0.2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), fm.height() + 4),
            int(Qt.AlignmentFlag.AlignCenter),
            tr("Impact →"),
        )
        painter.restore()

    def _paint_titles(self, painter: QPainter) -> None:
        palette = self.palette()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for key, caption in self.caption_rects().items():
            side = Qt.AlignmentFlag.AlignRight if key in RIGHT else Qt.AlignmentFlag.AlignLeft
            align = int(side | Qt.AlignmentFlag.AlignVCenter) | caption.flags
            painter.setFont(bold)
            painter.setPen(self._hue(key) if not self._dark() else self._hue(key).lighter(115))
            painter.drawText(caption.name, align, quadrant_name(key))
            painter.setFont(self._label_font())
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(caption.hint, align, quadrant_hint(key))

    def _paint_dots(self, painter: QPainter) -> None:
        palette = self.palette()
        layout = self._layout()
        base = palette.color(QPalette.ColorRole.Base)
        r = self.RADIUS
        leader_pen = QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1)
        for point in self._points:  # leader lines under everything
            label = layout["labels"].get(point.id)
            if label and label[1].leader:
                anchor = layout["anchors"][point.id]
                painter.setPen(leader_pen)
                painter.drawLine(QLineF(anchor, nearest_point(label[1].rect, anchor)))
        styles = {}
        for key in (*QUADRANTS, None):
            hue = self._hue(key)
            styles[(key, True)] = (QPen(hue, 2), QBrush(base), r - 1)
            styles[(key, False)] = (QPen(base, 1.5), QBrush(hue), r)
        anchors = layout["anchors"]
        for point in reversed(self._points):  # the most important on top
            pen, brush, radius = styles[(point.quadrant, point.done)]
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawEllipse(anchors[point.id], radius, radius)
        self._paint_labels(painter, layout)
        current = layout["anchors"].get(self._current)
        if current is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
            painter.drawEllipse(current, r + 3.5, r + 3.5)
            if self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
                painter.drawEllipse(current, r + 7, r + 7)

    def _paint_labels(self, painter: QPainter, layout: dict) -> None:
        palette = self.palette()
        painter.setFont(self._label_font())
        back = QColor(palette.color(QPalette.ColorRole.Base))
        back.setAlpha(235)
        border = QColor(palette.color(QPalette.ColorRole.Mid))
        for initiative_id, (text, placement) in layout["labels"].items():
            current = initiative_id == self._current
            if current:
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(Qt.PenStyle.NoPen)
            else:
                painter.setBrush(back)
                painter.setPen(QPen(border, 1))
            painter.drawRoundedRect(placement.rect, 3, 3)
            role = QPalette.ColorRole.HighlightedText if current else QPalette.ColorRole.Text
            painter.setPen(palette.color(role))
            painter.drawText(placement.rect, int(Qt.AlignmentFlag.AlignCenter), text)
