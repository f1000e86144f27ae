"""Who owes what in the window: goals and decisions too, and a person's list as an e-mail."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.overview import overview_page
from cxcharter.ui.sections.overview.overview_page import OverviewPage
from cxcharter.ui.session import CharterSession

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
from ready_file import TODAY, ready_charter

NEXT_WEEK = (dt.date.today() + dt.timedelta(days=7)).isoformat()


@pytest.fixture
def host_size() -> tuple[int, int]:
    return 1040, 760


def make_page(qtbot, session, host) -> OverviewPage:
    page = OverviewPage(session, host)
    page.resize(1040, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def session(tmp_path):
    doc = CharterDocument.create(
        tmp_path / "c.cxcharter", title="Team charter", language="en", actor="tester"
    )
    session = CharterSession(doc)
    yield session
    session.close()


@pytest.fixture
def page(qtbot, session, host):
    page = make_page(qtbot, session, host)
    yield page
    page.detach()


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl replaced: the URLs it was asked to open."""
    urls: list[str] = []

    def fake(url):
        urls.append(url.toString(url.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake))
    return urls


def add(session, name: str, **fields) -> int:
    assert session.add_person(name, **fields)
    return next(p.id for p in session.document.people() if p.name == name)


def person_item(page: OverviewPage, name: str):
    [item] = page.owed.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    return item


def owing(session, qtbot, page) -> tuple[int, int]:
    anna = add(session, "Anna Weber", email="anna@example.com")
    jonas = add(session, "Jonas Becker")
    session.set_owner("vision.statement", anna)
    session.set_due("vision.statement", NEXT_WEEK)
    session.set_owner("ways.meetings", jonas)
    session.add_row("goal", {"objective": "Raise NPS", "owner": anna})
    qtbot.waitUntil(lambda: page.owed.topLevelItemCount() == 2)
    return anna, jonas


def test_incomplete_goals_are_listed_with_what_they_lack(page, session, qtbot):
    owing(session, qtbot, page)
    anna = person_item(page, "Anna Weber")
    assert [anna.child(i).data(0, overview_page.Role.KEY) for i in range(anna.childCount())] == [
        "vision.statement",
        None,
    ]
    goal = anna.child(1)
    assert goal.text(0) == "Goal: Raise NPS"
    assert goal.text(1) == "Incomplete"
    assert goal.toolTip(1) == "Missing: metric, baseline, target, due date"
    assert goal.toolTip(0) == "Raise NPS\nMissing: metric, baseline, target, due date"
    assert goal.data(0, overview_page.Role.GOAL_ID) is not None
    assert anna.text(1) == "2 to do"
    assert page.owed_card.count.text() == "3 to do"


def test_awaited_decisions_are_listed(tmp_path, qtbot, host):
    path = ready_charter(tmp_path / "r.cxcharter")
    doc = CharterDocument.open(path, actor="Lea Lead")
    doc.submit_for_review(today=TODAY)
    session = CharterSession(doc)
    page = make_page(qtbot, session, host)
    try:
        awaiting = doc.current_state(with_fingerprint=False).awaiting
        assert awaiting
        for pid in awaiting:
            item = person_item(page, doc.snapshot().person_name(pid))
            assert item.child(0).text(0) == "Decision on the charter in review"
            assert item.child(0).text(1) == "Awaited"
        # A decision taken: no longer awaited.
        first = awaiting[0]
        name = doc.snapshot().person_name(first)
        doc.record_decision(first, "approved")
        qtbot.waitUntil(lambda: not page.rebuild_pending())
        page.refresh()
        items = page.owed.findItems(name, Qt.MatchFlag.MatchExactly, 0)
        assert not items or all(
            items[0].child(i).text(0) != "Decision on the charter in review"
            for i in range(items[0].childCount())
        )
    finally:
        page.detach()
        session.close()


def test_the_actions_need_a_selected_person(page, session, qtbot):
    owing(session, qtbot, page)
    page.owed.setCurrentItem(None)
    assert not page.copy_mail_action.isEnabled()
    assert not page.write_mail_action.isEnabled()
    assert not page.copy_mail_button.isEnabled() and not page.write_mail_button.isEnabled()

    page.owed.setCurrentItem(person_item(page, "Jonas Becker"))
    assert page.copy_mail_action.isEnabled()
    assert not page.write_mail_action.isEnabled()  # no e-mail address
    assert page.write_mail_action.toolTip() == (
        "Jonas Becker has no e-mail address; add one on the People page."
    )

    # An entry below a person selects that person.
    page.owed.setCurrentItem(page.owed.item_for("vision.statement"))
    assert page.selected_person() == next(
        p.id for p in session.document.people() if p.name == "Anna Weber"
    )
    assert page.copy_mail_action.isEnabled() and page.write_mail_action.isEnabled()


def test_copy_as_e_mail(page, session, qtbot):
    owing(session, qtbot, page)
    page.owed.setCurrentItem(person_item(page, "Anna Weber"))
    QGuiApplication.clipboard().clear()
    page.copy_mail_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Hello Anna Weber,\n")
    assert session.catalog.question("vision.statement").question in text
    assert "Raise NPS (missing: metric, baseline, target, due date)" in text
    assert "Anna Weber" in page.mail_note.text()


def test_write_e_mail_opens_a_mailto_url(page, session, qtbot, opened):
    owing(session, qtbot, page)
    page.owed.setCurrentItem(person_item(page, "Anna Weber"))
    page.write_mail_button.click()
    [url] = opened
    parts = urlsplit(url)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "anna@example.com")
    query = parse_qs(parts.query)
    assert query["subject"] == ["CX charter \u201cTeam charter\u201d: what is still open for you"]
    assert query["body"][0].startswith("Hello Anna Weber,\r\n")
    assert "Raise NPS" in query["body"][0]


def test_write_e_mail_is_refused_without_an_address(page, session, qtbot, opened):
    owing(session, qtbot, page)
    page.owed.setCurrentItem(person_item(page, "Jonas Becker"))
    page.write_mail_action.trigger()  # disabled: nothing happens
    page.write_mail()
    assert opened == []


def test_no_mailer_says_so(page, session, qtbot, monkeypatch):
    owing(session, qtbot, page)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    page.owed.setCurrentItem(person_item(page, "Anna Weber"))
    page.write_mail_action.trigger()
    assert "Copy as e-mail" in page.mail_note.text()


# The menu's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_keyboard_reaches_the_actions(page, session, qtbot, opened):
    owing(session, qtbot, page)
    tree = page.owed
    tree.setFocus()
    tree.setCurrentItem(person_item(page, "Anna Weber"))
    qtbot.waitUntil(tree.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QGuiApplication.clipboard().text().startswith("Hello Anna Weber,")
    qtbot.keyClick(
        tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(opened) == 1

    # The context-menu key opens the menu at the current row.
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), tree.viewport().mapToGlobal(QPoint(0, 0))
    )
    QApplication.sendEvent(tree.viewport(), event)
    menu = page.owed_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == [
        "Copy as e-mail",
        "Write e-mail…",
        "Contribution form…",
    ]
    assert menu.toolTipsVisible()
    menu.close()


def test_the_selection_survives_a_rebuild(page, session, qtbot):
    anna, _ = owing(session, qtbot, page)
    page.owed.setCurrentItem(person_item(page, "Anna Weber"))
    session.set_owner("vision.scope", anna)
    qtbot.waitUntil(lambda: person_item(page, "Anna Weber").text(1) == "3 to do")
    assert page.selected_person() == anna
    assert page.copy_mail_action.isEnabled()


def test_activating_a_goal_entry_asks_for_the_goal(page, session, qtbot):
    owing(session, qtbot, page)
    goal = person_item(page, "Anna Weber").child(1)
    tree = page.owed
    tree.setFocus()
    tree.setCurrentItem(goal)
    with qtbot.waitSignal(page.goalRequested) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [goal.data(0, overview_page.Role.GOAL_ID)]


def test_the_window_shows_the_goal(window, tmp_path, qtbot):
    from cxcharter.sample import write_sample

    path = tmp_path / "team.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    window.open_path(str(path))
    session = window.session
    owner = session.document.people()[0].id
    goal_id = session.add_row("goal", {"objective": "Half the waiting time", "owner": owner})
    workspace = window.workspace
    workspace.overview.refresh()
    workspace.overview.goalRequested.emit(goal_id)
    tab = next(w for w in workspace.pages["goals"].extras if type(w).__name__ == "GoalsTab")
    assert workspace.pages["goals"].tabs.currentWidget() is tab
    index = tab.table.currentIndex()
    assert index.isValid() and "Half the waiting time" in str(index.data())


def test_the_shortcuts_are_listed_in_help(qapp):
    from cxcharter.ui.app.shortcuts_dialog import page_entries

    entries = dict(page_entries())
    assert "Overview: copy what the selected person owes as an e-mail" in entries
    assert "Overview: write the selected person an e-mail" in entries
