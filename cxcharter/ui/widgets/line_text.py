"""Text fields that show all of their text: they grow instead of scrolling.

A QLineEdit shows as much of a long value as its width allows and hides the rest (a
goal's data source is often a sentence); a text box of fixed height hides what is
below its last line. GrowingText is as tall as its text needs at the width it gets
(from `min_lines`, up to `max_lines`, beyond which it scrolls). LineText is edited like
a line: Enter or leaving finishes it and a pasted line break becomes a space.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget


class GrowingText(QTextEdit):
    """Plain text, as tall as its lines (between `min_lines` and `max_lines`)."""

    def __init__(
        self, parent: QWidget | None = None, *, min_lines: int = 1, max_lines: int = 0
    ) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if max_lines
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _height(self) -> int:
        doc = self.document()
        margins = 2 * doc.documentMargin()
        line = self.fontMetrics().lineSpacing()
        lines = max(
            doc.size().height() if not doc.isEmpty() else 0, self.min_lines * line + margins
        )
        if self.max_lines:
            lines = min(lines, self.max_lines * line + margins)
        return int(lines + 0.999) + 2 * self.frameWidth()

    def _fit(self) -> None:
        height = self._height()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # the document takes the new width first
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, self._height())


class LineText(GrowingText):
    """A line edit that wraps: `text()`, `setText()`, `isModified()`, `editingFinished`."""

    editingFinished = Signal()

    # ------------------------------------------------------------ QLineEdit's words
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(" ".join(text.splitlines()))
        self.document().setModified(False)

    def isModified(self) -> bool:
        return self.document().isModified()

    def setModified(self, modified: bool) -> None:
        self.document().setModified(modified)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    # ------------------------------------------------------------ behaving as a line
    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # a line has no line breaks: Enter finishes it
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            self.insertPlainText(" ".join(source.text().splitlines()))
        else:
            super().insertFromMimeData(source)
