"""Ways of working: meetings with participants and agendas; decisions and escalation.

Meetings: the team's regular meetings, who takes part (ticked from the
directory) and each agenda, with the standard agenda a click away. Decisions &
escalation: the decision rule, the escalation path in order, the decision log
and the date the charter is next reviewed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain import ways as rules
from cxcharter.domain.entities import DECISION_RULES
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.new_person import offer_new_person
from cxcharter.ui.sections.ways.ways_models import (
    CADENCE,
    LOG_DECISION,
    STEP_NOTE,
    BoundText,
    DecisionLogModel,
    EscalationModel,
    MeetingsModel,
    ParticipantsModel,
    problem_text,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_table import RowTable, add_line, add_shortcut, tab_margins
from cxcharter.ui.widgets.basics import plain_label, section_font
from cxcharter.ui.widgets.fields import DateField, PersonCombo
from cxcharter.ui.widgets.labels import choice_label


def _heading(text: str):
    label = plain_label(text, wrap=False)
    label.setFont(section_font(label, 1.05))
    return label


def _column(*widgets, stretch_last: bool = False) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for n, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and n == len(widgets) - 1 else 0)
    return box


# ================================================================== meetings
class MeetingsTab(QWidget):
    """The team's meetings; the selected one's agenda and participants below."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = MeetingsModel(session, self)
        self.table = RowTable(
            session, self.model, tr("Meetings"), widths=(220, 240, 170, 96, 300), stretch=None
        )
        self.new_name = add_line(
            tr("New meeting: type its name and press Enter"),
            tr("Name of the new meeting"),
            self.add_meeting,
        )
        self.add_button = QPushButton(tr("Add meeting"))
        self.add_button.clicked.connect(self.add_meeting)
        self.table.tools.insertWidget(0, self.new_name, 2)
        self.table.tools.insertWidget(1, self.add_button)
        self.act_add = add_shortcut(self, tr("Add meeting"), self.focus_new)

        self.agenda_heading = _heading(tr("Agenda"))
        self.agenda = BoundText(session)
        self.agenda.setAccessibleName(tr("Agenda of the selected meeting"))
        self.agenda.committed.connect(self._save_agenda)
        self.standard_button = QPushButton(tr("Insert standard agenda"))
        self.standard_button.setToolTip(
            tr(
                "Adds: customer story first, metrics against targets, initiative status, "
                "decisions needed, actions with owner and date"
            )
        )
        self.standard_button.clicked.connect(self.insert_standard_agenda)
        agenda_tools = QHBoxLayout()
        agenda_tools.addWidget(self.agenda_heading)
        agenda_tools.addStretch(1)
        agenda_tools.addWidget(self.standard_button)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.setSpacing(6)
        agenda_layout.addLayout(agenda_tools)
        agenda_layout.addWidget(self.agenda, 1)

        self.participants_model = ParticipantsModel(session, self)
        self.participants = QListView()
        self.participants.setModel(self.participants_model)
        self.participants.setAccessibleName(tr("Participants of the selected meeting"))
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participants.setUniformItemSizes(True)
        self.participants_hint = plain_label(object_name="hint")
        participants_box = _column(
            _heading(tr("Participants")),
            self.participants_hint,
            self.participants,
            stretch_last=True,
        )

        lower = QWidget()
        lower_box = QHBoxLayout(lower)
        lower_box.setContentsMargins(0, 4, 0, 0)
        lower_box.setSpacing(20)
        lower_box.addWidget(agenda_box, 3)
        lower_box.addWidget(participants_box, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([280, 340])
        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addWidget(self.splitter, 1)

        self._meeting: int | None = None
        self.table.currentChanged.connect(self._on_current)
        session.rowsChanged.connect(self._on_rows)
        self.participants_model.dataChanged.connect(self._update_hint)
        self.participants_model.modelReset.connect(self._update_hint)
        for signal in (self.model.modelReset, self.model.dataChanged):
            signal.connect(self._update_messages)
        if self.model.rowCount():
            self.table.select_id(self.model.row_at(0).id)
        self._on_current(self.table.selected_id())

    # ------------------------------------------------------------ state
    def _on_current(self, meeting_id: int | None) -> None:
        self.agenda.flush()  # typing belongs to the meeting it was typed for
        self._meeting = meeting_id
        self.participants_model.set_meeting(meeting_id)
        self._load_agenda()
        self._update()

    def _on_rows(self, kind: str) -> None:
        if kind == "meeting":
            if self._meeting is not None and self.model.row_of(self._meeting) < 0:
                self._on_current(self.table.selected_id())
            else:
                self._load_agenda()
                self._update()

    def _load_agenda(self) -> None:
        row = (
            self.session.document.row("meeting", self._meeting)
            if self._meeting is not None
            else None
        )
        self.agenda.set_text(str(row.get("agenda") or "") if row else "")
        name = str(row.get("name") or "") if row else ""
        self.agenda_heading.setText(
            tr("Agenda: {meeting}").format(meeting=name) if row else tr("Agenda")
        )

    def _update(self) -> None:
        editable = not self.session.read_only
        chosen = self._meeting is not None
        for widget in (self.new_name, self.add_button):
            widget.setEnabled(editable)
        self.act_add.setEnabled(editable)
        self.agenda.setEnabled(chosen)
        self.agenda.setReadOnly(not editable)
        self.agenda.setPlaceholderText(
            tr("One item per line. “Insert standard agenda” gives you a proven start.")
            if chosen
            else tr("Select a meeting to see its agenda.")
        )
        self.standard_button.setEnabled(editable and chosen)
        self._update_hint()

    def _update_hint(self, *_args) -> None:
        if self._meeting is None:
            text = tr("Select a meeting to tick who takes part.")
        elif len(self.participants_model.members()) == 1:
            text = tr("1 person takes part. Tick or untick with the mouse or Space.")
        else:
            text = tr("{n} people take part. Tick or untick with the mouse or Space.").format(
                n=len(self.participants_model.members())
            )
        self.participants_hint.setText(text)
        self.participants.setEnabled(self._meeting is not None)
        self._update_messages()

    def _update_messages(self, *_args) -> None:
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        incomplete = sum(1 for r in rows if self.model.cell_problems(r))
        if incomplete == 1:
            texts = [tr("1 meeting lacks its cadence, owner or participants (marked).")]
        elif incomplete:
            texts = [
                tr("{n} meetings lack their cadence, owner or participants (marked).").format(
                    n=incomplete
                )
            ]
        else:
            texts = []
        self.table.set_messages(texts)

    # ------------------------------------------------------------ editing
    def focus_new(self) -> None:
        self.new_name.setFocus()
        self.new_name.selectAll()

    def add_meeting(self) -> None:
        name = self.new_name.text().strip()
        if name and self.table.add({"name": name}, edit_column=CADENCE) is not None:
            self.new_name.clear()

    def _save_agenda(self, text: str) -> None:
        if self._meeting is not None and not self.session.read_only:
            self.session.update_row("meeting", self._meeting, agenda=text)

    def insert_standard_agenda(self) -> None:
        """Append the standard agenda to the selected meeting's agenda: one undo step."""
        if self._meeting is None or self.session.read_only:
            return
        self.agenda.flush()
        if self.session.document.row("meeting", self._meeting) is None:
            return
        self.session.insert_standard_agenda(self._meeting)
        self.agenda.moveCursor(QTextCursor.MoveOperation.End)
        self.agenda.setFocus()

    def detach(self) -> None:
        self.agenda.flush()
        self.agenda.detach()
        self.session.rowsChanged.disconnect(self._on_rows)
        self.participants_model.detach()
        self.table.detach()


# ================================================================== decisions & escalation
class DecisionsTab(QWidget):
    """The decision rule, the escalation path, the decision log and the next review."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")

        # -- decision rule
        self.rule = QComboBox()
        self.rule.setAccessibleName(tr("Decision rule"))
        for value in DECISION_RULES:
            self.rule.addItem(choice_label(value), value)
        self.rule.activated.connect(self._rule_chosen)
        self.rule_text = BoundText(session)
        self.rule_text.setAccessibleName(tr("How the decision rule works in practice"))
        self.rule_text.setPlaceholderText(
            tr(
                "How it works in practice: who decides when "
                "there is no agreement, what counts as an "
                "objection…"
            )
        )
        self.rule_text.setFixedHeight(64)
        self.rule_text.committed.connect(
            lambda text: session.set_setting("decision_rule_text", text, merge=True)
        )
        rule_box = _column(_heading(tr("Decision rule")), self.rule, self.rule_text)

        # -- next review
        self.review = DateField()
        self.review.setAccessibleName(tr("Next review of the charter"))
        self.review.isoChanged.connect(lambda iso: session.set_setting("next_review", iso))
        self.review_message = plain_label(object_name="fieldError")
        review_hint = plain_label(
            tr(
                "When the team next checks goals, roles and priorities "
                "and approves an updated charter."
            ),
            object_name="hint",
        )
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        review_row.addStretch(1)
        review_box = QWidget()
        review_layout = QVBoxLayout(review_box)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.setSpacing(6)
        review_layout.addWidget(_heading(tr("Next review of the charter")))
        review_layout.addLayout(review_row)
        review_layout.addWidget(review_hint)
        review_layout.addWidget(self.review_message)
        review_layout.addStretch(1)

        top = QHBoxLayout()
        top.setSpacing(28)
        top.addWidget(rule_box, 3)
        top.addWidget(review_box, 2)

        # -- escalation path
        self.path_model = EscalationModel(session, self)
        self.path = RowTable(
            session,
            self.path_model,
            tr("Escalation path"),
            sortable=False,
            widths=(56, 220, 400),
            stretch=STEP_NOTE,
        )
        self.path_person = PersonCombo(tr("Choose a person…"))
        offer_new_person(self.path_person, session)  # added and selected; Add step adds it
        self.path_person.setAccessibleName(tr("Person for the next escalation step"))
        self.path_person.personChanged.connect(lambda _p: self._update_path())
        self.add_step_button = QPushButton(tr("Add step"))
        self.add_step_button.clicked.connect(self.add_step)
        self.path.tools.insertWidget(0, self.path_person, 2)
        self.path.tools.insertWidget(1, self.add_step_button)
        self.path_summary = plain_label(object_name="hint")
        path_box = _column(
            _heading(tr("Escalation path")), self.path_summary, self.path, stretch_last=True
        )

        # -- decision log
        self.log_model = DecisionLogModel(session, self)
        self.log = RowTable(
            session,
            self.log_model,
            tr("Decision log"),
            movable=False,
            widths=(96, 230, 210, 230, 140, 96),
            stretch=None,
        )
        self.new_request = add_line(
            tr("New entry: type the request and press Enter"),
            tr("Request of the new decision"),
            self.add_decision,
        )
        self.add_decision_button = QPushButton(tr("Add entry"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.log.tools.insertWidget(0, self.new_request, 2)
        self.log.tools.insertWidget(1, self.add_decision_button)
        self.act_add = add_shortcut(self, tr("Add entry"), self.focus_new)
        log_box = _column(_heading(tr("Decision log")), self.log, stretch_last=True)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(path_box)
        self.splitter.addWidget(log_box)
        self.splitter.setSizes([200, 300])
        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        session.rowsChanged.connect(self._on_rows)
        session.peopleChanged.connect(self._fill_people)
        for signal in (self.log_model.modelReset, self.log_model.dataChanged):
            signal.connect(self._update_log)
        self._fill_people()
        self._load_settings()
        self._update_log()

    # ------------------------------------------------------------ state
    def _on_rows(self, kind: str) -> None:
        if kind == "settings":
            self._load_settings()
        elif kind == "escalation_step":
            self._update_path()

    def _fill_people(self) -> None:
        if self.session.closed:
            return
        self.path_person.set_people(self.session.document.people(), self.path_person.person_id())
        self._update_path()

    def _load_settings(self) -> None:
        if self.session.closed:
            return
        settings = self.session.document.settings()
        self.rule.setCurrentIndex(max(self.rule.findData(settings["decision_rule"]), 0))
        self.rule_text.set_text(str(settings.get("decision_rule_text") or ""))
        if not self.review.hasFocus():
            self.review.set_iso(settings.get("next_review"))
        problems = rules.review_problems(settings.get("next_review"), dt.date.today())
        self.review_message.setText("\n".join(problem_text(p.code, p.params) for p in problems))
        self.review_message.setVisible(bool(problems))
        editable = not self.session.read_only
        self.rule.setEnabled(editable)
        self.rule_text.setReadOnly(not editable)
        self.review.setEnabled(editable)

    def _update_path(self) -> None:
        editable = not self.session.read_only
        self.path_person.setEnabled(editable)
        self.add_step_button.setEnabled(editable and self.path_person.person_id() is not None)
        names = self.path_model.path()
        self.path_summary.setText(
            " → ".join(names)
            if names
            else tr(
                "Who takes over when the team cannot agree or a problem is too big: add the "
                "people in the order a case goes up."
            )
        )
        problems = rules.escalation_problems(
            [self.path_model.row_at(r) for r in range(self.path_model.rowCount())]
        )
        self.path.set_messages([problem_text(p.code, p.params) for p in problems[:1]])

    def _update_log(self, *_args) -> None:
        editable = not self.session.read_only
        self.new_request.setEnabled(editable)
        self.add_decision_button.setEnabled(editable)
        self.act_add.setEnabled(editable)
        rows = [self.log_model.row_at(r) for r in range(self.log_model.rowCount())]
        wrong = sum(1 for r in rows if rules.decision_problems(r))
        if wrong == 1:
            texts = [tr("1 entry has a follow-up date before the decision (marked).")]
        elif wrong:
            texts = [
                tr("{n} entries have a follow-up date before the decision (marked).").format(
                    n=wrong
                )
            ]
        else:
            texts = []
        self.log.set_messages(texts)

    # ------------------------------------------------------------ editing
    def _rule_chosen(self, index: int) -> None:
        value = self.rule.itemData(index)
        if value != self.session.document.setting("decision_rule"):
            self.session.set_setting("decision_rule", value)

    def add_step(self) -> None:
        person = self.path_person.person_id()
        if (
            person is not None
            and self.path.add({"person": person}, edit_column=STEP_NOTE) is not None
        ):
            self.path_person.set_person(None)
            self._update_path()

    def focus_new(self) -> None:
        self.new_request.setFocus()
        self.new_request.selectAll()

    def add_decision(self) -> None:
        request = self.new_request.text().strip()
        if not request:
            return
        data = {"request": request, "date": dt.date.today().isoformat()}
        if self.log.add(data, edit_column=LOG_DECISION) is not None:
            self.new_request.clear()

    def detach(self) -> None:
        self.rule_text.flush()
        self.rule_text.detach()
        self.session.rowsChanged.disconnect(self._on_rows)
        self.session.peopleChanged.disconnect(self._fill_people)
        self.path.detach()
        self.log.detach()


TABS = [
    (QT_TR_NOOP("Meetings"), MeetingsTab),
    (QT_TR_NOOP("Decisions & escalation"), DecisionsTab),
]
