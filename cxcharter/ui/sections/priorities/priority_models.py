"""The smaller models of the priorities area: "not doing", the criteria, an
initiative's goal links; all over the session's `PriorityHub`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, Qt

from cxcharter.domain.entities import Row
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.priority_hub import MISSING_TINT, PriorityHub, sync_rows
from cxcharter.ui.sections.priorities.priority_texts import problem_text, rich_tip
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.row_model import ROOT, Column, Index, RowTableModel
from cxcharter.ui.widgets.fields import format_number, format_percent


class NotDoingModel(RowTableModel):
    """The dropped initiatives: title, why not, owner; status brings one back."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        self.hub = PriorityHub.of(session)
        columns = [
            Column("title", tr("Initiative")),
            Column("drop_reason", tr("Why not")),
            Column("owner", tr("Owner")),
            Column("status", tr("Status")),
        ]
        super().__init__(session, "initiative", columns, parent)
        self.hub.rankingChanged.connect(self.reload)

    def reload(self) -> None:
        if self.session.closed:
            return
        self._read_labels()
        by_id = self.hub.by_id
        sync_rows(self, [by_id[i] for i in self.hub.ranking.not_doing if i in by_id])

    def _on_rows_changed(self, kind: str) -> None:
        """The hub tells this model of its own rows."""
        if kind != self.kind.name:
            super()._on_rows_changed(kind)  # a referenced row's name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            index.isValid()
            and self.columns[index.column()].field == "drop_reason"
            and 0 <= index.row() < len(self._rows)
        ):
            problems = self.hub.ranking.not_doing_problems.get(self._rows[index.row()].id)
            if problems and role == Qt.ItemDataRole.BackgroundRole:
                return MISSING_TINT
            if problems and role == Qt.ItemDataRole.ToolTipRole:
                return problem_text(problems[0])
            if role == Qt.ItemDataRole.ToolTipRole:
                return rich_tip(str(self._rows[index.row()].get("drop_reason") or ""))
        return super().data(index, role)

    def detach(self) -> None:
        self.hub.rankingChanged.disconnect(self.reload)
        super().detach()


class CriteriaModel(RowTableModel):
    """The criteria of the weighted method: name, weight (and its share), direction."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        columns = [
            Column("name", tr("Criterion")),
            Column("weight", tr("Weight"), display=self._weight),
            Column("higher_is_better", tr("Higher is better")),
        ]
        super().__init__(session, "criterion", columns, parent)

    def _weight(self, row: Row) -> str:
        weight = row.get("weight") or 0
        total = sum(r.get("weight") or 0 for r in self._rows)
        share = format_percent(weight / total) if total else "—"
        return tr("{weight} ({share})").format(weight=format_number(weight), share=share)

    def reload(self) -> None:
        super().reload()
        if self._rows:  # every share changes with one weight
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))


class GoalLinksModel(QAbstractListModel):
    """The charter's goals, checked where the initiative is linked to them."""

    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = PriorityHub.of(session)
        self.initiative_id: int | None = None
        self._goals: tuple[Row, ...] = self.hub.goals
        self.hub.rankingChanged.connect(self._sync)

    def set_initiative(self, initiative_id: int | None) -> None:
        self.initiative_id = initiative_id
        self._sync()

    def _sync(self) -> None:
        goals = self.hub.goals
        if [g.id for g in goals] != [g.id for g in self._goals]:
            self.beginResetModel()
            self._goals = goals
            self.endResetModel()
            return
        self._goals = goals
        if goals:
            self.dataChanged.emit(self.index(0), self.index(len(goals) - 1))

    def goal_id(self, row: int) -> int:
        return self._goals[row].id

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._goals)

    def _linked(self, goal_id: int) -> bool:
        return goal_id in self.hub.links.get(self.initiative_id, ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._goals)):
            return None
        goal = self._goals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(goal.get("objective") or "")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._linked(goal.id) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tip(str(goal.get("objective") or ""))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.initiative_id is not None and not self.session.read_only:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (
            self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        goal_id = self._goals[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == self._linked(goal_id):
            return True
        match = {"initiative": self.initiative_id, "goal": goal_id}
        return self.session.set_link("initiative_goal", match, {} if checked else None)

    def detach(self) -> None:
        self.hub.rankingChanged.disconnect(self._sync)
