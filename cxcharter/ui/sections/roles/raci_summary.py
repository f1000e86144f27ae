"""Who does what: the summary beside the RACI matrix, one row per person."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QColor, QFont

from cxcharter.domain import raci
from cxcharter.domain.entities import Row
from cxcharter.domain.model import Person
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.roles.raci_model import PROBLEM_COLOUR, ROOT, Index, RaciMatrixModel
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.labels import choice_label


class RaciSummaryModel(QAbstractTableModel):
    """Who does what: per person how many activities they are A, R, C and I for.

    Follows the matrix model's caches (no queries of its own but the body
    memberships, which decide whether someone without a letter has a role).
    """

    NAME = 0
    COLUMNS = ("A", "R", "C", "I")

    def __init__(self, matrix: RaciMatrixModel, parent=None) -> None:
        super().__init__(parent)
        self.matrix, self.session = matrix, matrix.session
        self.people: list[Person] = []
        self.summary: dict[int, raci.PersonSummary] = {}
        self.idle: set[int] = set()
        self._members: tuple[Row, ...] = ()
        self._read_members()
        self.refresh()
        matrix.refreshed.connect(self.refresh)
        self.session.rowsChanged.connect(self._on_rows_changed)

    def detach(self) -> None:
        self.matrix.refreshed.disconnect(self.refresh)
        self.session.rowsChanged.disconnect(self._on_rows_changed)

    def _read_members(self) -> None:
        if not self.session.closed:
            self._members = self.session.document.rows("body_member")

    def _on_rows_changed(self, kind: str) -> None:
        if kind == "body_member":
            self._read_members()
            self.refresh()

    def refresh(self) -> None:
        m = self.matrix
        summary = raci.summary(m.activities, m.cells, m.people)
        idle = set(raci.people_without_role(m.people, m.cells, self._members))
        if [p.id for p in m.people] != [p.id for p in self.people]:
            self.beginResetModel()
            self.people, self.summary, self.idle = list(m.people), summary, idle
            self.endResetModel()
            return
        changed = [
            r
            for r, p in enumerate(m.people)
            if summary.get(p.id) != self.summary.get(p.id)
            or p != self.people[r]
            or (p.id in idle) != (p.id in self.idle)
        ]
        self.people, self.summary, self.idle = list(m.people), summary, idle
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), len(self.COLUMNS))
            )

    def person_at(self, row: int) -> Person:
        return self.people[row]

    def activity_names(self, ids: Sequence[int]) -> list[str]:
        rows = self.matrix
        return [
            str(rows.activity_at(rows.row_of(a)).get("name") or "")
            for a in ids
            if rows.row_of(a) >= 0
        ]

    def details(self, person_id: int) -> str:
        """Everything one person does, as a few plain lines."""
        found = self.summary.get(person_id)
        if found is None:
            return ""
        if person_id in self.idle:
            return tr("No role in any activity or body yet.")
        heads = {
            "A": tr("Accountable for ({n}):"),
            "R": tr("Responsible for ({n}):"),
            "C": tr("Consulted on ({n}):"),
            "I": tr("Informed about ({n}):"),
        }
        lines = []
        for letter in self.COLUMNS:
            names = self.activity_names(found.of(letter))
            if names:
                lines.append(heads[letter].format(n=len(names)))
                lines += [f"• {name}" for name in names]
        return "\n".join(lines) or tr("Member of a governance body, no RACI letter yet.")

    # ------------------------------------------------------------ the model
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        letter = self.COLUMNS[section - 1] if section else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Person") if section == self.NAME else letter
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Person") if section == self.NAME else choice_label(letter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person, column = self.people[index.row()], index.column()
        found = self.summary.get(person.id) or raci.PersonSummary(person.id)
        idle = person.id in self.idle
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            return len(found.of(self.COLUMNS[column - 1]))  # an int: sorts as a number
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return "\n".join(t for t in (person.name, self.details(person.id)) if t)
            letter = self.COLUMNS[column - 1]
            names = self.activity_names(found.of(letter))
            return f"{choice_label(letter)}:\n" + "\n".join(names) if names else None
        if role == Qt.ItemDataRole.ForegroundRole and idle:
            return QColor(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.FontRole and idle and column == self.NAME:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.PERSON_ID:
            return person.id
        if role == Role.NO_ROLE:
            return idle
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
