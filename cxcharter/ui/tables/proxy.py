"""The one sort/filter proxy of every table: sorts by value, filters whole rows.

A cell sorts by its `Role.SORT` key when its model gives one (computed columns:
progress, score, rank …); else by the value of its field (numbers, dates,
quarters by value, choices in their declared order); else by its shown text,
compared the way the reader's language sorts words (QCollator, "Item 9" before
"Item 10"). Empty cells go last whichever way the column is sorted; equal keys
keep the charter's own order. Rows are filtered by a function over the row
(`set_row_filter`) and by Qt's own fixed-string filter, both at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cxcharter.domain.entities import Row
from cxcharter.ui.tables.roles import Role

Index = QModelIndex | QPersistentModelIndex
_BY_VALUE = ("int", "real", "date", "quarter", "bool", "enum")
_KEY, _VALUE, _TEXT = range(3)  # which kind of key a cell sorts by


def sort_key(index: QModelIndex) -> tuple[int, object] | None:
    """(kind of key, key) of a cell, or None when the cell is empty."""
    computed = index.data(Role.SORT)
    if computed is not None:
        return (_KEY, computed)
    field = index.data(Role.FIELD)
    if field is not None and field.type in _BY_VALUE:
        value = index.data(Qt.ItemDataRole.EditRole)
        if value is None or value == "":
            return None
        if field.type == "enum":
            choices = field.choices
            return (_VALUE, choices.index(value) if value in choices else len(choices))
        return (_VALUE, value)
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    return (_TEXT, text) if text else None


def collator() -> QCollator:
    """How the window's language sorts words: case aside, numbers by value."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no collation there: sort as English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    result = QCollator(locale)
    result.setNumericMode(True)
    result.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return result


class TableProxy(QSortFilterProxyModel):
    """Sorts by sort_key (text with the locale's collation) and keeps the accepted rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._accepts: Callable[[Row], bool] | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # a text filter looks at every column
        self.collator = collator()

    # ------------------------------------------------------------ filter
    def set_row_filter(self, accepts: Callable[[Row], bool] | None) -> None:
        self.beginFilterChange()
        self._accepts = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filtering(self) -> bool:
        return self._accepts is not None or bool(self.filterRegularExpression().pattern())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accepts is not None and not source_parent.isValid():
            row_at = getattr(self.sourceModel(), "row_at", None)
            if row_at is not None and not self._accepts(row_at(source_row)):
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    # -------------------------------------------------------------- sort
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.collator = collator()  # the language may have changed since
        super().sort(column, order)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = sort_key(left), sort_key(right)
        if a is None or b is None:
            if a is None and b is None:
                return left.row() < right.row()
            return (a is None) == (self.sortOrder() == Qt.SortOrder.DescendingOrder)
        if a[0] != b[0]:
            return a[0] < b[0]
        if a[0] == _TEXT:
            order = self.collator.compare(str(a[1]), str(b[1]))
            return order < 0 if order else left.row() < right.row()
        if a[1] == b[1]:
            return left.row() < right.row()
        try:
            return a[1] < b[1]
        except TypeError:
            return str(a[1]) < str(b[1])

    # ------------------------------------------------------- drag and drop
    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if self.sortColumn() >= 0 or self.filtering():
            return False  # a drop only means something in the charter's own order
        return super().canDropMimeData(data, action, row, column, parent)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return super().dropMimeData(data, action, row, column, parent)
