"""Models and editors of the Ways of working tabs: meetings, participants, log, path.

`BoundText` is a plain-text editor of one stored value that saves typing after
a short pause (and on focus loss, undo and close), so a burst of typing is one
store call; the session's `set_setting(…, merge=True)` merges such bursts of a
text setting into one undo step, as the row edits do.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QPlainTextEdit

from cxcharter.domain import ways as rules
from cxcharter.domain.entities import Row
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_model import KindModel
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_model import Column

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAUSE_MS = 700


def problem_text(code: str, params: dict) -> str:
    """One broken ways-of-working rule, in words."""
    if code == "meeting.no_cadence":
        return tr("Say how often this meeting takes place.")
    if code == "meeting.no_owner":
        return tr("Name who owns this meeting.")
    if code == "meeting.no_participants":
        return tr("Tick who takes part (list on the right).")
    if code == "escalation.repeated":
        return tr("This person is already on the path at an earlier step.")
    if code == "decision.follow_up_before_date":
        return tr("The follow-up date is before the date of the decision.")
    if code == "review.none":
        return tr("Set the date of the next review: a charter nobody reviews goes stale.")
    if code == "review.past":
        return tr("The review date has passed: review the charter, then set the next date.")
    if code == "review.too_far":
        return tr("More than a year away: review the charter at least once a year.")
    return code


class BoundText(QPlainTextEdit):
    """Plain text of one stored value: emits `committed(text)` after a pause in typing."""

    committed = Signal(str)

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTabChangesFocus(True)
        self._stored = ""
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_changed)
        session.add_flusher(self.flush)
        session.aboutToClose.connect(self._timer.stop)

    def set_text(self, text: str) -> None:
        """Show the stored value (unless the user is typing something newer)."""
        self._stored = text
        if self._timer.isActive() or self.toPlainText() == text:
            return
        self._loading = True
        cursor = self.textCursor().position()
        self.setPlainText(text)
        tc = self.textCursor()
        tc.setPosition(min(cursor, len(text)))
        self.setTextCursor(tc)
        self._loading = False

    def pending(self) -> bool:
        return self._timer.isActive()

    def _on_changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._stored and not self.isReadOnly():
            self._stored = text
            self.committed.emit(text)

    def focusOutEvent(self, event) -> None:
        self.flush()
        super().focusOutEvent(event)

    def detach(self) -> None:
        self._timer.stop()
        self.session.remove_flusher(self.flush)
        self.session.aboutToClose.disconnect(self._timer.stop)


# ------------------------------------------------------------------ meetings
NAME, CADENCE, OWNER, PARTICIPANTS, PURPOSE = range(5)


class MeetingsModel(KindModel):
    """Meetings with the number of participants and the meeting rules marked."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(
            session,
            "meeting",
            [
                Column("name", tr("Meeting")),
                Column("cadence", tr("Cadence")),
                Column("owner", tr("Owner")),
                Column(
                    "",
                    tr("Participants"),
                    display=lambda r: str(self._counts.get(r.id, 0)),
                    editable=False,
                    numeric=True,
                    sort=lambda r: self._counts.get(r.id, 0),
                ),
                Column("purpose", tr("Purpose")),
            ],
            parent,
        )
        session.rowsChanged.connect(self._on_participants)

    def reload(self) -> None:
        self._count()
        super().reload()

    def _count(self) -> None:
        if self.session.closed:
            self._counts = {}
            return
        counts: dict[int, int] = {}
        for link in self.session.document.rows("meeting_participant"):
            counts[link.get("meeting")] = counts.get(link.get("meeting"), 0) + 1
        self._counts = counts

    def _on_participants(self, kind: str) -> None:
        if kind == "meeting_participant" and self.rowCount():
            self._count()
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _column_key(self, column: int) -> str:
        return "participants" if column == PARTICIPANTS else super()._column_key(column)

    def cell_problems(self, row: Row) -> dict[str, str]:
        return {
            p.field: problem_text(p.code, p.params)
            for p in rules.meeting_problems(row, self._counts.get(row.id, 0))
        }

    def detach(self) -> None:
        self.session.rowsChanged.disconnect(self._on_participants)
        super().detach()


class ParticipantsModel(QAbstractListModel):
    """The directory, each person ticked when they take part in the chosen meeting."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting: int | None = None
        self._people: list = []
        self._in: set[int] = set()
        self._load_people()
        session.peopleChanged.connect(self._on_people)
        session.rowsChanged.connect(self._on_rows)

    def _load_people(self) -> None:
        self._people = list(self.session.document.people()) if not self.session.closed else []

    def _members(self) -> set[int]:
        if self.meeting is None or self.session.closed:
            return set()
        return {
            link.get("person")
            for link in self.session.document.rows("meeting_participant")
            if link.get("meeting") == self.meeting
        }

    def set_meeting(self, meeting: int | None) -> None:
        self.meeting = meeting
        self._refresh_checks()

    def _refresh_checks(self) -> None:
        self._in = self._members()
        if self._people:  # check states and flags (a meeting chosen or not) may change
            self.dataChanged.emit(self.index(0), self.index(len(self._people) - 1))

    def _on_people(self) -> None:
        self.beginResetModel()
        self._load_people()
        self._in = self._members()
        self.endResetModel()

    def _on_rows(self, kind: str) -> None:
        if kind in ("meeting_participant", "meeting"):
            if (
                kind == "meeting"
                and self.meeting is not None
                and (self.session.document.row("meeting", self.meeting) is None)
            ):
                self.meeting = None
            self._refresh_checks()

    def person_at(self, row: int):
        return self._people[row]

    def members(self) -> set[int]:
        return set(self._in)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._people)):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if person.id in self._in else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (person.role, person.department) if p) or None
        if role == Role.ROW_ID:
            return person.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if self.meeting is None or self.session.read_only:
            return base & ~Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable)
        ):
            return False
        person = self._people[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (person in self._in):
            return True
        return self.session.set_link(
            "meeting_participant",
            {"meeting": self.meeting, "person": person},
            {} if checked else None,
        )

    def detach(self) -> None:
        self.session.peopleChanged.disconnect(self._on_people)
        self.session.rowsChanged.disconnect(self._on_rows)


# ------------------------------------------------------------------ escalation, log
STEP, STEP_PERSON, STEP_NOTE = range(3)


class EscalationModel(KindModel):
    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(
            session,
            "escalation_step",
            [
                Column(
                    "", tr("Step"), display=lambda r: str(self.row_of(r.id) + 1), editable=False
                ),
                Column("person", tr("Person")),
                Column("note", tr("When and how fast")),
            ],
            parent,
        )

    def reload(self) -> None:
        if not self.session.closed:
            steps = self.session.document.rows(self.kind.name)
            self._repeated = {
                steps[p.params["step"] - 1].id: p for p in rules.escalation_problems(steps)
            }
        super().reload()

    def cell_problems(self, row: Row) -> dict[str, str]:
        problem = self._repeated.get(row.id)
        return {problem.field: problem_text(problem.code, problem.params)} if problem else {}

    def path(self) -> list[str]:
        names = self._names
        return [names.get(self.row_at(r).get("person"), "?") for r in range(self.rowCount())]


LOG_DATE, LOG_REQUEST, LOG_DECISION, LOG_RATIONALE, LOG_OWNER, LOG_FOLLOW_UP = range(6)


class DecisionLogModel(KindModel):
    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(
            session,
            "decision",
            [
                Column("date", tr("Date")),
                Column("request", tr("Request")),
                Column("decision", tr("Decision")),
                Column("rationale", tr("Rationale")),
                Column("owner", tr("Owner")),
                Column("follow_up", tr("Follow-up")),
            ],
            parent,
        )

    def cell_problems(self, row: Row) -> dict[str, str]:
        return {p.field: problem_text(p.code, p.params) for p in rules.decision_problems(row)}
