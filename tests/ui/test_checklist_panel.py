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


def panel_shown(window) -> bool:
    return window.workflow.panel.isVisible() and window.act_readiness.isChecked()


def new_charter(window, qtbot, fill_new_dialog, language="en"):
    fill_new_dialog(title="First hour", language=language)
    window.new_charter()
    assert panel_shown(window), "a new charter opens with its approval panel"
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


def test_the_checklist_measures_each_entry_once_per_width(
    window, qtbot, fill_new_dialog, monkeypatch
):
    """A list of thousands of wrapped entries is laid out more than once (shown, resized,
    refreshed): each distinct entry is measured once per width, not at every layout."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    panel = new_charter(window, qtbot, fill_new_dialog)
    view, model = panel.list, panel.model
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    measured = []
    measure = QStyledItemDelegate.sizeHint
    monkeypatch.setattr(
        QStyledItemDelegate,
        "sizeHint",
        lambda self, o, index: measured.append(index.row()) or measure(self, o, index),
    )
    rows = range(model.rowCount())
    texts = {model.index(r).data() for r in rows}
    view.resize(view.width() + 40, view.height())  # a width not laid out yet
    first = [delegate.sizeHint(option, model.index(r)) for r in rows]
    again = [delegate.sizeHint(option, model.index(r)) for r in rows]
    assert again == first
    assert len(measured) == len(texts)  # entries with the same words share one measure
    assert all(size.height() > 10 for size in first)

    measured.clear()
    view.resize(view.width() - 80, view.height())  # narrower: wrapped again, measured again
    narrow = [delegate.sizeHint(option, model.index(r)) for r in rows]
    assert len(measured) == len(texts)
    assert sum(s.height() for s in narrow) > sum(s.height() for s in first)


def test_a_long_checklist_shows_its_first_entries_without_laying_out_all(
    window, qtbot, fill_new_dialog, monkeypatch
):
    """Opening the panel on a charter with hundreds of initiatives measures a first batch
    of entries for the first paint; the rest follow in later turns of the event loop."""
    from PySide6.QtWidgets import QApplication, QStyledItemDelegate

    panel = new_charter(window, qtbot, fill_new_dialog)
    window.workflow.set_panel_visible(False)
    rows = [{"title": f"Initiative {n}"} for n in range(400)]
    assert window.session.add_rows("initiative", rows)
    settle(window, qtbot)
    model, view = panel.model, panel.list
    assert model.rowCount() > 400
    measured = []
    measure = QStyledItemDelegate.sizeHint
    monkeypatch.setattr(
        QStyledItemDelegate,
        "sizeHint",
        lambda self, o, index: measured.append(index.row()) or measure(self, o, index),
    )
    window.workflow.set_panel_visible(True)
    view.resize(view.width() + 40, view.height())  # a width not measured yet
    measured.clear()
    view.doItemsLayout()  # what the view does when shown or resized: the first batch
    assert 0 < len(set(measured)) <= view.batchSize() < model.rowCount() / 2
    QApplication.processEvents()
    last = model.index(model.rowCount() - 1)
    qtbot.waitUntil(lambda: view.visualRect(last).height() > 0, timeout=10000)
