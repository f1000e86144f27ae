"""Widths that give way: planned column widths shrunk to the room there is, or optional
columns of an overview stepping aside for its key column; line edits never so narrow
that their placeholder is cut, nor choosers that their longest choice is (pages beside
the approval panel)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTableView,
    QWidget,
)


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


def step_aside(
    table: QTableView,
    key: int,
    optional: Sequence[int],
    planned: Mapping[int, int],
    *,
    wanted: int,
    least: int,
) -> None:
    """Give an overview's key column (a title, an objective) its room: where it would get
    less than `wanted`, the `optional` columns (most wanted first, each as wide as
    `planned`) step aside, the last first, and stay hidden (a form shows their values);
    the key column takes what is left, never less than `least` (the table scrolls
    sideways then). Call it whenever the table's viewport changes width."""
    header = table.horizontalHeader()
    others = sum(
        header.sectionSize(column)
        for column in range(header.count())
        if column != key and column not in optional and not header.isSectionHidden(column)
    )
    room = table.viewport().width() - others
    aside = False
    for column in optional:
        width = planned.get(column, header.sectionSize(column))
        aside = aside or room - width < wanted  # once one steps aside, those after it too
        header.setSectionHidden(column, aside)
        if not aside:
            header.resizeSection(column, width)
            room -= width
    header.resizeSection(key, max(least, room))


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """Never so narrow that the words saying what to type are cut ("Neuer Touchp…")."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
    return edit


def fit_longest_choice(combo: QComboBox) -> QComboBox:
    """Never so narrow that a choice is cut ("Bereit zur Pr…"): the least width shows the
    longest item whole (call it again when the items change)."""
    if combo.count():
        room = text_room(combo) or 0
        metrics = combo.fontMetrics()
        widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        combo.setMinimumWidth(combo.width() - room + widest + 2)
    return combo


def text_room(editor: QWidget) -> int | None:
    """The pixels a one-line editor or a chooser has for its text (None for others)."""
    style = editor.style()
    if isinstance(editor, QComboBox):
        combo = QStyleOptionComboBox()
        editor.initStyleOption(combo)
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox, combo, QStyle.SubControl.SC_ComboBoxEditField, editor
        )
        icon = editor.itemIcon(editor.currentIndex())
        return field.width() - 2 - (0 if icon.isNull() else editor.iconSize().width() + 4)
    if isinstance(editor, QLineEdit):
        frame = QStyleOptionFrame()
        editor.initStyleOption(frame)
        return (
            style.subElementRect(QStyle.SubElement.SE_LineEditContents, frame, editor).width() - 4
        )
    return None
