"""The window always shows the true state: after every workflow step, what the user sees
equals what a window freshly opened on the same file shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from cxcharter.sample import write_sample
from cxcharter.store.lock import NoLock
from cxcharter.ui import ask
from cxcharter.ui.app import file_actions
from cxcharter.ui.app.main_window import MainWindow
from cxcharter.ui.governance.decision_dialog import DecisionDialog

BOSS, LEAD = 2, 1  # the sample's required approvers


def settle(window, qtbot) -> None:
    """The readiness check and the overview's rebuild have run."""
    monitor = window.workflow.monitor
    qtbot.waitUntil(
        lambda: not monitor.pending() and not window.workspace.overview.rebuild_pending(),
        timeout=5000,
    )


def tree_texts(tree) -> list:
    def texts(item):
        return [
            [item.text(c) for c in range(tree.columnCount())],
            [texts(item.child(n)) for n in range(item.childCount())],
        ]

    return [texts(tree.topLevelItem(n)) for n in range(tree.topLevelItemCount())]


def seen(window) -> dict:
    """What the user sees of the charter's state, read from the widgets."""
    workspace, workflow = window.workspace, window.workflow
    panel = workflow.panel
    pages = workspace.pages
    answer = pages["vision"].cards["vision.statement"].input_widget()
    goals = pages["goals"]
    # The page's tables (not a chooser's list or a date's calendar: popups, made when
    # first opened).
    tables = [t for t in goals.findChildren(QAbstractItemView) if t.window() is window]
    actions = {}
    # File, Edit and Charter, read through the menu bar (the menus' own wrappers can go
    # stale in PySide6 once a page is rebuilt; the C++ menus stay).
    bar = [action.menu() for action in window.menuBar().actions()]
    for menu in (bar[0], bar[1], bar[3]):
        for action in menu.actions():
            if not action.objectName().startswith("act_"):
                continue  # separators, the Open Recent submenu
            actions[action.objectName()] = (
                action.text(),
                action.isEnabled(),
                action.toolTip(),
                action.statusTip(),
            )
    return {
        "title": window.windowTitle(),
        "banner": (workspace.banner.isVisibleTo(window), workspace.banner.text()),
        # The status bar's permanent parts; its passing message reports the step just
        # taken ("Revision 1 is in review."), which a window just opened has not taken.
        "status": (workflow.badge.text(), window.save_state.text()),
        "panel": (
            panel.state_label.text(),
            panel.holds_label.text(),
            panel.awaiting_label.text(),
            panel.summary.text(),
            panel.model.rowCount(),
            [panel.model.index(r).data() for r in range(min(3, panel.model.rowCount()))],
        ),
        "actions": actions,
        "owed": tree_texts(workspace.overview.owed),
        "current_page": workspace.current_page(),
        "answer_read_only": answer.isReadOnly(),
        "tables_editable": sorted(bool(t.editTriggers()) for t in tables),
        "session_read_only": window.session.read_only,
    }


def open_sample(window, tmp_path, qtbot, monkeypatch, language: str = "en"):
    path = write_sample(tmp_path / "sample.cxcharter", language, actor="Anna Weber")
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    window.open_path(str(path))
    window.act_readiness.trigger()
    settle(window, qtbot)
    return window


@pytest.fixture
def live(window, tmp_path, qtbot, monkeypatch):
    return open_sample(window, tmp_path, qtbot, monkeypatch)


def fresh(path, qtbot, monkeypatch) -> dict:
    """What a second window freshly opened on `path` shows (the live window's lock is
    no difference here: the second one opens the file as if it were alone)."""
    with monkeypatch.context() as patch:
        patch.setattr(file_actions, "QtFileLock", lambda *_a, **_k: NoLock())
        patch.setattr(
            file_actions,
            "RollingBackups",
            type("NoBackups", (), {"__init__": lambda s, _x: None, "start": lambda s, now: None}),
        )
        other = MainWindow()
        qtbot.addWidget(other)
        other.show()
        other.open_path(str(path))
        other.act_readiness.trigger()
        settle(other, qtbot)
        try:
            return seen(other)
        finally:
            other.close()


def decide(monkeypatch, window, approver: int, decision: str) -> None:
    def run(dialog):
        assert isinstance(dialog, DecisionDialog)
        dialog.choose(approver, decision, "", None)
        dialog.accept()
        return True

    monkeypatch.setattr(ask, "run_dialog", run)
    window.act_decide.trigger()


# The panel's summary in each state (English).
SUMMARY_STARTS = {"draft": "", "in_review": "In review:", "approved": "Approved:"}
STATES = [
    "draft",
    "in_review",
    "draft",
    "in_review",
    "in_review",
    "draft",
    "in_review",
    "in_review",
    "approved",
    "draft",
]


def walk(window, qtbot, monkeypatch, english: bool = True) -> list[str]:
    """Every workflow step through the window, each compared with a fresh window."""
    path = window.session.document.path
    steps = [
        ("opened", lambda: None),
        ("submitted", window.act_submit.trigger),
        ("withdrawn", window.act_withdraw.trigger),
        ("submitted again", window.act_submit.trigger),
        ("one approval", lambda: decide(monkeypatch, window, BOSS, "approved")),
        ("changes requested", lambda: decide(monkeypatch, window, LEAD, "changes_requested")),
        ("resubmitted", window.act_submit.trigger),
        ("first approval", lambda: decide(monkeypatch, window, BOSS, "approved")),
        ("approved", lambda: decide(monkeypatch, window, LEAD, "approved_with_conditions")),
        ("new revision", window.act_revision.trigger),
    ]
    states = []
    for name, step in steps:
        step()
        settle(window, qtbot)
        now = seen(window)
        assert now == fresh(path, qtbot, monkeypatch), name
        state = window.session.document.current_state().state
        states.append(state)
        if english:
            summary = window.workflow.panel.summary.text()
            assert summary.startswith(SUMMARY_STARTS[state]), name
            assert ("ready for review" in summary) == (state == "draft"), name
    return states


def test_the_window_equals_a_freshly_opened_one_after_every_step(live, qtbot, monkeypatch):
    assert walk(live, qtbot, monkeypatch) == STATES


def test_the_same_in_german(german, window, tmp_path, qtbot, monkeypatch):
    """The German UI on a German charter: "Diese Charta ist in Prüfung…" must go too."""
    open_sample(window, tmp_path, qtbot, monkeypatch, "de")
    assert walk(window, qtbot, monkeypatch, english=False) == STATES
    assert window.workspace.banner.isHidden()  # a draft again: no banner
    assert "Revision 2 · Entwurf" in window.workflow.badge.text()


# ------------------------------------------------------------ submitting with blockers
@pytest.fixture
def empty(window, tmp_path, qtbot, monkeypatch):
    """A new, empty charter (dozens of blockers) open in the window."""
    from cxcharter.store.document import CharterDocument

    doc = CharterDocument.create(
        tmp_path / "new.cxcharter", title="New", language="en", actor="Anna Weber"
    )
    doc.close()
    window.open_path(str(tmp_path / "new.cxcharter"))
    settle(window, qtbot)
    return window


def test_submit_is_disabled_with_its_reason_while_blockers_remain(empty, qtbot, monkeypatch):
    window = empty
    blockers = len(window.workflow.monitor.blockers)
    assert blockers > 30
    submit = window.act_submit
    assert not submit.isEnabled()
    # The reason names the next step, in the approval panel's own words, and how many
    # more open items the panel lists.
    items = window.workflow.monitor.items
    done = sum(1 for item in items if item.done)
    more = len(items) - done - 1
    reason = (
        f"Not possible yet — next: add the people on your team; {more} more in the approval panel."
    )
    assert submit.toolTip() == reason and submit.statusTip() == reason
    window.workflow.show_panel()
    assert window.workflow.panel.next_label.text() == "Next: add the people on your team."
    # The panel counts what is done instead of the blockers; every blocker is an open item.
    assert f"{done} of {len(items)} done" in window.workflow.panel.summary.text()
    assert sum(len(item.blockers) for item in items) == blockers

    # Triggered anyway (the check had not caught up): refused at once, nothing to confirm
    # first, a few blockers in the message and all of them in its details.
    shown = []
    monkeypatch.setattr(
        ask, "error", lambda _p, title, text, detail="": shown.append((title, text, detail))
    )
    window.workflow.submit()
    ((title, text, detail),) = shown
    assert title == "Not ready for review"
    assert text.count("\n• ") == 8 and f"… and {blockers - 8} more" in text
    assert detail.count("• ") == blockers
    assert window.session.document.current_state().state == "draft"
    assert window.workflow.panel.isVisible()
    assert window.statusBar().currentMessage() == reason  # the next step there as well


def test_submit_is_enabled_when_the_last_blocker_goes(live, qtbot):
    window = live
    doc = window.session.document
    before = window.act_submit.toolTip()
    assert window.act_submit.isEnabled()
    text = doc.answer("vision.statement").text
    window.session.set_answer_text("vision.statement", "")
    settle(window, qtbot)
    assert not window.act_submit.isEnabled()
    tip = window.act_submit.toolTip()
    assert tip.startswith("Not possible yet — next: ") and "more in the approval" not in tip
    window.session.set_answer_text("vision.statement", text)
    settle(window, qtbot)
    assert window.act_submit.isEnabled() and window.act_submit.toolTip() == before


def test_no_message_that_lists_items_is_taller_than_the_screen(empty, qtbot):
    """Every message built by `listed` (the blockers) fits a 1280×800 screen, even with
    the text twice its usual size (a large-text setting)."""
    from PySide6.QtWidgets import QMessageBox

    from cxcharter.ui.ask import _box
    from cxcharter.ui.governance.workflow import blockers_text

    window = empty
    tallest = 800 - 40  # a 1280×800 screen less a title bar
    findings = window.workflow.monitor.blockers * 3  # more than any charter has
    for items in (findings, findings[:9], findings[:1]):
        text, detail = blockers_text(items, window.session.catalog)
        box = _box(
            QMessageBox.Icon.Warning,
            window,
            "Not ready for review",
            text,
            QMessageBox.StandardButton.Ok,
        )
        if detail:
            box.setDetailedText(detail)
        qtbot.addWidget(box)
        font = box.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        box.setFont(font)
        assert box.sizeHint().height() <= tallest, len(items)


def test_submit_names_the_next_step_in_german(german, empty, qtbot, monkeypatch):
    window = empty
    submit = window.act_submit
    items = window.workflow.monitor.items
    more = sum(1 for item in items if not item.done) - 1
    reason = (
        "Noch nicht möglich — als Nächstes: die Personen Ihres Teams eintragen; "
        f"noch {more} weitere im Freigabebereich."
    )
    assert not submit.isEnabled()
    assert submit.toolTip() == reason and submit.statusTip() == reason
    monkeypatch.setattr(ask, "error", lambda *_a, **_k: None)
    window.workflow.submit()
    assert window.statusBar().currentMessage() == reason
