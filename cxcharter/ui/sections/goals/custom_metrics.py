"""The charter's own metrics, beside the goals: name, unit, scale, better direction and
definition, in a table with a line to add one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.goals.goal_model import DEFINITION, CustomMetricsModel
from cxcharter.ui.sections.goals.goal_texts import problem_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_table import plain_table, remove_selected
from cxcharter.ui.tables.row_delegate import RowDelegate
from cxcharter.ui.tables.row_model import content_signals
from cxcharter.ui.widgets.basics import plain_label, section_font


class CustomMetricsPanel(QWidget):
    """The charter's own metrics: name, unit, scale, better direction and definition."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CustomMetricsModel(session, self)
        heading = plain_label(tr("Custom metrics"), wrap=False)
        heading.setFont(section_font(heading, 1.05))
        hint = plain_label(
            tr(
                "Metrics of your own, with their unit, scale and the direction "
                "that is better. Goals can use them like the standard ones."
            ),
            object_name="hint",
        )
        self.close_button = QPushButton(tr("Back to the goal"))
        self.table = plain_table(tr("Custom metrics"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(session, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DEFINITION, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((200, 130, 70, 70, 140)):
            header.resizeSection(column, width)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("New metric: type its name and press Enter"))
        self.name.setAccessibleName(tr("Name of the new metric"))
        self.add_button = QPushButton(tr("Add metric"))
        self.remove_button = QPushButton(tr("Remove metric"))
        self.remove_button.setToolTip(
            tr("Goals that use it keep their numbers and lose the metric (Undo brings it back).")
        )
        self.problems = plain_label(object_name="fieldError")
        self.name.returnPressed.connect(self.add_metric)
        self.add_button.clicked.connect(self.add_metric)
        self.remove_button.clicked.connect(
            lambda *_: remove_selected(self.table, self.session, "custom_metric")
        )

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.close_button)
        tools = QHBoxLayout()
        tools.addWidget(self.name, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        for signal in content_signals(self.model):
            signal.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def add_metric(self) -> None:
        name = self.name.text().strip()
        if not name or self.session.read_only:
            return
        row_id = self.session.add_row("custom_metric", {"name": name})
        if row_id is not None:
            self.name.clear()
            self.table.selectRow(self.model.row_of(row_id))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _update(self, *_args) -> None:
        editable = not self.session.read_only
        self.add_button.setEnabled(editable)
        self.name.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_id() is not None)
        texts = [
            f"{name}: {problem_text(p)}" if name else problem_text(p)
            for name, p in self.model.problems()
        ]
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))

    def detach(self) -> None:
        self.model.detach()
