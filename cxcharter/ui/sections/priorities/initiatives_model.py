"""The initiatives table's model and proxy, over the session's `PriorityHub`.

The model shows the ranking the hub computed once per change; the proxy filters by
status, phase and owner and leaves the sorting to the model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxcharter.domain.entities import KINDS, Row
from cxcharter.domain.scoring import INPUTS, Ranked
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.priority_hub import (
    MISSING_TINT,
    PriorityHub,
    marker_icon,
    sync_rows,
)
from cxcharter.ui.sections.priorities.priority_texts import (
    input_title,
    problem_text,
    rich_tip,
    score_formula,
    score_text,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.proxy import TableProxy
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.tables.row_model import Column, Index, RowTableModel
from cxcharter.ui.widgets.fields import format_percent

# The inputs the ranked table shows beside the score: the one or two a reader compares
# (the rest, and the weighted method's points, are edited in the score form).
SHOWN: dict[str, tuple[str, ...]] = {
    "impact_effort": ("impact", "effort"),
    "ice": ("impact", "ease"),
    "rice": ("reach", "effort"),
    "moscow": ("moscow",),
    "weighted": (),
}
assert all(set(keys) <= set(INPUTS[m]) for m, keys in SHOWN.items())

CHOICE_ORDER = {
    name: {c: i for i, c in enumerate(KINDS["initiative"].field(name).choices)}
    for name in ("status", "phase", "moscow")
}


def _sort_value(value, key: str = "") -> tuple:
    if value is None or value == "":
        return (1, 0)
    if key in CHOICE_ORDER:
        return (0, float(CHOICE_ORDER[key].get(value, 99)))
    if isinstance(value, (int, float)):
        return (0, float(value))
    return (0, str(value).casefold())


class InitiativesModel(RowTableModel):
    """The initiatives that are not dropped, as an overview: rank, title, score, at most
    two of the method's inputs, owner and status.

    The columns follow the method and change, with a model reset, when it does.
    """

    def __init__(self, session: CharterSession, parent=None) -> None:
        self.hub = PriorityHub.of(session)
        self.keys: list[str] = []
        self._spec: tuple = ()
        self._sort_column = 0  # the rank
        self._order = Qt.SortOrder.AscendingOrder
        super().__init__(session, "initiative", [], parent)
        self.hub.rankingChanged.connect(self.reload)

    # ---------------------------------------------------------- columns
    def _column_spec(self) -> tuple:
        return (self.hub.method,)

    def _build_columns(self, spec: tuple) -> None:
        (method,) = spec
        keys = ["rank", "title", "score", *SHOWN.get(method, ()), "owner", "status"]
        titles = {
            "rank": tr("Rank"),
            "title": tr("Initiative"),
            "score": tr("Score"),
            "owner": tr("Owner"),
            "status": tr("Status"),
        }
        computed = {  # what the computed columns show, declared
            "rank": {
                "display": self._rank_text,
                "tooltip": self._rank_tip_of,
                "decoration": self._rank_icon,
            },
            "score": {"display": self._score_text, "tooltip": self._score_tip},
        }
        columns = []
        for key in keys:
            if key in computed:
                columns.append(
                    Column("", titles[key], editable=False, numeric=True, **computed[key])
                )
            elif key in titles:
                columns.append(Column(key, titles[key]))
            else:
                display = self._percent if key == "confidence" else None
                columns.append(Column(key, input_title(key), display=display))
        self.keys, self.columns, self._spec = keys, columns, spec

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.keys)
        ):
            return self._header_tip(self.keys[section])
        return super().headerData(section, orientation, role)

    def _header_tip(self, key: str) -> str | None:
        return {
            "rank": tr("Rank by the score; a pin icon marks a rank pinned by hand"),
            "score": tr("Score by the charter's method"),
            "reach": tr("Customers reached per quarter"),
            "impact": tr("Impact from 1 (low) to 10 (high)"),
            "effort": tr("Effort from 1 (little) to 10 (a lot)"),
            "confidence": tr("How sure you are of the estimates, from 0 to 100 %"),
            "ease": tr("Ease from 1 (hard) to 10 (easy)"),
            "moscow": tr("Must, should, could or won't have"),
        }.get(key)

    def column_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1

    @staticmethod
    def _percent(row: Row) -> str:
        value = row.get("confidence")
        return "" if value is None else format_percent(value / 100)

    # ---------------------------------------------------------- syncing
    def reload(self) -> None:
        if self.session.closed:
            return
        rows = [r for r in self.hub.rows if r.get("status") != "dropped"]
        self._read_labels()
        spec = self._column_spec()
        if spec != self._spec:
            self.beginResetModel()
            sort_key = (
                self.keys[self._sort_column] if 0 <= self._sort_column < len(self.keys) else "rank"
            )
            self._build_columns(spec)
            self._sort_column = max(self.column_of(sort_key), 0)
            self._rows = self._ordered(rows)
            self.endResetModel()
            return
        self._show(self._ordered(rows))

    # ---------------------------------------------------------- order
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the rank by default): once, in Python, not per comparison."""
        self._sort_column = column if 0 <= column < len(self.keys) else 0
        self._order = order
        self._show(self._ordered(self._rows))

    def sort_value(self, row: Row, key: str) -> tuple:
        """What a column sorts by (also its Role.SORT): empties are marked to go last."""
        if key == "rank":
            ranked = self.hub.ranked(row.id)
            return (0, float(ranked.order)) if ranked else (1, 0)
        if key == "score":
            ranked = self.hub.ranked(row.id)
            return _sort_value(ranked.score.value if ranked else None)
        if key == "owner":
            return _sort_value(self._names.get(row.get("owner")))
        return _sort_value(row.get(key), key)

    def _ordered(self, rows: list[Row]) -> list[Row]:
        key = self.keys[self._sort_column] if 0 <= self._sort_column < len(self.keys) else "rank"
        rank = {r.id: self.sort_value(r, "rank") for r in rows}
        values = [(self.sort_value(r, key), rank[r.id], r) for r in rows]
        filled = [v for v in values if v[0][0] == 0]
        empty = [v for v in values if v[0][0] != 0]
        filled.sort(key=lambda v: (v[0], v[1]), reverse=self._order == Qt.SortOrder.DescendingOrder)
        empty.sort(key=lambda v: v[1])
        return [v[2] for v in filled + empty]

    def _show(self, rows: list[Row]) -> None:
        """New rows: dataChanged if only values changed, a layout change if only the
        order did (selection and editors follow), a reset if rows came or went."""
        old_ids, new_ids = [r.id for r in self._rows], [r.id for r in rows]
        if old_ids == new_ids:
            sync_rows(self, rows)
            return
        if sorted(old_ids) != sorted(new_ids):
            sync_rows(self, rows)  # rows came or went
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._rows = rows
        position = {r.id: n for n, r in enumerate(rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[rid], column) for rid, column in where]
        )
        self.layoutChanged.emit()
        if rows:  # the values changed too
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )

    def _on_rows_changed(self, kind: str) -> None:
        """The hub tells this model of its own rows (after it has ranked)."""
        if kind != self.kind.name:
            super()._on_rows_changed(kind)  # a referenced row's name

    # ---------------------------------------------------------- cells
    def ranked(self, row: Row) -> Ranked | None:
        return self.hub.ranked(row.id)

    def _missing(self, row: Row, key: str) -> bool:
        ranked = self.ranked(row)
        if ranked is None or ranked.score.problem is None:
            return False
        problem = ranked.score.problem
        return problem.code == "score.missing" and key in problem.params.get("fields", ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, key = self._rows[index.row()], self.keys[index.column()]
        if role == Role.ROW_ID:
            return row.id
        if role == Role.SORT:
            return self.sort_value(row, key)
        if key == "score" and role == Role.SHARE:
            return self.hub.ranking.share(row.id)
        if role == Qt.ItemDataRole.BackgroundRole and self._missing(row, key):
            return MISSING_TINT
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._missing(row, key):
                return tr("Needed for the score")
            if key == "title":
                description = str(row.get("description") or "").strip()
                text = "\n\n".join(t for t in (str(row.get("title") or ""), description) if t)
                return rich_tip(text)
        return super().data(index, role)

    # the computed columns' declarations (see _build_columns)
    def _rank_text(self, row: Row) -> str:
        ranked = self.ranked(row)
        return "" if ranked is None or ranked.rank is None else str(ranked.rank)

    def _rank_tip_of(self, row: Row) -> str | None:
        ranked = self.ranked(row)
        return (rich_tip(self._rank_tip(row, ranked)) or None) if ranked is not None else None

    def _rank_icon(self, row: Row):
        ranked = self.ranked(row)
        if ranked is None:
            return None
        if any(p.code.startswith("pin.") for p in ranked.problems):
            return marker_icon("warning")
        return marker_icon("pin") if ranked.pinned else None

    def _score_text(self, row: Row) -> str:
        ranked = self.ranked(row)
        return score_text(self.hub.method, ranked.score) if ranked else ""

    def _score_tip(self, row: Row) -> str | None:
        ranked = self.ranked(row)
        return score_formula(self.hub.method, row, ranked.score) if ranked else None

    def _rank_tip(self, row: Row, ranked: Ranked) -> str:
        lines = []
        if ranked.pinned:
            lines.append(
                tr("Pinned at rank {rank}: {reason}").format(
                    rank=row.get("pinned_rank"), reason=str(row.get("pin_reason") or "")
                )
            )
        lines += [
            problem_text(p)
            for p in ranked.problems
            if p.code.startswith("pin.") or ranked.rank is None
        ]
        return "\n".join(lines)

    def detach(self) -> None:
        self.hub.rankingChanged.disconnect(self.reload)
        super().detach()


class InitiativesProxy(TableProxy):
    """TableProxy whose filter is status, phase and owner text, and whose sorting is
    the model's own.

    (A proxy sorting 5,000 rows calls Python twice per comparison; the model sorts
    once with precomputed keys and keeps its order as the ranking changes.)
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.phase: str | None = None
        self.owner_text = ""

    def set_filter(self, *, status=..., phase=..., owner_text=...) -> None:
        if status is not ...:
            self.status = status
        if phase is not ...:
            self.phase = phase
        if owner_text is not ...:
            self.owner_text = owner_text.strip().casefold()
        on = bool(self.status or self.phase or self.owner_text)
        self.set_row_filter(self._accepts_row if on else None)

    def _accepts_row(self, row: Row) -> bool:
        if self.status and row.get("status") != self.status:
            return False
        if self.phase and row.get("phase") != self.phase:
            return False
        if self.owner_text:
            model = self.sourceModel()
            name = model._names.get(row.get("owner"), "") if model is not None else ""
            return self.owner_text in name.casefold()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
