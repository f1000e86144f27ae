"""The overview's lists: read-only, as tall as their rows, long texts wrapped, never cut.

The page scrolls, not the lists. A question wraps inside its column and its row
grows to fit, so a narrow page (1280×800 with the approval panel open) still shows
every word of it; when a column changes width the rows wrap anew.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cxcharter.ui.tables.roles import Role

ROW_PADDING = 10  # pixels added to each list row's height


def depth(index: QModelIndex) -> int:
    level = 0
    while index.parent().isValid():
        index, level = index.parent(), level + 1
    return level


class RoomyDelegate(QStyledItemDelegate):
    """Rows with a little air (the lists are read, not edited), as tall as the first
    column's text wrapped at that column's width.

    QTreeView asks for a row's height without telling the column's width, so on its
    own a wrapped text gets the height of one line and is cut after it.
    """

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        if index.column() == 0 and view.wordWrap():
            option = QStyleOptionViewItem(option)
            levels = depth(index) + (1 if view.rootIsDecorated() else 0)  # as QTreeView indents
            width = view.columnWidth(0) - view.indentation() * levels
            option.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


class EntryList(QTreeWidget):
    """A read-only list as tall as its rows; the first column wraps, the others fit."""

    def __init__(self, columns: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewList")
        self.setAccessibleName(name)
        self.setColumnCount(len(columns))
        self.setHeaderLabels(columns)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)  # a wrapped question takes two or three lines
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # only a word wider than its column
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)  # the card shows through
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(RoomyDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsMovable(False)
        header.sectionResized.connect(self._rewrap)
        self._height: int | None = None  # the rows' height, until rows or widths change
        model = self.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._forget_height)
        self.itemExpanded.connect(self._rows_shown)
        self.itemCollapsed.connect(self._rows_shown)

    def _forget_height(self, *_args) -> None:
        self._height = None

    def _rows_shown(self, *_args) -> None:
        self._height = None
        self.updateGeometry()

    def _rewrap(self, *_args) -> None:
        """A column changed width: the rows wrap anew, and the list takes their height."""
        self._height = None
        self.scheduleDelayedItemsLayout()
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._height = None  # another font wraps and measures the rows anew
        super().changeEvent(event)

    def visible_items(self) -> Iterator[QTreeWidgetItem]:
        """Every row shown, top to bottom: the top-level items and the expanded ones' children."""
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            yield item
            if item.isExpanded():
                yield from (item.child(j) for j in range(item.childCount()))

    def sizeHint(self) -> QSize:
        # Layouts ask many times while a page is built; measuring every row each time
        # cost ~70 ms of opening a charter, so the sum is kept until something changes.
        if self._height is None:
            rows = sum(
                self.indexRowSizeHint(self.indexFromItem(item)) for item in self.visible_items()
            )
            self._height = self.header().sizeHint().height() + rows
        return QSize(super().sizeHint().width(), self._height + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keys(self) -> list[str]:
        """Question keys of every entry, top to bottom (for tests and navigation)."""
        result = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            for entry in (item, *(item.child(j) for j in range(item.childCount()))):
                if entry.data(0, Role.KEY):
                    result.append(entry.data(0, Role.KEY))
        return result

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            for entry in (item, *(item.child(j) for j in range(item.childCount()))):
                if entry.data(0, Role.KEY) == key:
                    return entry
        return None
