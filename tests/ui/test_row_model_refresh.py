"""The row model follows the store's changes row by row: no reset for one edit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from cxcharter.ui.tables.row_model import BULK, Column, RowTableModel


def _table(session, n: int) -> RowTableModel:
    session.add_rows("touchpoint", [{"name": f"Touchpoint {i:03}"} for i in range(n)])
    return RowTableModel(session, "touchpoint", [Column("name", "Name"), Column("phase", "P")])


def _record(model: RowTableModel) -> list:
    seen: list = []
    model.modelReset.connect(lambda: seen.append(("reset",)))
    model.dataChanged.connect(lambda a, b, _r=(): seen.append(("data", a.row(), b.row())))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    return seen


def test_an_edit_of_one_row_of_500_changes_that_row_and_keeps_selection_and_scroll(session, qtbot):
    model = _table(session, 500)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.scrollTo(model.index(300, 0))
    view.selectionModel().setCurrentIndex(
        model.index(310, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    seen = _record(model)
    session.update_row("touchpoint", model.row_at(310).id, name="Renamed")
    assert seen == [("data", 310, 310)]
    assert model.index(310, 0).data() == "Renamed"
    assert view.currentIndex().row() == 310 and view.selectionModel().isRowSelected(310)
    assert view.verticalScrollBar().value() == scrolled
    session.undo()
    assert seen[-1] == ("data", 310, 310) and ("reset",) not in seen
    model.detach()


def test_rows_that_come_or_go_are_inserted_or_removed_not_reset(session):
    model = _table(session, 20)
    seen = _record(model)
    new = session.add_row("touchpoint", {"name": "New"})
    assert seen == [("inserted", 20, 20)]
    session.remove_row("touchpoint", model.row_at(5).id)
    assert seen[-1] == ("removed", 5, 5)
    session.undo()
    assert seen[-1] == ("inserted", 5, 5)
    assert model.row_of(new) == 20 and ("reset",) not in seen
    model.detach()


def test_a_bulk_change_resets(session):
    model = _table(session, 5)
    seen = _record(model)
    session.add_rows("touchpoint", [{"name": f"More {i}"} for i in range(BULK + 1)])
    assert seen == [("reset",)]
    model.detach()


def test_an_edit_that_moves_a_row_puts_it_in_its_new_place(session):
    goal = session.add_row("goal", {"objective": "NPS"})
    for date, value in (("2026-01-01", 1.0), ("2026-02-01", 2.0), ("2026-03-01", 3.0)):
        session.add_row("reading", {"goal": goal, "date": date, "value": value})
    model = RowTableModel(session, "reading", [Column("date", "Date"), Column("value", "V")])
    first = model.row_at(0).id
    session.update_row("reading", first, date="2026-12-01")  # readings go by date
    assert [model.row_at(r).get("value") for r in range(3)] == [2.0, 3.0, 1.0]
    model.detach()


def test_a_goal_edited_among_500_repaints_that_goal_only(session):
    from cxcharter.ui.sections.goals.goal_model import GoalsModel

    session.add_rows("goal", [{"objective": f"Goal {i}", "target": 10.0} for i in range(500)])
    model = GoalsModel(session)
    seen = _record(model)
    session.update_row("goal", model.row_at(250).id, target=20.0)
    assert seen and ("reset",) not in seen
    assert {(a, b) for _kind, a, b in seen} == {(250, 250)}
    model.detach()


def test_a_new_initiative_is_inserted_into_the_ranked_list_not_reset(session):
    from cxcharter.ui.sections.priorities.initiatives_model import InitiativesModel

    session.add_rows(
        "initiative",
        [{"title": f"I{i}", "impact": float(10 - i), "effort": 1.0} for i in range(10)],
    )
    model = InitiativesModel(session)
    seen = _record(model)
    session.add_row("initiative", {"title": "Not scored yet"})
    assert ("reset",) not in seen and ("inserted", 10, 10) in seen
    assert model.row_at(10)["title"] == "Not scored yet"
    model.detach()
