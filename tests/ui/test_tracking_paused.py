"""In review and approved the window shows no work tracking (owners, due dates, what is
not yet marked ready): the approval panel, the overview and the status bar agree with
the record and the PDF. A new revision is a draft again, and the tracking comes back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from cxcharter.domain import checklist, tracking
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument
from cxcharter.ui import ask
from cxcharter.ui.governance import governance_monitor
from cxcharter.ui.governance.governance_texts import paused_text
from cxcharter.ui.tables.roles import Role

BOSS, LEAD = 2, 1  # the sample's required approvers: Dr. Katrin Hoffmann, Anna Weber
LATER = dt.date(2100, 1, 1)  # every due date of the sample has passed
NOT_READY = {"en": "not yet marked ready", "de": "noch nicht als fertig markiert"}
OVERDUE = {"en": "overdue", "de": "überfällig"}


@pytest.fixture(params=["en", "de"])
def language(request):
    if request.param == "de":
        request.getfixturevalue("german")
    return request.param


def open_sample(window, qtbot, monkeypatch, tmp_path, language: str, decisions=()) -> None:
    """The sample charter submitted (and decided), open in the window, the panel shown."""
    monkeypatch.setattr(governance_monitor, "today", lambda: LATER)
    path = write_sample(tmp_path / "sample.cxcharter", language, actor="Anna Weber")
    doc = CharterDocument.open(path, actor="Anna Weber")
    doc.submit_for_review()
    for approver in decisions:
        doc.record_decision(approver, "approved")
    doc.close()
    window.open_path(str(path))
    window.workflow.show_panel()
    settle(window, qtbot)


def settle(window, qtbot) -> None:
    monitor = window.workflow.monitor
    qtbot.waitUntil(lambda: not monitor.pending(), timeout=5000)
    page = window.workspace.pages["overview"]
    window.workspace.show_page("overview")
    page.refresh()


def panel_texts(window) -> list[str]:
    panel = window.workflow.panel
    model = panel.model
    rows = [str(model.index(r).data() or "") for r in range(model.rowCount())]
    return [panel.summary.text(), panel.sections_label.text(), panel.next_label.text(), *rows]


def panel_entries(window) -> list:
    model = window.workflow.panel.model
    found = []
    for row in range(model.rowCount()):
        index = model.index(row)
        found += [index.data(Role.FINDING), index.data(Role.CHECK_ITEM)]
    return [f for f in found if f is not None]


def overview_texts(window) -> list[str]:
    page = window.workspace.pages["overview"]
    return [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]


def tracking_shown(window) -> list[str]:
    """Every work-tracking entry of the panel, the overview and the status bar."""
    shown = []
    for entry in panel_entries(window):
        code = entry.code
        if code in tracking.TRACKING_CODES or code == checklist.OWNER:
            shown.append(f"panel: {code}")
    page = window.workspace.pages["overview"]
    for tree in (page.owed, page.overdue, page.unassigned):
        for n in range(tree.topLevelItemCount()):
            person = tree.topLevelItem(n)
            for c in range(person.childCount()):
                if person.child(c).data(0, Role.KEY):  # a question someone owes
                    shown.append(f"overview: {person.child(c).text(0)}")
            if person.data(0, Role.KEY):
                shown.append(f"overview: {person.text(0)}")
    return shown


def words_shown(window, language: str) -> list[str]:
    texts = [*panel_texts(window), *overview_texts(window), window.workflow.badge.text()]
    return [t for t in texts if NOT_READY[language] in t or OVERDUE[language] in t]


def test_an_approved_charter_shows_no_work_tracking(window, qtbot, monkeypatch, tmp_path, language):
    open_sample(window, qtbot, monkeypatch, tmp_path, language, (BOSS, LEAD))
    assert window.workflow.monitor.state.state == "approved"
    assert tracking_shown(window) == []
    assert words_shown(window, language) == []
    panel = window.workflow.panel
    assert panel.sections_label.text() == paused_text("approved")
    assert panel.sections_label.isVisibleTo(panel)
    page = window.workspace.pages["overview"]
    assert page.header.subtitle.text().endswith(paused_text("approved"))
    for card in (page.owed_card, page.overdue_card, page.unassigned_card):
        assert card.isHidden()  # nobody owes anything: the line above says why
    # what the content says still shows: every required question answered
    assert any(item.code == checklist.QUESTION for item in window.workflow.monitor.items)
    assert all(item.done for item in window.workflow.monitor.items)


def test_in_review_only_the_decisions_awaited_show(window, qtbot, monkeypatch, tmp_path, language):
    open_sample(window, qtbot, monkeypatch, tmp_path, language)
    assert window.workflow.monitor.state.state == "in_review"
    assert tracking_shown(window) == []
    assert words_shown(window, language) == []
    panel = window.workflow.panel
    assert panel.sections_label.text() == paused_text("in_review")
    awaiting = panel.awaiting_label.text()
    assert "Dr. Katrin Hoffmann" in awaiting and "Anna Weber" in awaiting
    page = window.workspace.pages["overview"]
    owing = {page.owed.topLevelItem(n).text(0) for n in range(page.owed.topLevelItemCount())}
    assert owing == {"Dr. Katrin Hoffmann", "Anna Weber"}
    for n in range(page.owed.topLevelItemCount()):
        assert page.owed.topLevelItem(n).childCount() == 1  # their decision, nothing else
    assert page.header.subtitle.text().endswith(paused_text("in_review"))
    assert not page.owed_card.isHidden()
    assert page.overdue_card.isHidden() and page.unassigned_card.isHidden()
    assert "2" in window.workflow.badge.text()  # awaiting 2 decisions


def test_a_new_revision_tracks_the_work_again(window, qtbot, monkeypatch, tmp_path, language):
    open_sample(window, qtbot, monkeypatch, tmp_path, language, (BOSS, LEAD))
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    window.act_revision.trigger()
    settle(window, qtbot)
    assert window.workflow.monitor.state.state == "draft"
    shown = tracking_shown(window)
    assert any(s.startswith("panel: item.overdue") for s in shown), shown
    assert any(s.startswith("overview: ") for s in shown), shown
    words = words_shown(window, language)
    assert any(NOT_READY[language] in w for w in words), words
    page = window.workspace.pages["overview"]
    assert not any(card.isHidden() for card in (page.owed_card, page.overdue_card))
    assert paused_text("approved") not in page.header.subtitle.text()
    assert window.workflow.panel.sections_label.text() != paused_text("approved")
