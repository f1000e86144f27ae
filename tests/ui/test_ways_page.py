"""Ways of working, driven like a user: meetings, agenda, participants, rule, path, log."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cxcharter.domain.ways import standard_agenda
from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.section_extras import tabs_for
from cxcharter.ui.sections.ways.ways_models import LOG_DATE, LOG_FOLLOW_UP, PARTICIPANTS, STEP_NOTE
from cxcharter.ui.sections.ways.ways_page import DecisionsTab, MeetingsTab
from cxcharter.ui.session import CharterSession


def activate(qtbot, widget: QWidget) -> None:
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def make(qtbot, host, cls, session):
    tab = cls(session, host)
    tab.resize(1180, 780)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def meetings(qtbot, host, session):
    tab = make(qtbot, host, MeetingsTab, session)
    yield tab
    tab.detach()


@pytest.fixture
def decisions(qtbot, host, session):
    tab = make(qtbot, host, DecisionsTab, session)
    yield tab
    tab.detach()


def type_new(qtbot, edit, text: str) -> None:
    activate(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def agenda_of(session, meeting: int) -> str:
    return session.document.row("meeting", meeting)["agenda"]


def test_the_ways_tabs():
    assert [title for title, _cls in tabs_for("ways")] == ["Meetings", "Decisions & escalation"]


# ------------------------------------------------------------------ meetings
def test_add_a_meeting_and_tick_its_participants(meetings, session, qtbot, qtmodeltester):
    anna = session.document.add_person("Anna")
    ben = session.document.add_person("Ben")
    session.peopleChanged.emit()
    tab = meetings
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.participants_model)
    assert not tab.participants.isEnabled(), "no meeting chosen yet"
    type_new(qtbot, tab.new_name, "CX core team")
    (meeting,) = session.document.rows("meeting")
    assert meeting["name"] == "CX core team"
    assert tab.table.selected_id() == meeting.id
    assert tab.participants.isEnabled()
    assert tab.model.index(0, PARTICIPANTS).data() == "0"
    assert tab.table.message.text().startswith("1 meeting lacks")

    view = tab.participants
    activate(qtbot, view)
    view.setFocus()
    view.setCurrentIndex(tab.participants_model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    links = session.document.rows("meeting_participant")
    assert [(link["meeting"], link["person"]) for link in links] == [(meeting.id, ben)]
    assert tab.model.index(0, PARTICIPANTS).data() == "1"
    assert (
        tab.participants_model.index(1).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    assert tab.participants_hint.text().startswith("1 person takes part")
    qtmodeltester.check(tab.participants_model)
    session.undo()
    assert session.document.rows("meeting_participant") == ()
    assert (
        tab.participants_model.index(1).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Unchecked
    )
    session.redo()
    assert tab.participants_model.members() == {ben}
    assert anna not in tab.participants_model.members()


def test_typing_the_agenda_then_inserting_the_standard_agenda(meetings, session, qtbot):
    meeting = session.add_row("meeting", {"name": "Monthly review"})
    tab = meetings
    tab.table.select_id(meeting)
    activate(qtbot, tab.agenda)
    tab.agenda.setFocus()
    qtbot.keyClicks(tab.agenda, "Welcome")
    qtbot.waitUntil(lambda: agenda_of(session, meeting) == "Welcome")
    typed = session.undo_stack.index()

    qtbot.mouseClick(tab.standard_button, Qt.MouseButton.LeftButton)
    expected = "Welcome\n\n" + standard_agenda("en")
    assert agenda_of(session, meeting) == expected
    assert expected.splitlines()[2].startswith("1. Customer story first")
    assert tab.agenda.toPlainText() == expected
    assert session.undo_stack.index() == typed + 1, "the insert is one undo step"
    assert session.undo_stack.undoText() == "Insert standard agenda"

    session.undo()
    assert agenda_of(session, meeting) == "Welcome"
    assert tab.agenda.toPlainText() == "Welcome"
    session.undo()
    assert agenda_of(session, meeting) == ""
    session.redo()
    session.redo()
    assert agenda_of(session, meeting) == expected


def test_the_standard_agenda_is_written_in_the_charters_language(qtbot, host, tmp_path):
    doc = CharterDocument.create(
        tmp_path / "de.cxcharter", title="T", language="de", actor="tester"
    )
    de = CharterSession(doc)
    meeting = de.add_row("meeting", {"name": "Kernteam"})
    tab = make(qtbot, host, MeetingsTab, de)
    try:
        assert tab.table.selected_id() == meeting, "the first meeting is shown"
        qtbot.mouseClick(tab.standard_button, Qt.MouseButton.LeftButton)
        assert agenda_of(de, meeting) == standard_agenda("de")
    finally:
        tab.detach()
        de.close()


def test_typing_stays_with_the_meeting_it_was_typed_for(meetings, session, qtbot):
    first = session.add_row("meeting", {"name": "Huddle", "agenda": "Old"})
    second = session.add_row("meeting", {"name": "Steering", "agenda": "Budget"})
    tab = meetings
    tab.table.select_id(first)
    assert tab.agenda.toPlainText() == "Old"
    activate(qtbot, tab.agenda)
    tab.agenda.setFocus()
    tab.agenda.moveCursor(tab.agenda.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.agenda, " items")
    tab.table.select_id(second)  # before the pause: the text still goes to the first
    assert agenda_of(session, first) == "Old items"
    assert agenda_of(session, second) == "Budget"
    assert tab.agenda.toPlainText() == "Budget"
    assert tab.agenda_heading.text() == "Agenda: Steering"


def test_meeting_rules_are_marked_at_the_cells(meetings, session, qtbot):
    owner = session.document.add_person("Anna")
    meeting = session.add_row("meeting", {"name": "Huddle"})
    model = meetings.model
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # cadence
    session.update_row("meeting", meeting, cadence="Daily", owner=owner)
    session.set_link("meeting_participant", {"meeting": meeting, "person": owner}, {})
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, PARTICIPANTS).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not meetings.table.message.isVisible()
    session.remove_person(owner)
    assert model.index(0, PARTICIPANTS).data() == "0"
    assert meetings.table.message.isVisible()


# ------------------------------------------------------------------ decisions & escalation
def test_decision_rule_and_its_text(decisions, session, qtbot):
    tab = decisions
    assert tab.rule.currentData() == "consent"
    activate(qtbot, tab.rule)
    tab.rule.setFocus()
    qtbot.keyClick(tab.rule, Qt.Key.Key_Down)
    assert session.document.setting("decision_rule") == "owner"
    session.undo()
    assert session.document.setting("decision_rule") == "consent"
    assert tab.rule.currentData() == "consent"

    tab.rule_text.setFocus()
    qtbot.keyClicks(tab.rule_text, "No serious")
    qtbot.waitUntil(lambda: session.document.setting("decision_rule_text") == "No serious")
    qtbot.keyClicks(tab.rule_text, " objection")
    tab.rule.setFocus()  # leaving the field saves at once
    assert session.document.setting("decision_rule_text") == "No serious objection"
    session.undo()
    assert session.document.setting("decision_rule_text") == "", "one burst, one undo step"
    assert tab.rule_text.toPlainText() == ""


def test_next_review_date(decisions, session, qtbot):
    tab = decisions
    assert tab.review_message.isVisible()
    assert tab.review_message.text().startswith("Set the date of the next review")
    soon = dt.date.today() + dt.timedelta(days=200)
    tab.review.setDate(QDate(soon.year, soon.month, soon.day))
    assert session.document.setting("next_review") == soon.isoformat()
    assert not tab.review_message.isVisible()
    tab.review.clear_date()
    assert session.document.setting("next_review") is None
    session.undo()
    assert session.document.setting("next_review") == soon.isoformat()
    assert tab.review.iso() == soon.isoformat()
    session.set_setting("next_review", "2001-01-01")
    assert tab.review_message.text().startswith("The review date has passed")


def test_escalation_path_in_order_and_reordered(decisions, session, qtbot, qtmodeltester):
    lead = session.document.add_person("Team Lead")
    head = session.document.add_person("Head of CS")
    coo = session.document.add_person("COO")
    session.peopleChanged.emit()
    tab = decisions
    qtmodeltester.check(tab.path_model)
    for person in (lead, coo, head):
        tab.path_person.setCurrentIndex(tab.path_person.findData(person))
        qtbot.mouseClick(tab.add_step_button, Qt.MouseButton.LeftButton)
    steps = lambda: [r["person"] for r in session.document.rows("escalation_step")]  # noqa: E731
    assert steps() == [lead, coo, head]
    assert tab.path.view.currentIndex().column() == STEP_NOTE
    assert tab.path_summary.text() == "Team Lead → COO → Head of CS"
    qtmodeltester.check(tab.path_model)

    view = tab.path.view
    activate(qtbot, view)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert steps() == [lead, head, coo]
    assert tab.path_summary.text() == "Team Lead → Head of CS → COO"
    assert [tab.path_model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert steps() == [head, lead, coo]
    assert not tab.path.up_button.isEnabled(), "the head of CS is the first step now"
    assert tab.path.down_button.isEnabled()
    session.undo()
    session.undo()
    assert steps() == [lead, coo, head]
    session.redo()
    assert steps() == [lead, head, coo]

    tab.path_person.setCurrentIndex(tab.path_person.findData(lead))
    qtbot.mouseClick(tab.add_step_button, Qt.MouseButton.LeftButton)
    assert tab.path.message.text() == "This person is already on the path at an earlier step."
    assert tab.path_model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.path_model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None


def test_decision_log(decisions, session, qtbot, qtmodeltester):
    tab = decisions
    qtmodeltester.check(tab.log_model)
    type_new(qtbot, tab.new_request, "WhatsApp channel")
    (entry,) = session.document.rows("decision")
    assert entry["request"] == "WhatsApp channel"
    assert entry["date"] == dt.date.today().isoformat()
    session.add_row("decision", {"request": "Older", "date": "2020-01-01"})
    qtmodeltester.check(tab.log_model)
    header = tab.log.view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(LOG_DATE) + 10, 5),
    )
    proxy = tab.log.proxy
    assert [proxy.index(r, 1).data() for r in range(2)] == ["Older", "WhatsApp channel"]

    session.update_row("decision", entry.id, follow_up="2000-01-01")
    assert tab.log.message.text() == "1 entry has a follow-up date before the decision (marked)."
    row = tab.log_model.row_of(entry.id)
    assert tab.log_model.index(row, LOG_FOLLOW_UP).data(Qt.ItemDataRole.BackgroundRole) is not None
    session.undo()
    assert not tab.log.message.isVisible()


def test_columns_fit_the_window_until_the_user_sizes_one(meetings, qtbot):
    """The planned widths shrink alike to fit a narrow window and grow back; once the
    user drags a column, it keeps the width given."""
    view = meetings.table.view
    header = view.horizontalHeader()
    planned = dict(meetings.table._planned)
    meetings.resize(700, 600)
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
    assert all(
        header.sectionSize(c) < w for c, w in planned.items() if w > header.sectionSizeHint(c)
    )
    meetings.resize(1600, 600)
    qtbot.waitUntil(lambda: all(header.sectionSize(c) == w for c, w in planned.items()))
    header.resizeSection(0, 333)  # as a drag does
    meetings.resize(700, 600)
    qtbot.wait(50)
    assert header.sectionSize(0) == 333


def test_the_agenda_heading_takes_the_room_beside_its_button_not_three_lines(meetings, session):
    meeting = session.add_row("meeting", {"name": "Tägliche Teamrunde"})
    meetings.resize(1000, 700)
    meetings.table.select_id(meeting)
    QApplication.processEvents()
    heading = meetings.agenda_heading
    line = heading.fontMetrics().lineSpacing()
    assert heading.text().endswith("Tägliche Teamrunde")
    assert heading.height() < 2 * line, (heading.width(), heading.height(), line)
