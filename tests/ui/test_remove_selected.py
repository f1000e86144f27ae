"""One removal for every table of a kind: the selected rows, one step, the next row current."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel

import cxcharter
from cxcharter.ui.tables.kind_table import plain_table, remove_selected
from cxcharter.ui.tables.proxy import TableProxy
from cxcharter.ui.tables.row_model import Column, RowTableModel

UI = Path(cxcharter.__file__).parent / "ui"
ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def _view(session, qtbot, names):
    for name in names:
        session.add_row("activity", {"name": name})
    model = RowTableModel(session, "activity", [Column("name", "Name")])
    proxy = TableProxy()
    proxy.setSourceModel(model)
    view = plain_table("Activities")
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSelectionMode(view.SelectionMode.ExtendedSelection)
    return model, proxy, view


def test_the_selected_rows_go_in_one_step_and_the_next_one_is_current(session, qtbot):
    model, proxy, view = _view(session, qtbot, ["Plan", "Run", "Check", "Act"])
    proxy.sort(0)  # Act, Check, Plan, Run: the view's rows are not the charter's
    for row in (1, 2):
        view.selectionModel().select(proxy.index(row, 0), ROWS)
    steps = session.undo_stack.index()
    asked = []
    assert (
        remove_selected(view, session, "activity", code="activities.remove", confirm=asked.append)
        is False
    ), "a confirmation that says no removes nothing"
    assert asked == [[model.row_at(2).id, model.row_at(0).id]]
    assert remove_selected(view, session, "activity", code="activities.remove")
    assert [r["name"] for r in session.document.rows("activity")] == ["Run", "Act"]
    assert session.undo_stack.index() == steps + 1
    assert session.undo_stack.undoText() == "Remove 2 activities"
    assert view.currentIndex().data() == "Run"  # now in the first removed row's place
    session.undo()
    assert len(session.document.rows("activity")) == 4
    model.detach()


def test_there_is_one_removal_of_rows_in_the_window():
    found = sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if re.search(r"def remove_selected\b", path.read_text(encoding="utf-8"))
    )
    # the kind table's own (a method naming the function), and the RACI matrix's: a
    # grid of activities × people, not a table of a kind (cells are selected, not rows)
    assert found == ["sections/roles/roles_page.py", "tables/kind_table.py"]
