"""The model of the RACI matrix (the summary beside it is in raci_summary.py).

The matrix is activities (rows) × people (columns) over a cache of the RACI
rows, `{(activity, person): role}`, refreshed from three queries when the
store says something changed; `data()` never asks the store. A changed cell
emits dataChanged, an added, removed or moved activity or person inserts,
removes or moves one row or column, so the view keeps its place and
selection across edits, undo and redo, even at 100 people × 200 activities.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from cxcharter.domain import raci
from cxcharter.domain.entities import RACI_ROLES, Row
from cxcharter.domain.glossary import RACI_COLOURS
from cxcharter.domain.model import Person
from cxcharter.domain.values import Problem
from cxcharter.ui.governance.governance_texts import RACI_TEXT, raci_text, sentence
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.labels import choice_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

# A distinct, readable colour per letter: (fill, text), contrast ≥ 4.5:1 each.
ROLE_COLOURS = {letter: (fill, text) for letter, (fill, text, _tint) in RACI_COLOURS.items()}
PROBLEM_COLOUR = "#c62828"


_QCOLOURS = {letter: (QColor(fill), QColor(text)) for letter, (fill, text) in ROLE_COLOURS.items()}
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # computed once:
EDITABLE_FLAGS = CELL_FLAGS | Qt.ItemFlag.ItemIsEditable  # flags() runs for every cell


def role_colours(letter: str | None) -> tuple[QColor, QColor] | None:
    """(fill, text) of a letter, or None for an empty cell."""
    return _QCOLOURS.get(letter or "")


def problem_text(problem: Problem, name_of: Callable[[int], str], activity: str = "") -> str:
    """A broken RACI rule of `activity` as one sentence, in the words of the readiness list."""
    params: dict[str, object] = {**problem.params, "name": activity}
    if problem.code == raci.MANY_ACCOUNTABLE:
        params["names"] = tuple(name_of(p) for p in problem.params["people"])
    if problem.code == raci.PERSON_WITHOUT_ROLE:
        params["name"] = name_of(problem.params["person"])
    return sentence(raci_text(problem.code, params)) if problem.code in RACI_TEXT else problem.code


def _single_move(old: list[int], new: list[int]) -> tuple[int, int] | None:
    """(from, to) if `new` is `old` with one item moved, else None."""
    if len(old) != len(new) or set(old) != set(new):
        return None
    first = next(i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b)
    for source in (first, old.index(new[first])):
        trial = list(old)
        item = trial.pop(source)
        target = new.index(item)
        trial.insert(target, item)
        if trial == new:
            return source, target
    return None


class RaciMatrixModel(QAbstractTableModel):
    """Activities × people; a cell is the person's letter for the activity."""

    refreshed = Signal()  # the caches changed (summary views follow this)

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.activities: list[Row] = []
        self.people: list[Person] = []
        self.cells: dict[raci.Cell, str] = {}
        self.problems: dict[int, list[Problem]] = {}
        self._row_of: dict[int, int] = {}
        self._col_of: dict[int, int] = {}
        self._names: dict[int, str] = {}
        self.refresh()
        session.rowsChanged.connect(self._on_rows_changed)
        session.peopleChanged.connect(self._on_people_changed)

    def detach(self) -> None:
        self.session.rowsChanged.disconnect(self._on_rows_changed)
        self.session.peopleChanged.disconnect(self._on_people_changed)

    # ------------------------------------------------------------ lookups
    def activity_at(self, row: int) -> Row:
        return self.activities[row]

    def person_at(self, column: int) -> Person:
        return self.people[column]

    def row_of(self, activity_id: int) -> int:
        return self._row_of.get(activity_id, -1)

    def column_of(self, person_id: int) -> int:
        return self._col_of.get(person_id, -1)

    def role(self, row: int, column: int) -> str | None:
        return self.cells.get((self.activities[row].id, self.people[column].id))

    def name_of(self, person_id: int) -> str:
        return self._names.get(person_id, "?")

    def problem_texts(self, activity_id: int) -> list[str]:
        row = self.row_of(activity_id)
        name = str(self.activities[row].get("name") or "") if row >= 0 else ""
        return [problem_text(p, self.name_of, name) for p in self.problems.get(activity_id, [])]

    def activity_names(self) -> list[str]:
        return [str(a.get("name") or "") for a in self.activities]

    # ------------------------------------------------------------ syncing
    def _on_rows_changed(self, kind: str) -> None:
        if kind == "raci":
            self.refresh(people=False, activities=False)
        elif kind == "activity":
            self.refresh(people=False, cells=False)

    def _on_people_changed(self) -> None:
        # Removing or restoring a person also tells "raci" right after: cells follow then.
        self.refresh(activities=False, cells=False)

    def refresh(self, *, people: bool = True, activities: bool = True, cells: bool = True) -> None:
        """Re-read what changed (people, activities, cells); tell views exactly what."""
        if self.session.closed:
            return
        doc = self.session.document
        changed: set[raci.Cell] = set()
        if cells:
            grid = raci.cells(doc.rows("raci"))
            changed = {
                key
                for key in grid.keys() | self.cells.keys()
                if grid.get(key) != self.cells.get(key)
            }
            self.cells = grid
        if people:
            everyone = list(doc.people())
            self._names = {p.id: p.name for p in everyone}
            self._sync_people(everyone)
        if activities:
            self._sync_activities(list(doc.rows("activity")))
        old_problems = self.problems
        self.problems = raci.check_activities(self.activities, self.cells)
        self._emit_cells(changed)
        rows = [
            self._row_of[a] for a, found in self.problems.items() if old_problems.get(a) != found
        ]
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(rows), max(rows))
        self.refreshed.emit()

    def _emit_cells(self, changed: set[raci.Cell]) -> None:
        spots = [
            (self._row_of[a], self._col_of[p])
            for a, p in changed
            if a in self._row_of and p in self._col_of
        ]
        if spots:
            rows, cols = [s[0] for s in spots], [s[1] for s in spots]
            self.dataChanged.emit(
                self.index(min(rows), min(cols)), self.index(max(rows), max(cols))
            )

    def _sync_people(self, people: list[Person]) -> None:
        old = self.people
        self._sync(
            Qt.Orientation.Horizontal,
            [p.id for p in old],
            [p.id for p in people],
            lambda: setattr(self, "people", people),
        )
        self._col_of = {p.id: c for c, p in enumerate(self.people)}
        renamed = [
            c for c, p in enumerate(people) if c < len(old) and old[c] != p and old[c].id == p.id
        ]
        if renamed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, min(renamed), max(renamed))

    def _sync_activities(self, activities: list[Row]) -> None:
        old = self.activities
        self._sync(
            Qt.Orientation.Vertical,
            [a.id for a in old],
            [a.id for a in activities],
            lambda: setattr(self, "activities", activities),
        )
        self._row_of = {a.id: r for r, a in enumerate(self.activities)}
        renamed = [
            r
            for r, a in enumerate(activities)
            if r < len(old) and old[r].id == a.id and old[r].get("name") != a.get("name")
        ]
        if renamed:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(renamed), max(renamed))

    def _sync(
        self,
        orientation: Qt.Orientation,
        old: list[int],
        new: list[int],
        assign: Callable[[], None],
    ) -> None:
        """Apply old → new as one insert, removal or move where it is one, else a reset."""
        if old == new:
            assign()
            return
        rows = orientation == Qt.Orientation.Vertical
        old_set, new_set = set(old), set(new)
        if len(new) == len(old) + 1 and [i for i in new if i in old_set] == old:
            at = next(
                (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old)
            )
            (self.beginInsertRows if rows else self.beginInsertColumns)(ROOT, at, at)
            assign()
            (self.endInsertRows if rows else self.endInsertColumns)()
        elif len(new) == len(old) - 1 and [i for i in old if i in new_set] == new:
            at = next(
                (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(new)
            )
            (self.beginRemoveRows if rows else self.beginRemoveColumns)(ROOT, at, at)
            assign()
            (self.endRemoveRows if rows else self.endRemoveColumns)()
        elif (move := _single_move(old, new)) is not None:
            source, target = move
            dest = target + 1 if target > source else target
            begin = self.beginMoveRows if rows else self.beginMoveColumns
            if begin(ROOT, source, source, ROOT, dest):
                assign()
                (self.endMoveRows if rows else self.endMoveColumns)()
            else:  # pragma: no cover - Qt refuses only no-op moves
                assign()
        else:
            self.beginResetModel()
            assign()
            self.endResetModel()

    # ------------------------------------------------------------ editing
    def set_role(self, row: int, column: int, letter: str | None) -> bool:
        """One cell to R, A, C, I or nothing: one undo step (unchanged: none)."""
        if self.session.read_only or not (
            0 <= row < len(self.activities) and 0 <= column < len(self.people)
        ):
            return False
        letter = letter or None
        if letter is not None and letter not in RACI_ROLES:
            return False
        if self.role(row, column) == letter:
            return True
        match = {"activity": self.activities[row].id, "person": self.people[column].id}
        return self.session.set_link("raci", match, None if letter is None else {"role": letter})

    def set_roles(self, spots: Sequence[tuple[int, int]], letter: str | None) -> bool:
        """Several cells at once: one undo step for all of them."""
        todo = [
            (r, c)
            for r, c in dict.fromkeys(spots)
            if 0 <= r < len(self.activities)
            and 0 <= c < len(self.people)
            and self.role(r, c) != (letter or None)
        ]
        if len(todo) <= 1:
            return self.set_role(*todo[0], letter) if todo else True
        if self.session.read_only:
            return False
        if letter is not None and letter not in RACI_ROLES:
            return False
        cells = [(self.activities[r].id, self.people[c].id) for r, c in todo]
        return self.session.set_raci_cells(cells, letter or None)

    def next_role(self, row: int, column: int) -> str | None:
        """The letter after the cell's one, in the order R, A, C, I, nothing."""
        order = [*RACI_ROLES, None]
        return order[(order.index(self.role(row, column)) + 1) % len(order)]

    # ------------------------------------------------------------ the model
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.activities)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.people)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return CELL_FLAGS if self.session.read_only else EDITABLE_FLAGS

    def cell_text(self, row: int, column: int) -> str:
        letter = self.role(row, column)
        what = choice_label(letter) if letter else tr("no role")
        return tr("{activity} · {person}: {role}").format(
            activity=self.activities[row].get("name"), person=self.people[column].name, role=what
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self.activities) and 0 <= c < len(self.people)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.role(r, c) or ""
        if role == Qt.ItemDataRole.BackgroundRole:
            colours = role_colours(self.role(r, c))
            return colours[0] if colours else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colours = role_colours(self.role(r, c))
            return colours[1] if colours else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(r, c)
        if role == Role.ACTIVITY_ID:
            return self.activities[r].id
        if role == Role.PERSON_ID:
            return self.people[c].id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        letter = str(value or "").strip().upper() or None
        if letter is not None and letter not in RACI_ROLES:
            return False
        return self.set_role(index.row(), index.column(), letter)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.people):
                return None
            return self._person_header(self.people[section], role)
        if not 0 <= section < len(self.activities):
            return None
        activity = self.activities[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(activity.get("name") or "")
        if role == Role.PROBLEMS:
            return self.problems.get(activity.id, [])
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                [
                    str(activity.get("name") or ""),
                    *(f"⚠ {t}" for t in self.problem_texts(activity.id)),
                ]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ACTIVITY_ID:
            return activity.id
        return None

    def _person_header(self, person: Person, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            details = " · ".join(t for t in (person.role, person.department) if t)
            return f"{person.name}\n{details}" if details else person.name
        if role == Role.PERSON_ID:
            return person.id
        return None
