"""An activity's name in the RACI matrix's header: one line where it fits, else two,
broken between words; only a name longer than two lines ends in "…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView

from cxcharter.ui.tables.roles import Role

BADGE_ROOM = 22  # the ⚠ badge before a name that breaks a rule, and its gap


def name_metrics(header: QHeaderView) -> QFontMetrics:
    """The metrics names are painted with: the header's font in the normal weight (the
    matrix's letters are bold, and the header inherits that)."""
    font = QFont(header.font())
    font.setBold(False)
    return QFontMetrics(font)


def name_room(header: QHeaderView, row: int) -> int:
    """The width an activity's name has in the header (less the badge if it has one)."""
    model = header.model()
    badge = bool(model is not None and model.headerData(row, header.orientation(), Role.PROBLEMS))
    return header.sizeHint().width() - 8 - 6 - (BADGE_ROOM if badge else 0)


def name_lines(metrics: QFontMetrics, name: str, room: int) -> list[str]:
    """`name` in at most two lines of `room` pixels, broken between words; what does
    not fit in two ends the second in "…" (the tooltip has the whole name)."""
    if metrics.horizontalAdvance(name) <= room:
        return [name]
    words = name.split()
    first = words[0]
    for n in range(1, len(words)):
        candidate = " ".join(words[: n + 1])
        if metrics.horizontalAdvance(candidate) > room:
            break
        first = candidate
    rest = name[len(first) :].strip()
    if not rest:  # one word wider than the room
        return [metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)]
    first = metrics.elidedText(first, Qt.TextElideMode.ElideRight, room)
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)]
