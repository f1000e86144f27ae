"""A ring around the widget that has the keyboard focus, so the focus is always visible.

Fusion marks the focus on line edits and date fields only:
buttons, combo boxes, lists, tables and text areas look the same with or without
it. A style sheet cannot add a mark to those without restyling each of them whole
(`outline` is ignored where Fusion draws the widget), so one QFocusFrame follows the
focus through the window and draws a ring in the accent colour just outside the
widget. QFocusFrame already follows its widget's moves, resizes and hiding.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from cxcharter.ui.widgets.colors import semantic

WIDTH = 2  # pixels: WCAG 2.4.13 asks for a ring at least 2 px thick, 3:1 to its background


class FocusRing(QFocusFrame):
    def eventFilter(self, watched, event) -> bool:
        result = super().eventFilter(watched, event)
        if (
            event.type() == QEvent.Type.StyleChange
            and watched is self.widget()
            and watched.isVisible()
        ):
            # QFocusFrame hides on a style change (a new colour scheme): place it anew.
            self.setWidget(None)
            self.setWidget(watched)
        return result

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(semantic("accent"), WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)


class FocusRings(QObject):
    """Keeps a FocusRing on the application's focus widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._follow)
        self._follow(None, app.focusWidget())

    def ring(self) -> FocusRing | None:
        """The ring now (it goes when the widget it sat in is deleted)."""
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None
        return self._ring

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring()
        if ring is None:
            if new is None:
                return
            ring = self._ring = FocusRing()
        ring.setWidget(new if new is not None and not new.isWindow() else None)

    def remove(self) -> None:
        """No ring any more (tests put the application back as they found it)."""
        self._app.focusChanged.disconnect(self._follow)
        ring = self.ring()
        if ring is not None:
            ring.setWidget(None)
            ring.deleteLater()
        self.setParent(None)


def install_focus_rings(app: QApplication) -> FocusRings:
    """Show a ring around the focus widget from now on (once per application)."""
    existing = app.findChild(FocusRings)
    return existing if existing is not None else FocusRings(app)
