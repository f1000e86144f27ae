"""A new charter reads as a checklist toward review, not a red wall: the approval
panel's first line names the next step, its list counts done and open per section
with open items neutral, and the status bar counts what is done."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from cxcharter.ui import ask
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.colors import semantic


def settle(window, qtbot) -> None:
    monitor = window.workflow.monitor
    qtbot.waitUntil(lambda: not monitor.pending() and monitor.checked, timeout=5000)


def new_charter(window, qtbot, fill_new_dialog, language="en"):
    fill_new_dialog(title="First hour", language=language)
    window.new_charter()
    window.act_readiness.trigger()
    settle(window, qtbot)
    return window.workflow.panel


def colours(panel) -> set[str]:
    model = panel.model
    found = set()
    for row in range(model.rowCount()):
        brush = model.index(row).data(Qt.ItemDataRole.ForegroundRole)
        if brush is not None:
            found.add(brush.color().name())
    return found


def test_a_new_charter_has_no_error_colour_and_names_the_next_step(window, qtbot, fill_new_dialog):
    panel = new_charter(window, qtbot, fill_new_dialog)
    assert semantic("error").name() not in colours(panel)
    assert panel.next_label.isVisible()
    assert panel.next_label.text() == "Next: add the people on your team."
    badge = window.workflow.badge.text()
    assert re.search(r"\b1 of \d+ done\b", badge), badge  # the title, from New Charter
    assert "blocker" not in badge.lower()
    texts = [panel.model.index(r).data() for r in range(panel.model.rowCount())]
    assert any(re.match(r"Vision · 0 of \d+ done", t) for t in texts), texts
    assert "Vision 0 of" in panel.sections_label.text()

    session = window.session
    assert session.add_person("Anna Weber")
    settle(window, qtbot)
    assert panel.next_label.text().startswith("Next: answer “")
    assert panel.next_label.text().endswith("(Front matter).")
    ticked = [
        panel.model.index(r).data(Role.CHECK_ITEM)
        for r in range(panel.model.rowCount())
        if (panel.model.index(r).data() or "").startswith("✓")
    ]
    assert sorted(item.code for item in ticked if item is not None) == ["people", "question"]


def test_an_initiative_without_owner_raises_no_red_count(window, qtbot, fill_new_dialog):
    panel = new_charter(window, qtbot, fill_new_dialog)
    before = window.workflow.badge.text()
    done, total = map(int, re.search(r"(\d+) of (\d+) done", before).groups())
    assert window.session.add_row("initiative", {"title": "Online booking"})
    settle(window, qtbot)
    after = window.workflow.badge.text()
    assert f"{done} of {total + 1} done" in after
    assert semantic("error").name() not in colours(panel)


def test_submit_still_lists_the_blockers_and_then_they_turn_red(
    window, qtbot, fill_new_dialog, monkeypatch
):
    panel = new_charter(window, qtbot, fill_new_dialog)
    errors = []
    monkeypatch.setattr(
        ask, "error", lambda _p, title, text, detail="": errors.append((title, text, detail))
    )
    window.workflow.submit()
    assert errors and errors[0][0] == "Not ready for review"
    assert "Submitting for review needs every blocker fixed first" in errors[0][1]
    assert semantic("error").name() in colours(panel)
