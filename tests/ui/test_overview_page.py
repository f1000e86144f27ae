"""The Overview page: section progress, who owes what, overdue, unassigned, jumping."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStyle
from pytestqt.exceptions import TimeoutError as QtTimeoutError

from cxcharter.domain.progress import STRUCTURED, section_progress
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.overview import overview_page, owed_tree
from cxcharter.ui.sections.overview.overview_page import OverviewPage, structured_missing
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.fields import format_date

YESTERDAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()
NEXT_WEEK = (dt.date.today() + dt.timedelta(days=7)).isoformat()


@pytest.fixture
def host_size() -> tuple[int, int]:
    return 1040, 760


@pytest.fixture
def page(qtbot, session, host):
    page = OverviewPage(session, host)
    page.resize(1040, 760)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.detach()


def add(session, name: str, **fields) -> int:
    assert session.add_person(name, **fields)
    return next(p.id for p in session.document.people() if p.name == name)


def owed_by(page: OverviewPage, name: str) -> list[str]:
    tree = page.owed
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.text(0) == name:
            return [item.child(j).data(0, overview_page.Role.KEY) for j in range(item.childCount())]
    return []


def test_section_progress_matches_the_store(page, session, qtbot):
    session.set_answer_text("vision.statement", "Every customer is helped on first contact.")
    session.set_answer_text("vision.scope", "All service channels.")
    session.set_answer_text("goals.objectives", "NPS +10")
    session.set_answer_text("vision.why_now", "optional, does not count as required")
    qtbot.waitUntil(lambda: page.section_rows["vision"].bar.value() == 2)

    expected = section_progress(session.catalog, session.document.snapshot())
    for progress in expected:
        bar = page.section_rows[progress.key].bar
        assert (bar.value(), bar.maximum()) == (progress.answered, progress.required)
        assert bar.text() == f"{progress.answered} / {progress.required}"
    answered = sum(p.answered for p in expected)
    required = sum(p.required for p in expected)
    assert answered == 4  # front.title is set at creation
    assert page.header.subtitle.text().startswith(
        f"{answered} of {required} required questions answered · "
    )  # and how many not ready
    assert page.section_rows["vision"].detail.text() == "1 required question open"

    session.undo()  # the optional answer
    session.undo()  # goals.objectives
    qtbot.waitUntil(lambda: page.section_rows["goals"].bar.value() == 0)


def test_a_burst_of_changes_rebuilds_once(page, session, qtbot, monkeypatch):
    calls = []
    real = overview_page.overview
    monkeypatch.setattr(overview_page, "overview", lambda *a: calls.append(1) or real(*a))
    for n, key in enumerate(("vision.statement", "vision.scope", "vision.customer_promise")):
        session.set_answer_text(key, f"answer {n}")
    qtbot.waitUntil(lambda: page.section_rows["vision"].bar.value() == 3)
    assert len(calls) == 1


def test_who_owes_what_overdue_and_unassigned(page, session, qtbot):
    anna = add(session, "Anna Weber")
    jonas = add(session, "Jonas Becker")
    session.set_owner("vision.statement", anna)
    session.set_due("vision.statement", YESTERDAY)
    session.set_owner("goals.objectives", anna)
    session.set_due("goals.objectives", NEXT_WEEK)
    session.set_status("goals.objectives", "draft")
    session.set_owner("ways.meetings", jonas)
    qtbot.waitUntil(lambda: owed_by(page, "Anna Weber") == ["vision.statement", "goals.objectives"])
    assert owed_by(page, "Jonas Becker") == ["ways.meetings"]

    anna_item = page.owed.findItems("Anna Weber", Qt.MatchFlag.MatchExactly, 0)[0]
    statement, objectives = anna_item.child(0), anna_item.child(1)
    question = session.catalog.question("vision.statement").question
    assert question.startswith(statement.text(0).rstrip("…"))
    assert statement.text(1) == "Not started"
    assert objectives.text(1) == "Draft"
    assert objectives.text(2) == format_date(dt.date.fromisoformat(NEXT_WEEK))

    assert page.overdue.keys() == ["vision.statement"]
    overdue = page.overdue.item_for("vision.statement")
    assert overdue.text(1) == "Anna Weber"
    assert overdue.text(2) == format_date(dt.date.fromisoformat(YESTERDAY))

    unassigned = page.unassigned.keys()
    assert "vision.scope" in unassigned
    assert not {"vision.statement", "goals.objectives", "ways.meetings"} & set(unassigned)
    assert page.overdue_card.body.isVisible() and not page.overdue_card.empty.isVisible()

    # Answered and ready for review: no longer owed, no longer overdue.
    session.set_answer_text("vision.statement", "Done.")
    session.set_status("vision.statement", "ready")
    qtbot.waitUntil(lambda: owed_by(page, "Anna Weber") == ["goals.objectives"])
    assert page.overdue.keys() == []
    assert page.overdue_card.empty.isVisible()
    assert page.overdue_card.empty.text() == "Nothing is overdue."


def test_activating_entries_jumps_to_the_question(page, session, qtbot):
    anna = add(session, "Anna Weber")
    session.set_owner("vision.scope", anna)
    session.set_due("vision.scope", YESTERDAY)
    qtbot.waitUntil(lambda: page.overdue.keys() == ["vision.scope"])

    # Enter on an entry of "who owes what".
    tree = page.owed
    tree.setFocus()
    tree.setCurrentItem(page.owed.item_for("vision.scope"))
    with qtbot.waitSignal(page.jumpRequested) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == ["vision.scope"]

    # Double-click on an overdue entry.
    item = page.overdue.item_for("vision.scope")
    page.ensureWidgetVisible(page.overdue)
    center = page.overdue.visualItemRect(item).center()
    with qtbot.waitSignal(page.jumpRequested) as blocker:
        # QTest's double click needs the first click of the pair to be sent on its own.
        qtbot.mouseClick(page.overdue.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(page.overdue.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert blocker.args == ["vision.scope"]

    # Enter on an unassigned entry.
    page.unassigned.setFocus()
    page.unassigned.setCurrentItem(page.unassigned.item_for("goals.metrics"))
    with qtbot.waitSignal(page.jumpRequested) as blocker:
        qtbot.keyClick(page.unassigned, Qt.Key.Key_Enter)
    assert blocker.args == ["goals.metrics"]

    # A section row goes to its first unanswered required question.
    session.set_answer_text("vision.statement", "We help on first contact.")
    qtbot.waitUntil(lambda: page.section_rows["vision"].bar.value() == 1)
    row = page.section_rows["vision"]
    with qtbot.waitSignal(page.jumpRequested) as blocker:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert blocker.args == ["vision.customer_promise"]
    row.setFocus()
    with qtbot.waitSignal(page.jumpRequested) as blocker:
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert blocker.args == ["vision.customer_promise"]


def test_empty_states(page, session, qtbot):
    # A new charter: nothing overdue, nobody owns anything, everything unassigned.
    assert page.overdue_card.empty.isVisible()
    assert page.overdue_card.empty.text() == "Nothing is overdue."
    assert page.owed_card.empty.isVisible()
    assert page.unassigned_card.body.isVisible()
    tracked = [q.key for q in session.catalog.questions if q.section != "front"]
    assert page.unassigned.keys() == tracked  # the front matter is not work anyone owes

    anna = add(session, "Anna Weber")
    for question in session.catalog.questions:
        session.set_owner(question.key, anna)
    qtbot.waitUntil(lambda: page.unassigned_card.empty.isVisible())
    assert page.unassigned_card.empty.text() == "Every question has an owner."
    assert page.owed_card.body.isVisible()

    for question in session.catalog.questions:
        if question.kind == "person":
            session.set_answer_person(question.key, anna)
        elif question.kind == "date":
            session.set_answer_text(question.key, NEXT_WEEK)
        else:
            session.set_answer_text(question.key, "Answered.")
        session.set_status(question.key, "ready")
    qtbot.waitUntil(lambda: page.owed_card.empty.isVisible())
    assert page.owed_card.empty.text() == ("Nobody owes anything — everything is ready for review.")
    # Every question answered; what sections still lack is their structured part.
    for key, row in page.section_rows.items():
        if key in STRUCTURED:
            assert row.bar.value() == row.bar.maximum() - 1, key
            assert row.detail.text() == structured_missing(key)
        else:
            assert row.bar.value() == row.bar.maximum(), key
            assert row.detail.text() == "All required questions answered"
    session.add_row("touchpoint", {"name": "Hotline", "phase": "service"})
    row = page.section_rows["journey"]
    qtbot.waitUntil(lambda: row.bar.value() == row.bar.maximum())
    assert row.detail.text() == "All required questions answered"


def test_changes_while_hidden_show_up_when_shown(page, session, qtbot):
    page.hide()
    anna = add(session, "Anna Weber")
    session.set_owner("vision.statement", anna)
    assert owed_by(page, "Anna Weber") == []
    page.show()
    assert owed_by(page, "Anna Weber") == ["vision.statement"]


def test_hostile_names_are_plain_text(page, session, qtbot):
    names = ["<b>bold</b>", "Zoë 😀👍🏽", "سارة أحمد", "<img src='/etc/passwd'>"]
    for n, name in enumerate(names):
        person = add(session, name)
        key = [q for q in session.catalog.questions if q.section != "front"][n].key
        session.set_owner(key, person)
        session.set_due(key, YESTERDAY)
    qtbot.waitUntil(lambda: len(page.overdue.keys()) == len(names))
    shown = [page.owed.topLevelItem(i).text(0) for i in range(page.owed.topLevelItemCount())]
    assert sorted(shown) == sorted(names)
    assert sorted(page.overdue.topLevelItem(i).text(1) for i in range(len(names))) == sorted(names)
    for label in page.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "24.12.2026"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "12/24/2026"),
    ],
)
def test_dates_have_four_digit_years(qapp, locale, expected):
    old = QLocale()
    QLocale.setDefault(locale)
    try:
        assert format_date(dt.date(2026, 12, 24)) == expected
    finally:
        QLocale.setDefault(old)


def test_shorten_keeps_short_text_and_cuts_long_text_at_a_word():
    assert owed_tree.shorten("Short question?") == "Short question?"
    long = "word " * 40
    short = owed_tree.shorten(long, 30)
    assert len(short) <= 30 and short.endswith("…") and not short.endswith(" …")


def test_a_pending_rebuild_runs_before_the_charter_closes(qtbot, tmp_path, host):
    doc = CharterDocument.create(tmp_path / "c.cxcharter", title="T", language="en", actor="tester")
    session = CharterSession(doc)
    page = OverviewPage(session, host)
    page.show()
    session.set_answer_text("vision.statement", "Closing right after typing.")
    session.close()  # within the debounce delay, as a fast Ctrl+W would
    assert page.section_rows["vision"].bar.value() == 1
    assert not page.rebuild_pending(), "nothing left to read from a closed file"


def cut_texts(tree) -> list[str]:
    """Texts of `tree` that do not fit their cell: wider than it, or wrapped taller."""
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    problems = []
    for item in tree.visible_items():
        index = tree.indexFromItem(item)
        for column in range(tree.columnCount()):
            text = item.text(column)
            rect = tree.visualRect(index.siblingAtColumn(column))
            width = rect.width() - 2 * margin
            needed = QFontMetrics(item.font(column)).boundingRect(
                QRect(0, 0, max(width, 1), 10_000), Qt.TextFlag.TextWordWrap, text
            )
            if text and (needed.width() > width or needed.height() > rect.height()):
                problems.append(
                    f"{text!r}: needs {needed.size().toTuple()}, has {(width, rect.height())}"
                )
    return problems


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_who_owes_what_reads_in_full_beside_the_approval_panel(german, window, qtbot, tmp_path):
    """1280×800 with the approval panel open: every question can be read, in German."""
    path = write_sample(tmp_path / "Beispiel.cxcharter", "de", actor="Anna Weber")
    window.resize(1280, 800)
    window.open_path(str(path))
    session = window.session
    keys = [q.key for q in session.catalog.questions]
    for key in keys[6:14]:  # eight open questions, some of them long
        session.set_answer_text(key, "")
    window.act_readiness.trigger()
    assert window.workflow.panel.isVisible()
    page = window.workspace.overview
    qtbot.waitUntil(lambda: page.owed.topLevelItemCount() > 3 and not page.rebuild_pending())
    assert page.width() < overview_page.WIDE, "the cards are stacked beside the panel"
    entries = [item for item in page.owed.visible_items() if item.data(0, Role.KEY)]
    assert len(entries) > 10
    for entry in entries:
        question = session.catalog.question(entry.data(0, Role.KEY)).question
        assert entry.text(0) == question  # the whole question, not a shortened one
        assert question in entry.toolTip(0)
    try:
        qtbot.waitUntil(lambda: not cut_texts(page.owed), timeout=2000)  # wrapping settles
    except QtTimeoutError:
        pass
    cut = cut_texts(page.owed)
    assert not cut, "cut in “who owes what”:\n" + "\n".join(cut)
    assert not page.horizontalScrollBar().isVisible(), "the page scrolls sideways"


def test_bars_and_counts_say_what_they_count(page, session, qtbot):
    """All required answers given, none marked ready: green bars, and the page says why
    there is still work to do instead of contradicting itself ("all done", "21 open")."""
    for q in session.catalog.section("vision").questions:
        session.set_answer_text(q.key, "Given.")
    qtbot.waitUntil(lambda: page.section_rows["vision"].bar.value() == 3)
    row = page.section_rows["vision"]
    waiting = len(session.catalog.section("vision").questions)
    assert row.detail.text() == (
        f"All required questions answered · {waiting} not yet marked ready"
    )
    assert "questions not yet marked ready" in page.header.subtitle.text()
    assert "open" not in page.owed_card.count.text() + page.unassigned_card.count.text()
    for q in session.catalog.section("vision").questions:
        session.set_status(q.key, "ready")
    qtbot.waitUntil(lambda: row.detail.text() == "All required questions answered")
