"""The overview's lists: read-only, as tall as their rows (the page scrolls, not the lists)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole  # the question key of an entry
ROW_PADDING = 10  # pixels added to each list row's height


class RoomyDelegate(QStyledItemDelegate):
    """Rows with a little air: the lists are read, not edited."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


class EntryList(QTreeWidget):
    """A read-only list as tall as its rows (the page scrolls, not the list)."""

    def __init__(self, columns: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewList")
        self.setAccessibleName(name)
        self.setColumnCount(len(columns))
        self.setHeaderLabels(columns)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(RoomyDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsMovable(False)
        self.itemExpanded.connect(self.updateGeometry)
        self.itemCollapsed.connect(self.updateGeometry)

    def _visible_rows(self) -> int:
        rows = 0
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            rows += 1 + (item.childCount() if item.isExpanded() else 0)
        return rows

    def sizeHint(self) -> QSize:
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else 0
        height = self.header().sizeHint().height() + self._visible_rows() * row
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keys(self) -> list[str]:
        """Question keys of every entry, top to bottom (for tests and navigation)."""
        result = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            for entry in (item, *(item.child(j) for j in range(item.childCount()))):
                if entry.data(0, KEY_ROLE):
                    result.append(entry.data(0, KEY_ROLE))
        return result

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            for entry in (item, *(item.child(j) for j in range(item.childCount()))):
                if entry.data(0, KEY_ROLE) == key:
                    return entry
        return None
