"""Paints a navigator row: title, a quieter detail line and a thin progress bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cxcharter.ui.tables.roles import Role

ACCENT = QColor("#1f5f7a")
DONE = QColor("#2e7d32")


OUTER, INNER = 4, 12  # pixels each side: row to its rounded box, box to the text


def row_width_for(font: QFont, titles: list[str]) -> int:
    """The row width that shows every title (set in the title's weight) whole."""
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    return max((metrics.horizontalAdvance(t) for t in titles), default=0) + 2 * (OUTER + INNER)


class NavigatorDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, metrics.height() * 2 + 22)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(OUTER, 2, -OUTER, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        self._paint_background(painter, option, rect, selected)

        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        title, _, detail = text.partition("\n")
        progress = index.data(Role.PROGRESS)
        fg = QColor("white") if selected else palette.color(QPalette.ColorRole.Text)
        quiet = (
            QColor(255, 255, 255, 200)
            if selected
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        inner = rect.adjusted(INNER, 6, -INNER, -6)
        line = option.fontMetrics.height()
        self._paint_title(painter, option, inner, line, title, fg)
        detail_font = QFont(option.font)
        detail_font.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(detail_font)
        painter.setPen(quiet)
        detail_rect = QRect(inner.left(), inner.top() + line + 2, inner.width(), line)
        bar_width = 0
        if progress:
            bar_width = self._paint_progress(
                painter, option, progress, inner, detail_rect, selected
            )
            painter.setPen(quiet)
        painter.drawText(
            detail_rect.adjusted(0, 0, -bar_width - 8, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            detail,
        )
        painter.restore()

    @staticmethod
    def _paint_background(
        painter: QPainter, option: QStyleOptionViewItem, rect: QRect, selected: bool
    ) -> None:
        """The selected or hovered row's rounded fill, and the focus ring."""
        if selected:
            painter.setBrush(ACCENT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setBrush(option.palette.color(QPalette.ColorRole.Midlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor("#f2a541"))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)

    @staticmethod
    def _paint_title(
        painter: QPainter,
        option: QStyleOptionViewItem,
        inner: QRect,
        line: int,
        title: str,
        fg: QColor,
    ) -> None:
        """The section's title on the first line, bold, elided to the row's width."""
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(fg)
        title_rect = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )

    @staticmethod
    def _paint_progress(
        painter: QPainter,
        option: QStyleOptionViewItem,
        progress: tuple[int, int],
        inner: QRect,
        detail_rect: QRect,
        selected: bool,
    ) -> int:
        """The progress bar at the end of the detail line; returns the width it takes."""
        done, total = progress
        bar_width = 44
        bar = QRect(inner.right() - bar_width, detail_rect.center().y() - 2, bar_width, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(
            QColor(255, 255, 255, 90)
            if selected
            else option.palette.color(QPalette.ColorRole.Midlight)
        )
        painter.drawRoundedRect(bar, 2.5, 2.5)
        if total:
            filled = QRect(bar.left(), bar.top(), round(bar.width() * done / total), bar.height())
            painter.setBrush(QColor("white") if selected else (DONE if done >= total else ACCENT))
            painter.drawRoundedRect(filled, 2.5, 2.5)
        return bar_width
