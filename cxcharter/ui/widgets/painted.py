"""The app's look without a style sheet: painted panels and palette-tinted text.

Under an application style sheet Qt polishes and lays out every widget through
QStyleSheetStyle (about a quarter of a second of opening a charter), and a sheet
on a container cascades to all its children. So containers paint themselves here,
reading their colours when they paint, and coloured text goes through the widget's
palette: `tint()` records the colour's name and `retint()` (colors.py, called by apply_style)
colours every tinted widget anew when the scheme changes. Grey text uses the
palette's placeholder-text role and follows a new palette by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QListView, QProgressBar, QWidget

from cxcharter.ui.widgets.colors import TINT, apply_tint, colour
from cxcharter.ui.widgets.colors import retint as retint  # re-exported: painted.retint

ROLE = QPalette.ColorRole
MUTED = ("hint", "pageSubtitle", "sectionIntro", "cardCount")  # object names of grey text
TINTED = {"fieldError": "error", "welcomeTitle": "accent", "guidanceHeading": "accent"}


def tint(widget: QWidget, name: str) -> QWidget:
    """Draw `widget`'s text in colour `name` (colors.py), now and after a scheme change."""
    widget.setProperty(TINT, name)
    apply_tint(widget, name)
    return widget


def mute(widget: QWidget) -> QWidget:
    """Grey text: the palette's placeholder-text colour, whatever the scheme."""
    widget.setForegroundRole(ROLE.PlaceholderText)
    return widget


def style_by_name(label: QLabel, object_name: str) -> None:
    """The look of a label's object name (what the style sheet used to give it)."""
    if object_name in MUTED:
        mute(label)
    elif object_name in TINTED:
        tint(label, TINTED[object_name])


def bold(widget: QWidget, weight: QFont.Weight = QFont.Weight.Bold) -> QWidget:
    font = QFont(widget.font())
    font.setWeight(weight)
    widget.setFont(font)
    return widget


def _colour(spec: str | ROLE | None, widget: QWidget) -> QColor | None:
    if spec is None:
        return None
    if isinstance(spec, str):
        return QColor(spec) if spec.startswith("#") else colour(spec)
    return widget.palette().color(spec)


class Panel(QFrame):
    """A rounded panel: fill and border from the palette or colors.py, read when painted.

    `fill`/`border` are a palette role or a colour name; `bar` is the colour name of
    an accent bar down the left edge; `edge="bottom"` draws the border only below.
    """

    def __init__(
        self,
        fill: str | ROLE | None = ROLE.Base,
        border: str | ROLE | None = ROLE.Midlight,
        *,
        radius: float = 8,
        bar: str | None = None,
        edge: str = "all",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fill, self.border, self.radius, self.bar, self.edge = fill, border, radius, bar, edge
        if border is not None:  # the border takes its pixel from the content
            side = 0 if edge == "bottom" else 1
            self.setContentsMargins(side, side, side, 1)

    def colours(self) -> tuple[QColor | None, QColor | None]:
        """(fill, border) as painted now."""
        return _colour(self.fill, self), _colour(self.border, self)

    def paintEvent(self, _event) -> None:
        fill, border = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        if self.edge == "bottom":
            if fill is not None:
                painter.fillRect(rect, fill)
            if border is not None:
                painter.fillRect(QRectF(0, rect.height() - 1, rect.width(), 1), border)
            return
        radius = min(self.radius, rect.height() / 2)
        if border is not None:
            painter.setPen(QPen(border, 1))
            rect = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        if self.bar:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(self.bar))
            painter.drawRect(QRectF(0, 0, 3, self.height()))


class Badge(QLabel):
    """A small rounded label (a question's "Required"/"Optional", a RACI letter)."""

    def __init__(
        self,
        text: str,
        fill: str | ROLE | None,
        border: str | ROLE | None,
        parent: QWidget | None = None,
        *,
        radius: float = 8,
    ) -> None:
        super().__init__(text, parent)
        self.fill, self.border, self.radius = fill, border, radius
        self.setContentsMargins(8, 2, 8, 2)

    def colours(self) -> tuple[QColor | None, QColor | None]:
        return _colour(self.fill, self), _colour(self.border, self)

    def paintEvent(self, event) -> None:
        fill, border = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = min(self.radius, rect.height() / 2)
        painter.setPen(QPen(border, 1) if border is not None else Qt.PenStyle.NoPen)
        painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()
        super().paintEvent(event)


class SideList(QListView):
    """A list down the window's side: alternate-base fill, a line on its right."""

    MARGIN = 8  # pixels a side that a row's width needs beside the rows: margins and air

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(ROLE.AlternateBase)
        self.viewport().setBackgroundRole(ROLE.AlternateBase)
        self.setViewportMargins(4, 8, 5, 8)

    def event(self, event) -> bool:
        result = super().event(event)
        if event.type() == event.Type.Paint:
            painter = QPainter(self)
            painter.fillRect(
                self.width() - 1, 0, 1, self.height(), self.palette().color(ROLE.Midlight)
            )
        return result


class Progress(QProgressBar):
    """A flat progress bar: a rounded trough and a calm chunk, green when complete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complete = False
        self.setMinimumHeight(24)  # 18 px inside a 1 px border, and air, as the look asks

    def chunk_colour(self) -> QColor:
        return colour("progress-done" if self.complete else "progress")

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(ROLE.Mid), 1))
        painter.setBrush(palette.color(ROLE.AlternateBase))
        painter.drawRoundedRect(rect, 4, 4)
        span = max(self.maximum() - self.minimum(), 1)
        share = (self.value() - self.minimum()) / span
        if share > 0:
            inner = QRectF(self.rect()).adjusted(1, 1, -1, -1)
            inner.setWidth(inner.width() * min(share, 1.0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.chunk_colour())
            painter.drawRoundedRect(inner, 3, 3)
        painter.setPen(palette.color(ROLE.Text))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
