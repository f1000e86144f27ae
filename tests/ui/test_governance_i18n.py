"""The approval panel, the decision dialog, change requests and the history in German:
no English word, nothing clipped at 1280×800."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from test_i18n import english_in, texts_of
from test_i18n_fit import settled_problems

from cxcharter.sample import write_sample
from cxcharter.ui import ask, i18n
from cxcharter.ui.governance.decision_dialog import DecisionDialog
from cxcharter.ui.governance.history_dialog import HistoryDialog

BOSS, LEAD = 2, 1
# Names and content of the German sample charter that show up in the texts.
USER_DATA = (
    "Dr. Katrin Hoffmann",
    "Anna Weber",
    "Lena Krüger",
    "Deniz Yilmaz",
    "Sabine Koch",
    "Bitte den NPS-Zielwert begründen.",
)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_approval_workflow_speaks_german_and_fits(german, window, qtbot, tmp_path, monkeypatch):
    window.resize(1280, 800)
    path = write_sample(tmp_path / "Kundenservice.cxcharter", "de", actor="Anna Weber")
    window.open_path(str(path))
    window.act_readiness.trigger()
    session, workflow = window.session, window.workflow
    doc = session.document
    row = next(r.id for r in doc.rows("stakeholder") if r.get("person") == LEAD)
    session.remove_row("stakeholder", row)
    qtbot.waitUntil(lambda: not workflow.monitor.pending(), timeout=5000)
    panel = workflow.panel
    assert panel.model.rowCount() >= 1
    texts = [panel.model.index(r).data() for r in range(panel.model.rowCount())]
    assert any(t.startswith("Stakeholder & Freigaben · ") for t in texts), texts
    problems = english_in(texts_of(panel), USER_DATA)
    problems += english_in(texts_of(window.statusBar()), USER_DATA)
    problems += [f"panel: {p}" for p in settled_problems(qtbot, panel)]
    session.undo()
    qtbot.waitUntil(lambda: not workflow.monitor.pending(), timeout=5000)
    assert window.act_submit.isEnabled()  # greyed out only while a blocker remains

    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    window.act_submit.trigger()
    assert workflow.badge.text().startswith("Revision 1 · In Prüfung")
    problems += english_in(texts_of(window.workspace.banner), USER_DATA)
    problems += english_in(texts_of(panel), USER_DATA)

    def run(dialog):
        assert isinstance(dialog, DecisionDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.choose(BOSS, "changes_requested", "", {"goals": USER_DATA[-1]})
        problems.extend(english_in(texts_of(dialog), USER_DATA))
        problems.extend(f"decision: {p}" for p in settled_problems(qtbot, dialog))
        dialog.accept()
        return True

    monkeypatch.setattr(ask, "run_dialog", run)
    window.act_decide.trigger()
    window.workspace.show_page("goals")
    comments = window.workspace.pages["goals"].comments
    assert comments.isVisible()
    problems += english_in(texts_of(comments), USER_DATA)

    def history(dialog):
        assert isinstance(dialog, HistoryDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems.extend(english_in(texts_of(dialog), USER_DATA))
        problems.extend(f"history: {p}" for p in settled_problems(qtbot, dialog))
        assert "Runde 1: Änderungen erbeten" in [dialog.model.item(0).child(0).text()]
        dialog.close()
        return True

    monkeypatch.setattr(ask, "run_dialog", history)
    window.act_history.trigger()
    assert not problems, "\n".join(problems)


def test_switching_language_rewords_the_panel_and_badge(window, qtbot, tmp_path, qapp):
    path = write_sample(tmp_path / "sample.cxcharter", "en", actor="Anna Weber")
    window.open_path(str(path))
    window.act_readiness.trigger()
    workflow = window.workflow
    qtbot.waitUntil(lambda: not workflow.monitor.pending(), timeout=5000)
    assert workflow.panel.model.index(0).data().startswith("Front matter · ")
    try:
        window.set_language("de")
        qtbot.waitUntil(
            lambda: workflow.badge.text().startswith("Revision 1 · Entwurf"), timeout=3000
        )
        panel = workflow.panel
        assert panel.isVisible() and panel.windowTitle() == "Freigabe"
        header = panel.model.index(0).data()  # the section's title in the charter's language
        assert header.startswith("Front matter · ") and header.endswith(" erledigt"), header
        assert panel.summary.text() == "0 Blocker, 2 Hinweise: bereit zur Prüfung."
        assert window.act_submit.text() == "Zur &Prüfung einreichen …"
    finally:
        i18n.apply_language("en", qapp)
        QLocale.setDefault(QLocale.system())
