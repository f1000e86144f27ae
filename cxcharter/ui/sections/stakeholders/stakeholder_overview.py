"""The stakeholders table as an overview: the columns a reader compares (stakeholder,
person, interest, influence, quadrant, attitude); the communication plan is edited in
the form below it (stakeholder_detail.py), where Enter on a cell goes.

The stakeholder's name takes the room the other columns leave; where that is less than
NAME_WANTED (beside the approval panel) the attitude, then the person step aside (the
form shows them); interest, influence and the quadrant always show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView

from cxcharter.ui.i18n import tr_marked
from cxcharter.ui.sections.stakeholders.stakeholder_texts import QUADRANT_TEXT
from cxcharter.ui.tables.fitting import step_aside

NAME, PERSON, INTEREST, INFLUENCE, QUADRANT, ATTITUDE = range(6)
PLAN_COLUMNS = range(6, 11)  # needs, message, channel, cadence, informer: the form's
PLANNED = {PERSON: 150, INTEREST: 68, INFLUENCE: 76, QUADRANT: 124, ATTITUDE: 96}
STEP_ASIDE = (PERSON, ATTITUDE)  # most wanted first; the last steps aside first
NAME_WANTED, NAME_LEAST = 250, 160


class OverviewFit(QObject):
    """Keeps `view` an overview whose key column, the name, gets its room."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view.viewport())  # gone with the viewport it watches
        self.view, self.viewport = view, view.viewport()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)  # the name takes the room (fit)
        for column in PLAN_COLUMNS:
            view.setColumnHidden(column, True)
        longest = max(
            view.fontMetrics().horizontalAdvance(tr_marked(t)) for t in QUADRANT_TEXT.values()
        )
        self.planned = {**PLANNED, QUADRANT: max(PLANNED[QUADRANT], longest + 12)}  # whole
        for column, width in self.planned.items():  # never narrower than the column's title
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.viewport.installEventFilter(self)

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        planned = {c: max(self.planned[c], header.sectionSizeHint(c)) for c in STEP_ASIDE}
        step_aside(self.view, NAME, STEP_ASIDE, planned, wanted=NAME_WANTED, least=NAME_LEAST)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fit()
        return super().eventFilter(watched, event)
