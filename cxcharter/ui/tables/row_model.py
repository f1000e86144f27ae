"""A table model over one kind of structured content, generic over its fields.

Reads rows from the store and writes through the session (one undo step per
edit). Columns are declared by the page: which field, its header, and
optionally how to show a value. Follows the store's changes row by row: an
update of one row re-reads that row and emits dataChanged for it; rows that
came or went are inserted or removed; only a change of order or a bulk change
(more than BULK rows) resets the model. Selection, scroll position and an open
editor survive every edit, undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cxcharter.domain.entities import ALL_KINDS, Field, Row
from cxcharter.domain.names import distinct_names
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.fields import format_date, format_number
from cxcharter.ui.widgets.labels import choice_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ROW_MIME = "application/x-cxcharter-row"  # a dragged row: "<kind>:<id>"
BULK = 50  # more rows than this came or went at once: a reset is cheaper than signals


def content_signals(model: QAbstractTableModel) -> tuple:
    """Every signal after which a model shows other rows or values (a refresh inserts,
    removes or changes rows and resets only for bulk changes: listen to all of them)."""
    return (
        model.modelReset,
        model.rowsInserted,
        model.rowsRemoved,
        model.layoutChanged,
        model.dataChanged,
    )


@dataclass(frozen=True)
class Column:
    field: str  # a field of the kind, or "" for a computed column
    title: str
    display: Callable[[Row], object] | None = None  # overrides the default rendering
    tooltip: Callable[[Row], str] | None = None
    editable: bool = True
    numeric: bool = False  # a computed number: right-aligned like a number field
    sort: Callable[[Row], object] | None = None  # a computed column's sort key (Role.SORT)
    decoration: Callable[[Row], object] | None = None  # an icon the cell shows


class RowTableModel(QAbstractTableModel):
    def __init__(
        self,
        session: CharterSession,
        kind: str,
        columns: list[Column],
        parent=None,
        row_filter: Callable[[Row], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.kind, self.columns = session, ALL_KINDS[kind], columns
        self.row_filter = row_filter
        self._rows: list[Row] = []
        self._names: dict[int, str] = {}  # person id → name, told apart
        self._labels: dict[str, dict[int, str]] = {}  # kind → id → what a reference shows
        self._updated: int | None = None  # the row an update just refreshed
        self.reload()
        session.rowUpdated.connect(self._on_row_updated)
        session.rowsChanged.connect(self._on_rows_changed)
        session.peopleChanged.connect(self._on_people_changed)

    # ---------------------------------------------------------- syncing
    def reload(self) -> None:
        if self.session.closed:
            return
        rows = list(self.session.document.rows(self.kind.name))
        if self.row_filter is not None:
            rows = [r for r in rows if self.row_filter(r)]
        self._read_labels()
        self._show(rows)

    def _show(self, rows: list[Row]) -> None:
        """New rows: dataChanged where only values changed, rows inserted or removed
        where they came or went; a reset when rows moved or many came or went."""
        if not self._splice(rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
        self._rows = rows
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1)
            )

    def _splice(self, rows: list[Row]) -> bool:
        """Remove the rows that went and insert those that came, one signal each, when
        the rows that stay keep their order; False (nothing done) when a reset is due."""
        new_ids = {r.id for r in rows}
        old_ids = {r.id for r in self._rows}
        staying = [r.id for r in self._rows if r.id in new_ids]
        if staying != [r.id for r in rows if r.id in old_ids]:
            return False  # rows moved
        if len(old_ids - new_ids) + len(new_ids - old_ids) > BULK:
            return False
        for i in range(len(self._rows) - 1, -1, -1):
            if self._rows[i].id not in new_ids:
                self.beginRemoveRows(ROOT, i, i)
                del self._rows[i]
                self.endRemoveRows()
        for i, row in enumerate(rows):
            if i >= len(self._rows) or self._rows[i].id != row.id:
                self.beginInsertRows(ROOT, i, i)
                self._rows.insert(i, row)
                self.endInsertRows()
        return True

    def _on_row_updated(self, kind: str, row_id: int, fields: list) -> None:
        """One row's values changed: read that row alone (the rowsChanged that follows
        is then done), unless the model computes over all its rows (its own reload)
        or the change may move the row (a field its kind is ordered by)."""
        self._updated = None
        if kind != self.kind.name or type(self).reload is not RowTableModel.reload:
            return
        if set(fields) & set(self.kind.order_by):
            return  # the full refresh puts it in its new place
        at = self.row_of(row_id)
        row = self.session.document.row(kind, row_id) if at >= 0 else None
        if row is None or (self.row_filter is not None and not self.row_filter(row)):
            return  # the full refresh decides
        self._rows[at] = row
        self._updated = row_id
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def _read_labels(self) -> None:
        """What every reference cell shows, read once per refresh, never in data()."""
        self._names = distinct_names(self.session.document.people())
        self._labels = {"person": self._names}
        for f in self.kind.fields:
            if f.type == "ref" and f.ref not in self._labels:
                self._labels[f.ref] = self._labels_of(f.ref)

    def _labels_of(self, kind: str) -> dict[int, str]:
        """id → what a reference to a row of `kind` shows: the row's first field."""
        first = ALL_KINDS[kind].fields[0].name
        return {r.id: str(r.get(first) or "") for r in self.session.document.rows(kind)}

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def _on_rows_changed(self, kind: str) -> None:
        if kind == self.kind.name:
            if self._updated is not None:  # that row is read already
                self._updated = None
                return
            self.reload()
        elif kind in self._labels and kind != "person" and not self.session.closed:
            self._labels[kind] = self._labels_of(kind)  # a referenced row was renamed
            self._all_changed()

    def _on_people_changed(self) -> None:
        if self.session.closed or self.kind.name == "person":
            return  # a table of people follows its rows
        self._names = distinct_names(self.session.document.people())
        self._labels["person"] = self._names
        self._all_changed()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == row_id:
                return i
        return -1

    def field_of(self, column: int) -> Field | None:
        name = self.columns[column].field
        return self.kind.field(name) if name else None

    # ----------------------------------------------------------- model
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def display(self, row: Row, column: Column) -> str:
        if column.display is not None:
            return column.display(row)
        f = self.kind.field(column.field)
        value = row.get(f.name)
        if value is None or value == "":
            return ""
        if f.type == "ref":
            return self._labels.get(f.ref, {}).get(value, "")
        if f.type == "enum":
            return choice_label(value)
        if f.type == "date":
            return format_date(value)
        if f.type in ("real", "int"):
            return format_number(value)
        if f.type == "bool":
            return ""
        return str(value).replace("\n", " ⏎ ") if f.type == "text" else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        f = self.kind.field(column.field) if column.field else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole and f is not None:
            return row.get(f.name)
        if role == Qt.ItemDataRole.CheckStateRole and f is not None and f.type == "bool":
            return Qt.CheckState.Checked if row.get(f.name) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            text = self.display(row, column)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column.tooltip is not None:
            return column.tooltip(row) if self.display(row, column) == "" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column.numeric or (f is not None and f.type in ("real", "int"))
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.SORT:
            return column.sort(row) if column.sort is not None else None
        if role == Role.ROW_ID:
            return row.id
        if role == Role.FIELD:
            return f
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.kind.ordered and not self.session.read_only:
            base |= Qt.ItemFlag.ItemIsDropEnabled  # rows are dropped between rows
            if index.isValid():
                base |= Qt.ItemFlag.ItemIsDragEnabled
        if not index.isValid():
            return base
        column = self.columns[index.column()]
        if not column.editable or not column.field or self.session.read_only:
            return base
        f = self.kind.field(column.field)
        if f.type == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (
            self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        ):
            return False
        row = self._rows[index.row()]
        f = self.kind.field(self.columns[index.column()].field)
        if role == Qt.ItemDataRole.CheckStateRole and f.type == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, str) and f.type == "line":
            value = value.strip()  # one line: no spaces around it
        elif isinstance(value, str) and f.type != "text":
            value = value.strip() or None
        if f.required and value in (None, ""):
            return False
        if row.get(f.name) == value:
            return True
        return self.session.update_row(self.kind.name, row.id, **{f.name: value})

    # ------------------------------------------------- drag to reorder
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(
                ROW_MIME, QByteArray(f"{self.kind.name}:{self._rows[rows[0]].id}".encode("ascii"))
            )
        return data

    def _dragged(self, data: QMimeData) -> int | None:
        if data is None or not data.hasFormat(ROW_MIME):
            return None
        kind, _, row_id = bytes(data.data(ROW_MIME)).decode("ascii", "replace").partition(":")
        if kind != self.kind.name or not row_id.isdigit():
            return None  # another table's row
        row_id = int(row_id)
        return row_id if any(r.id == row_id for r in self._rows) else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return (
            self.kind.ordered
            and not self.session.read_only
            and action == Qt.DropAction.MoveAction
            and self._dragged(data) is not None
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Move the dragged row to where it was dropped: one store call, one undo step.

        Returns False, so the view does not also remove the row it dragged: the
        store's change notification redraws the table in its new order."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        row_id = self._dragged(data)
        if row < 0:  # dropped on a row rather than between two: before it
            row = parent.row() if parent.isValid() else len(self._rows)
        order = [r.id for r in self.session.document.rows(self.kind.name)]
        old = order.index(row_id)
        if row >= len(self._rows):
            new = len(order) - 1
        else:
            new = order.index(self._rows[row].id)
            if old < new:
                new -= 1  # the row leaves its place above the drop
        if new != old:
            self.session.move_row(self.kind.name, row_id, new)
        return False

    def detach(self) -> None:
        self.session.rowUpdated.disconnect(self._on_row_updated)
        self.session.rowsChanged.disconnect(self._on_rows_changed)
        self.session.peopleChanged.disconnect(self._on_people_changed)
