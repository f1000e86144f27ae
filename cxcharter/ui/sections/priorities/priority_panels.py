"""The initiatives tab's side panels: the "not doing" list, the weighted method's criteria."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.initiative_detail import InitiativeDelegate
from cxcharter.ui.sections.priorities.priority_models import CriteriaModel, NotDoingModel
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_table import plain_table, remove_selected
from cxcharter.ui.tables.row_delegate import RowDelegate
from cxcharter.ui.tables.row_model import content_signals
from cxcharter.ui.widgets.basics import plain_label


def add_action(widget: QWidget, text: str, keys, slot, context) -> QAction:
    act = QAction(text, widget)
    act.setShortcut(QKeySequence(keys))
    act.setShortcutContext(context)
    act.triggered.connect(slot)
    widget.addAction(act)
    return act


class NotDoingPanel(QWidget):
    """Initiatives deliberately not pursued, each with the reason (edited in place)."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = NotDoingModel(session, self)
        self.table = plain_table(tr("Not doing"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(InitiativeDelegate(session, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 220), (2, 120), (3, 96)):
            header.resizeSection(column, width)
        self.table.setWordWrap(True)  # reasons are sentences: two lines, then the tooltip
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.hint = plain_label(
            tr(
                "Nothing here yet. Set an initiative's status to "
                "“Dropped” to keep it visible here with the reason."
            ),
            object_name="hint",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        self.hint.setVisible(self.model.rowCount() == 0)

    def detach(self) -> None:
        self.model.detach()


class CriteriaPanel(QWidget):
    """The criteria of the weighted method: name, weight, whether higher is better."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CriteriaModel(session, self)
        self.table = plain_table(tr("Criteria"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(session, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 110)
        header.resizeSection(2, 130)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("New criterion: type its name and press Enter"))
        self.name.setAccessibleName(tr("Name of the new criterion"))
        self.name.returnPressed.connect(self.add_criterion)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Remove the selected criterion and its points (Delete)"))

        def remove(*_args) -> None:  # the one removal of tables
            remove_selected(self.table, self.session, "criterion")

        self.remove_button.clicked.connect(remove)
        self.suggest_button = QPushButton(tr("Add the usual four"))
        self.suggest_button.setToolTip(
            tr(
                "Customer value 40, business value 30, cost 20 and "
                "risk 10 (for cost and risk, lower is better)"
            )
        )
        self.suggest_button.clicked.connect(self.add_suggested)
        add_action(
            self.table,
            tr("Remove"),
            QKeySequence.StandardKey.Delete,
            remove,
            Qt.ShortcutContext.WidgetShortcut,
        )
        tools = QHBoxLayout()
        tools.addWidget(self.name, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        for signal in content_signals(self.model):
            signal.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        editable = not self.session.read_only
        self.name.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.suggest_button.setVisible(self.model.rowCount() == 0)
        self.suggest_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_id() is not None)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def add_criterion(self) -> None:
        name = self.name.text().strip()
        if name and not self.session.read_only:
            row_id = self.session.add_row("criterion", {"name": name})
            if row_id is not None:
                self.name.clear()
                self.table.setCurrentIndex(self.model.index(self.model.row_of(row_id), 1))

    def add_suggested(self) -> None:
        if self.session.read_only or self.model.rowCount():
            return
        self.session.add_suggested_criteria()  # named in the charter's language

    def detach(self) -> None:
        self.model.detach()
