"""A form of one field a row: the label on the left (its mnemonic focuses the field), a
long text's label level with the text's first line, the fields as wide as the form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QWidget

from cxcharter.ui.widgets.line_text import GrowingText

# (label text or None, the field its mnemonic focuses, the widget or layout of the row)
FormRow = tuple[str | None, QWidget | None, QWidget | QLayout]


def on_the_left(widget: QWidget, *more: QWidget, spacing: int = -1) -> QHBoxLayout:
    """`widget` (and `more`) at their own width (a chooser: its longest choice), on the left."""
    box = QHBoxLayout()
    if spacing >= 0:
        box.setSpacing(spacing)
    for w in (widget, *more):
        box.addWidget(w)
    box.addStretch(1)
    return box


def form_grid(owner: QWidget, title: QWidget, rows: Sequence[FormRow]) -> QGridLayout:
    """Lay `rows` out on `owner` under `title`, one a row; what is left stays below."""
    grid = QGridLayout(owner)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(6)
    grid.addWidget(title, 0, 0, 1, 2)
    for row, (text, buddy, field) in enumerate(rows, start=1):
        if text is not None:
            label = QLabel(text)
            label.setBuddy(buddy)
            if isinstance(buddy, GrowingText):  # level with its first line
                label.setContentsMargins(0, buddy.frameWidth() + 3, 0, 0)
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            else:
                grid.addWidget(label, row, 0)
        if isinstance(field, QWidget):
            grid.addWidget(field, row, 1)
        else:
            grid.addLayout(field, row, 1)
    grid.setColumnStretch(1, 1)
    grid.setRowStretch(len(rows) + 1, 1)
    return grid
