"""The Goals section's structured tab: goals with metric, baseline, target and progress.

A table of the goals (the order is the charter's; sort by clicking a header),
the selected goal's details and readings below it, an inline editor for the
charter's own metrics, and a gentle banner when there are too many goals or
more than one primary goal.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.custom_metrics import CustomMetricsPanel
from cxcharter.ui.sections.goals.goal_delegates import GoalDelegate, ProgressDelegate
from cxcharter.ui.sections.goals.goal_detail import GoalDetail
from cxcharter.ui.sections.goals.goal_model import (
    BASELINE,
    DUE,
    METRIC,
    OBJECTIVE,
    OWNER,
    PRIMARY,
    PROBLEMS,
    PROGRESS,
    TARGET,
    GoalsModel,
)
from cxcharter.ui.sections.goals.goal_readings import ReadingsPanel
from cxcharter.ui.sections.goals.goal_texts import problem_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.fitting import fit_placeholder, step_aside
from cxcharter.ui.tables.kind_table import plain_table, remove_selected
from cxcharter.ui.tables.proxy import TableProxy
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.painted import Panel

ADD_SHORTCUT = "Ctrl+Shift+N"
PLANNED = {
    PRIMARY: 70,
    METRIC: 160,
    BASELINE: 96,
    TARGET: 72,
    DUE: 88,
    OWNER: 108,
    PROGRESS: 112,
    PROBLEMS: 60,
}
# The table is an overview (the form below edits the goal): objective, metric, target and
# owner always show; these step aside for the objective, the last first.
STEP_ASIDE = (PROGRESS, PROBLEMS, BASELINE, DUE)
OBJECTIVE_WANTED = 240  # two or three lines hold the sample's longest German objectives
OBJECTIVE_LEAST = 160


class GoalsTab(QWidget):
    """Goals & metrics: the table, the selected goal, its readings, custom metrics."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = GoalsModel(session, self)
        self.proxy = TableProxy(self)
        self.proxy.setSourceModel(self.model)
        self._goal_id: int | None = None

        def remove(*_args) -> None:  # the one removal of tables, then the goal in its place
            remove_selected(self.table, self.session, "goal", select=self.select_goal)

        self._remove = remove

        self._build_banner()
        self._build_tools()
        self.table = self._make_table()
        self.detail = GoalDetail(session, self.model)
        self.readings = ReadingsPanel(session)
        self.metrics = CustomMetricsPanel(session)
        self.metrics.close_button.clicked.connect(lambda: self.metrics_button.setChecked(False))
        self.empty = plain_label(object_name="hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lower = QStackedWidget()
        self.lower.addWidget(self.empty)
        self.lower.addWidget(self._details_page())
        self.lower.addWidget(self.metrics)

        self._actions()
        self._layout()
        self.model.problemsChanged.connect(self._update_banner)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self._update_banner()
        self._after_reset()

    # ------------------------------------------------------------ building
    def _build_banner(self) -> None:
        """The notice above the table about goals that need attention."""
        self.banner = Panel("notice", "notice-border", radius=6)
        self.banner.setObjectName("goalsBanner")
        self.banner_text = plain_label()
        banner_box = QHBoxLayout(self.banner)
        banner_box.setContentsMargins(12, 8, 12, 8)
        banner_box.addWidget(self.banner_text)

    def _build_tools(self) -> None:
        """The new-goal line and the buttons beside it."""
        shortcut = QKeySequence(ADD_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText(tr("New goal: type its objective and press Enter"))
        fit_placeholder(self.new_goal)
        self.new_goal.setAccessibleName(tr("Objective of the new goal"))
        self.new_goal.setToolTip(tr("Add a goal ({shortcut})").format(shortcut=shortcut))
        self.new_goal.returnPressed.connect(self.add_goal)
        self.add_button = QPushButton(tr("Add goal"))
        self.add_button.setToolTip(self.new_goal.toolTip())
        self.add_button.clicked.connect(self.add_goal)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Remove the selected goal and its readings (Delete)"))
        self.remove_button.clicked.connect(self._remove)
        self.up_button = QPushButton(tr("Move up"))
        self.up_button.setToolTip(tr("Move the goal up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(tr("Move down"))
        self.down_button.setToolTip(tr("Move the goal down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.metrics_button = QPushButton(tr("Custom metrics…"))
        self.metrics_button.setCheckable(True)
        self.metrics_button.setToolTip(tr("Define metrics of your own"))
        self.metrics_button.toggled.connect(self._show_metrics)

    def _make_table(self) -> QTableView:
        table = plain_table(tr("Goals"))
        table.setModel(self.proxy)
        table.setItemDelegate(GoalDelegate(self.session, self.model, table))
        table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(table))
        table.setSortingEnabled(True)
        # An overview: a goal is edited in one place, the form below. Enter or a
        # double-click on a cell puts the keyboard in that cell's field there.
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.activated.connect(self._edit_in_form)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        header.setStretchLastSection(False)  # the objective takes the room (_fit_objective)
        header.setMinimumSectionSize(36)
        for column, width in PLANNED.items():
            header.resizeSection(column, width)
        table.viewport().installEventFilter(self)
        # Objectives are sentences: two lines each, elided after that (full text in the tip).
        table.setWordWrap(True)
        table.verticalHeader().setDefaultSectionSize(42)
        # The objective is the key column: it gets the room. Which goal is primary is
        # shown and changed in the form (and a second primary is flagged in the banner).
        table.setColumnHidden(PRIMARY, True)
        rows = table.verticalHeader()  # a long objective takes a third line rather than "…"
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _details_page(self) -> QWidget:
        """The goal's form and its readings side by side, or the readings under the form
        when the two do not fit side by side (beside the approval panel)."""
        page = QWidget()
        self.details_box = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self.details_box.setContentsMargins(0, 4, 0, 0)
        self.details_box.setSpacing(24)
        self.details_box.addWidget(self.detail, 4)
        self.details_box.addWidget(self.readings, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, which scroll it
        scroll.setWidget(page)
        scroll.viewport().installEventFilter(self)
        self.details_scroll = scroll
        return scroll

    def _fit_objective(self) -> None:
        """The objective takes the room the other columns leave; where that is less than
        OBJECTIVE_WANTED (beside the approval panel) the columns the form also shows step
        aside, the due date first (STEP_ASIDE); metric, target and owner always show."""
        header = self.table.horizontalHeader()
        planned = {  # as wide as planned, or as the column's title asks (another language)
            column: max(PLANNED[column], header.sectionSizeHint(column)) for column in STEP_ASIDE
        }
        step_aside(
            self.table,
            OBJECTIVE,
            STEP_ASIDE,
            planned,
            wanted=OBJECTIVE_WANTED,
            least=OBJECTIVE_LEAST,
        )

    def eventFilter(self, watched, event) -> bool:
        table = getattr(self, "table", None)
        if table is not None and watched is table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_objective()
        scroll = getattr(self, "details_scroll", None)
        if (
            scroll is not None
            and watched is scroll.viewport()
            and event.type() == QEvent.Type.Resize
        ):
            need = (
                self.detail.minimumSizeHint().width()
                + self.readings.minimumSizeHint().width()
                + self.details_box.spacing()
            )
            self.details_box.setDirection(
                QBoxLayout.Direction.LeftToRight
                if watched.width() >= need
                else QBoxLayout.Direction.TopToBottom
            )
        return super().eventFilter(watched, event)

    def _actions(self) -> None:
        def action(text: str, keys, slot, widget: QWidget, context) -> QAction:
            act = QAction(text, widget)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.act_add = action(tr("Add goal"), ADD_SHORTCUT, self.focus_new_goal, self, children)
        own = Qt.ShortcutContext.WidgetShortcut
        self.act_remove = action(
            tr("Remove"), QKeySequence.StandardKey.Delete, self._remove, self.table, own
        )
        self.act_up = action(
            tr("Move up"), "Ctrl+Up", lambda: self.move_selected(-1), self.table, own
        )
        self.act_down = action(
            tr("Move down"), "Ctrl+Down", lambda: self.move_selected(1), self.table, own
        )

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.new_goal, 2)
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        tools.addWidget(self.metrics_button)
        row_tools = QHBoxLayout()  # under the table, as in every table of rows: one line
        row_tools.setSpacing(8)  # for both would not fit beside the approval panel
        row_tools.addStretch(1)
        row_tools.addWidget(self.remove_button)
        row_tools.addWidget(self.up_button)
        row_tools.addWidget(self.down_button)
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.setSpacing(8)
        top_box.addLayout(tools)
        top_box.addWidget(self.table, 1)
        top_box.addLayout(row_tools)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([312, 288])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ selection
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Role.ROW_ID) if index.isValid() else None

    def select_goal(self, goal_id: int | None) -> None:
        row = self.model.row_of(goal_id) if goal_id is not None else -1
        if row < 0:
            self.table.selectionModel().clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._on_current(QModelIndex())
            return
        index = self.proxy.mapFromSource(self.model.index(row, OBJECTIVE))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _edit_in_form(self, index: QModelIndex) -> None:
        if index.isValid():
            self.metrics_button.setChecked(False)  # the goal's form, not the custom metrics
            field = self.detail.field_for(index.column())
            self.lower.widget(1).ensureWidgetVisible(field)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        goal_id = current.data(Role.ROW_ID) if current.isValid() else None
        self._goal_id = goal_id
        self.detail.set_goal(goal_id)
        status = self.model.status(goal_id) if goal_id is not None else None
        self.readings.set_goal(goal_id, status.metric if status else None)
        self._update_buttons()
        self._update_lower()

    def _after_reset(self) -> None:
        """Rows came or went: keep the goal that was selected, or take the first."""
        goal_id = self._goal_id
        if goal_id is None or self.model.row_of(goal_id) < 0:
            goal_id = self.model.row_at(0).id if self.model.rowCount() else None
        self.select_goal(goal_id)

    def _update_lower(self) -> None:
        if self.metrics_button.isChecked():
            self.lower.setCurrentIndex(2)
            return
        if self.model.rowCount() == 0:
            self.empty.setText(
                tr(
                    "No goals yet. Type the first objective above and press "
                    "Enter; then choose its metric, baseline and target."
                )
            )
            self.lower.setCurrentIndex(0)
        elif self._goal_id is None:
            self.empty.setText(tr("Select a goal to see its details and readings."))
            self.lower.setCurrentIndex(0)
        else:
            self.lower.setCurrentIndex(1)

    def _show_metrics(self, shown: bool) -> None:
        self._update_lower()
        if shown:
            self.metrics.name.setFocus()

    def _update_buttons(self) -> None:
        editable = not self.session.read_only
        goal_id = self._goal_id
        row = self.model.row_of(goal_id) if goal_id is not None else -1
        self.new_goal.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    def _update_banner(self) -> None:
        texts = [problem_text(p) for p in self.model.charter_problems]
        self.banner_text.setText("\n".join(texts))
        self.banner.setVisible(bool(texts))
        # Status changes (e.g. a new custom metric) may change the readings' scale.
        if self._goal_id is not None:
            status = self.model.status(self._goal_id)
            self.readings.set_goal(self._goal_id, status.metric if status else None)
        self._update_buttons()

    # ------------------------------------------------------------ editing
    def focus_new_goal(self) -> None:
        self.metrics_button.setChecked(False)
        self.new_goal.setFocus()
        self.new_goal.selectAll()

    def add_goal(self) -> None:
        objective = self.new_goal.text().strip()
        if not objective or self.session.read_only:
            return
        data = {"objective": objective, "primary": self.model.rowCount() == 0}
        goal_id = self.session.add_row("goal", data)
        if goal_id is None:
            return
        self.new_goal.clear()
        self._goal_id = goal_id
        self.select_goal(goal_id)
        self.table.setFocus()
        metric_cell = self.proxy.mapFromSource(self.model.index(self.model.row_of(goal_id), METRIC))
        self.table.setCurrentIndex(metric_cell)  # next: choose its metric

    def move_selected(self, step: int) -> None:
        goal_id = self._goal_id
        if goal_id is None or self.session.read_only:
            return
        if self.proxy.sortColumn() >= 0:  # moving only makes sense in the charter's order
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        row = self.model.row_of(goal_id)
        target = row + step
        if 0 <= target < self.model.rowCount():
            self.session.move_row("goal", goal_id, target)
            self.select_goal(goal_id)

    # ------------------------------------------------------------ lifetime
    def detach(self) -> None:
        self.detail.detach()
        self.readings.detach()
        self.metrics.detach()
        self.model.detach()


TABS = [(QT_TR_NOOP("Goals & metrics"), GoalsTab)]
