"""The Governance bodies tab's models: the bodies as table rows, the people as a checkable
list of one body's members."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cxcharter.domain.entities import Row
from cxcharter.domain.model import Person
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_model import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class BodiesModel(RowTableModel):
    """Governance bodies with a computed Members column (names, from a cache)."""

    MEMBERS = 3

    def __init__(self, session: CharterSession, parent=None) -> None:
        columns = [
            Column("type", tr("Type")),
            Column("name", tr("Name")),
            Column("cadence", tr("Meets")),
            Column(
                "",
                tr("Members"),
                display=self._members_text,
                tooltip=self._members_tooltip,
                editable=False,
            ),
            Column("purpose", tr("Purpose")),
            Column("authority", tr("Decision authority")),
        ]
        super().__init__(session, "body", columns, parent)
        self._members: dict[int, list[str]] = {}
        self._read_members()
        session.rowsChanged.connect(self._on_members_changed)
        session.peopleChanged.connect(self._on_members_changed)

    def detach(self) -> None:
        super().detach()
        self.session.rowsChanged.disconnect(self._on_members_changed)
        self.session.peopleChanged.disconnect(self._on_members_changed)

    def _read_members(self) -> None:
        session = self.session
        if session.closed:
            return
        names = {p.id: p.name for p in session.document.people()}
        members: dict[int, list[str]] = {}
        for m in session.document.rows("body_member"):
            if m.get("person") in names:
                members.setdefault(m.get("body"), []).append(names[m.get("person")])
        self._members = members

    def _on_members_changed(self, kind: str = "body_member") -> None:
        if kind != "body_member":
            return
        self._read_members()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.MEMBERS), self.index(self.rowCount() - 1, self.MEMBERS)
            )

    def members_of(self, body_id: int) -> list[str]:
        return self._members.get(body_id, [])

    def _members_text(self, row: Row) -> str:
        names = self._members.get(row.id, [])
        if len(names) <= 1:
            return ", ".join(names)
        return tr("{n}: {names}").format(n=len(names), names=", ".join(names))

    def _members_tooltip(self, row: Row) -> str | None:
        names = self._members.get(row.id, [])
        return "\n".join(names) if names else None


class MembersModel(QAbstractListModel):
    """The people directory with a check mark for each member of one body."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.body: int | None = None
        self.people: list[Person] = []
        self.members: set[int] = set()
        self._sync_people()
        session.peopleChanged.connect(self._sync_people)
        session.rowsChanged.connect(self._on_rows_changed)

    def detach(self) -> None:
        self.session.peopleChanged.disconnect(self._sync_people)
        self.session.rowsChanged.disconnect(self._on_rows_changed)

    def set_body(self, body_id: int | None) -> None:
        self.body = body_id
        self._sync_members(force=True)

    def _on_rows_changed(self, kind: str) -> None:
        if kind in ("body_member", "body"):
            self._sync_members()

    def _read(self) -> set[int]:
        if self.body is None or self.session.closed:
            return set()
        return {
            m.get("person")
            for m in self.session.document.rows("body_member")
            if m.get("body") == self.body
        }

    def _sync_people(self) -> None:
        if self.session.closed:
            return
        people = list(self.session.document.people())
        if [p.id for p in people] != [p.id for p in self.people]:
            self.beginResetModel()
            self.people, self.members = people, self._read()
            self.endResetModel()
            return
        self.people = people
        self._sync_members(force=True)

    def _sync_members(self, force: bool = False) -> None:
        members = self._read()
        if members == self.members and not force:
            return
        self.members = members
        if self.people:
            self.dataChanged.emit(self.index(0), self.index(len(self.people) - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if person.id in self.members else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(t for t in (person.name, person.role, person.department) if t)
        if role == Role.PERSON_ID:
            return person.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.body is not None and not self.session.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        person = self.people[index.row()].id
        member = Qt.CheckState(value) == Qt.CheckState.Checked
        if member == (person in self.members):
            return True
        return self.session.set_link(
            "body_member", {"body": self.body, "person": person}, {} if member else None
        )
