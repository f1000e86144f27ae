"""Stakeholders & approvals: the communication plan, decision rights and the approvers.

Three tabs beside the questions. Stakeholders: who needs to know what, placed
by interest and influence in a quadrant — an overview table, the selected one's
form under it (stakeholder_detail.py), and beside the form the grid with the
suggestions from the RACI and the approvers. Decision rights: which decisions need whose
approval. Approvers (approvers_tab.py): the people who sign off the charter,
in order.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain import stakeholders as rules
from cxcharter.domain.entities import Row
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.sections.people.new_person import ask_new_person, new_person_button
from cxcharter.ui.sections.stakeholders.approvers_tab import ApproversTab
from cxcharter.ui.sections.stakeholders.stakeholder_detail import StakeholderDetail, details_area
from cxcharter.ui.sections.stakeholders.stakeholder_grid import StakeholderGrid
from cxcharter.ui.sections.stakeholders.stakeholder_overview import OverviewFit
from cxcharter.ui.sections.stakeholders.stakeholder_texts import (
    problem_text,
    quadrant_text,
    reasons_text,
)
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.kind_model import KindModel
from cxcharter.ui.tables.kind_suggestions import SuggestionItem, SuggestionList
from cxcharter.ui.tables.kind_table import (
    RowTable,
    add_line,
    add_shortcut,
    tab_margins,
)
from cxcharter.ui.tables.row_model import Column, content_signals
from cxcharter.ui.widgets.basics import plain_label

(
    NAME,
    PERSON,
    INTEREST,
    INFLUENCE,
    QUADRANT,
    ATTITUDE,
    NEEDS,
    MESSAGE,
    CHANNEL,
    CADENCE,
    INFORMER,
) = range(11)


def charter_owner(session: CharterSession) -> int | None:
    return session.document.answer("front.charter_owner").person


def executive_sponsor(session: CharterSession) -> int | None:
    return session.document.answer("front.executive_sponsor").person


# ================================================================== stakeholders
class StakeholdersModel(KindModel):
    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(
            session,
            "stakeholder",
            [
                Column("name", tr("Stakeholder")),
                Column("person", tr("Person")),
                Column("interest", tr("Interest")),
                Column("influence", tr("Influence")),
                Column(
                    "",
                    tr("Quadrant"),
                    display=lambda r: quadrant_text(
                        rules.quadrant(r.get("interest"), r.get("influence"))
                    ),
                    editable=False,
                ),
                Column("attitude", tr("Attitude")),
                Column("needs", tr("What they need to know")),
                Column("message", tr("Key message")),
                Column("channel", tr("Channel")),
                Column("cadence", tr("Cadence")),
                Column("informer", tr("Kept informed by")),
            ],
            parent,
        )

    def cell_problems(self, row: Row) -> dict[str, str]:
        return {p.field: problem_text(p) for p in rules.plan_problems(row)}

    def sort_key(self, row: Row, column: int) -> object:
        if column == QUADRANT:
            where = rules.quadrant(row.get("interest"), row.get("influence"))
            return rules.QUADRANTS.index(where) if where else len(rules.QUADRANTS)
        return None


class StakeholdersTab(QWidget):
    """The communication plan: the stakeholders as an overview, the selected one's form,
    and under a second tab the interest/influence grid beside the suggestions."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = StakeholdersModel(session, self)
        self.table = RowTable(session, self.model, tr("Stakeholders"))
        self.fit = OverviewFit(self.table.view)  # the form below edits every field
        self.table.view.activated.connect(lambda index: self.edit_in_form(index.column()))
        self.detail = StakeholderDetail(session, self.model)
        self.table.currentChanged.connect(self._on_current)
        self._build_tools()
        self._build_lower()
        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addWidget(self.splitter, 1)

        for kind_signal in (session.rowsChanged,):
            kind_signal.connect(self._on_rows)
        session.peopleChanged.connect(self._refresh_suggestions)
        session.answerChanged.connect(self._on_answer)
        for signal in content_signals(self.model):
            signal.connect(self._update_messages)
            signal.connect(self.detail.refresh)
        self.model.modelReset.connect(self._select_first)
        self._refresh_suggestions()
        self._select_first()
        self._update_messages()
        self._update_buttons()

    # ------------------------------------------------------------ building
    def _build_tools(self) -> None:
        """The new stakeholder's name and its Add button, in the table's tool row."""
        self.new_name = add_line(
            tr("New stakeholder: type a person or group and press Enter"),
            tr("Name of the new stakeholder"),
            self.add_stakeholder,
        )
        self.add_button = QPushButton(tr("Add stakeholder"))
        self.add_button.clicked.connect(self.add_stakeholder)
        self.new_person = new_person_button(
            tr("Add a new person to the charter and to the communication plan"),
            self.add_new_person,
        )
        self.table.tools.insertWidget(0, self.new_name, 6)  # the room the button took
        self.table.tools.insertWidget(1, self.add_button)
        self.table.tools.insertWidget(2, self.new_person)
        self.act_add = add_shortcut(self, tr("Add stakeholder"), self.focus_new)

    def _build_lower(self) -> None:
        """Under the table, two tabs: the selected stakeholder's form, and the
        interest/influence grid beside the suggestions."""
        self.grid = StakeholderGrid(self.model)
        self.grid.clickedStakeholder.connect(self._select_from_grid)
        self.table.currentChanged.connect(self.grid.set_selected)
        self.suggestions = SuggestionList(
            tr("Suggested from RACI and approvers"),
            tr(
                "People who are accountable or informed in the RACI, and the approvers, "
                "who are not in the communication plan yet."
            ),
            tr(
                "No suggestions: everyone marked A or I in the RACI and every approver "
                "is in the plan."
            ),
            tr("Suggested stakeholders"),
        )
        self.suggestions.chosen.connect(self.add_suggestion)
        self.suggestions.chosenAll.connect(self.add_all_suggestions)

        lower = QWidget()
        lower_box = QHBoxLayout(lower)
        lower_box.setContentsMargins(0, 4, 0, 0)
        lower_box.setSpacing(20)
        lower_box.addWidget(self.grid, 2)
        lower_box.addWidget(self.suggestions, 3)
        self.empty = plain_label(object_name="hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = details_area(self.detail, self.empty)
        self.lower = QTabWidget()
        self.lower.setDocumentMode(True)
        self.lower.addTab(self.details, tr("De&tails"))
        self.lower.addTab(lower, tr("&Grid and suggestions"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 320])

    # ------------------------------------------------------------ state
    def _on_rows(self, kind: str) -> None:
        if kind in ("raci", "approver", "stakeholder"):
            self._refresh_suggestions()

    def _on_current(self, row_id: int | None) -> None:
        self.detail.set_stakeholder(row_id)
        self.empty.setText(
            tr("Select a stakeholder to see and edit their communication plan.")
            if self.model.rowCount()
            else tr("No stakeholders yet. Type the first one above and press Enter.")
        )
        self.details.setCurrentIndex(0 if row_id is None else 1)

    def _select_first(self) -> None:
        """The form shows a stakeholder from the start: the first, when none is chosen."""
        if self.table.selected_id() is None and self.model.rowCount():
            self.table.select_id(self.model.row_at(0).id)
        self._on_current(self.table.selected_id())

    def edit_in_form(self, column: int) -> None:
        """Enter on a cell: the keyboard goes to that cell's field in the form."""
        if self.table.selected_id() is None:
            return
        self.lower.setCurrentWidget(self.details)
        field = self.detail.field_for(column)
        self.details.widget(1).ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_answer(self, _key: str) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.session.read_only
        self.new_name.setEnabled(editable)
        self.new_person.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.act_add.setEnabled(editable)

    def _update_messages(self, *_args) -> None:
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        missing = len(rules.incomplete_plans(rows))
        if missing == 1:
            texts = [
                tr(
                    "1 stakeholder lacks part of the communication plan (marked in the "
                    "table): what they need to know, the channel or the cadence."
                )
            ]
        elif missing:
            texts = [
                tr(
                    "{n} stakeholders lack part of the communication plan (marked in the "
                    "table): what they need to know, the channel or the cadence."
                ).format(n=missing)
            ]
        else:
            texts = []
        self.table.set_messages(texts)

    def current_suggestions(self) -> list[rules.Suggestion]:
        doc = self.session.document
        return rules.suggestions(doc.rows("raci"), doc.rows("approver"), doc.rows("stakeholder"))

    def _refresh_suggestions(self) -> None:
        """Recompute from the RACI and the approvers; while hidden, only once shown again."""
        if self.session.closed:
            return
        if not self.isVisible() and hasattr(self, "_suggested"):
            self._stale = True
            return
        self._stale = False
        names = {p.id: p.name for p in self.session.document.people()}
        self._suggested = {s.person: s for s in self.current_suggestions() if s.person in names}
        items = []
        for s in self._suggested.values():
            why = reasons_text(s.reasons, len(set(s.activities)))
            items.append(SuggestionItem(s.person, names[s.person], why))
        self.suggestions.set_items(items, editable=not self.session.read_only)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._refresh_suggestions()

    # ------------------------------------------------------------ editing
    def focus_new(self) -> None:
        self.new_name.setFocus()
        self.new_name.selectAll()

    def add_stakeholder(self) -> None:
        name = self.new_name.text().strip()
        if not name or self.session.read_only:
            return
        if self.table.add({"name": name}) is not None:
            self.new_name.clear()
            self.edit_in_form(INTEREST)

    def add_new_person(self) -> int | None:
        """“New person…”: the person joins the charter and the plan (one step), selected."""
        fields = ask_new_person(self.window())
        if fields is None or self.session.read_only:
            return None
        person_id = self.session.add_person_with(fields, "stakeholder", {"name": fields["name"]})
        row = next(
            (r for r in self.session.document.rows("stakeholder") if r.get("person") == person_id),
            None,
        )
        if person_id is not None and row is not None:
            self.table.select_id(row.id)
        return person_id

    def _suggested_row(self, person_id: int) -> dict | None:
        suggestion = self._suggested.get(person_id)
        person = self.session.document.person(person_id)
        if suggestion is None or person is None:
            return None
        owner = charter_owner(self.session)
        return {
            "name": person.name,
            "person": person_id,
            "attitude": "neutral",
            "informer": owner if owner != person_id else None,
            **suggestion.defaults(),
        }

    def add_suggestion(self, person_id: int) -> None:
        data = self._suggested_row(person_id)
        if data is not None and not self.session.read_only:
            self.table.add(data)  # selected; the list stays for the next one

    def add_all_suggestions(self) -> None:
        if self.session.read_only:
            return
        rows = [d for d in (self._suggested_row(p) for p in list(self._suggested)) if d]
        if not rows:
            return
        ids = self.session.add_rows(self.table.kind, rows, code="stakeholders.suggested")
        if ids:
            self.table.select_id(ids[-1], 0)

    def _select_from_grid(self, row_id: int) -> None:
        self.table.select_id(row_id)
        self.table.view.setFocus()

    def detach(self) -> None:
        self.session.rowsChanged.disconnect(self._on_rows)
        self.session.peopleChanged.disconnect(self._refresh_suggestions)
        self.session.answerChanged.disconnect(self._on_answer)
        self.detail.detach()
        self.table.detach()


# ================================================================== decision rights
SUGGESTED_RIGHTS = {  # why each typical decision right is offered (marked for lupdate)
    "budget": QT_TR_NOOP("Who approves spending above an amount you agree on?"),
    "cross_department": QT_TR_NOOP("Changes that alter how another department works"),
    "customer_policy": QT_TR_NOOP("Anything customers notice: standards, goodwill, hours"),
    "charter": QT_TR_NOOP("Who approves this charter and later changes to its goals"),
}
DECISION, APPROVER, THRESHOLD, NOTES = range(4)


class DecisionRightsModel(KindModel):
    def __init__(self, session: CharterSession, parent=None) -> None:
        super().__init__(
            session,
            "decision_right",
            [
                Column("decision", tr("Decision")),
                Column("approver", tr("Approved by")),
                Column("threshold", tr("Threshold")),
                Column("notes", tr("Notes")),
            ],
            parent,
        )

    def cell_problems(self, row: Row) -> dict[str, str]:
        return {p.field: problem_text(p) for p in rules.decision_right_problems(row)}


class DecisionRightsTab(QWidget):
    """Which decisions need whose approval, with typical ones offered."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("pageBody")
        self.model = DecisionRightsModel(session, self)
        self.table = RowTable(
            session, self.model, tr("Decision rights"), widths=(320, 170, 170, 300), stretch=NOTES
        )
        self.new_decision = add_line(
            tr("New decision right: type the decision and press Enter"),
            tr("The new decision"),
            self.add_decision,
        )
        self.add_button = QPushButton(tr("Add decision right"))
        self.add_button.clicked.connect(self.add_decision)
        self.table.tools.insertWidget(0, self.new_decision, 2)
        self.table.tools.insertWidget(1, self.add_button)
        self.act_add = add_shortcut(self, tr("Add decision right"), self.focus_new)
        self.suggestions = SuggestionList(
            tr("Typical decision rights"),
            tr(
                "Decisions that usually need somebody's approval. Add one, then say who "
                "approves it and from which threshold."
            ),
            tr("All typical decision rights are in the table."),
            tr("Suggested decision rights"),
        )
        self.suggestions.chosen.connect(self.add_suggestion)
        self.suggestions.chosenAll.connect(self.add_all_suggestions)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.suggestions)
        self.splitter.setSizes([400, 220])
        layout = QVBoxLayout(self)
        tab_margins(layout)
        layout.addWidget(self.splitter, 1)
        session.rowsChanged.connect(self._on_rows)
        for signal in content_signals(self.model):
            signal.connect(self._update)
        self._update()

    def _on_rows(self, kind: str) -> None:
        if kind == "decision_right":
            self._update()

    def _update(self, *_args) -> None:
        editable = not self.session.read_only
        self.new_decision.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.act_add.setEnabled(editable)
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        language = self.session.document.language
        items = [
            SuggestionItem(
                key, rules.decision_right_text(key, language), tr_marked(SUGGESTED_RIGHTS[key])
            )
            for key in rules.open_decision_right_suggestions(rows, language)
        ]
        self.suggestions.set_items(items, editable=editable)
        unnamed = sum(1 for r in rows if rules.decision_right_problems(r))
        texts = []
        if unnamed == 1:
            texts.append(tr("1 decision right does not say whose approval it needs."))
        elif unnamed:
            texts.append(
                tr("{n} decision rights do not say whose approval they need.").format(n=unnamed)
            )
        self.table.set_messages(texts)

    def focus_new(self) -> None:
        self.new_decision.setFocus()
        self.new_decision.selectAll()

    def add_decision(self) -> None:
        text = self.new_decision.text().strip()
        if text and self.table.add({"decision": text}, edit_column=APPROVER) is not None:
            self.new_decision.clear()

    def _suggested_row(self, key: str) -> dict:
        title = rules.decision_right_text(key, self.session.document.language)
        approver = executive_sponsor(self.session) if key in ("budget", "charter") else None
        return {"decision": title, "approver": approver}

    def add_suggestion(self, key: str) -> None:
        if key in SUGGESTED_RIGHTS and not self.session.read_only:
            self.table.add(self._suggested_row(key), edit_column=APPROVER)

    def add_all_suggestions(self) -> None:
        keys = self.suggestions.suggested_keys()
        if not keys or self.session.read_only:
            return
        ids = self.session.add_rows(
            self.table.kind, [self._suggested_row(k) for k in keys], code="rights.suggested"
        )
        if ids:
            self.table.select_id(ids[-1], 0)

    def detach(self) -> None:
        self.session.rowsChanged.disconnect(self._on_rows)
        self.table.detach()


TABS = [
    (QT_TR_NOOP("Stakeholders"), StakeholdersTab),
    (QT_TR_NOOP("Decision rights"), DecisionRightsTab),
    (QT_TR_NOOP("Approvers"), ApproversTab),
]
