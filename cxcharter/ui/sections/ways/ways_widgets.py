"""The few layout pieces both Ways of working tabs use: a section heading, a column."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cxcharter.ui.widgets.basics import plain_label, section_font


def heading(text: str):
    """A bold heading over a part of a tab."""
    label = plain_label(text, wrap=False)
    label.setFont(section_font(label, 1.05))
    return label


def column(*widgets, stretch_last: bool = False) -> QWidget:
    """`widgets` one under another, the last one taking the room when asked."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for n, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and n == len(widgets) - 1 else 0)
    return box
