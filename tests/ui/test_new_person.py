"""“New person…” wherever a person is chosen: a small dialog (answered by the test),
the person added and chosen in one undo step; an empty chooser says why it is empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxcharter.catalog import load_catalog
from cxcharter.ui import ask
from cxcharter.ui.sections.goals.goal_model import OWNER
from cxcharter.ui.sections.goals.goals_page import GoalsTab
from cxcharter.ui.sections.people.new_person import NewPersonDialog
from cxcharter.ui.sections.question_card import QuestionCard
from cxcharter.ui.widgets.fields import NEW_PERSON, PersonCombo


@pytest.fixture
def new_person(monkeypatch):
    """Answer the New person dialog like a user; records that it was shown."""
    shown = []

    def run(dialog):
        assert isinstance(dialog, NewPersonDialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # a name is required
        dialog.name.setText("Lena Krüger")
        dialog.email.setText("lena@example.com")
        dialog.department.setCurrentText("Service")
        dialog.role.setText("Team lead")
        assert ok.isEnabled()
        shown.append(dialog)
        dialog.accept()
        return True

    monkeypatch.setattr(ask, "run_dialog", run)
    return shown


def choose_new(combo: PersonCombo) -> None:
    combo.setCurrentIndex(combo.findData(NEW_PERSON))


def test_an_empty_chooser_says_why_and_new_person_adds_and_chooses(
    session, host, qtbot, new_person
):
    question = load_catalog("en").question("vision.statement")
    card = QuestionCard(session, question, 1, host)
    owner = card.owner
    assert owner.itemText(0) == "No people yet — add one with “New person…”"
    assert owner.itemText(owner.count() - 1) == "New person…"
    choose_new(owner)
    assert new_person
    (lena,) = session.document.people()
    assert (lena.name, lena.email, lena.department, lena.role) == (
        "Lena Krüger",
        "lena@example.com",
        "Service",
        "Team lead",
    )
    assert session.document.answer("vision.statement").owner == lena.id
    assert owner.person_id() == lena.id and owner.currentText() == "Lena Krüger"
    assert owner.itemText(0) == "No owner yet"
    assert session.undo_stack.undoText() == "Add and choose person"
    assert len(session.history.undo_entries) == 1
    session.undo()  # one step: the choice and the person go together
    assert session.document.people() == ()
    assert session.document.answer("vision.statement").owner is None
    card.detach()


def test_cancelling_the_dialog_changes_nothing(session, host, monkeypatch):
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: False)
    card = QuestionCard(session, load_catalog("en").question("vision.statement"), 1, host)
    choose_new(card.owner)
    assert session.document.people() == ()
    assert card.owner.currentIndex() == 0
    card.detach()


def test_new_person_as_a_goal_owner_in_the_goal_form(session, host, qtbot, new_person):
    tab = GoalsTab(session, host)
    tab.resize(1100, 700)
    tab.show()
    goal = session.add_row("goal", {"objective": "Raise NPS"})
    tab.select_goal(goal)
    choose_new(tab.detail.owner)
    (lena,) = session.document.people()
    assert session.document.row("goal", goal).get("owner") == lena.id
    assert tab.detail.owner.person_id() == lena.id
    assert tab.model.index(tab.model.row_of(goal), OWNER).data() == "Lena Krüger"
    session.undo()
    assert session.document.people() == ()
    assert session.document.row("goal", goal).get("owner") is None
    tab.detach()


def test_new_person_in_a_table_cell(session, host, qtbot, new_person):
    """A person cell of a kind table (an initiative's owner) offers it too."""
    from cxcharter.ui.sections.priorities.priorities_page import InitiativesTab

    tab = InitiativesTab(session, host)
    tab.resize(1100, 700)
    tab.show()
    initiative = session.add_row("initiative", {"title": "Online booking"})
    model = tab.model
    column = next(
        c for c in range(model.columnCount()) if (f := model.field_of(c)) and f.name == "owner"
    )
    index = tab.proxy.mapFromSource(model.index(model.row_of(initiative), column))
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, PersonCombo)
    choose_new(editor)
    (lena,) = session.document.people()
    assert session.document.row("initiative", initiative).get("owner") == lena.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert session.document.row("initiative", initiative).get("owner") == lena.id
    session.undo()
    assert session.document.people() == ()
    tab.detach()


def test_new_person_in_the_approvers_chooser_is_ready_to_add(session, host, new_person):
    """A chooser of a form (who to add as approver): the new person is selected there,
    among the people who are not approvers yet, and Add approver adds them."""
    from cxcharter.ui.sections.stakeholders.stakeholders_page import ApproversTab

    anna = session.add_person("Anna Weber")
    session.add_row("approver", {"person": anna, "required": True})
    tab = ApproversTab(session, host)
    combo = tab.person
    choose_new(combo)
    (lena,) = [p for p in session.document.people() if p.id != anna]
    assert combo.person_id() == lena.id
    assert combo.findData(anna) < 0, "an approver already is not offered again"
    assert tab.add_button.isEnabled()
    tab.add_button.click()
    assert [r["person"] for r in session.document.rows("approver")] == [anna, lena.id]
    tab.detach()


def test_new_person_in_a_body_joins_it_in_one_step(session, host, new_person):
    """A governance body's members: the new person is added and ticked; one undo."""
    from cxcharter.ui.sections.roles.bodies_tab import BodiesTab

    tab = BodiesTab(session, host)
    assert not tab.new_member.isEnabled(), "no body selected: nothing to join"
    body = tab.add_body("core_team")
    assert tab.current_body() == body and tab.new_member.isEnabled()
    assert tab.member_count.text() == "No people yet — add one with “New person…”"
    tab.new_member.click()
    (lena,) = session.document.people()
    assert [(r["body"], r["person"]) for r in session.document.rows("body_member")] == [
        (body, lena.id)
    ]
    assert tab.members.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert tab.member_count.text() == "1 member"
    assert session.undo_stack.undoText() == "Add and choose person"
    session.undo()
    assert session.document.people() == () and session.document.rows("body_member") == ()
    tab.detach()


def test_new_person_takes_part_in_the_meeting_in_one_step(session, host, new_person):
    from cxcharter.ui.sections.ways.meetings_tab import MeetingsTab

    meeting = session.add_row("meeting", {"name": "CX weekly"})
    tab = MeetingsTab(session, host)
    tab.table.select_id(meeting)
    assert tab.participants_hint.text() == "No people yet — add one with “New person…”"
    tab.new_participant.click()
    (lena,) = session.document.people()
    rows = session.document.rows("meeting_participant")
    assert [(r["meeting"], r["person"]) for r in rows] == [(meeting, lena.id)]
    assert tab.participants_hint.text().startswith("1 person takes part")
    session.undo()
    assert session.document.people() == ()
    assert session.document.rows("meeting_participant") == ()
    tab.detach()


def test_new_person_is_a_new_column_of_the_raci_matrix(session, host, new_person):
    from cxcharter.ui.sections.roles.roles_page import RaciTab

    session.add_row("activity", {"name": "Run the CX council"})
    tab = RaciTab(session, host)
    assert "No people yet" in tab.hint.text() and "“New person…”" in tab.hint.text()
    tab.new_person.click()
    (lena,) = session.document.people()
    assert tab.model.columnCount() == 1 and tab.model.person_at(0).id == lena.id
    assert tab.view.currentIndex().column() == 0
    session.undo()
    assert session.document.people() == () and tab.model.columnCount() == 0
    tab.detach()


def test_new_person_in_the_stakeholder_plan_in_one_step(session, host, new_person):
    from cxcharter.ui.sections.stakeholders.stakeholders_page import StakeholdersTab

    tab = StakeholdersTab(session, host)
    tab.new_person.click()
    (lena,) = session.document.people()
    (row,) = session.document.rows("stakeholder")
    assert (row.get("name"), row.get("person")) == ("Lena Krüger", lena.id)
    assert tab.table.selected_id() == row.id
    session.undo()
    assert session.document.people() == () and session.document.rows("stakeholder") == ()
    tab.detach()
