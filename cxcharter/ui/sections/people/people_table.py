"""The people directory's table: the kind "person" on the generic row model.

What differs from any other kind is declared here: the four fields, and the
computed "Owns" column (how many questions each one owns, sorted as a number),
which follows the answers as well as the people.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from cxcharter.domain.entities import Row
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_model import KindModel
from cxcharter.ui.tables.row_model import Column

NAME, EMAIL, DEPARTMENT, ROLE, OWNS = range(5)


def owns_text(count: int) -> str:
    """'Owns 3 questions' — German and English both have one singular form."""
    if count == 0:
        return tr("Owns no question")
    if count == 1:
        return tr("Owns 1 question")
    return tr("Owns {n} questions").format(n=count)


class PeopleModel(KindModel):
    """Name, e-mail, department, role (editable) and how many questions each one owns."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        self._owns: Counter[int] = Counter()
        columns = [
            Column("name", tr("Name")),
            Column("email", tr("E-mail")),
            Column("department", tr("Department")),
            Column("role", tr("Role")),
            Column(
                "",
                tr("Owns"),
                display=lambda row: self.owned_count(row.id),  # a number, sorted as one
                tooltip=lambda row: owns_text(self.owned_count(row.id)),
                editable=False,
                numeric=True,
            ),
        ]
        super().__init__(session, "person", columns, parent)
        self._owns = self._count_owned()
        session.answerChanged.connect(self._sync_owned)
        session.rowsChanged.connect(self._on_kind)

    def detach(self) -> None:
        self.session.answerChanged.disconnect(self._sync_owned)
        self.session.rowsChanged.disconnect(self._on_kind)
        super().detach()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and section == OWNS:
            return tr("How many questions of the charter this person owns")
        return super().headerData(section, orientation, role)

    def sort_key(self, row: Row, column: int) -> object:
        return self.owned_count(row.id) if column == OWNS else None

    def owned_count(self, person_id: int) -> int:
        return self._owns.get(person_id, 0)

    def _count_owned(self) -> Counter[int]:
        if self.session.closed:
            return Counter()
        answers = self.session.document.snapshot().answers.values()
        return Counter(a.owner for a in answers if a.owner is not None)

    def _on_kind(self, kind: str) -> None:
        if kind == "person":  # removing or restoring someone changes what they own
            self._sync_owned()

    def _sync_owned(self, *_args) -> None:
        owns = self._count_owned()
        if owns == self._owns:
            return
        self._owns = owns
        if self.rowCount():
            self.dataChanged.emit(self.index(0, OWNS), self.index(self.rowCount() - 1, OWNS))
