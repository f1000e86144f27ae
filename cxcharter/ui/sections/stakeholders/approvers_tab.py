"""Stakeholders & approvals: the approvers tab, the people who sign off the charter, in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxcharter.domain import stakeholders as rules
from cxcharter.domain.entities import Row
from cxcharter.ui.governance.signature_policy import SignaturePolicyBox
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.new_person import offer_new_person
from cxcharter.ui.sections.stakeholders.stakeholder_texts import problem_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_model import KindModel
from cxcharter.ui.tables.kind_table import ADD_SHORTCUT, RowTable, tab_margins
from cxcharter.ui.tables.row_model import Column
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.fields import PersonCombo

ORDER, APPROVER_PERSON, ROLE, REQUIRED = range(4)


class ApproversModel(KindModel):
    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(
            session,
            "approver",
            [
                Column(
                    "", tr("Order"), display=lambda r: str(self.row_of(r.id) + 1), editable=False
                ),
                Column("person", tr("Approver"), editable=False),
                Column("", tr("Role"), display=self._role, editable=False),
                Column("required", tr("Required")),
            ],
            parent,
        )

    def reload(self) -> None:
        if not self.session.closed:
            self._people = {p.id: p for p in self.session.document.people()}
        super().reload()

    def _on_people_changed(self) -> None:
        self._people = {p.id: p for p in self.session.document.people()}
        super()._on_people_changed()

    def _role(self, row: Row) -> str:
        person = self._people.get(row.get("person"))
        if person is None:
            return ""
        return " · ".join(part for part in (person.role, person.department) if part)

    def sort_key(self, row: Row, column: int) -> object:
        return self.row_of(row.id) if column == ORDER else None


class ApproversTab(QWidget):
    """The people who approve the charter, in order; required or optional."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = ApproversModel(session, self)
        self.table = RowTable(
            session,
            self.model,
            tr("Approvers"),
            sortable=False,
            widths=(64, 240, 360, 90),
            stretch=ROLE,
        )
        self.hint = plain_label(
            tr(
                "The charter is approved when every required approver has approved it. "
                "Optional approvers are asked in the same order, but their approval is not "
                "needed."
            ),
            object_name="hint",
        )
        self.person = PersonCombo(tr("Choose a person…"))
        offer_new_person(self.person, session)  # added and selected; Add approver adds them
        self.person.setAccessibleName(tr("Person to add as approver"))
        self.person.personChanged.connect(lambda _p: self._update())
        self.required = QCheckBox(tr("Required"))
        self.required.setChecked(True)
        self.add_button = QPushButton(tr("Add approver"))
        self.add_button.clicked.connect(self.add_approver)
        adding = QHBoxLayout()  # its own line: the table's tools beside it would not fit
        adding.setSpacing(8)  # beside the approval panel
        adding.addWidget(plain_label(tr("Add from the directory:"), wrap=False))
        adding.addWidget(self.person, 2)
        adding.addWidget(self.required)
        adding.addWidget(self.add_button)
        self.act_add = QAction(tr("Add approver"), self)
        self.act_add.setShortcut(QKeySequence(ADD_SHORTCUT))
        self.act_add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_add.triggered.connect(self.person.setFocus)
        self.addAction(self.act_add)

        self.signature_policy = SignaturePolicyBox(session, self)
        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addWidget(self.hint)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.signature_policy)
        session.rowsChanged.connect(self._on_rows)
        session.peopleChanged.connect(self._refill)
        self._refill()

    def _on_rows(self, kind: str) -> None:
        if kind == "approver":
            self._refill()

    def _refill(self) -> None:
        """The combo offers only people who are not approvers yet."""
        if self.session.closed:
            return
        taken = {r.get("person") for r in self.session.document.rows("approver")}
        free = tuple(p for p in self.session.document.people() if p.id not in taken)
        current = self.person.person_id()
        self.person.set_people(free, current if current not in taken else None)
        self._update()

    def _update(self) -> None:
        editable = not self.session.read_only
        self.person.setEnabled(editable and self.person.count() > 1)
        self.required.setEnabled(editable)
        self.add_button.setEnabled(editable and self.person.person_id() is not None)
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        self.table.set_messages([problem_text(p) for p in rules.approver_problems(rows)])

    def add_approver(self) -> None:
        person_id = self.person.person_id()
        if person_id is None or self.session.read_only:
            return
        self.table.add({"person": person_id, "required": self.required.isChecked()})
        self.table.view.setFocus()

    def detach(self) -> None:
        self.session.rowsChanged.disconnect(self._on_rows)
        self.session.peopleChanged.disconnect(self._refill)
        self.signature_policy.detach()
        self.table.detach()
