"""The priorities area's shared, cached ranking.

`PriorityHub` (one per session) reads initiatives, criteria, scores and goal
links once per change and ranks them once; the initiatives table, the "not
doing" list and the matrix all read that. It also carries the selected
initiative, so the list and the matrix select together.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from cxcharter.domain.entities import KINDS, Row
from cxcharter.domain.scoring import DEFAULT_METHOD, Ranked, Ranking, rank
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.row_model import RowTableModel

HUB_NAME = "priorityHub"
WATCHED = (
    "initiative",
    "criterion",
    "criterion_score",
    "initiative_goal",
    "goal",
    "touchpoint",
    "settings",
)
RANKED_BY = ("initiative", "criterion", "criterion_score", "settings")
# Initiative fields the ranking never looks at: changing one re-reads only that row.
UNRANKED_FIELDS = frozenset({"title", "description", "phase", "touchpoint", "owner", "quarter"})

MISSING_TINT = QColor(242, 165, 65, 60)
SCORE_FIELD = KINDS["criterion_score"].field("score")


PIN_COLOR = QColor("#2f86b0")  # reads on light and dark rows
WARNING_COLOR = QColor("#c77700")
_ICONS: dict[str, QIcon] = {}


def marker_icon(kind: str) -> QIcon:
    """'pin' (a pinned rank) or 'warning' (an amber triangle with '!')."""
    if kind not in _ICONS:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind == "pin":
            painter.setPen(QPen(PIN_COLOR, 1.6))
            painter.drawLine(QPointF(8, 8), QPointF(8, 15))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PIN_COLOR)
            painter.drawEllipse(QRectF(3.5, 1, 9, 9))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARNING_COLOR)
            painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15.5, 15), QPointF(0.5, 15)]))
            painter.setPen(QColor("white"))
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(11)
            painter.setFont(font)
            painter.drawText(QRectF(0, 3, 16, 13), int(Qt.AlignmentFlag.AlignCenter), "!")
        painter.end()
        _ICONS[kind] = QIcon(pixmap)
    return _ICONS[kind]


class PriorityHub(QObject):
    """The session's initiatives, ranked once per change, and the one selected."""

    rankingChanged = Signal()
    currentChanged = Signal(object)  # initiative id or None
    revealRequested = Signal(int)  # "show this initiative in the list"

    @classmethod
    def of(cls, session: CharterSession) -> PriorityHub:
        hub = session.findChild(cls, HUB_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return hub if hub is not None else cls(session)

    def __init__(self, session: CharterSession) -> None:
        super().__init__(session)
        self.setObjectName(HUB_NAME)
        self.session = session
        self.current: int | None = None
        self.rows: tuple[Row, ...] = ()
        self.by_id: dict[int, Row] = {}
        self.criteria: tuple[Row, ...] = ()
        self.score_rows: tuple[Row, ...] = ()
        self.scores: dict[int, dict[int, float]] = {}
        self.links: dict[int, set[int]] = {}
        self.goals: tuple[Row, ...] = ()
        self.touchpoints: tuple[Row, ...] = ()
        self.method = DEFAULT_METHOD
        self.ranking: Ranking = rank((), self.method)
        self._read(WATCHED)
        self._updated: str | None = None  # the kind a single-row update already handled
        session.rowUpdated.connect(self._on_row_updated)
        session.rowsChanged.connect(self._on_rows)
        session.aboutToClose.connect(self._on_close)

    def _read(self, kinds) -> None:
        doc = self.session.document
        if "initiative" in kinds:
            self.rows = doc.rows("initiative")
            self.by_id = {r.id: r for r in self.rows}
        if "criterion" in kinds:
            self.criteria = doc.rows("criterion")
        if "criterion_score" in kinds:
            self.score_rows = doc.rows("criterion_score")
            scores: dict[int, dict[int, float]] = defaultdict(dict)
            for r in self.score_rows:
                scores[r.get("initiative")][r.get("criterion")] = r.get("score")
            self.scores = dict(scores)
        if "initiative_goal" in kinds:
            links: dict[int, set[int]] = defaultdict(set)
            for r in doc.rows("initiative_goal"):
                links[r.get("initiative")].add(r.get("goal"))
            self.links = dict(links)
        if "goal" in kinds:
            self.goals = doc.rows("goal")
        if "touchpoint" in kinds:
            self.touchpoints = doc.rows("touchpoint")
        if "settings" in kinds:
            self.method = str(doc.setting("scoring_method") or DEFAULT_METHOD)
        if any(k in kinds for k in RANKED_BY):
            self.ranking = rank(self.rows, self.method, self.criteria, self.score_rows)

    def _on_row_updated(self, kind: str, row_id: int, fields: list) -> None:
        """One initiative changed: replace it alone (5,000 rows take 0.2 s to read)."""
        if kind != "initiative" or self.session.closed or row_id not in self.by_id:
            return
        row = self.session.document.row(kind, row_id)
        if row is None:
            return
        self.rows = tuple(row if r.id == row_id else r for r in self.rows)
        self.by_id[row_id] = row
        if not UNRANKED_FIELDS.issuperset(fields):
            self.ranking = rank(self.rows, self.method, self.criteria, self.score_rows)
        self._updated = kind

    def _on_rows(self, kind: str) -> None:
        if kind not in WATCHED or self.session.closed:
            return
        if self._updated == kind:
            self._updated = None
        else:
            self._read((kind,))
        self.rankingChanged.emit()
        if self.current is not None and self.current not in self.by_id:
            self.set_current(None)

    def _on_close(self) -> None:
        self.session.rowUpdated.disconnect(self._on_row_updated)
        self.session.rowsChanged.disconnect(self._on_rows)
        self.session.aboutToClose.disconnect(self._on_close)

    # ------------------------------------------------------------ queries
    def ranked(self, initiative_id: int) -> Ranked | None:
        return self.ranking.by_id.get(initiative_id)

    def goal_count(self, initiative_id: int) -> int:
        return len(self.links.get(initiative_id, ()))

    def goal_titles(self, initiative_id: int) -> list[str]:
        linked = self.links.get(initiative_id, set())
        return [str(g.get("objective") or "") for g in self.goals if g.id in linked]

    def criterion_score(self, initiative_id: int, criterion_id: int) -> float | None:
        return self.scores.get(initiative_id, {}).get(criterion_id)

    # ------------------------------------------------------------ selection
    def set_current(self, initiative_id: int | None) -> None:
        if initiative_id != self.current:
            self.current = initiative_id
            self.currentChanged.emit(initiative_id)

    def reveal(self, initiative_id: int) -> None:
        self.set_current(initiative_id)
        self.revealRequested.emit(initiative_id)


def sync_rows(model: RowTableModel, rows: list[Row]) -> None:
    """RowTableModel's refresh, for rows read elsewhere (the hub): dataChanged where
    values changed, rows inserted or removed where they came or went."""
    RowTableModel._show(model, rows)
