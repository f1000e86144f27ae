"""Customer journey & touchpoints: where customers meet us, and who owns each touchpoint.

One tab beside the questions: the touchpoints as a table (sort, filter by
phase, channel or words) or as a touch map (phases as columns, a card per
touchpoint with its owning department). Both show the same filtered rows and
the same selection; the table is where touchpoints are edited.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import JOURNEY_PHASES, Row
from cxcharter.domain.journey import channels, journey_problems, same_channel, touchpoint_problems
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.journey.touch_map import TouchMapModel, make_map_view
from cxcharter.ui.sections.journey.touchpoint_aside import ColumnsFit, TouchpointAside
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_model import KindModel
from cxcharter.ui.tables.kind_table import (
    KindDelegate,
    RowTable,
    add_line,
    add_shortcut,
    tab_margins,
)
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_model import Column, content_signals
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.labels import choice_label

NAME, PHASE, CHANNEL, DEPARTMENT, NOTES = range(5)
TABLE_VIEW, MAP_VIEW = range(2)


def channel_suggestions() -> list[str]:
    return [
        tr("Website"),
        tr("Online shop"),
        tr("Retailer"),
        tr("Phone"),
        tr("Email"),
        tr("Chat"),
        tr("App"),
        tr("On site"),
        tr("Letter"),
        tr("Social media"),
        tr("Review platforms"),
    ]


def department_suggestions() -> list[str]:
    return [
        tr("Customer Service"),
        tr("Marketing"),
        tr("Sales"),
        tr("IT"),
        tr("Product"),
        tr("Executive"),
    ]


def problem_text(code: str, params: dict) -> str:
    if code == "touchpoint.no_channel":
        return tr("Name the channel of this touchpoint.")
    if code == "touchpoint.no_department":
        return tr("Name the department that owns this touchpoint.")
    return code


class TouchpointsModel(KindModel):
    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(
            session,
            "touchpoint",
            [
                Column("name", tr("Touchpoint")),
                Column("phase", tr("Journey phase")),
                Column("channel", tr("Channel")),
                Column("department", tr("Owning department")),
                Column("notes", tr("Notes")),
            ],
            parent,
        )

    def cell_problems(self, row: Row) -> dict[str, str]:
        return {p.field: problem_text(p.code, p.params) for p in touchpoint_problems(row)}

    def values_of(self, field: str) -> list[str]:
        rows = [self.row_at(r) for r in range(self.rowCount())]
        if field == "channel":
            return channels(rows)
        return channels([{"channel": r.get(field)} for r in rows])


class TouchpointDelegate(KindDelegate):
    """Channel and department cells offer the usual words and those already in use."""

    def __init__(self, session: CharterSession, model: TouchpointsModel, parent=None) -> None:
        super().__init__(session, parent)
        self.model = model

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        column = index.column()
        if isinstance(editor, QLineEdit) and column in (CHANNEL, DEPARTMENT):
            field = "channel" if column == CHANNEL else "department"
            usual = channel_suggestions() if column == CHANNEL else department_suggestions()
            words = list(dict.fromkeys([*self.model.values_of(field), *usual]))
            completer = QCompleter(words, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor


class TouchpointsTab(QWidget):
    """The touch map and the touchpoint table, filtered alike."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = TouchpointsModel(session, self)
        self.table = RowTable(session, self.model, tr("Touchpoints"))
        self.table.view.setItemDelegate(TouchpointDelegate(session, self.model, self.table.view))
        self.aside = TouchpointAside(session, self.model, self._departments)
        self.table.layout().insertWidget(2, self.aside)  # under the table, over its buttons
        self.fit = ColumnsFit(self.table.view, self._columns_aside)
        self.map_model = TouchMapModel(self.model, self)
        self.map = make_map_view(self.map_model)

        self._build_tools()
        self._build_filters()
        self._build_view_switch()
        filters = self._filter_row()
        self._build_stack()

        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)

        edit = QAction(tr("Edit in the table"), self.map)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self.edit_current_card)
        self.map.addAction(edit)
        self.map.doubleClicked.connect(lambda _i: self.edit_current_card())
        self.map.selectionModel().currentChanged.connect(self._map_current)
        self.table.currentChanged.connect(self._table_current)
        self.table.currentChanged.connect(self.aside.set_touchpoint)
        for signal in content_signals(self.model):
            signal.connect(self._update)
            signal.connect(self.aside.refresh)
        self._fill_channels()
        self._update()

    def _build_tools(self) -> None:
        """The new touchpoint's name and its Add button, in the table's tool row."""
        self.new_name = add_line(
            tr("New touchpoint: type its name and press Enter"),
            tr("Name of the new touchpoint"),
            self.add_touchpoint,
        )
        self.add_button = QPushButton(tr("Add touchpoint"))
        self.add_button.clicked.connect(self.add_touchpoint)
        self.act_add = add_shortcut(self, tr("Add touchpoint"), self.focus_new)
        self.table.tools.insertWidget(0, self.new_name, 2)
        self.table.tools.insertWidget(1, self.add_button)

    def _build_filters(self) -> None:
        """Show one journey phase, one channel, or touchpoints with some words."""
        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Show journey phase"))
        self.phase.addItem(tr("All phases"), None)
        for phase in JOURNEY_PHASES:
            self.phase.addItem(choice_label(phase), phase)
        self.channel = QComboBox()
        self.channel.setAccessibleName(tr("Show channel"))
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter touchpoints…"))
        self.search.setAccessibleName(tr("Filter touchpoints"))
        self.search.setClearButtonEnabled(True)
        self.phase.currentIndexChanged.connect(self._apply_filter)
        self.channel.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)

    def _build_view_switch(self) -> None:
        """Table or touch map (Ctrl+1, Ctrl+2)."""
        self.table_button = QToolButton()
        self.table_button.setText(tr("Table"))
        self.map_button = QToolButton()
        self.map_button.setText(tr("Touch map"))
        self.views = QButtonGroup(self)
        for n, button in enumerate((self.table_button, self.map_button)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.views.addButton(button, n)
        self.table_button.setToolTip(tr("Edit the touchpoints in a table (Ctrl+1)"))
        self.map_button.setToolTip(tr("See the touchpoints by journey phase (Ctrl+2)"))
        self.table_button.setChecked(True)
        self.views.idToggled.connect(self._view_toggled)
        for keys, which in (("Ctrl+1", TABLE_VIEW), ("Ctrl+2", MAP_VIEW)):
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False, w=which: self.show_view(w))
            self.addAction(act)

    def _filter_row(self) -> QVBoxLayout:
        """The view switch, and under it the filters with their labels."""
        filters = QHBoxLayout()
        filters.setSpacing(8)
        phase_label = plain_label(tr("&Phase:"), wrap=False)
        phase_label.setBuddy(self.phase)
        channel_label = plain_label(tr("C&hannel:"), wrap=False)
        channel_label.setBuddy(self.channel)
        filters.addWidget(phase_label)
        filters.addWidget(self.phase)
        filters.addSpacing(8)
        filters.addWidget(channel_label)
        filters.addWidget(self.channel)
        filters.addSpacing(8)
        filters.addWidget(self.search, 1)
        switch = QHBoxLayout()  # a line of its own: beside the approval panel the
        switch.setSpacing(0)  # filters take the whole width
        switch.addWidget(self.table_button)
        switch.addWidget(self.map_button)
        switch.addStretch(1)
        rows = QVBoxLayout()
        rows.setSpacing(6)
        rows.addLayout(switch)
        rows.addLayout(filters)
        return rows

    def _build_stack(self) -> None:
        """The table and the touch map (with its hint) on one stack; the message under it."""
        self.map_hint = plain_label(
            tr(
                "Each card is a touchpoint under its journey phase, "
                "with the department that owns it and its channel. "
                "Press Enter or double-click a card to edit it in "
                "the table."
            ),
            object_name="hint",
        )
        map_page = QWidget()
        map_box = QVBoxLayout(map_page)
        map_box.setContentsMargins(0, 0, 0, 0)
        map_box.setSpacing(6)
        map_box.addWidget(self.map_hint)
        map_box.addWidget(self.map, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(map_page)
        self.message = plain_label(object_name="hint")

    def _departments(self) -> list[str]:
        return list(dict.fromkeys([*self.model.values_of("department"), *department_suggestions()]))

    def _columns_aside(self) -> None:
        """Columns stepped aside or came back: their lines under the table follow."""
        self.aside.set_hidden_columns(self.fit.aside())

    # ------------------------------------------------------------ views
    def show_view(self, which: int) -> None:
        (self.table_button if which == TABLE_VIEW else self.map_button).setChecked(True)

    def _view_toggled(self, which: int, checked: bool) -> None:
        if not checked:
            return
        self.stack.setCurrentIndex(which)
        if which == MAP_VIEW:
            self._table_current(self.table.selected_id())
            self.map.setFocus()
        else:
            self.table.view.setFocus()

    def _map_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row_id = current.data(Role.ROW_ID) if current.isValid() else None
        if row_id is not None and row_id != self.table.selected_id():
            self.table.select_id(row_id)

    def _table_current(self, row_id: int | None) -> None:
        index = self.map_model.index_of(row_id) if row_id is not None else QModelIndex()
        if index.isValid() and index != self.map.currentIndex():
            self.map.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.map.scrollTo(index)

    def edit_current_card(self) -> None:
        row_id = self.map.currentIndex().data(Role.ROW_ID)
        if row_id is None:
            return
        self.show_view(TABLE_VIEW)
        self.table.select_id(row_id)
        self.table.view.setFocus()

    # ------------------------------------------------------------ filters
    def _fill_channels(self) -> None:
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(tr("All channels"), None)
        for name in self.model.values_of("channel"):
            self.channel.addItem(name, name)
        index = self.channel.findData(current) if current is not None else 0
        self.channel.setCurrentIndex(max(index, 0))
        self.channel.blockSignals(False)
        if current is not None and index < 0:
            self._apply_filter()

    def accepts(self, row: Row) -> bool:
        phase, channel = self.phase.currentData(), self.channel.currentData()
        if phase is not None and row.get("phase") != phase:
            return False
        if channel is not None and not same_channel(row.get("channel"), channel):
            return False
        words = self.search.text().strip().casefold()
        if words:
            text = " ".join(
                str(row.get(f) or "") for f in ("name", "channel", "department", "notes")
            ).casefold()
            return all(word in text for word in words.split())
        return True

    def filtering(self) -> bool:
        return (
            self.phase.currentData() is not None
            or self.channel.currentData() is not None
            or bool(self.search.text().strip())
        )

    def _apply_filter(self, *_args) -> None:
        accepts = self.accepts if self.filtering() else None
        self.table.proxy.set_row_filter(accepts)
        self.map_model.set_row_filter(accepts)
        phase = self.phase.currentData()
        for column, name in enumerate(JOURNEY_PHASES):
            self.map.setColumnHidden(column, phase is not None and name != phase)
        self._update()

    # ------------------------------------------------------------ state
    def _update(self, *_args) -> None:
        editable = not self.session.read_only
        self.new_name.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.act_add.setEnabled(editable)
        if self.channel.count() - 1 != len(self.model.values_of("channel")) or [
            self.channel.itemData(i) for i in range(1, self.channel.count())
        ] != self.model.values_of("channel"):
            self._fill_channels()
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        texts = []
        if not rows:
            texts.append(
                tr(
                    "No touchpoints yet. Start with the moments customers talk "
                    "about most: the hotline, the website, the invoice."
                )
            )
        else:
            empty = [choice_label(p.params["phase"]) for p in journey_problems(rows)]
            if empty:
                texts.append(tr("No touchpoints yet in: {phases}.").format(phases=", ".join(empty)))
            missing = sum(1 for r in rows if touchpoint_problems(r))
            if missing == 1:
                texts.append(tr("1 touchpoint lacks its channel or owning department (marked)."))
            elif missing:
                texts.append(
                    tr("{n} touchpoints lack their channel or owning department (marked).").format(
                        n=missing
                    )
                )
            shown = self.table.proxy.rowCount()
            if shown < len(rows):
                texts.append(
                    tr("Showing {shown} of {total} touchpoints.").format(
                        shown=shown, total=len(rows)
                    )
                )
        self.message.setText("  ".join(texts))
        self.message.setVisible(bool(texts))

    # ------------------------------------------------------------ editing
    def focus_new(self) -> None:
        self.show_view(TABLE_VIEW)
        self.new_name.setFocus()
        self.new_name.selectAll()

    def new_phase(self) -> str:
        """The phase a new touchpoint gets: the one the table is filtered to, or Service."""
        phase = self.phase.currentData()
        return phase if phase is not None else "service"

    def add_touchpoint(self) -> None:
        name = self.new_name.text().strip()
        if not name or self.session.read_only:
            return
        data = {"name": name, "phase": self.new_phase()}
        if self.channel.currentData() is not None:
            data["channel"] = self.channel.currentData()
        if self.search.text().strip():
            self.search.clear()  # the new row must be visible
        if self.table.add(data, edit_column=CHANNEL) is not None:
            self.new_name.clear()

    def detach(self) -> None:
        self.aside.detach()
        self.table.detach()


TABS = [(QT_TR_NOOP("Touchpoints"), TouchpointsTab)]
