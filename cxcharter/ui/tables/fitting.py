"""Widths that give way: planned column widths shrunk to the room there is, and line
edits never so narrow that their placeholder is cut (pages beside the approval panel)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def shrunk(planned: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """The planned widths shrunk alike to fit `room` (never wider than planned); a column
    that reaches its least width stays there and the others share what is left."""
    floored: dict[int, int] = {}
    while True:
        free = {c: w for c, w in planned.items() if c not in floored}
        left = room - sum(floored.values())
        total = sum(free.values())
        scale = min(1.0, max(0, left) / total) if total else 1.0
        low = {c: least[c] for c, w in free.items() if int(w * scale) < least[c]}
        if not low:
            return {**floored, **{c: int(w * scale) for c, w in free.items()}}
        floored.update(low)


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """Never so narrow that the words saying what to type are cut ("Neuer Touchp…")."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
    return edit
