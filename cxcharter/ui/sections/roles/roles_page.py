"""The Roles section's tabs: governance bodies (bodies_tab.py) and the RACI matrix."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TR_NOOP,
    QItemSelectionModel,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain import raci
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.sections.people.new_person import ask_new_person, new_person_button
from cxcharter.ui.sections.roles.bodies_tab import BodiesTab, push_button, tab_margins
from cxcharter.ui.sections.roles.raci_model import RaciMatrixModel
from cxcharter.ui.sections.roles.raci_summary import RaciSummaryModel
from cxcharter.ui.sections.roles.raci_view import KEYS_HINT, Legend, RaciView
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.proxy import TableProxy
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.header_fit import keep_titles_whole
from cxcharter.ui.widgets.painted import tint

RACI_KEYS = (  # for Help → Keyboard Shortcuts
    ("R, A, C, I", QT_TR_NOOP("RACI matrix: set the role of the selected cells")),
    ("Del", QT_TR_NOOP("RACI matrix: clear the selected cells")),
    ("Space", QT_TR_NOOP("RACI matrix: cycle the current cell through R, A, C, I")),
    ("F2", QT_TR_NOOP("RACI matrix: rename the current activity")),
    ("Ctrl+Up", QT_TR_NOOP("RACI matrix, governance bodies: move up")),
    ("Ctrl+Down", QT_TR_NOOP("RACI matrix, governance bodies: move down")),
)


class InlineEditor(QLineEdit):
    """A one-line editor over a header section: Enter or leaving saves, Escape cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._done = False
        self.editingFinished.connect(self._commit)

    def _commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.text())
            self.deleteLater()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._done = True
            self.cancelled.emit()
            self.deleteLater()
            return
        super().keyPressEvent(event)


class RaciTab(QWidget):
    """Activities × people: who is Responsible, Accountable, Consulted, Informed."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = RaciMatrixModel(session, self)
        self.summary = RaciSummaryModel(self.model, self)
        self.editor: InlineEditor | None = None
        self._syncing = False

        tools, row_tools = self._build_tools()
        matrix_box = self._build_matrix()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(matrix_box)
        self.splitter.addWidget(self._make_side_panel())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([740, 240])

        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(row_tools)
        layout.addWidget(Legend())

        self.model.refreshed.connect(self._update_state)
        self.summary.dataChanged.connect(self._update_status)
        self.summary.modelReset.connect(self._update_status)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.columnsInserted,
            self.model.columnsRemoved,
        ):
            signal.connect(self._update_state)
        session.aboutToClose.connect(self._close_editor)
        self._update_state()

    def _build_tools(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The new activity's name, Add, the suggested activities; the row buttons."""
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("New activity or decision…"))
        self.new_name.setAccessibleName(tr("New activity"))
        self.new_name.setClearButtonEnabled(True)
        self.new_name.returnPressed.connect(self.add_activity)
        self.new_name.textChanged.connect(self._update_state)
        self.add_button = push_button(
            tr("Add"), tr("Add the activity to the matrix"), self.add_activity
        )
        self.suggest_menu = QMenu(self)
        self.suggest_menu.aboutToShow.connect(self._fill_suggestions)
        self.suggest_button = QToolButton()
        self.suggest_button.setText(tr("Add suggested activity"))
        self.suggest_button.setMenu(self.suggest_menu)
        self.suggest_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.suggest_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.rename_button = push_button(
            tr("Rename"),
            tr("Rename the current activity (F2)"),
            lambda: self.start_rename(self.view.currentIndex().row()),
        )
        self.remove_button = push_button(
            tr("Remove"), tr("Remove the selected activities"), self.remove_selected
        )
        self.up_button = push_button(
            tr("Move up"), tr("Move the activity up (Ctrl+Up)"), lambda: self.move_current(-1)
        )
        self.down_button = push_button(
            tr("Move down"), tr("Move the activity down (Ctrl+Down)"), lambda: self.move_current(1)
        )
        self.new_person = new_person_button(
            tr("Add a new person to the charter: a new column of the matrix"),
            self.add_new_person,
        )
        tools = QHBoxLayout()  # the style's spacing, 6 px
        tools.addWidget(self.new_name, 6)  # the room the New person button took
        tools.addWidget(self.add_button)
        tools.addWidget(self.suggest_button)
        tools.addWidget(self.new_person)
        tools.addStretch(1)
        rows = QHBoxLayout()  # under the matrix: beside the approval panel one line is too short
        rows.addStretch(1)
        for button in (self.rename_button, self.remove_button, self.up_button, self.down_button):
            rows.addWidget(button)
        return tools, rows

    def _build_matrix(self) -> QWidget:
        """The matrix with its status line and hint above it."""
        self.view = RaciView(self.model)
        self.view.setAccessibleName(tr("RACI matrix"))
        self.view.setAccessibleDescription(tr_marked(KEYS_HINT))
        self.view.moveRequested.connect(self.move_current)
        self.view.renameRequested.connect(self.start_rename)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_state)
        self.hint = plain_label(object_name="hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.status = plain_label(wrap=True)
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.setSpacing(6)
        matrix_layout.addWidget(self.status)
        matrix_layout.addWidget(self.hint)
        matrix_layout.addWidget(self.view, 1)
        return matrix_box

    def _make_side_panel(self) -> QWidget:
        panel = QFrame()
        panel.setMinimumWidth(220)
        box = QVBoxLayout(panel)
        box.setContentsMargins(10, 0, 0, 0)
        box.setSpacing(6)
        title = plain_label(tr("Who does what"))
        title.setFont(section_font(title, 1.05))
        self.summary_proxy = TableProxy(self)
        self.summary_proxy.setSourceModel(self.summary)
        table = QTableView()
        table.setModel(self.summary_proxy)
        table.setAccessibleName(tr("Who does what"))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # matrix order until asked
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, 28)
        keep_titles_whole(header)  # with room for the sort arrow once sorted by a letter
        table.selectionModel().currentRowChanged.connect(self._on_summary_row)
        self.summary_view = table
        self.details_name = plain_label()
        self.details_name.setFont(section_font(self.details_name, 1.0))
        self.details = plain_label()
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QWidget()
        inner_box = QVBoxLayout(inner)
        inner_box.setContentsMargins(0, 4, 4, 4)
        inner_box.setSpacing(2)
        inner_box.addWidget(self.details_name)
        inner_box.addWidget(self.details)
        inner_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(70)
        scroll.setAccessibleName(tr("What the selected person does"))
        self.idle_label = plain_label(object_name="fieldError")
        box.addWidget(title)
        box.addWidget(table, 4)
        box.addWidget(scroll, 2)
        box.addWidget(self.idle_label)
        return panel

    # ------------------------------------------------------------ state
    def _update_state(self, *_args) -> None:
        writable = not self.session.read_only
        model = self.model
        has_rows, has_people = model.rowCount() > 0, model.columnCount() > 0
        current = self.view.currentIndex()
        self.new_name.setEnabled(writable)
        self.add_button.setEnabled(writable and bool(self.new_name.text().strip()))
        left = raci.open_suggestions(model.activity_names())
        self.suggest_button.setEnabled(writable and bool(left))
        self.new_person.setEnabled(writable)
        self.suggest_button.setToolTip(
            tr("Typical CX activities, {n} not yet in the matrix").format(n=len(left))
            if left
            else tr("All suggested activities are in the matrix")
        )
        has_current = writable and current.isValid()
        self.rename_button.setEnabled(has_current)
        self.remove_button.setEnabled(writable and bool(self.selected_rows()))
        self.up_button.setEnabled(has_current and current.row() > 0)
        self.down_button.setEnabled(has_current and current.row() < model.rowCount() - 1)
        if not has_people:
            self.hint.setText(
                tr(
                    "No people yet — add them with “New person…” or on the People "
                    "page: they are the columns of the matrix."
                )
            )
        elif not has_rows:
            self.hint.setText(
                tr(
                    "Add the activities and decisions of your CX work, or start "
                    "with the suggested ones, then mark who is R, A, C and I."
                )
            )
        self.hint.setVisible(not (has_rows and has_people))
        self.view.setVisible(has_rows and has_people)
        self._update_status()

    def _update_status(self) -> None:
        broken = [a for a, found in self.model.problems.items() if found]
        if not self.model.activities:
            text, colour = "", "ok"
        elif broken:
            text = (
                tr("1 activity needs attention (red marker).")
                if len(broken) == 1
                else tr("{n} activities need attention (red markers).").format(n=len(broken))
            )
            current = self.view.currentIndex()
            shown = (
                self.model.activity_at(current.row()).id
                if current.isValid() and self.model.activity_at(current.row()).id in broken
                else broken[0]
            )
            text += " " + " ".join(self.model.problem_texts(shown))
            colour = "error"
        else:
            text = tr("✓ Every activity has exactly one A and at least one R.")
            colour = "ok"
        self.status.setText(text)
        tint(self.status, colour)  # no sheet: it would restyle the label through Qt's sheet style
        self.status.setVisible(bool(text))
        idle = [p.name for p in self.summary.people if p.id in self.summary.idle]
        self.idle_label.setText(
            tr("No role yet: {names}").format(names=", ".join(idle)) if idle else ""
        )
        self.idle_label.setVisible(bool(idle))
        self._show_details()

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        rows |= {i.row() for i in self.view.selectionModel().selectedRows()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows.add(current.row())
        return sorted(rows)

    # ------------------------------------------------------------ the person shown
    def _on_current_changed(self, current, _previous) -> None:
        self._update_state()
        if self._syncing or not current.isValid():
            return
        self._select_summary_person(self.model.person_at(current.column()).id)

    def _select_summary_person(self, person_id: int) -> None:
        row = next(
            (
                r
                for r in range(self.summary_proxy.rowCount())
                if self.summary_proxy.index(r, 0).data(Role.PERSON_ID) == person_id
            ),
            -1,
        )
        if row < 0:
            return
        self._syncing = True
        try:
            self.summary_view.selectionModel().setCurrentIndex(
                self.summary_proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._syncing = False

    def _on_summary_row(self, current, _previous) -> None:
        self._show_details()
        if self._syncing or not current.isValid():
            return
        column = self.model.column_of(current.data(Role.PERSON_ID))
        if column >= 0 and self.model.rowCount():
            row = max(self.view.currentIndex().row(), 0)
            self._syncing = True
            try:
                self.view.setCurrentIndex(self.model.index(row, column))
                self.view.scrollTo(self.model.index(row, column))
            finally:
                self._syncing = False

    def _show_details(self) -> None:
        index = self.summary_view.currentIndex()
        if not index.isValid():
            self.details_name.setText("")
            self.details_name.setVisible(False)
            self.details.setText(tr("Select a person to see what they do."))
            return
        person_id = index.data(Role.PERSON_ID)
        self.details_name.setText(self.model.name_of(person_id))
        self.details_name.setVisible(True)
        self.details.setText(self.summary.details(person_id))

    # ------------------------------------------------------------ activities
    def add_new_person(self) -> int | None:
        """“New person…”: the person joins the charter, a new column, made current."""
        fields = ask_new_person(self.window())
        if fields is None or self.session.read_only:
            return None
        person_id = self.session.add_person(**fields)
        if person_id is not None and self.model.rowCount():
            row = max(self.view.currentIndex().row(), 0)
            self.view.setCurrentIndex(self.model.index(row, self.model.column_of(person_id)))
        return person_id

    def add_activity(self) -> int | None:
        name = self.new_name.text().strip()
        if not name or self.session.read_only:
            return None
        row_id = self._add(name)
        if row_id is not None:
            self.new_name.clear()
        return row_id

    def _add(self, name: str) -> int | None:
        row_id = self.session.add_row("activity", {"name": name})
        if row_id is not None and self.model.columnCount():
            row = self.model.row_of(row_id)
            column = max(self.view.currentIndex().column(), 0)
            self.view.setCurrentIndex(self.model.index(row, column))
            self.view.scrollTo(self.model.index(row, column))
        return row_id

    def _fill_suggestions(self) -> None:
        self.suggest_menu.clear()
        language = self.session.catalog.language
        for suggestion in raci.open_suggestions(self.model.activity_names()):
            action = QAction(suggestion.text(language), self.suggest_menu)
            action.setData(suggestion.key)
            action.triggered.connect(lambda _c=False, s=suggestion: self.add_suggestion(s.key))
            self.suggest_menu.addAction(action)

    def suggestion_actions(self) -> list[QAction]:
        """What the "Add suggested activity" menu offers now."""
        self._fill_suggestions()
        return self.suggest_menu.actions()

    def add_suggestion(self, key: str) -> int | None:
        if self.session.read_only:
            return None
        suggestion = next((s for s in raci.suggestions() if s.key == key), None)
        if suggestion is None:
            return None
        return self._add(suggestion.text(self.session.catalog.language))

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or self.session.read_only:
            return
        ids = [self.model.activity_at(r).id for r in rows]
        self.session.remove_rows(
            "activity", ids, code="activities.remove" if len(ids) > 1 else "row.remove"
        )
        count = self.model.rowCount()
        if count and self.model.columnCount():
            column = max(self.view.currentIndex().column(), 0)
            self.view.setCurrentIndex(self.model.index(min(rows[0], count - 1), column))
        self.view.setFocus()

    def move_current(self, step: int) -> None:
        current = self.view.currentIndex()
        if not current.isValid() or self.session.read_only:
            return
        target = current.row() + step
        if not 0 <= target < self.model.rowCount():
            return
        activity_id = self.model.activity_at(current.row()).id
        if self.session.move_row("activity", activity_id, target):
            self.view.setCurrentIndex(self.model.index(target, current.column()))
            self.view.scrollTo(self.view.currentIndex())

    def start_rename(self, row: int) -> None:
        if self.session.read_only or not 0 <= row < self.model.rowCount():
            return
        self._close_editor()
        header = self.view.verticalHeader()
        self.view.scrollTo(self.model.index(row, max(self.view.currentIndex().column(), 0)))
        activity = self.model.activity_at(row)
        editor = InlineEditor(header.viewport())
        editor.setAccessibleName(tr("Activity name"))
        editor.setText(str(activity.get("name") or ""))
        editor.setGeometry(
            QRect(
                0,
                header.sectionViewportPosition(row),
                header.viewport().width(),
                header.sectionSize(row),
            )
        )
        editor.committed.connect(lambda text, a=activity.id: self._rename(a, text))
        editor.cancelled.connect(self.view.setFocus)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        editor.show()
        editor.selectAll()
        editor.setFocus()
        self.editor = editor

    def _rename(self, activity_id: int, text: str) -> None:
        name = text.strip()
        row = self.session.document.row("activity", activity_id)
        if name and row is not None and row.get("name") != name:
            self.session.update_row("activity", activity_id, name=name)
        self.view.setFocus()

    def _close_editor(self) -> None:
        if self.editor is not None:
            self.editor.clearFocus()

    def detach(self) -> None:
        self._close_editor()
        self.session.aboutToClose.disconnect(self._close_editor)
        self.summary.detach()
        self.model.detach()


TABS = [(QT_TR_NOOP("Governance bodies"), BodiesTab), (QT_TR_NOOP("RACI matrix"), RaciTab)]
