"""The selected stakeholder in full, the one place a stakeholder is edited: who they are,
interest and influence (and so the quadrant), attitude, and the communication plan —
what they need to know, the key message, channel, cadence and who keeps them informed.

The stakeholders table above is an overview; Enter on one of its cells comes here.
Every field writes through the table's model (`setData`, as a cell did): one op and
one undo step each, typing bursts merged; the plan's gaps show right under the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from cxcharter.domain import stakeholders as rules
from cxcharter.domain.entities import KINDS
from cxcharter.ops.people import Reference
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.new_person import offer_new_person
from cxcharter.ui.sections.stakeholders.stakeholder_texts import problem_text, quadrant_text
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.row_model import RowTableModel
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import PersonCombo
from cxcharter.ui.widgets.form_rows import form_grid, on_the_left
from cxcharter.ui.widgets.labels import choice_label
from cxcharter.ui.widgets.line_text import GrowingText, LineText

SAVE_DELAY_MS = 400
FIELDS = KINDS["stakeholder"]


def _left(widget: QWidget, *more: QWidget) -> QHBoxLayout:
    return on_the_left(widget, *more, spacing=12)


def _score(accessible: str) -> QSpinBox:
    f = FIELDS.field("interest")
    spin = QSpinBox()
    spin.setRange(int(f.low or 1), int(f.high or 5))
    spin.setKeyboardTracking(False)  # one step when the number is typed, not per key
    spin.setAccessibleName(accessible)
    return spin


class StakeholderDetail(QWidget):
    """Editors for every field of one stakeholder."""

    def __init__(self, session: CharterSession, model: RowTableModel, parent=None) -> None:
        super().__init__(parent)
        self.session, self.model = session, model
        self.row_id: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.title = plain_label(object_name="goalTitle")
        self.title.setFont(section_font(self.title, 1.1))
        self.problems = plain_label(object_name="fieldError")
        self.problems.setVisible(False)
        self._who_fields()
        self._plan_fields()
        self._layout()
        session.peopleChanged.connect(self._fill_people)
        session.add_flusher(self.flush)
        self._fill_people()
        self.set_read_only(session.read_only)

    def _who_fields(self) -> None:
        """Name, person, interest, influence and attitude (the table's columns)."""
        self.name = LineText()
        self.name.setAccessibleName(tr("Stakeholder"))
        self.name.editingFinished.connect(self._save_name)
        self.person = self._person_combo(tr("Person"), "person")
        self.interest = _score(tr("Interest"))
        self.influence = _score(tr("Influence"))
        self.interest.valueChanged.connect(lambda v: self._save("interest", v))
        self.influence.valueChanged.connect(lambda v: self._save("influence", v))
        self.quadrant = plain_label(wrap=False)
        self.attitude = QComboBox()
        self.attitude.setAccessibleName(tr("Attitude"))
        self.attitude.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for choice in FIELDS.field("attitude").choices:
            self.attitude.addItem(choice_label(choice), choice)
        self.attitude.activated.connect(lambda: self._save("attitude", self.attitude.currentData()))

    def _plan_fields(self) -> None:
        """What they need to know, the key message, channel, cadence, who informs them."""
        self.needs = GrowingText(min_lines=2, max_lines=10)
        self.needs.setAccessibleName(tr("What they need to know"))
        self.message = GrowingText(min_lines=2, max_lines=10)
        self.message.setAccessibleName(tr("Key message"))
        for edit in (self.needs, self.message):
            edit.textChanged.connect(self._timer.start)
        self.channel = LineText()
        self.channel.setAccessibleName(tr("Channel"))
        self.channel.setPlaceholderText(tr("e.g. steering meeting, newsletter, intranet"))
        self.cadence = LineText()
        self.cadence.setAccessibleName(tr("Cadence"))
        self.cadence.setPlaceholderText(tr("e.g. monthly"))
        for name, edit in (("channel", self.channel), ("cadence", self.cadence)):
            edit.editingFinished.connect(lambda n=name, e=edit: self._save_line(n, e))
        self.informer = self._person_combo(tr("Kept informed by"), "informer")

    def _person_combo(self, accessible: str, field: str) -> PersonCombo:
        combo = PersonCombo(tr("— nobody —"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setAccessibleName(accessible)
        offer_new_person(combo, self.session, lambda: Reference("stakeholder", self.row_id, field))
        combo.personChanged.connect(lambda pid: self._save(field, pid))
        return combo

    def _layout(self) -> None:
        """One field a row, its label on the left; long texts wrap and grow."""
        rows = (
            (tr("&Stakeholder:"), self.name, self.name),
            (tr("&Person:"), self.person, _left(self.person)),
            (tr("&Interest:"), self.interest, _left(self.interest)),
            (tr("In&fluence:"), self.influence, _left(self.influence, self.quadrant)),
            (tr("&Attitude:"), self.attitude, _left(self.attitude)),
            (tr("What they need to &know:"), self.needs, self.needs),
            (tr("Key &message:"), self.message, self.message),
            (tr("C&hannel:"), self.channel, self.channel),
            (tr("Ca&dence:"), self.cadence, self.cadence),
            (tr("Kept informed &by:"), self.informer, _left(self.informer)),
            (None, None, self.problems),
        )
        form_grid(self, self.title, rows)

    def field_for(self, column: int) -> QWidget:
        """The editor of a column of the stakeholders table (Enter on a cell comes here)."""
        fields = (self.name, self.person, self.interest, self.influence, self.influence)
        fields += (self.attitude, self.needs, self.message, self.channel, self.cadence)
        return (*fields, self.informer)[column] if 0 <= column <= 10 else self.name

    # ------------------------------------------------------------ sync
    def set_stakeholder(self, row_id: int | None) -> None:
        if row_id != self.row_id:
            self.flush()
            self.row_id = row_id
            for edit in (self.name, self.channel, self.cadence):
                edit.setModified(False)
        self.refresh()

    def refresh(self, *_args) -> None:
        row = self.session.document.row("stakeholder", self.row_id) if self.row_id else None
        if row is None:
            return
        self.title.setText(row.get("name") or "")
        for name, edit in (
            ("name", self.name),
            ("channel", self.channel),
            ("cadence", self.cadence),
        ):
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(row.get(name) or "")
                edit.setCursorPosition(0)
        self.person.set_person(row.get("person"))
        self.informer.set_person(row.get("informer"))
        for name, spin in (("interest", self.interest), ("influence", self.influence)):
            spin.blockSignals(True)
            spin.setValue(int(row.get(name) or spin.minimum()))
            spin.blockSignals(False)
        where = rules.quadrant(row.get("interest"), row.get("influence"))
        self.quadrant.setText(tr("Quadrant: {name}").format(name=quadrant_text(where)))
        self.attitude.setCurrentIndex(max(self.attitude.findData(row.get("attitude")), 0))
        if not self._timer.isActive():
            for name, text in (("needs", self.needs), ("message", self.message)):
                if text.toPlainText() != (row.get(name) or ""):
                    text.blockSignals(True)
                    text.setPlainText(row.get(name) or "")
                    text.blockSignals(False)
        problems = [problem_text(p) for p in rules.plan_problems(row)]
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def _fill_people(self) -> None:
        row = self.session.document.row("stakeholder", self.row_id) if self.row_id else None
        people = self.session.document.people()
        for name, combo in (("person", self.person), ("informer", self.informer)):
            combo.set_people(people, row.get(name) if row else None)

    # ------------------------------------------------------------ saving
    def _save(self, field: str, value) -> None:
        """Write one field as its table cell does: one op, one undo step."""
        row = self.model.row_of(self.row_id) if self.row_id is not None else -1
        if row < 0 or self.session.read_only:
            return
        column = next(n for n, c in enumerate(self.model.columns) if c.field == field)
        self.model.setData(self.model.index(row, column), value, Qt.ItemDataRole.EditRole)

    def _save_name(self) -> None:
        if not self.name.isModified():
            return
        self.name.setModified(False)
        if self.name.text().strip():
            self._save("name", self.name.text())
        self.refresh()  # a stakeholder keeps a name: an empty one brings the old back

    def _save_line(self, name: str, edit: LineText) -> None:
        if edit.isModified():
            edit.setModified(False)
            self._save(name, edit.text())

    def flush(self) -> None:
        """Save typing that is still waiting for its pause."""
        self._timer.stop()
        row = self.session.document.row("stakeholder", self.row_id) if self.row_id else None
        for name, text in (("needs", self.needs), ("message", self.message)):
            if row is not None and text.toPlainText() != (row.get(name) or ""):
                self._save(name, text.toPlainText())

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.name, self.needs, self.message, self.channel, self.cadence):
            edit.setReadOnly(read_only)
        for widget in (self.person, self.interest, self.influence, self.attitude, self.informer):
            widget.setEnabled(not read_only)

    def detach(self) -> None:
        self.flush()
        self.session.remove_flusher(self.flush)
        self.session.peopleChanged.disconnect(self._fill_people)


def details_area(detail: StakeholderDetail, empty: QLabel) -> QStackedWidget:
    """The form in a scroll area (Tab goes to its fields, which scroll it), or `empty`
    saying what to do when no stakeholder is selected."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(detail)
    stack = QStackedWidget()
    stack.addWidget(empty)
    stack.addWidget(scroll)
    return stack
