"""Who owes an answer, how far it is and by when: one compact line under a question.

Owner · status · due, each editable in place, without field labels (the words in the
choosers say what they are: “No owner yet”, “Draft”, “due 02.12.2027”), so the line
fits a narrow card. The front matter has none (progress.UNTRACKED_SECTIONS).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from cxcharter.ops.people import Reference
from cxcharter.ui.i18n import tr
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.fitting import fit_longest_choice, text_room
from cxcharter.ui.widgets.fields import CLEAR_DATE_KEY, DateField, PersonCombo, StatusCombo
from cxcharter.ui.widgets.painted import mute

COMPACT = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


class TrackingLine(QWidget):
    """The owner, status and due date of one question, side by side."""

    def __init__(self, session: CharterSession, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackingLine")
        self.owner = PersonCombo(tr("No owner yet"))
        self.owner.setMinimumContentsLength(11)
        self.owner.setMaximumWidth(280)
        from cxcharter.ui.sections.people.new_person import (  # lazy: start-up (a dialog)
            offer_new_person,
        )

        offer_new_person(self.owner, session, Reference("answer", key, "owner"))
        self.owner.setAccessibleName(tr("Owner"))
        self.owner.setToolTip(tr("Owner: who answers this question"))
        self.status = StatusCombo()
        self.status.setSizeAdjustPolicy(COMPACT)
        self.status.setMinimumContentsLength(8)
        self.status.setMaximumWidth(220)
        fit_longest_choice(self.status)  # "Bereit zur Prüfung" whole beside the panel
        self.status.setAccessibleName(tr("Status"))
        self.status.setToolTip(tr("Status"))
        self.due = DateField()
        self.due.setAccessibleName(tr("Due date"))
        self.due.setToolTip(
            tr("When this answer is due. {key} clears the date.").format(
                key=QKeySequence(CLEAR_DATE_KEY).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.due_label = mute(QLabel(tr("D&ue:")))
        self.due_label.setBuddy(self.due)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.owner, 3)
        layout.addWidget(mute(QLabel("·")))
        layout.addWidget(self.status, 2)
        layout.addWidget(mute(QLabel("·")))
        layout.addWidget(self.due_label)
        layout.addWidget(self.due, 0)
        layout.addStretch(1)
        self.owner.currentIndexChanged.connect(self._fit_owner)
        self.owner.personChanged.connect(lambda pid: session.set_owner(key, pid))
        self.status.statusChanged.connect(lambda s: session.set_status(key, s))
        self.due.isoChanged.connect(lambda d: session.set_due(key, d))

    def _fit_owner(self) -> None:
        """The owner chooser never so narrow that "No owner yet" ("Noch niemand
        verantwortlich", beside the approval panel) or the owner's name is cut, up to its
        largest width (a longer name ends in "…", with the chooser's tooltip)."""
        combo = self.owner
        shown = {0, combo.currentIndex()} - {-1}
        if not combo.count() or not shown:
            return
        metrics = combo.fontMetrics()
        widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in shown)
        chrome = combo.width() - (text_room(combo) or 0)
        combo.setMinimumWidth(min(combo.maximumWidth(), chrome + widest + 2))
