"""How goal cells look and are edited: a progress bar with its trend, a metric chooser."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from cxcharter.domain.metrics import Metric, builtin_metrics
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.goal_model import METRIC, GoalsModel
from cxcharter.ui.sections.goals.goal_texts import metric_definition, metric_name, metric_summary
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_delegate import RowDelegate
from cxcharter.ui.widgets.basics import ACCENT
from cxcharter.ui.widgets.colors import semantic
from cxcharter.ui.widgets.fields import format_percent

DONE = QColor("#2e7d32")
ARROWS = {"up": "▲", "down": "▼", "flat": "▶"}


class MetricCombo(QComboBox):
    """The built-in metrics by translated name, then the charter's custom metrics."""

    def __init__(self, customs: dict[int, Metric], parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Metric"))
        self.addItem(tr("— no metric —"), None)
        for metric in builtin_metrics():
            self._add(metric)
        if customs:
            self.insertSeparator(self.count())
            for metric in sorted(customs.values(), key=lambda m: metric_name(m).casefold()):
                self._add(metric, tr("{name} (custom)").format(name=metric_name(metric)))
        self.setMaxVisibleItems(self.count())

    def _add(self, metric: Metric, text: str | None = None) -> None:
        self.addItem(text or metric_name(metric), metric.key)
        tip = "\n".join(t for t in (metric_summary(metric), metric_definition(metric)) if t)
        self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)

    def set_token(self, token: str | None) -> None:
        self.setCurrentIndex(max(self.findData(token), 0) if token else 0)

    def token(self) -> str | None:
        return self.currentData()


class GoalDelegate(RowDelegate):
    """RowDelegate's editors, plus the metric chooser in the metric column."""

    def __init__(self, session, model: GoalsModel, parent=None) -> None:
        super().__init__(session, parent)
        self.goals = model

    def createEditor(self, parent, option, index):
        if index.column() == METRIC:
            return MetricCombo(self.goals.custom_metrics(), parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, MetricCombo):
            editor.set_token(index.data(Qt.ItemDataRole.EditRole))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, MetricCombo):
            model.setData(index, editor.token(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ProgressDelegate(QStyledItemDelegate):
    """A small bar from baseline (empty) to target (full), the percentage and a trend arrow.

    The arrow is green when the last reading moved the good way for the metric,
    red when it moved the wrong way, grey when it stayed put.
    """

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 150), size.height())

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        value = index.data(Role.PROGRESS)
        trend = index.data(Role.TREND)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = opt.fontMetrics
        rect = opt.rect.adjusted(6, 0, -6, 0)
        arrow_w = metrics.horizontalAdvance("▲") + 6
        text_w = metrics.horizontalAdvance(format_percent(1.0)) + 8

        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        self._paint_progress(painter, rect, value, text_color, muted, selected, arrow_w, text_w)
        if trend is not None:
            self._paint_trend(painter, rect, trend, muted, arrow_w)
        painter.restore()

    @staticmethod
    def _paint_progress(
        painter, rect, value, text_color, muted, selected: bool, arrow_w: int, text_w: int
    ) -> None:
        """The bar from baseline to target and the percentage, or a dash without one."""
        if value is None:
            painter.setPen(text_color if selected else muted)
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "—"
            )
        else:
            bar_w = max(rect.width() - arrow_w - text_w, 12)
            bar = QRectF(rect.left(), rect.center().y() - 4, bar_w, 8)
            track = QColor(text_color)
            track.setAlpha(45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 4, 4)
            if value > 0:
                fill = QColor(text_color) if selected else (DONE if value >= 1 else QColor(ACCENT))
                painter.setBrush(fill)
                painter.drawRoundedRect(
                    QRectF(bar.left(), bar.top(), bar.width() * value, bar.height()), 4, 4
                )
            painter.setPen(text_color)
            text_rect = QRectF(bar.right(), rect.top(), text_w, rect.height())
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_percent(value),
            )

    @staticmethod
    def _paint_trend(painter, rect, trend, muted, arrow_w: int) -> None:
        """The arrow of the last reading: green the good way, red the wrong way."""
        color = (
            muted if trend.good is None else (semantic("ok") if trend.good else semantic("error"))
        )
        painter.setPen(color)
        arrow_rect = QRectF(rect.right() - arrow_w, rect.top(), arrow_w, rect.height())
        painter.drawText(
            arrow_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            ARROWS[trend.way],
        )
