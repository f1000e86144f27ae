"""The People page: the team directory, a quick inline form to add someone, removal."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui import ask
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.people_table import (
    DEPARTMENT,
    NAME,
    OWNS,
    ROLE,
    PeopleModel,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.fitting import fit_placeholder
from cxcharter.ui.tables.kind_table import RowTable
from cxcharter.ui.widgets.basics import PageHeader, plain_label, set_tab_order
from cxcharter.ui.widgets.style import primary_button

ADD_SHORTCUT = "Ctrl+Shift+N"
REMOVE_KEY = "Del"
PAGE_KEYS = (  # the page's keys, for Help → Keyboard Shortcuts
    (ADD_SHORTCUT, QT_TR_NOOP("People: add a person")),
    (REMOVE_KEY, QT_TR_NOOP("People: remove the selected people")),
    ("F2", QT_TR_NOOP("People: edit the selected cell")),
)


def department_suggestions() -> list[str]:
    return [
        tr("Customer Service"),
        tr("Marketing"),
        tr("Sales"),
        tr("IT"),
        tr("Product"),
        tr("Executive"),
    ]


class DepartmentDelegate(QStyledItemDelegate):
    """Typing a department in the table offers the usual ones and those already in use."""

    def __init__(self, model: PeopleModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            rows = range(self._model.rowCount())
            used = {str(self._model.row_at(r).get("department") or "") for r in rows}
            words = list(dict.fromkeys([*department_suggestions(), *sorted(used - {""})]))
            completer = QCompleter(words, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor


class AddPersonForm(QFrame):
    """Name, e-mail, department, role and an Add button, above the table."""

    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("addPersonForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Required", "placeholder of a field"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(tr("name@example.com"))
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.addItems(department_suggestions())
        self.department.setCurrentIndex(-1)
        self.department.lineEdit().setPlaceholderText(tr("Choose or type"))
        self.department.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.role = QLineEdit()
        self.role.setPlaceholderText(tr("e.g. CX lead"))
        self.add_button = QPushButton(tr("Add"))
        primary_button(self.add_button)
        self.add_button.setDefault(False)
        self.close_button = QPushButton(tr("Done"))
        self.close_button.setToolTip(tr("Hide this form (Esc)"))
        self.error = plain_label(object_name="fieldError")
        self.error.setVisible(False)

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        fields = (
            (tr("&Name"), self.name),
            (tr("&E-mail"), self.email),
            (tr("De&partment"), self.department),
            (tr("R&ole"), self.role),
        )
        # Two fields a row (name, e-mail; department, role), the buttons beside them: the
        # form keeps every placeholder whole beside the approval panel too.
        for number, (text, widget) in enumerate(fields):
            row, col = 2 * (number // 2), number % 2
            label = plain_label(text, wrap=False)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            grid.addWidget(label, row, col)
            grid.addWidget(widget, row + 1, col)
        for col in (0, 1):
            grid.setColumnStretch(col, 1)
        grid.addWidget(self.add_button, 1, 2)
        grid.addWidget(self.close_button, 3, 2)
        grid.addWidget(self.error, 4, 0, 1, 3)

        for edit in (self.name, self.email, self.department.lineEdit(), self.role):
            fit_placeholder(edit)  # "name@beispiel.de" whole beside the approval panel
        for edit in (self.name, self.email, self.department.lineEdit(), self.role):
            edit.returnPressed.connect(self.submit)
        self.name.textEdited.connect(lambda _text: self.error.setVisible(False))
        self.add_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.page.hide_form)

    def tab_order(self) -> tuple[QWidget, ...]:
        return (
            self.name,
            self.email,
            self.department,
            self.role,
            self.add_button,
            self.close_button,
        )

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.page.hide_form()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(tr("Please enter a name."))
            self.error.setVisible(True)
            self.name.setFocus()
            return
        fields = {
            "email": self.email.text().strip(),
            "department": self.department.currentText().strip(),
            "role": self.role.text().strip(),
        }
        if self.page.add_person(name, **fields):
            self.clear()
            self.name.setFocus()  # ready for the next colleague

    def clear(self) -> None:
        for edit in (self.name, self.email, self.role):
            edit.clear()
        self.department.setCurrentIndex(-1)
        self.department.clearEditText()
        self.error.setVisible(False)


class PeoplePage(QWidget):
    """Everyone who owns, answers or approves a part of the charter."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = PeopleModel(session, self)
        self.rows = self._make_table()
        self.proxy, self.table = self.rows.proxy, self.rows.view

        self.header = PageHeader(
            tr("People"), tr("Everyone who owns, answers or approves a part of this charter.")
        )

        self._build_layout(self._build_tools())
        self._watch()

    def _build_tools(self) -> QHBoxLayout:
        """The filter and the Add / Import / Remove buttons above the table."""
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter people…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter people"))
        self.filter.setMinimumWidth(260)
        self.filter.textChanged.connect(self._on_filter)

        shortcut = QKeySequence(ADD_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button = QPushButton(tr("Add person"))
        self.add_button.setToolTip(
            tr("Add a person to the team ({shortcut})").format(shortcut=shortcut)
        )
        self.add_button.clicked.connect(self.show_form)
        self.import_button = QPushButton(tr("Import from CSV…"))
        self.import_button.setToolTip(
            tr(
                "Add people from a CSV file with the columns name, "
                "email, department and role; you see a preview "
                "first"
            )
        )
        self.import_button.clicked.connect(self.import_csv)
        self.remove_button = self.rows.remove_button  # above the table, with the others
        self.remove_button.setToolTip(tr("Remove the selected people (Delete)"))
        self.act_remove = self.rows.act_remove

        self.act_add = QAction(tr("Add person"), self)
        self.act_add.setShortcut(QKeySequence(ADD_SHORTCUT))
        self.act_add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_add.triggered.connect(self.show_form)
        self.addAction(self.act_add)

        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.filter, 1)
        tools.addStretch(2)
        tools.addWidget(self.add_button)
        tools.addWidget(self.import_button)
        tools.addWidget(self.remove_button)
        return tools

    def _build_layout(self, tools: QHBoxLayout) -> None:
        """Header, tools, the add form, the empty-table hint and the table."""
        self.form = AddPersonForm(self)
        self.form.setVisible(False)

        self.hint = plain_label(object_name="hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.hint.setContentsMargins(0, 16, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 28)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(tools)
        layout.addWidget(self.form)
        layout.addWidget(self.hint, 1)  # shown instead of an empty table
        layout.addWidget(self.rows, 1)

        set_tab_order(
            self.filter,
            self.add_button,
            self.import_button,
            self.remove_button,
            *self.form.tab_order(),
            self.table,
        )

    def _watch(self) -> None:
        """Keep the buttons and the hint true to the rows and the selection."""
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_state)
        self.table.selectionModel().selectionChanged.connect(self._update_state)
        self._update_state()

    def _make_table(self) -> RowTable:
        rows = RowTable(
            self.session,
            self.model,
            tr("People"),
            movable=False,
            several=True,
            widths=(220, 250, 170),
            stretch=ROLE,
            confirm=self._confirm_removal,
            remove=self.session.remove_people,
        )
        table = rows.view
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        # Name, e-mail and department keep a width the user may change; the role takes
        # what is left and the count its own width, so the table fits a 1280 px window.
        table.horizontalHeader().setSectionResizeMode(OWNS, QHeaderView.ResizeMode.ResizeToContents)
        table.setItemDelegateForColumn(DEPARTMENT, DepartmentDelegate(self.model, table))
        return rows

    # -------------------------------------------------------------- state
    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_state()

    def _update_state(self, *_args) -> None:
        writable = not self.session.read_only
        has_people = self.model.rowCount() > 0
        shown = self.proxy.rowCount() > 0
        if not has_people:
            self.hint.setText(
                tr(
                    "Add the people of your team: everyone who will own a "
                    "question, answer it or approve the charter."
                )
            )
        elif not shown:
            self.hint.setText(tr("Nobody matches “{text}”.").format(text=self.filter.text()))
        self.hint.setVisible(not shown)
        self.rows.setVisible(shown)
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.act_add.setEnabled(writable)
        if not writable:
            self.form.setVisible(False)

    def selected_ids(self) -> list[int]:
        return self.rows.selected_ids()

    def focus_first(self) -> None:
        """Put the keyboard where work starts: the table, or the form of an empty team."""
        if self.model.rowCount() == 0 and not self.session.read_only:
            self.show_form()
        else:
            self.table.setFocus()

    def detach(self) -> None:
        """Stop following the session (the page is going away)."""
        self.model.detach()

    # -------------------------------------------------------------- adding
    def import_csv(self) -> None:
        """Choose a CSV file, preview what it adds, import on confirmation (one undo step)."""
        from cxcharter.ui.sections.people.people_import import PeopleImportDialog  # lazy: a dialog

        path = ask.open_file(
            self,
            tr("Import people from a CSV file"),
            "",
            tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            ask.run_dialog(PeopleImportDialog(self.session, path, self))

    def show_form(self) -> None:
        if self.session.read_only:
            return
        self.form.setVisible(True)
        self.form.name.setFocus()

    def hide_form(self) -> None:
        self.form.clear()
        self.form.setVisible(False)
        (self.table if self.table.isVisible() else self.add_button).setFocus()

    def add_person(self, name: str, **fields: str) -> bool:
        """Add through the session and show the new row; False if the store refused."""
        before = {p.id for p in self.session.document.people()}
        if not self.session.add_person(name, **fields):
            return False
        new = [p.id for p in self.session.document.people() if p.id not in before]
        if new:
            self.select_person(new[0])
        return True

    def select_person(self, person_id: int) -> None:
        if self.model.row_of(person_id) >= 0:
            self.rows.select_id(person_id, NAME)

    # ------------------------------------------------------------ removing
    def _confirm_removal(self, ids: list[int]) -> bool:
        """Ask only when something would be lost: questions they own or answer."""
        snapshot = self.session.document.snapshot()
        chosen = set(ids)
        owned = sum(1 for a in snapshot.answers.values() if a.owner in chosen)
        named = sum(1 for a in snapshot.answers.values() if a.person in chosen)
        if not owned and not named:
            return True
        if len(ids) == 1:
            title = tr("Remove person")
            first = tr("Remove “{name}”?").format(name=snapshot.person_name(ids[0]))
        else:
            title = tr("Remove people")
            first = tr("Remove {n} people?").format(n=len(ids))
        parts = [first]
        if owned == 1:
            parts.append(tr("1 question will lose its owner."))
        elif owned:
            parts.append(tr("{n} questions will lose their owner.").format(n=owned))
        if named == 1:
            parts.append(tr("1 answer names them and will be emptied."))
        elif named:
            parts.append(tr("{n} answers name them and will be emptied.").format(n=named))
        parts.append(tr("You can undo this."))
        return ask.confirm(self, title, " ".join(parts))
