"""The approval workflow in the window, driven through the real widgets: readiness panel,
submit (refused, then accepted), decisions, change requests on their sections, approval,
a new revision when editing an approved charter, and the history with its comparison."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from cxcharter.domain.readiness import SEVERITY, Finding, Place
from cxcharter.sample import write_sample
from cxcharter.store.governance import DECISIONS
from cxcharter.ui import ask
from cxcharter.ui.governance.decision_dialog import DecisionDialog
from cxcharter.ui.governance.governance_texts import FINDING_TEXT, RACI_TEXT, finding_text
from cxcharter.ui.governance.history_dialog import HistoryDialog
from cxcharter.ui.tables.roles import Role

BOSS, LEAD = 2, 1  # the sample's required approvers: Dr. Katrin Hoffmann, Anna Weber


@pytest.fixture
def charter(window, tmp_path, qtbot):
    """The sample charter (ready for review) open in the window, panel shown."""
    path = write_sample(tmp_path / "sample.cxcharter", "en", actor="Anna Weber")
    window.open_path(str(path))
    window.act_readiness.trigger()
    settle(window, qtbot)
    return window


def settle(window, qtbot) -> None:
    """Wait until the debounced readiness check has run."""
    monitor = window.workflow.monitor
    qtbot.waitUntil(lambda: not monitor.pending(), timeout=5000)


@pytest.fixture
def answers(monkeypatch):
    """Record confirmations and errors; say yes to every question."""
    seen: dict[str, list] = {"confirm": [], "error": []}

    def confirm(_parent, title, text):
        seen["confirm"].append((title, text))
        return True

    monkeypatch.setattr(ask, "confirm", confirm)
    monkeypatch.setattr(
        ask, "error", lambda _p, title, text, detail="": seen["error"].append((title, text))
    )
    return seen


def decide(
    monkeypatch,
    window,
    approver: int,
    decision: str,
    comment: str = "",
    sections: dict | None = None,
) -> DecisionDialog:
    """Record a decision through the dialog, filled in as a user would."""
    shown = []

    def run(dialog):
        assert isinstance(dialog, DecisionDialog)
        dialog.choose(approver, decision, comment, sections)
        shown.append(dialog)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(ask, "run_dialog", run)
    window.act_decide.trigger()
    return shown[0]


def plan_row_of(doc, person: int) -> int:
    return next(r.id for r in doc.rows("stakeholder") if r.get("person") == person)


def findings_shown(window) -> list[Finding]:
    model = window.workflow.panel.model
    found = [model.index(row).data(Role.FINDING) for row in range(model.rowCount())]
    return [f for f in found if f is not None]


def activate(window, code: str) -> None:
    panel = window.workflow.panel
    row = next(r for r, f in enumerate(findings_shown(window)) if f.code == code)
    model = panel.model
    rows = [r for r in range(model.rowCount()) if model.index(r).data(Role.FINDING) is not None]
    panel.list.activated.emit(model.index(rows[row]))


# ----------------------------------------------------------------- readiness
def test_every_code_has_a_sentence():
    for code in SEVERITY:
        finding = Finding(
            code,
            Place("goals"),
            {"name": "N", "goal": "G", "count": 7, "limit": 6, "missing": ("metric",)},
        )
        text = finding_text(finding)
        assert text and text != code and "{" not in text, code


def test_every_finding_sentence_belongs_to_a_readiness_code():
    """A sentence under a code the rules never return would never be shown."""
    assert set(FINDING_TEXT) <= set(SEVERITY)
    assert not set(FINDING_TEXT) & set(RACI_TEXT)
    assert set(FINDING_TEXT) | set(RACI_TEXT) == set(SEVERITY)


def test_the_panel_lists_open_items_by_section_and_jumps_to_their_place(charter, qtbot):
    window, session = charter, charter.session
    doc = session.document
    panel = window.workflow.panel
    assert panel.isVisible() and window.act_readiness.isChecked()
    assert "ready for review" in panel.summary.text()
    assert window.workflow.badge.text() == "Revision 1 · Draft · ready for review"

    goal = doc.rows("goal")[0]
    assert session.update_row("goal", goal.id, owner=None)
    assert session.remove_row("stakeholder", plan_row_of(doc, LEAD))
    assert session.set_answer_text("vision.statement", "")
    settle(window, qtbot)
    shown = findings_shown(window)
    blockers = [f.code for f in shown if f.blocker]
    assert set(blockers) == {"question.unanswered", "goal.no_owner", "plan.approver_missing"}
    items = window.workflow.monitor.items
    done = f"{len(items) - 3} of {len(items)} done"
    assert done in panel.summary.text()
    assert done in window.workflow.badge.text()
    texts = [panel.model.index(r).data() for r in range(panel.model.rowCount())]
    assert texts[0].startswith("Front matter · ")
    assert "○  What experience should our customers have with us in the future?" in texts

    workspace = window.workspace
    activate(window, "question.unanswered")
    assert workspace.current_page() == "vision"
    card = workspace.pages["vision"].cards["vision.statement"]
    assert card.input_widget().hasFocus() or window.focusWidget() is card.input_widget()

    activate(window, "goal.no_owner")
    goals = workspace.pages["goals"]
    assert workspace.current_page() == "goals"
    assert type(goals.tabs.currentWidget()).__name__ == "GoalsTab"
    assert goals.tabs.currentWidget().selected_id() == goal.id

    activate(window, "plan.approver_missing")
    page = workspace.pages["stakeholders"]
    assert type(page.tabs.currentWidget()).__name__ == "StakeholdersTab"

    window.act_readiness.trigger()  # the menu hides it again
    assert not panel.isVisible()


def test_typing_only_schedules_the_check(charter, qtbot):
    """Edits never run the rules (nor the fingerprint) at once: a timer does, later."""
    window = charter
    monitor = window.workflow.monitor
    before = monitor.findings
    window.session.set_answer_text("vision.statement", "")
    assert monitor.pending() and monitor.findings == before
    settle(window, qtbot)
    assert any(f.code == "question.unanswered" for f in monitor.findings)


# ----------------------------------------------------------------- the whole path
def test_draft_review_changes_approved_and_revision_two(charter, qtbot, monkeypatch, answers):
    window, session = charter, charter.session
    doc = session.document

    # Submit is refused while a blocker remains: the blockers are shown, nothing frozen.
    assert session.remove_row("stakeholder", plan_row_of(doc, LEAD))
    window.act_submit.trigger()
    title, text = answers["error"][-1]
    assert title == "Not ready for review" and "Anna Weber" in text
    assert doc.revisions() == [] and not session.read_only

    # Fix it (undo brings the row back), submit: frozen, read-only, undo stack cleared.
    session.undo()
    settle(window, qtbot)
    assert session.undo_stack.count() == 1
    window.act_submit.trigger()
    assert doc.current_state().state == "in_review"
    assert session.undo_stack.count() == 0 and not window.act_undo.isEnabled()
    assert session.read_only and window.workspace.banner.isVisible()
    assert "in review" in window.workspace.banner.text()
    assert "In review" in window.workflow.badge.text()
    assert not window.act_submit.isEnabled() and window.act_withdraw.isEnabled()
    card = window.workspace.pages["vision"].cards["vision.statement"]
    editor = card.input_widget()
    assert isinstance(editor, QPlainTextEdit) and editor.isReadOnly()
    errors = len(answers["error"])
    assert not session.set_answer_text("vision.statement", "sneaky")  # not even attempted
    assert doc.answer("vision.statement").text != "sneaky"
    assert "in review" in answers["error"][errors][1]

    # The sponsor requests changes on the goals: draft again, the comment on Goals.
    decide(
        monkeypatch,
        window,
        BOSS,
        "changes_requested",
        "Not yet.",
        {"goals": "Justify the NPS target."},
    )
    assert doc.current_state().state == "draft" and not session.read_only
    goals = window.workspace.pages["goals"]
    window.workspace.show_page("goals")
    assert goals.comments.isVisible()
    assert (
        "Justify the NPS target."
        in goals.comments.findChildren(type(goals.comments.title))[1].text()
    )
    qtbot.mouseClick(goals.comments.resolve_buttons[0], Qt.MouseButton.LeftButton)
    assert doc.open_comments() == [] and not goals.comments.isVisible()

    # Revised and resubmitted: round 2, both required approvers approve.
    assert session.set_answer_text("goals.objectives", "Sharper goals.")
    window.act_submit.trigger()
    assert doc.current_state().review.round == 2
    decide(monkeypatch, window, BOSS, "approved")
    dialog = decide(monkeypatch, window, LEAD, "approved_with_conditions", "Review in Q2.")
    assert "Recorded by Anna Weber for Anna Weber" in dialog.recorded.text()
    state = doc.current_state()
    assert state.state == "approved" and state.approval_holds
    assert "Approved" in window.workflow.badge.text()
    settle(window, qtbot)  # whether the approval holds: the fingerprint, off the UI thread
    assert window.workflow.badge.text() == "Revision 1 · Approved · approval holds"
    assert "holds: the content is exactly" in window.workflow.panel.holds_label.text()
    assert session.read_only and window.act_revision.isEnabled()
    assert session.undo_stack.count() == 0

    # Typing into the approved charter asks first, then starts revision 2.
    asked = len(answers["confirm"])
    window.workspace.show_page("vision")
    editor = window.workspace.pages["vision"].cards["vision.statement"].input_widget()
    editor.setFocus()
    qtbot.keyClick(editor, "x")
    assert answers["confirm"][asked][0] == "This charter is approved"
    state = doc.current_state()
    assert (state.revision, state.state) == (2, "draft")
    assert not session.read_only
    editor = window.workspace.pages["vision"].cards["vision.statement"].input_widget()
    assert not editor.isReadOnly()
    assert session.set_answer_text("vision.statement", "A new vision for revision 2.")
    settle(window, qtbot)
    assert "changed since the approval of revision 1" in window.workflow.badge.text()

    # History: revision 1 with its two rounds and decisions; the comparison shows Vision.
    seen = []

    def run(dialog):
        assert isinstance(dialog, HistoryDialog)
        seen.append(dialog)
        return True

    monkeypatch.setattr(ask, "run_dialog", run)
    window.act_history.trigger()
    history = seen[0]
    revision = history.model.item(0)
    assert revision.text() == "Revision 1" and revision.rowCount() == 2
    assert revision.child(0).text() == "Round 1: Changes requested"
    assert revision.child(1).text() == "Round 2: Approved"
    assert revision.child(1).rowCount() == 2
    # Anna recorded the first approver's decision: the first column names the approver,
    # so "for …" would only repeat it.
    decision = revision.child(1).child(0, 0).text()
    assert decision.startswith("Approved: ") and "Anna Weber" not in decision
    assert revision.child(1).child(0, 2).text() == "recorded by Anna Weber; not signed"
    # Anna entered her own decision: no "for Anna Weber".
    assert revision.child(1).child(1, 2).text() == "recorded by Anna Weber; not signed"
    text = history.view.toPlainText()
    assert text.startswith("What changed since revision 1")
    assert "A new vision for revision 2." in text and "Vision" in text
    history.tree.setCurrentIndex(history.model.indexFromItem(revision.child(0)))
    assert "Revision 1, round 1" in history.view.toPlainText()
    history.deleteLater()


def test_withdraw_makes_it_a_draft_again(charter, answers):
    window, session = charter, charter.session
    window.act_submit.trigger()
    assert session.read_only
    window.act_withdraw.trigger()
    assert session.document.current_state().state == "draft"
    assert not session.read_only and not window.workspace.banner.isVisible()
    assert window.act_submit.isEnabled() and not window.act_decide.isEnabled()


def test_when_approvals_must_be_signed_the_decision_dialog_is_refused(
    charter, monkeypatch, answers
):
    """The store refuses a decision without a signed copy; the dialog says why."""
    window, doc = charter, charter.session.document
    doc.set_signatures_required(True)
    window.act_submit.trigger()
    dialog = decide(monkeypatch, window, BOSS, "approved")
    assert doc.decisions() == []
    assert dialog.error.text() == (
        "This charter's approvals must be signed: import the approver's signed review copy "
        "with File → Import Review…."
    )


def test_declining_a_new_revision_keeps_the_approved_charter(charter, monkeypatch, qtbot, answers):
    window, doc = charter, charter.session.document
    window.act_submit.trigger()
    decide(monkeypatch, window, BOSS, "approved")
    decide(monkeypatch, window, LEAD, "approved")
    monkeypatch.setattr(ask, "confirm", lambda *_a: False)
    window.act_revision.trigger()
    assert doc.current_state().state == "approved"
    editor = window.workspace.pages["vision"].cards["vision.statement"].input_widget()
    editor.setFocus()
    qtbot.keyClick(editor, "x")
    assert doc.current_state().state == "approved" and window.session.read_only


def test_the_decision_dialog_says_who_records_for_whom(charter, monkeypatch, answers):
    window = charter
    window.act_submit.trigger()
    shown = []

    def run(dialog):
        shown.append(dialog)
        dialog.choose(BOSS, "approved")
        assert dialog.recorded.text() == "Recorded by Anna Weber for Dr. Katrin Hoffmann."
        dialog.decided_by.setText("Assistant of the COO")
        dialog.decided_by.textEdited.emit("Assistant of the COO")
        assert "decided by Assistant of the COO" in dialog.recorded.text()
        assert [dialog.decision_buttons[d].text() for d in DECISIONS] == [
            "Approved",
            "Approved with conditions",
            "Changes requested",
        ]
        dialog.accept()
        return True

    monkeypatch.setattr(ask, "run_dialog", run)
    window.act_decide.trigger()
    decision = window.session.document.decisions()[0]
    assert (decision.approver_id, decision.decided_by, decision.recorded_by) == (
        BOSS,
        "Assistant of the COO",
        "Anna Weber",
    )

    # The same approver cannot decide twice: greyed out in the list.
    def again(dialog):
        row = dialog.approver.findData(BOSS)
        assert not dialog.approver.model().item(row).isEnabled()
        assert dialog.approver.currentData() != BOSS
        return False

    monkeypatch.setattr(ask, "run_dialog", again)
    window.act_decide.trigger()


def test_filters_stay_usable_in_an_approved_charter(charter, monkeypatch, qtbot, answers):
    """Only an attempt to edit content asks for a new revision; searching does not."""
    window = charter
    window.act_submit.trigger()
    decide(monkeypatch, window, BOSS, "approved")
    decide(monkeypatch, window, LEAD, "approved")
    asked = len(answers["confirm"])
    window.workspace.show_page("people")
    people = window.workspace.people
    people.filter.setFocus()
    qtbot.keyClicks(people.filter, "Web")
    assert people.filter.text() == "Web"
    assert len(answers["confirm"]) == asked
    assert window.session.document.current_state().state == "approved"


def test_jumps_to_an_initiative_and_an_activity(charter, qtbot):
    window, session = charter, charter.session
    doc = session.document
    initiative = doc.rows("initiative")[0]
    activity = doc.rows("activity")[0]
    assert session.update_row("initiative", initiative.id, owner=None)
    for cell in doc.rows("raci"):
        if cell.get("activity") == activity.id and cell.get("role") == "A":
            assert session.remove_row("raci", cell.id)
    settle(window, qtbot)
    activate(window, "initiative.no_owner")
    page = window.workspace.pages["priorities"]
    assert type(page.tabs.currentWidget()).__name__ == "InitiativesTab"
    assert page.tabs.currentWidget().selected_id() == initiative.id
    activate(window, "raci.no_accountable")
    roles = window.workspace.pages["roles"]
    tab = roles.tabs.currentWidget()
    assert type(tab).__name__ == "RaciTab"
    assert tab.view.currentIndex().row() == tab.model.row_of(activity.id)


def test_two_approvers_of_the_same_name_are_told_apart_in_the_decision_dialog(
    charter, monkeypatch, qtbot
):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
    from ready_file import TODAY, complete_the_plan

    doc = charter.session.document
    boss = doc.person(BOSS)
    twin = doc.add_person(boss.name, department="Vertrieb Süd")
    doc.add_row("approver", {"person": twin, "required": True})
    complete_the_plan(doc)
    doc.submit_for_review(today=TODAY)
    qtbot.waitUntil(lambda: charter.workflow.monitor.state.state == "in_review", timeout=5000)
    shown = []

    def run(dialog):
        shown.append([dialog.approver.itemText(i) for i in range(dialog.approver.count())])
        return False

    monkeypatch.setattr(ask, "run_dialog", run)
    charter.act_decide.trigger()
    [items] = shown
    same = [t for t in items if t.startswith(boss.name)]
    assert len(same) == 2 and len(set(same)) == 2, items
    assert any("Vertrieb Süd" in t for t in same)
