"""Paints a navigator row: title, a quieter detail line and a thin progress bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cxcharter.ui.tables.roles import Role

ACCENT = QColor("#1f5f7a")
DONE = QColor("#2e7d32")


OUTER, INNER = 4, 12  # pixels each side: row to its rounded box, box to the text
BAR, BAR_ROOM = 44, 52  # the progress bar's width; with the air before it


def detail_font(font: QFont) -> QFont:
    """The quieter, smaller font of a row's second line."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    return small


def title_font(font: QFont) -> QFont:
    """The title's weight."""
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return bold


def row_width_for(font: QFont, titles: list[str], details: list[str] = ()) -> int:
    """The row width that shows every title (set in the title's weight) on one line, and
    every detail line beside its progress bar."""
    metrics, small = QFontMetrics(title_font(font)), QFontMetrics(detail_font(font))
    text = max(
        [metrics.horizontalAdvance(t) for t in titles]
        + [small.horizontalAdvance(d) + BAR_ROOM for d in details],
        default=0,
    )
    return text + 2 * (OUTER + INNER)


def title_height(font: QFont, title: str, width: int) -> int:
    """The height of a title wrapped at word breaks to `width` (one line: the font's)."""
    metrics = QFontMetrics(title_font(font))
    if metrics.horizontalAdvance(title) <= width:
        return QFontMetrics(font).height()
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(0, 0, max(width, 1), 100_000, flags, title).height()


class NavigatorDelegate(QStyledItemDelegate):
    """A row per page; a title longer than the row wraps at its word breaks, never elided."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        """The room for the row's text: the list's width less the margins."""
        view = self.parent()
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        else:
            width = option.rect.width()
        return width - 2 * (OUTER + INNER)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")[0]
        line = option.fontMetrics.height()
        return QSize(200, title_height(option.font, title, self._text_width(option)) + line + 22)

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
        high = title_height(option.font, title, inner.width())
        title_rect = QRect(inner.left(), inner.top(), inner.width(), high)
        self._paint_title(painter, option, title_rect, title, fg)
        painter.setFont(detail_font(option.font))
        painter.setPen(quiet)
        detail_rect = QRect(inner.left(), inner.top() + high + 2, inner.width(), line)
        bar_width = 0
        if progress:
            bar_width = self._paint_progress(
                painter, option, progress, inner, detail_rect, selected
            )
            painter.setPen(quiet)
        painter.drawText(
            detail_rect.adjusted(0, 0, -bar_width - (BAR_ROOM - BAR), 0),
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
        painter: QPainter, option: QStyleOptionViewItem, rect: QRect, title: str, fg: QColor
    ) -> None:
        """The section's title, bold, wrapped at word breaks where the row is narrower."""
        painter.setFont(title_font(option.font))
        painter.setPen(fg)
        painter.drawText(
            rect,
            int(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            ),
            title,
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
        bar_width = BAR
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
