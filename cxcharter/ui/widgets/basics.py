"""Small shared widgets: page headers, badges and hint labels, styled once; focus order."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cxcharter.ui.widgets.painted import mute, style_by_name

ACCENT = "#1f5f7a"


class PageHeader(QWidget):
    """A page's title and the one sentence that says what the page is for."""

    def __init__(self, title: str = "", subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(4)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        mute(self.subtitle)
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def set_text(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))


def plain_label(text: str = "", *, wrap: bool = True, object_name: str = "") -> QLabel:
    """A QLabel that never interprets user text as rich text, coloured as its name says."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
        style_by_name(label, object_name)
    return label


def set_tab_order(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order (Qt moves only the second of each pair)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab visits, in Tab order (hidden ones too).

    The walk never asks the chain's last widget for its successor, the window itself:
    PySide gives an object returned by `nextInFocusChain()` the widget it was asked of
    as its Python parent, so the window would have become a Python child of a page,
    and when that page was rebuilt the window's menus died with it ("Internal C++
    object already deleted" at the next language switch).
    """
    window = root.window()
    last = window.previousInFocusChain()  # its successor is the window: never asked
    chain = []
    widget = root
    while widget is not last:
        widget = widget.nextInFocusChain()
        if widget is root or not root.isAncestorOf(widget):
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    return chain


def first_focusable(root: QWidget) -> QWidget | None:
    """The first widget inside `root` that Tab would stop at now."""
    return next((w for w in focus_chain(root) if w.isVisible() and w.isEnabled()), None)


def section_font(widget: QWidget, scale: float = 1.15, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font
