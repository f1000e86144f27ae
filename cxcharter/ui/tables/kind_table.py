"""A table of one kind of structured content with its buttons: add, remove, move, sort.

The model is `kind_model.KindModel`; `proxy.TableProxy` sorts and filters the
rows; `remove_selected` is the one removal of every table of a kind.
`RowTable` puts the view, Remove / Move up / Move down (Delete, Ctrl+Up,
Ctrl+Down) and a message line under the table together; the tab that owns it
adds its own way of adding rows to `tools`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TR_NOOP,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.tables.fitting import fit_placeholder, shrunk
from cxcharter.ui.tables.proxy import TableProxy
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_delegate import RowDelegate
from cxcharter.ui.tables.row_model import RowTableModel
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.header_fit import keep_titles_whole

Index = QModelIndex | QPersistentModelIndex
ADD_SHORTCUT = "Ctrl+Shift+N"  # focus the "new …" field of the tab
TABLE_KEYS = (  # for Help → Keyboard Shortcuts
    (ADD_SHORTCUT, QT_TR_NOOP("Tabs with a table: add an entry")),
    ("Ctrl+Up", QT_TR_NOOP("Tabs with a table: move the selected entry up")),
    ("Ctrl+Down", QT_TR_NOOP("Tabs with a table: move the selected entry down")),
)


class KindDelegate(RowDelegate):
    """RowDelegate, with a spin box for whole numbers that have a range (scores 1–5)."""

    @staticmethod
    def _bounded(index) -> bool:
        f = index.data(Role.FIELD)
        return f is not None and f.type == "int" and f.low is not None and f.high is not None

    def createEditor(self, parent, option, index):
        if self._bounded(index):
            f = index.data(Role.FIELD)
            spin = QSpinBox(parent)
            spin.setRange(int(f.low), int(f.high))
            spin.setAccessibleName(
                str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
            )
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QSpinBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setValue(int(value) if value is not None else editor.minimum())
            editor.selectAll()  # typing a digit replaces the score
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def tab_margins(layout) -> None:
    layout.setContentsMargins(20, 10, 20, 10)
    layout.setSpacing(8)


def add_line(placeholder: str, accessible: str, slot) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    fit_placeholder(edit)
    edit.setAccessibleName(accessible)
    edit.setClearButtonEnabled(True)
    edit.returnPressed.connect(slot)
    return edit


def add_shortcut(widget: QWidget, text: str, slot) -> QAction:
    act = QAction(text, widget)
    act.setShortcut(QKeySequence(ADD_SHORTCUT))
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(slot)
    widget.addAction(act)
    return act


def plain_table(accessible: str) -> QTableView:
    """A table of rows: one row selected at a time, edited by double-click, F2 or typing."""
    table = QTableView()
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    table.setWordWrap(False)
    keep_titles_whole(table.horizontalHeader())  # no column title cut, in any language
    return table


def make_view(accessible: str) -> QTableView:
    table = plain_table(accessible)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(40)
    return table


class RowTable(QWidget):
    """One kind's table with Remove / Move buttons, sorting and a message line.

    `movable`: the rows' order means something (Move up/down, Ctrl+Up/Down);
    `sortable`: clicking a header sorts (a third click goes back to the
    charter's own order; moving a row goes back to it, too); `several`: more
    than one row can be selected and removed at once. Removing asks `confirm`
    (ids → go ahead?) first, when given, and runs `remove` (ids → done?), by
    default the session's removal of rows of the kind: one undo step.
    """

    currentChanged = Signal(object)  # row id or None

    def __init__(
        self,
        session,
        model: RowTableModel,
        accessible: str,
        *,
        movable: bool = True,
        sortable: bool = True,
        widths: tuple[int, ...] = (),
        stretch: int | None = None,
        several: bool = False,
        confirm: Callable[[list[int]], bool] | None = None,
        remove: Callable[[list[int]], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.model = session, model
        self.kind = model.kind.name
        self.movable = movable
        self.confirm = confirm or (lambda _ids: True)
        self.remove = remove or (lambda ids: session.remove_rows(self.kind, ids))
        self.proxy = TableProxy(self)
        self.proxy.setSourceModel(model)
        self._build_view(accessible, several=several)
        self._build_header(sortable=sortable, widths=widths, stretch=stretch)
        self._build_buttons(movable)
        self._build_layout()
        self._build_actions(movable)
        self._watch()

    def _build_view(self, accessible: str, *, several: bool) -> None:
        """The view over the proxy, with the kinds' delegate."""
        self.view = make_view(accessible)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(KindDelegate(self.session, self.view))
        if several:
            self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def _build_header(
        self, *, sortable: bool, widths: tuple[int, ...], stretch: int | None
    ) -> None:
        """Sorting, the planned column widths and the column that stretches."""
        header = self.view.horizontalHeader()
        if sortable:
            self.view.setSortingEnabled(True)
            header.setSortIndicatorClearable(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        for column, width in enumerate(widths):  # never narrower than the header's words
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        self._stretch = stretch if stretch is not None else self.model.columnCount() - 1
        self._planned = {
            column: header.sectionSize(column)
            for column in range(len(widths))
            if column != self._stretch
        }
        self._last_planned = header.sectionSize(self._stretch)
        self._fitting, self._auto_fit = False, bool(self._planned)
        header.sectionResized.connect(self._on_section_resized)
        self.view.viewport().installEventFilter(self)

    def _build_buttons(self, movable: bool) -> None:
        """Remove / Move up / Move down, and dragging rows where the order means something."""
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Remove the selected entry (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(tr("Move up"))
        self.up_button.setToolTip(tr("Move the selected entry up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(tr("Move down"))
        self.down_button.setToolTip(tr("Move the selected entry down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        if not movable:  # (showing a button without a parent yet would open it as a window)
            self.up_button.hide()
            self.down_button.hide()
        if movable and self.model.kind.ordered:  # drag a row to its new place
            self.view.setDragEnabled(True)
            self.view.setAcceptDrops(True)
            self.view.setDropIndicatorShown(True)
            self.view.setDragDropOverwriteMode(False)
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)

    def _build_layout(self) -> None:
        """The buttons above the table, the message line below."""
        self.message = plain_label(object_name="fieldError")
        self.message.setVisible(False)

        self.tools = QHBoxLayout()  # the page puts its ways of adding rows here
        self.tools.setSpacing(8)
        self.tools.addStretch(1)
        # The row buttons under the table: beside the approval panel one line is too short.
        self.row_tools = QHBoxLayout()
        self.row_tools.setSpacing(8)
        self.row_tools.addWidget(self.message, 1)
        for button in (self.remove_button, self.up_button, self.down_button):
            self.row_tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.row_tools)

    def _build_actions(self, movable: bool) -> None:
        """The table's own shortcuts, also in its context menu."""
        own = Qt.ShortcutContext.WidgetShortcut
        self.act_remove = self._action(
            tr("Remove"), QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected, own
        )
        if movable:
            self.act_up = self._action(
                tr("Move up"), QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1), own
            )
            self.act_down = self._action(
                tr("Move down"), QKeySequence("Ctrl+Down"), lambda: self.move_selected(1), own
            )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _watch(self) -> None:
        """Follow the current row and keep the buttons true to the rows."""
        self._current: int | None = None
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._after_reset)
        self._update_buttons()

    # -- column widths ----------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.view.viewport()
            and event.type() == QEvent.Type.Resize
            and self._auto_fit
        ):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Shrink the planned widths alike so the table fits its window without scrolling
        sideways (never below a header's own words); a window with room gets them whole."""
        header = self.view.horizontalHeader()
        reserve = (
            header.sectionSizeHint(self._stretch) if 0 <= self._stretch < header.count() else 0
        )
        others = sum(  # columns sized by their contents take their room first
            header.sectionSize(column)
            for column in range(header.count())
            if column not in self._planned
            and column != self._stretch
            and not header.isSectionHidden(column)
        )
        room = self.view.viewport().width() - reserve - others
        least = {column: header.sectionSizeHint(column) for column in self._planned}
        key = min(self._planned, key=header.visualIndex, default=None)
        if key is not None:  # the column that names the row: never cut below its words
            contents = self.view.sizeHintForColumn(key) + 6  # a little air after the words
            least[key] = max(least[key], min(self._planned[key], contents))
        # Too wide even at its titles' widths: it scrolls, by as little as it can.
        fits = sum(least.values()) <= room
        widths = shrunk(self._planned, least, room) if fits else dict(least)
        self._fitting = True
        try:
            if header.stretchLastSection():  # it stretches from this size up
                header.resizeSection(self._stretch, reserve if fits else self._last_planned)
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        """A column the user drags keeps its width: no more fitting to the window."""
        if not self._fitting and column in self._planned and self.view.isVisible():
            self._auto_fit = False

    def _action(self, text: str, keys: QKeySequence, slot, context) -> QAction:
        act = QAction(text, self.view)
        act.setShortcut(keys)
        act.setShortcutContext(context)
        act.triggered.connect(slot)
        self.view.addAction(act)
        return act

    # ------------------------------------------------------------ selection
    def selected_id(self) -> int | None:
        return self._current

    def select_id(self, row_id: int | None, column: int = 0) -> None:
        row = self.model.row_of(row_id) if row_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, column)) if row >= 0 else None
        if index is None or not index.isValid():
            self.view.selectionModel().clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            self._set_current(None)
            return
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self._set_current(row_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(current.data(Role.ROW_ID) if current.isValid() else None)

    def _set_current(self, row_id: int | None) -> None:
        changed = row_id != self._current
        self._current = row_id
        self._update_buttons()
        if changed:
            self.currentChanged.emit(row_id)

    def _after_reset(self, *_args) -> None:
        """Rows came, went or were sorted: keep the selected row where it went."""
        row_id = self._current
        if (
            row_id is not None
            and self.proxy.mapFromSource(self.model.index(self.model.row_of(row_id), 0)).isValid()
        ):
            self.select_id(row_id, max(self.view.currentIndex().column(), 0))
        else:
            self._set_current(
                self.view.currentIndex().data(Role.ROW_ID)
                if self.view.currentIndex().isValid()
                else None
            )
        self._update_buttons()

    def _visible_rows(self) -> list[int]:
        """Source rows of the rows shown, in the charter's order."""
        return sorted(
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        )

    def _update_buttons(self) -> None:
        editable = not self.session.read_only
        selected = self._current is not None
        self.remove_button.setEnabled(editable and selected)
        self.act_remove.setEnabled(editable and selected)
        if not self.movable:
            return
        rows = self._visible_rows()
        row = self.model.row_of(self._current) if selected else -1
        can_up = editable and row in rows and rows.index(row) > 0
        can_down = editable and row in rows and rows.index(row) < len(rows) - 1
        self.up_button.setEnabled(can_up)
        self.down_button.setEnabled(can_down)
        self.act_up.setEnabled(can_up)
        self.act_down.setEnabled(can_down)

    def set_messages(self, texts: list[str]) -> None:
        self.message.setText("\n".join(texts))
        self.message.setVisible(bool(texts))

    # ------------------------------------------------------------ editing
    def add(self, data: dict, *, edit_column: int | None = None) -> int | None:
        """Add a row through the session, select it (and open a cell for typing)."""
        if self.session.read_only:
            return None
        row_id = self.session.add_row(self.kind, data)
        if row_id is None:
            return None
        self.select_id(row_id, edit_column or 0)
        if edit_column is not None:
            self.view.setFocus()
        return row_id

    def selected_ids(self) -> list[int]:
        """The selected rows' ids, top to bottom (the current row's when none is)."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        ids = [i.data(Role.ROW_ID) for i in rows]
        return ids or ([] if self._current is None else [self._current])

    def remove_selected(self) -> None:
        remove_selected(
            self.view, self.session, self.kind, confirm=self.confirm, remove=self.remove,
            select=self.select_id,
        )  # fmt: skip

    def move_selected(self, step: int) -> None:
        row_id = self._current
        if row_id is None or self.session.read_only or not self.movable:
            return
        if self.proxy.sortColumn() >= 0:  # moving only makes sense in the charter's order
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        rows = self._visible_rows()
        row = self.model.row_of(row_id)
        if row not in rows:
            return
        at = rows.index(row) + step
        if 0 <= at < len(rows):
            column = max(self.view.currentIndex().column(), 0)
            self.session.move_row(self.kind, row_id, rows[at])
            self.select_id(row_id, column)
            self.view.setFocus()

    def detach(self) -> None:
        self.model.detach()


def remove_selected(
    view: QAbstractItemView,
    session,
    kind: str,
    *,
    code: str = "row.remove",
    confirm: Callable[[list[int]], bool] | None = None,
    remove: Callable[[list[int]], bool] | None = None,
    select: Callable[[int | None], None] | None = None,
) -> bool:
    """The one removal of every table of a kind: the rows selected in `view` (its
    model, or the proxy over it, answers Role.ROW_ID), after `confirm` (ids → go
    ahead?), in one step (`remove`, by default the session's removal of rows of the
    kind); then the row now in the first one's place is the current one (`select`
    by id, else the view's own). False when nothing was removed."""
    model = view.model()
    current = view.currentIndex()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    if not rows and current.isValid():
        rows = [current.row()]
    ids = [model.index(r, 0).data(Role.ROW_ID) for r in rows]
    ids = [i for i in ids if i is not None]
    if not ids or session.read_only or (confirm is not None and not confirm(ids)):
        return False
    done = remove(ids) if remove is not None else session.remove_rows(kind, ids, code=code)
    if not done:
        return False
    count = model.rowCount()
    after = model.index(min(rows[0], count - 1), max(current.column(), 0)) if count else None
    if select is not None:
        select(after.data(Role.ROW_ID) if after is not None else None)
    elif after is not None:
        view.setCurrentIndex(after)
    if after is not None:
        view.setFocus()
    return True
