"""The people directory as a table: one row per person, edits go through the session.

Rows follow the store by id. A change to one person updates that row in place
and an added or removed person inserts or removes one row, so the view keeps
its current cell, selection and sort order across edits, undo and redo.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cxcharter.domain.model import Person
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role

Index = QModelIndex | QPersistentModelIndex

NAME, EMAIL, DEPARTMENT, ROLE, OWNS = range(5)
FIELDS = ("name", "email", "department", "role")  # the editable columns, in order
ROOT = QModelIndex()  # the invisible parent of every row (a shared default)


def owns_text(count: int) -> str:
    """'Owns 3 questions' — German and English both have one singular form."""
    if count == 0:
        return tr("Owns no question")
    if count == 1:
        return tr("Owns 1 question")
    return tr("Owns {n} questions").format(n=count)


class PeopleModel(QAbstractTableModel):
    """Name, e-mail, department, role (editable) and how many questions each one owns."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._people: list[Person] = list(session.document.people())
        self._owns: Counter[int] = self._count_owned()
        session.peopleChanged.connect(self._sync_people)
        session.answerChanged.connect(self._sync_owned)

    def detach(self) -> None:
        """Stop following the session (before it closes)."""
        self.session.peopleChanged.disconnect(self._sync_people)
        self.session.answerChanged.disconnect(self._sync_owned)

    # ------------------------------------------------------------ lookups
    def person(self, row: int) -> Person:
        return self._people[row]

    def row_of(self, person_id: int) -> int:
        """The row of a person, or -1."""
        for row, person in enumerate(self._people):
            if person.id == person_id:
                return row
        return -1

    def owned_count(self, person_id: int) -> int:
        return self._owns.get(person_id, 0)

    # --------------------------------------------------------- following
    def _count_owned(self) -> Counter[int]:
        answers = self.session.document.snapshot().answers.values()
        return Counter(a.owner for a in answers if a.owner is not None)

    def _sync_people(self) -> None:
        """Bring the rows in step with the store with minimal row changes."""
        new = list(self.session.document.people())
        new_ids = {p.id for p in new}
        for row in range(len(self._people) - 1, -1, -1):
            if self._people[row].id not in new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._people[row]
                self.endRemoveRows()
        old_ids = {p.id for p in self._people}
        for row, person in enumerate(new):  # both lists are in id order
            if person.id not in old_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._people.insert(row, person)
                self.endInsertRows()
        for row, person in enumerate(new):
            if self._people[row] != person:
                self._people[row] = person
                self.dataChanged.emit(self.index(row, 0), self.index(row, ROLE))
        self._sync_owned()  # removing and restoring a person changes ownership too

    def _sync_owned(self, _key: str = "") -> None:
        owns = self._count_owned()
        if owns == self._owns:
            return
        self._owns = owns
        if self._people:
            self.dataChanged.emit(self.index(0, OWNS), self.index(len(self._people) - 1, OWNS))

    # -------------------------------------------------------- the model
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return (tr("Name"), tr("E-mail"), tr("Department"), tr("Role"), tr("Owns"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == OWNS:
            return tr("How many questions of the charter this person owns")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != OWNS and not self.session.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person, column = self._people[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == OWNS:
                return self.owned_count(person.id)  # an int, so sorting is numeric
            return getattr(person, FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == OWNS:
                return owns_text(self.owned_count(person.id))
            return getattr(person, FIELDS[column]) or None
        if role == Role.ROW_ID:
            return person.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OWNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() == OWNS
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        person, field = self._people[index.row()], FIELDS[index.column()]
        text = str(value if value is not None else "").strip()
        if field == "name" and not text:
            return False  # a person needs a name; the old one stays
        if getattr(person, field) == text:
            return True  # nothing to change, nothing to undo
        # The store's change signal updates the row (and emits dataChanged).
        return self.session.update_person(person.id, **{field: text})
