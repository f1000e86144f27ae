"""Suggestions the user adds with one click: a small table with an Add button per row.

The owning tab fills it with `SuggestionItem`s (a key it understands, a title,
why it is suggested) and adds the row when `chosen(key)` fires: a click on the
row's Add button, or Enter / Space on the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label, section_font

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
TITLE, WHY, ADD = range(3)


@dataclass(frozen=True, slots=True)
class SuggestionItem:
    key: object
    title: str
    why: str = ""


class SuggestionModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[SuggestionItem] = []

    def set_items(self, items: list[SuggestionItem]) -> None:
        if items == self._items:
            return
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> SuggestionItem:
        return self._items[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {TITLE: tr("Suggestion"), WHY: tr("Why"), ADD: ""}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {TITLE: item.title, WHY: item.why, ADD: tr("Add")}[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == ADD:
                return tr("Add “{title}” (Enter)").format(title=item.title)
            return item.why if index.column() == WHY else item.title
        if role == Role.KEY:
            return item.key
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == ADD:
            return tr("Add “{title}”").format(title=item.title)
        return None


class AddButtonDelegate(QStyledItemDelegate):
    """Draws the Add column as a push button (the view's click does the adding)."""

    def paint(self, painter, option, index) -> None:
        button = QStyleOptionButton()
        rect = QRect(option.rect).adjusted(4, 3, -4, -3)
        button.rect = rect
        button.text = str(index.data() or "")
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            button.state |= QStyle.StateFlag.State_MouseOver
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 24)
        return size


class SuggestionList(QWidget):
    """A heading, a short hint, the suggestions, and "Add all"."""

    chosen = Signal(object)  # the key of the suggestion to add
    chosenAll = Signal()

    def __init__(
        self, heading: str, hint: str, empty: str, accessible: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = SuggestionModel(self)
        self._empty_text = empty
        self.heading = plain_label(heading, wrap=False)
        self.heading.setFont(section_font(self.heading, 1.05))
        self.hint = plain_label(hint, object_name="hint")
        self.add_all_button = QPushButton(tr("Add all"))
        self.add_all_button.setToolTip(tr("Add every suggestion in one step"))
        self.add_all_button.clicked.connect(self.chosenAll)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(accessible)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setMouseTracking(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.setItemDelegateForColumn(ADD, AddButtonDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ADD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(TITLE, 180)
        header.resizeSection(ADD, 90)
        self.view.clicked.connect(self._clicked)
        act = QAction(tr("Add"), self.view)
        act.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
                QKeySequence(Qt.Key.Key_Space),
            ]
        )
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act.triggered.connect(self._add_current)
        self.view.addAction(act)
        self.empty = plain_label(empty, object_name="hint")

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.add_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.set_items([])

    def set_items(self, items: list[SuggestionItem], *, editable: bool = True) -> None:
        row = self.view.currentIndex().row()
        self.model.set_items(items)
        shown = bool(items)
        self.view.setVisible(shown)
        self.empty.setVisible(not shown)
        self.add_all_button.setEnabled(shown and editable)
        self.add_all_button.setVisible(len(items) > 1)
        self.view.setEnabled(editable)
        if shown and row >= 0:
            self.view.setCurrentIndex(self.model.index(min(row, len(items) - 1), TITLE))

    def suggested_keys(self) -> list[object]:
        return [self.model.item(r).key for r in range(self.model.rowCount())]

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == ADD:
            self.chosen.emit(index.data(Role.KEY))

    def _add_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.chosen.emit(index.data(Role.KEY))
