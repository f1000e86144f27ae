"""The Governance bodies tab: sponsor, steering committee, core team, working groups,
ambassadors — each with purpose, decision authority, cadence and members (the
models are in bodies_models.py).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import BODY_TYPES
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.new_person import (
    new_person_button,
    new_person_with,
    no_people_yet,
)
from cxcharter.ui.sections.roles.bodies_models import BodiesModel, MembersModel
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.fitting import shrunk
from cxcharter.ui.tables.proxy import TableProxy
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_delegate import RowDelegate
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.labels import choice_label

SAVE_DELAY_MS = 400  # typing pauses this long are saved


def tab_margins(layout) -> None:
    """The margins of the Roles tabs, in line with the page header."""
    layout.setContentsMargins(28, 12, 28, 16)
    layout.setSpacing(10)


def push_button(text: str, tip: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


class BodiesTab(QWidget):
    """Sponsor, steering committee, core team, working groups, ambassadors, with members."""

    TEXT_FIELDS = ("purpose", "authority")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = BodiesModel(session, self)
        self.members = MembersModel(session, self)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._shown: int | None = None

        tools = self._build_tools()
        left = self._build_left(tools)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._make_details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 340])
        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._show_body)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
            self.members.dataChanged,
            self.members.modelReset,
        ):
            signal.connect(self._update_state)
        session.rowsChanged.connect(self._on_rows_changed)
        session.add_flusher(self.flush)
        session.aboutToClose.connect(self._timer.stop)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 1))
        self._show_body()

    def _build_tools(self) -> QHBoxLayout:
        """Add (a menu of body types), Remove, Move up and Move down."""
        self.add_menu = QMenu(self)
        for body_type in BODY_TYPES:
            action = self.add_menu.addAction(choice_label(body_type))
            action.triggered.connect(lambda _c=False, t=body_type: self.add_body(t))
        self.add_button = QToolButton()
        self.add_button.setText(tr("Add body"))
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_button = push_button(
            tr("Remove"), tr("Remove the selected body (Delete)"), self.remove_current
        )
        self.up_button = push_button(
            tr("Move up"), tr("Move the body up (Ctrl+Up)"), lambda: self.move_current(-1)
        )
        self.down_button = push_button(
            tr("Move down"), tr("Move the body down (Ctrl+Down)"), lambda: self.move_current(1)
        )
        tools = QHBoxLayout()
        tools.setSpacing(6)
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        for button in (self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        return tools

    def _build_left(self, tools: QHBoxLayout) -> QWidget:
        """The tool row, the hint and the table of bodies."""
        self.table = self._make_table()
        self.hint = plain_label(
            tr(
                "Who steers your CX work? Add the executive sponsor, a steering committee, the "
                "CX core team, working groups and CX ambassadors."
            ),
            object_name="hint",
        )
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.setSpacing(8)
        left_box.addLayout(tools)
        left_box.addWidget(self.hint)
        left_box.addWidget(self.table, 1)
        return left

    def eventFilter(self, watched, event) -> bool:
        """The planned widths shrink alike when the table is narrower than they are."""
        table = getattr(self, "table", None)
        if table is not None and event.type() == QEvent.Type.Resize and watched is table.viewport():
            header = self.table.horizontalHeader()
            room = watched.width() - header.sectionSizeHint(BodiesModel.MEMBERS)
            least = {c: header.sectionSizeHint(c) for c in self._planned}
            least[0] = max(least[0], min(self._planned[0], self.table.sizeHintForColumn(0) + 6))
            if sum(least.values()) <= room:
                for column, width in shrunk(self._planned, least, room).items():
                    header.resizeSection(column, width)
        return super().eventFilter(watched, event)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setItemDelegate(RowDelegate(self.session, table))
        table.setAccessibleName(tr("Governance bodies"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        self._planned = {0: 225, 1: 160, 2: 120}  # body names are long in German
        for column, width in self._planned.items():
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(BodiesModel.MEMBERS, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)  # narrower beside the approval panel
        for column in (4, 5):  # purpose and authority: edited beside the table
            table.setColumnHidden(column, True)
        self.act_remove = QAction(tr("Remove"), table)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(self.remove_current)
        table.addAction(self.act_remove)
        for key, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            action = QAction(table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.move_current(s))
            table.addAction(action)
        return table

    def _make_details(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(12, 0, 0, 0)
        box.setSpacing(4)
        self.title = plain_label()
        self.title.setFont(section_font(self.title, 1.05))
        box.addWidget(self.title)
        self.editors: dict[str, QPlainTextEdit] = {}
        for name, text in (("purpose", tr("&Purpose")), ("authority", tr("&Decision authority"))):
            label = plain_label(text, wrap=False)
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(76)
            editor.setAccessibleName(text.replace("&", ""))
            editor.textChanged.connect(self._on_typed)
            label.setTextFormat(Qt.TextFormat.AutoText)  # a fixed word with a mnemonic
            label.setBuddy(editor)
            box.addWidget(label)
            box.addWidget(editor)
            self.editors[name] = editor
        members_label = plain_label(tr("&Members"), wrap=False)
        members_label.setTextFormat(Qt.TextFormat.AutoText)
        self.member_filter = QLineEdit()
        self.member_filter.setPlaceholderText(tr("Filter people…"))
        self.member_filter.setClearButtonEnabled(True)
        self.member_filter.setAccessibleName(tr("Filter people"))
        self.members_proxy = TableProxy(self)
        self.members_proxy.setSourceModel(self.members)
        self.member_filter.textChanged.connect(
            lambda text: self.members_proxy.setFilterFixedString(text.strip())
        )
        self.member_list = QListView()
        self.member_list.setModel(self.members_proxy)
        self.member_list.setAccessibleName(tr("Members"))
        self.member_list.setSpacing(1)
        members_label.setBuddy(self.member_list)
        self.member_count = plain_label(object_name="hint")
        row = QHBoxLayout()
        row.addWidget(members_label)
        row.addStretch(1)
        row.addWidget(self.member_count)
        self.new_member = new_person_button(
            tr("Add a new person to the charter as a member of this body"), self.add_new_member
        )
        row.addWidget(self.new_member)
        box.addSpacing(6)
        box.addLayout(row)
        box.addWidget(self.member_filter)
        box.addWidget(self.member_list, 1)
        return panel

    # ------------------------------------------------------------ state
    def current_body(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Role.ROW_ID) if index.isValid() else None

    def _update_state(self, *_args) -> None:
        writable = not self.session.read_only
        current = self.table.currentIndex()
        has = current.isValid()
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and has)
        self.act_remove.setEnabled(writable and has)
        self.up_button.setEnabled(writable and has and current.row() > 0)
        self.down_button.setEnabled(writable and has and current.row() < self.model.rowCount() - 1)
        empty = self.model.rowCount() == 0
        self.hint.setVisible(empty)
        self.table.setVisible(not empty)
        for editor in self.editors.values():
            editor.setEnabled(has)
            editor.setReadOnly(not writable)
        self.member_list.setEnabled(has)
        self.member_filter.setEnabled(has)
        self.new_member.setEnabled(writable and has)
        count = len(self.members.members)
        self.member_count.setText(
            ""
            if not has
            else no_people_yet()
            if not self.members.people
            else tr("1 member")
            if count == 1
            else tr("{n} members").format(n=count)
        )

    def _show_body(self, *_args) -> None:
        self.flush()
        body = self.current_body()
        self._shown = body
        self.members.set_body(body)
        row = self.session.document.row("body", body) if body is not None else None
        self.title.setText(str(row.get("name") or "") if row else tr("No body selected"))
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            editor.setPlainText(str(row.get(name) or "") if row else "")
            editor.blockSignals(False)
        self._update_state()

    def _on_rows_changed(self, kind: str) -> None:
        if kind != "body" or self._timer.isActive():
            return
        row = self.session.document.row("body", self._shown) if self._shown is not None else None
        if row is None:
            return
        self.title.setText(str(row.get("name") or ""))
        for name, editor in self.editors.items():
            if editor.toPlainText() != (row.get(name) or ""):
                editor.blockSignals(True)
                editor.setPlainText(str(row.get(name) or ""))
                editor.blockSignals(False)

    def _on_typed(self) -> None:
        if self._shown is not None and not self.session.read_only:
            self._timer.start()

    def flush(self) -> None:
        """Save what was typed into purpose or authority and not yet saved."""
        self._timer.stop()
        if self._shown is None or self.session.read_only or self.session.closed:
            return
        row = self.session.document.row("body", self._shown)
        if row is None:
            return
        changed = {
            name: editor.toPlainText()
            for name, editor in self.editors.items()
            if editor.toPlainText() != (row.get(name) or "")
        }
        if changed:
            self.session.update_row("body", self._shown, **changed)

    # ------------------------------------------------------------ editing
    def add_new_member(self) -> int | None:
        """“New person…”: the person joins the charter and this body, one step."""
        body = self.current_body()
        if body is None:
            return None
        return new_person_with(self, self.session, "body_member", {"body": body})

    def add_body(self, body_type: str) -> int | None:
        if self.session.read_only:
            return None
        self.flush()
        row_id = self.session.add_row("body", {"type": body_type, "name": choice_label(body_type)})
        if row_id is not None:
            index = self.model.index(self.model.row_of(row_id), 1)
            self.table.setCurrentIndex(index)
            self.table.setFocus()
            self.table.edit(index)  # name it right away
        return row_id

    def remove_current(self) -> None:
        body = self.current_body()
        if body is None or self.session.read_only:
            return
        self.flush()
        row = self.table.currentIndex().row()
        self.session.remove_row("body", body)
        count = self.model.rowCount()
        if count:
            self.table.setCurrentIndex(self.model.index(min(row, count - 1), 1))
        self._show_body()

    def move_current(self, step: int) -> None:
        body, current = self.current_body(), self.table.currentIndex()
        if body is None or self.session.read_only:
            return
        target = current.row() + step
        if 0 <= target < self.model.rowCount() and self.session.move_row("body", body, target):
            self.table.setCurrentIndex(self.model.index(self.model.row_of(body), current.column()))

    def detach(self) -> None:
        self.flush()
        self._timer.stop()
        self.session.remove_flusher(self.flush)
        self.session.rowsChanged.disconnect(self._on_rows_changed)
        self.session.aboutToClose.disconnect(self._timer.stop)
        self.model.detach()
        self.members.detach()
