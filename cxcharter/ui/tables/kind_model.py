"""The model of a table of one kind: the row model with the marks of its rules.

`KindModel` is a RowTableModel that marks cells breaking a rule (a tinted
background, a warning icon in the first column and the rule in the tooltip)
and gives computed columns a sort key (`Role.SORT`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from cxcharter.domain.entities import Row
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_model import Index, RowTableModel

PROBLEM_TINT = QColor(242, 165, 65, 70)


class KindModel(RowTableModel):
    """RowTableModel with per-cell rule marks and sort keys for computed columns.

    What a table declares: `cell_problems` (the words of the rules a row breaks, by
    column), the `tint` of a cell breaking one, and whether the first column also
    shows a warning icon and every problem of its row (`mark_row`)."""

    tint = PROBLEM_TINT
    mark_row = True

    def cell_problems(self, row: Row) -> dict[str, str]:
        """Column key (its field, or a computed column's title) → what is wrong, in words."""
        return {}

    def sort_key(self, row: Row, column: int) -> object:
        """Sort key of a computed column (None: sort by the shown text)."""
        return None

    def _column_key(self, column: int) -> str:
        c = self.columns[column]
        return c.field or c.title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            problems = self.cell_problems(self.row_at(index.row()))
            mine = problems.get(self._column_key(index.column()))
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.tint if mine else None
            first = index.column() == 0 and self.mark_row and bool(problems)
            if role == Qt.ItemDataRole.DecorationRole:
                return _warning_icon() if first else super().data(index, role)
            own = super().data(index, role)
            if first:
                mine = "\n".join(dict.fromkeys(problems.values()))
            if not mine:
                return own
            return f"{own}\n\n{mine}" if own else mine
        if role == Role.SORT:
            key = self.sort_key(self.row_at(index.row()), index.column())
            return key if key is not None else super().data(index, role)
        return super().data(index, role)


_ICON = []


def _warning_icon():
    if not _ICON:
        _ICON.append(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
    return _ICON[0]
