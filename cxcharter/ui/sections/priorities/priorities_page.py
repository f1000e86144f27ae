"""The Priorities section's tabs: the ranked initiatives, and the impact/effort matrix.

Initiatives: the charter's scoring method, the list ranked live by it (pinned
ranks kept) as an overview with at most two of the method's inputs, the selected
initiative's details and its whole score (initiative_scores.py), the "not doing"
list and, for the weighted method, its criteria (priority_panels.py). The matrix tab is in
matrix_tab.py; both tabs share the selection through the session's PriorityHub.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import INITIATIVE_STATUSES, JOURNEY_PHASES
from cxcharter.domain.scoring import METHODS
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.initiative_detail import (
    InitiativeDelegate,
    InitiativeDetail,
    ScoreDelegate,
)
from cxcharter.ui.sections.priorities.initiative_scores import ScoreForm
from cxcharter.ui.sections.priorities.initiatives_model import (
    SHOWN,
    InitiativesModel,
    InitiativesProxy,
)
from cxcharter.ui.sections.priorities.matrix_tab import MatrixTab
from cxcharter.ui.sections.priorities.priority_hub import PriorityHub
from cxcharter.ui.sections.priorities.priority_panels import (
    CriteriaPanel,
    NotDoingPanel,
    add_action,
)
from cxcharter.ui.sections.priorities.priority_texts import method_explanation
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.fitting import fit_placeholder, step_aside
from cxcharter.ui.tables.kind_table import plain_table, remove_selected
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.fields import format_number
from cxcharter.ui.widgets.labels import choice_label

ADD_SHORTCUT = "Ctrl+Shift+N"
TITLE_MIN = 180
TITLE_WANTED = 240  # two lines hold the sample's longest German titles


def reveal_tab(widget: QWidget) -> None:
    """Make the tab that holds `widget` the current one (in every tab widget around it)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


class InitiativesTab(QWidget):
    """The ranked list of initiatives with the scoring method, details and "not doing"."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.hub = PriorityHub.of(session)
        self.model = InitiativesModel(session, self)
        self.proxy = InitiativesProxy(self)
        self.proxy.setSourceModel(self.model)

        def remove(*_args) -> None:  # the one removal of tables, then the one in its place
            remove_selected(self.table, self.session, "initiative", select=self._select)

        self._remove = remove
        self._selecting = False
        self._shown_method = ""
        self._planned: dict[int, int] = {}  # column → its width when shown

        self._build_method()
        self._build_tools()
        self._build_filters()
        self._build_side()

        self._actions()
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.not_doing.table.selectionModel().currentRowChanged.connect(self._on_dropped_current)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_: self._after_reset())
        self.hub.rankingChanged.connect(self._update)
        self.hub.currentChanged.connect(self._follow_hub)
        self.hub.revealRequested.connect(self.reveal)
        session.aboutToClose.connect(self.detail.stop)
        self._after_reset()

    # ------------------------------------------------------------ building
    def _build_method(self) -> None:
        """The scoring method's chooser and its explanation."""
        self.method = QComboBox()
        self.method.setAccessibleName(tr("Scoring method"))
        for method in METHODS:
            self.method.addItem(choice_label(method), method)
        self.method.activated.connect(self._method_chosen)
        self.explanation = plain_label(object_name="hint")

    def _build_tools(self) -> None:
        """The new initiative's title, Add and Remove."""
        shortcut = QKeySequence(ADD_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(tr("New initiative: type its title and press Enter"))
        fit_placeholder(self.new_title)
        self.new_title.setAccessibleName(tr("Title of the new initiative"))
        self.new_title.setToolTip(tr("Add an initiative ({shortcut})").format(shortcut=shortcut))
        self.new_title.returnPressed.connect(self.add_initiative)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setToolTip(self.new_title.toolTip())
        self.add_button.clicked.connect(self.add_initiative)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Remove the selected initiative (Delete)"))
        self.remove_button.clicked.connect(self._remove)

    def _build_filters(self) -> None:
        """Show only a status, a journey phase or an owner."""
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(tr("Show initiatives with status"))
        self.status_filter.addItem(tr("All statuses"), None)
        for status in INITIATIVE_STATUSES:
            if status != "dropped":
                self.status_filter.addItem(choice_label(status), status)
        self.phase_filter = QComboBox()
        self.phase_filter.setAccessibleName(tr("Show initiatives of the journey phase"))
        self.phase_filter.addItem(tr("All phases"), None)
        for phase in JOURNEY_PHASES:
            self.phase_filter.addItem(choice_label(phase), phase)
        self.owner_filter = QLineEdit()
        self.owner_filter.setPlaceholderText(tr("Filter by owner"))
        fit_placeholder(self.owner_filter)
        self.owner_filter.setAccessibleName(tr("Filter by owner"))
        self.owner_filter.setClearButtonEnabled(True)
        self.status_filter.activated.connect(self._filter)
        self.phase_filter.activated.connect(self._filter)
        self.owner_filter.textChanged.connect(self._filter)

    def _build_side(self) -> None:
        """The ranked table, its messages and the side tabs: details, score, not doing,
        criteria."""
        self.table = self._make_table()
        self.message = plain_label(object_name="fieldError")
        self.message.setVisible(False)
        self.note = plain_label(object_name="hint")
        self.detail = InitiativeDetail(self.session)
        self.scores = ScoreForm(self.session)
        self.not_doing = NotDoingPanel(self.session)
        self.criteria = CriteriaPanel(self.session)
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        self.side.addTab(self.detail, tr("Details"))
        self.side.addTab(self.scores, tr("Score && plan"))
        self.side.setTabToolTip(
            1, tr("Every input of the scoring method, quarter, journey phase and touchpoint")
        )
        self.side.addTab(self.not_doing, "")
        self.side.addTab(self.criteria, tr("Criteria"))
        self.side.setTabToolTip(3, tr("Criteria of the weighted method"))

    def _make_table(self) -> QTableView:
        table = plain_table(tr("Initiatives, ranked"))
        table.setModel(self.proxy)
        self.delegate = InitiativeDelegate(self.session, table)
        self.delegate.rejected.connect(self._show_rejection)
        table.setItemDelegate(self.delegate)
        table.setItemDelegateForColumn(2, ScoreDelegate(table))
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(40)
        table.viewport().installEventFilter(self)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        # A title longer than its column takes a second line rather than an ellipsis.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        lines = table.fontMetrics().lineSpacing()
        table.verticalHeader().setDefaultSectionSize(2 * lines + 10)
        return table

    def _size_columns(self) -> None:
        """Each column as wide as its words (its title with the sort arrow's room, as the
        header asks), the title what is left (_fit_title)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        widths = {"rank": 50, "score": 70, "moscow": 110, "owner": 104, "status": 82}
        self._planned = {}
        for column, key in enumerate(self.model.keys):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.setSectionHidden(column, False)  # a section hidden for the columns before
            if key == "title":
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wanted = max(metrics.horizontalAdvance(title) + 22, header.sectionSizeHint(column))
            self._planned[column] = max(widths.get(key, 60), wanted)
            header.resizeSection(column, self._planned[column])
        self._fit_title()

    def _fit_title(self) -> None:
        """The title takes the room the other columns leave. Where that is less than
        TITLE_WANTED (beside the approval panel) the inputs shown give way, the last first
        (the score form has them; MoSCoW's is the score's own words); never less than
        TITLE_MIN (the table scrolls sideways then)."""
        column = self.model.column_of("title")
        if column < 0:
            return
        inputs = [self.model.column_of(k) for k in SHOWN.get(self.hub.method, ())]
        step_aside(self.table, column, inputs, self._planned, wanted=TITLE_WANTED, least=TITLE_MIN)

    def eventFilter(self, watched, event) -> bool:
        table = getattr(self, "table", None)
        if table is not None and watched is table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _actions(self) -> None:
        children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        own = Qt.ShortcutContext.WidgetShortcut
        self.act_add = add_action(
            self, tr("Add initiative"), ADD_SHORTCUT, self.focus_new, children
        )
        self.act_remove = add_action(
            self.table, tr("Remove"), QKeySequence.StandardKey.Delete, self._remove, own
        )

    def _layout(self) -> None:
        method_row = QHBoxLayout()
        method_label = QLabel(tr("Scoring &method:"))
        method_label.setBuddy(self.method)
        method_row.addWidget(method_label)
        method_row.addWidget(self.method)
        method_row.addSpacing(12)
        method_row.addWidget(self.explanation, 1)

        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.new_title, 2)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        filters = QHBoxLayout()  # a line of its own: beside the approval panel the new
        filters.setSpacing(8)  # initiative's line and the filters do not fit on one
        filters.addWidget(self.status_filter)
        filters.addWidget(self.phase_filter)
        filters.addWidget(self.owner_filter, 1)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.setSpacing(4)
        top_box.addWidget(self.table, 1)
        top_box.addWidget(self.message)
        top_box.addWidget(self.note)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 250])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(method_row)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ state
    def _after_reset(self) -> None:
        self._size_columns()
        self.table.horizontalHeader().setSortIndicator(self.model._sort_column, self.model._order)
        self._update()
        wanted = self.hub.current
        if wanted is None and self.proxy.rowCount():
            wanted = self.proxy.index(0, 0).data(Role.ROW_ID)
        self._select(wanted)

    def _update(self) -> None:
        method = self.hub.method
        self.method.setCurrentIndex(max(self.method.findData(method), 0))
        self.method.setEnabled(not self.session.read_only)
        self.explanation.setText(method_explanation(method))
        weighted = method == "weighted"
        self.side.setTabVisible(3, weighted)
        if weighted and method != self._shown_method and not self.hub.criteria:
            self.side.setCurrentIndex(3)  # the method needs its criteria first
        self._shown_method = method
        count = len(self.hub.ranking.not_doing)
        self.side.setTabText(2, tr("Not doing ({count})").format(count=format_number(count)))
        unscored = sum(1 for r in self.hub.ranking.order if not r.score.scored)
        notes = []
        if not self.hub.ranking.order and not count:
            notes.append(
                tr(
                    "No initiatives yet. Type the first one above and press Enter, "
                    "then give it the scores of the method."
                )
            )
        elif unscored:
            notes.append(
                tr("Not scored yet: {count} (what is missing is marked).").format(
                    count=format_number(unscored)
                )
            )
        if self.proxy.filtering():
            notes.append(
                tr("Showing {shown} of {total} initiatives.").format(
                    shown=format_number(self.proxy.rowCount()),
                    total=format_number(self.model.rowCount()),
                )
            )
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        editable = not self.session.read_only
        self.new_title.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_id() is not None)

    def _method_chosen(self) -> None:
        method = self.method.currentData()
        if method != self.hub.method and not self.session.read_only:
            self.session.set_setting("scoring_method", method)

    def _filter(self) -> None:
        self.proxy.set_filter(
            status=self.status_filter.currentData(),
            phase=self.phase_filter.currentData(),
            owner_text=self.owner_filter.text(),
        )
        self._update()

    def clear_filters(self) -> None:
        self.status_filter.setCurrentIndex(0)
        self.phase_filter.setCurrentIndex(0)
        self.owner_filter.clear()
        self._filter()

    def _show_rejection(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------ selection
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Role.ROW_ID) if index.isValid() else None

    def _select(self, initiative_id: int | None) -> None:
        """Make `initiative_id` the current row of the list (or of "not doing")."""
        self._selecting = True
        try:
            row = self.model.row_of(initiative_id) if initiative_id is not None else -1
            index = (
                self.proxy.mapFromSource(self.model.index(row, 1)) if row >= 0 else QModelIndex()
            )
            if index.isValid():
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
            else:
                self.table.selectionModel().clearSelection()
                self.table.setCurrentIndex(QModelIndex())
                dropped = (
                    self.not_doing.model.row_of(initiative_id) if initiative_id is not None else -1
                )
                if dropped >= 0:
                    self.side.setCurrentIndex(2)
                    self.not_doing.table.selectRow(dropped)
            self.detail.set_initiative(initiative_id)
            self.hub.set_current(initiative_id)
        finally:
            self._selecting = False
        self._update()

    def _on_current(self, current: QModelIndex, _previous=None) -> None:
        if self._selecting:
            return
        initiative_id = current.data(Role.ROW_ID) if current.isValid() else None
        if initiative_id is not None:
            self.not_doing.table.clearSelection()
        self.detail.set_initiative(initiative_id)
        self.hub.set_current(initiative_id)
        self._update()

    def _on_dropped_current(self, current: QModelIndex, _previous=None) -> None:
        if self._selecting or not current.isValid():
            return
        initiative_id = self.not_doing.model.row_at(current.row()).id
        self._selecting = True
        self.table.selectionModel().clearSelection()
        self._selecting = False
        self.detail.set_initiative(initiative_id)
        self.hub.set_current(initiative_id)

    def _follow_hub(self, initiative_id) -> None:
        if not self._selecting and initiative_id != self.detail.initiative_id:
            self._select(initiative_id)

    def reveal(self, initiative_id: int) -> None:
        """Show the initiative in the list: this tab, no filter hiding it, keyboard there."""
        reveal_tab(self)
        row = self.model.row_of(initiative_id)
        if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.clear_filters()
        self._select(initiative_id)
        self.table.setFocus()

    # ------------------------------------------------------------ editing
    def focus_new(self) -> None:
        self.new_title.setFocus()
        self.new_title.selectAll()

    def add_initiative(self) -> None:
        title = self.new_title.text().strip()
        if not title or self.session.read_only:
            return
        initiative_id = self.session.add_row("initiative", {"title": title})
        if initiative_id is None:
            return
        self.new_title.clear()
        row = self.model.row_of(initiative_id)
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.clear_filters()
        self._select(initiative_id)
        self.table.setFocus()  # next: its scores, the first in the table, all in the form
        shown = [k for k in self.model.keys[3:] if k not in ("owner", "status")]
        first = self.model.column_of(shown[0]) if shown else 1
        if self.table.isColumnHidden(first):  # beside the approval panel
            first = 1
        self.table.setCurrentIndex(
            self.proxy.mapFromSource(self.model.index(self.model.row_of(initiative_id), first))
        )
        if self.side.currentIndex() != 3:
            self.side.setCurrentWidget(self.scores)

    # ------------------------------------------------------------ lifetime
    def detach(self) -> None:
        self.hub.rankingChanged.disconnect(self._update)
        self.hub.currentChanged.disconnect(self._follow_hub)
        self.hub.revealRequested.disconnect(self.reveal)
        self.session.aboutToClose.disconnect(self.detail.stop)
        self.detail.detach()
        self.scores.detach()
        self.not_doing.detach()
        self.criteria.detach()
        self.model.detach()


TABS = [
    (QT_TR_NOOP("Initiatives"), InitiativesTab),
    (QT_TR_NOOP("Impact/effort matrix"), MatrixTab),
]
