"""Ways of working: meetings with participants and agendas; decisions and escalation.

Meetings (meetings_tab.py): the team's regular meetings, who takes part
(ticked from the directory) and each agenda, with the standard agenda a click
away. Decisions & escalation: the decision rule, the escalation path in order,
the decision log and the date the charter is next reviewed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain import ways as rules
from cxcharter.domain.entities import DECISION_RULES
from cxcharter.ui.i18n import tr
from cxcharter.ui.sections.people.new_person import offer_new_person
from cxcharter.ui.sections.ways.meetings_tab import MeetingsTab
from cxcharter.ui.sections.ways.ways_models import (
    LOG_DECISION,
    STEP_NOTE,
    BoundText,
    DecisionLogModel,
    EscalationModel,
    problem_text,
)
from cxcharter.ui.sections.ways.ways_widgets import column, heading
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_table import RowTable, add_line, add_shortcut, tab_margins
from cxcharter.ui.tables.row_model import content_signals
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.fields import DateField, PersonCombo
from cxcharter.ui.widgets.labels import choice_label


# ================================================================== decisions & escalation
class DecisionsTab(QWidget):
    """The decision rule, the escalation path, the decision log and the next review."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")

        rule_box = self._build_rule()
        review_box = self._build_review()

        top = QHBoxLayout()
        top.setSpacing(28)
        top.addWidget(rule_box, 3)
        top.addWidget(review_box, 2)

        path_box = self._build_path()
        log_box = self._build_log()

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
        for signal in content_signals(self.log_model):
            signal.connect(self._update_log)
        self._fill_people()
        self._load_settings()
        self._update_log()

    def _build_rule(self) -> QWidget:
        """The decision rule and how it works in practice."""
        session = self.session
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
        rule_box = column(heading(tr("Decision rule")), self.rule, self.rule_text)
        return rule_box

    def _build_review(self) -> QWidget:
        """The date the charter is next reviewed."""
        self.review = DateField()
        self.review.setAccessibleName(tr("Next review of the charter"))
        self.review.isoChanged.connect(lambda iso: self.session.set_setting("next_review", iso))
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
        review_layout.addWidget(heading(tr("Next review of the charter")))
        review_layout.addLayout(review_row)
        review_layout.addWidget(review_hint)
        review_layout.addWidget(self.review_message)
        review_layout.addStretch(1)
        return review_box

    def _build_path(self) -> QWidget:
        """The escalation path in order, a person added a step at a time."""
        session = self.session
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
        path_box = column(
            heading(tr("Escalation path")), self.path_summary, self.path, stretch_last=True
        )
        return path_box

    def _build_log(self) -> QWidget:
        """The decision log, a new entry typed in its tool row."""
        session = self.session
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
        log_box = column(heading(tr("Decision log")), self.log, stretch_last=True)
        return log_box

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
