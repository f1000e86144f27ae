"""The Priorities section's matrix tab: the initiatives as dots by impact and effort, beside
the selected one and the quadrant counts; the selection is shared through the PriorityHub."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxcharter.domain.scoring import QUADRANTS
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.priorities.priority_hub import PriorityHub
from cxcharter.ui.sections.priorities.priority_matrix import MatrixPoint, PriorityMatrix
from cxcharter.ui.sections.priorities.priority_texts import quadrant_name, score_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import format_number
from cxcharter.ui.widgets.labels import choice_label


class MatrixTab(QWidget):
    """The impact/effort matrix beside the selected initiative and the quadrant counts."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.hub = PriorityHub.of(session)
        self.matrix = PriorityMatrix()
        self.matrix.currentChanged.connect(self.hub.set_current)
        self.matrix.activated.connect(self.hub.reveal)

        self.hint = plain_label(
            tr(
                "Every initiative with impact and effort is a dot. Click "
                "one (or Tab here and use the arrow keys) to see it; "
                "double-click or Enter shows it in the list."
            ),
            object_name="hint",
        )
        self.title = plain_label()
        self.title.setFont(section_font(self.title, 1.05))
        self.facts = plain_label()
        self.show_button = QPushButton(tr("Show in &list"))
        self.show_button.clicked.connect(self._show_in_list)
        self.counts = plain_label()
        self.unplaced = plain_label(object_name="hint")
        self.legend = plain_label(tr("● open   ○ done"), object_name="hint")
        self.show_done = QCheckBox(tr("Show &done initiatives"))
        self.show_done.setChecked(True)
        self.show_done.toggled.connect(self._refresh)

        side = QWidget()
        side.setFixedWidth(250)  # the tab fits beside the approval panel
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(self.hint)
        box.addSpacing(6)
        box.addWidget(self.title)
        box.addWidget(self.facts)
        box.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addSpacing(10)
        box.addWidget(self.counts)
        box.addWidget(self.unplaced)
        box.addStretch(1)
        box.addWidget(self.legend)
        box.addWidget(self.show_done)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.setSpacing(16)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(side)
        self.hub.rankingChanged.connect(self._refresh)
        self.hub.currentChanged.connect(self._follow_hub)
        self._refresh()

    def _refresh(self) -> None:
        by_id = self.hub.by_id
        points, missing = [], 0
        for ranked in self.hub.ranking.order:
            row = by_id.get(ranked.id)
            if row is None:
                continue
            if row.get("impact") is None or row.get("effort") is None:
                missing += 1
                continue
            done = row.get("status") == "done"
            if done and not self.show_done.isChecked():
                continue
            points.append(
                MatrixPoint(
                    row.id,
                    str(row.get("title") or ""),
                    float(row.get("impact")),
                    float(row.get("effort")),
                    done,
                )
            )
        self.matrix.set_points(points)
        self.matrix.set_current(self.hub.current)
        counts = {key: 0 for key in QUADRANTS}
        for point in points:
            counts[point.quadrant] += 1
        self.counts.setText(
            "\n".join(f"{quadrant_name(k)}: {format_number(counts[k])}" for k in QUADRANTS)
        )
        self.unplaced.setText(
            tr("Not on the matrix (no impact or effort yet): {count}").format(
                count=format_number(missing)
            )
        )
        self.unplaced.setVisible(missing > 0)
        self._show_current()

    def _follow_hub(self, initiative_id) -> None:
        self.matrix.set_current(initiative_id)
        self._show_current()

    def _show_current(self) -> None:
        row = self.hub.by_id.get(self.hub.current) if self.hub.current is not None else None
        self.show_button.setEnabled(row is not None)
        if row is None:
            self.title.setText(tr("No initiative selected"))
            self.facts.setText("")
            return
        self.title.setText(str(row.get("title") or ""))
        point = next((p for p in self.matrix.points() if p.id == row.id), None)
        lines = []
        if point is not None:
            lines.append(
                tr("{quadrant}: impact {impact}, effort {effort}").format(
                    quadrant=quadrant_name(point.quadrant, plural=False),
                    impact=format_number(point.impact),
                    effort=format_number(point.effort),
                )
            )
        ranked = self.hub.ranked(row.id)
        if ranked is not None and ranked.rank is not None:
            lines.append(
                tr("Rank {rank}, score {score}").format(
                    rank=ranked.rank, score=score_text(self.hub.method, ranked.score)
                )
            )
        owner = next(
            (p.name for p in self.session.document.people() if p.id == row.get("owner")), ""
        )
        if owner:
            lines.append(tr("Owner: {name}").format(name=owner))
        lines.append(choice_label(row.get("status")))
        self.facts.setText("\n".join(lines))

    def _show_in_list(self) -> None:
        if self.hub.current is not None:
            self.hub.reveal(self.hub.current)

    def detach(self) -> None:
        self.hub.rankingChanged.disconnect(self._refresh)
        self.hub.currentChanged.disconnect(self._follow_hub)
