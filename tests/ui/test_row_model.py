"""The generic table model and the undo commands of structured content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cxcharter.store.document import CharterDocument
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.row_model import Column, RowTableModel


@pytest.fixture
def session(tmp_path, qtbot):
    doc = CharterDocument.create(tmp_path / "c.cxcharter", title="T", language="en", actor="tester")
    s = CharterSession(doc)
    yield s
    s.close()


def goal_model(session):
    return RowTableModel(
        session,
        "goal",
        [
            Column("objective", "Objective"),
            Column("primary", "Primary"),
            Column("target", "Target"),
            Column("owner", "Owner"),
            Column("phase", "Phase"),
            Column("due", "Due"),
        ],
    )


def test_model_passes_the_model_tester_empty_and_filled(session, qtmodeltester):
    model = goal_model(session)
    qtmodeltester.check(model)
    anna = session.document.add_person("Anna")
    session.add_row(
        "goal",
        {
            "objective": "NPS",
            "owner": anna,
            "target": 30.5,
            "phase": "service",
            "due": "2027-12-31",
        },
    )
    session.add_row("goal", {"objective": "FCR"})
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "Anna"
    assert model.index(0, 4).data() == "Service"
    assert model.index(0, 2).data(Qt.ItemDataRole.EditRole) == 30.5


def test_edits_go_through_the_store_and_undo(session, qtbot):
    model = goal_model(session)
    goal = session.add_row("goal", {"objective": "NPS"})
    assert model.setData(model.index(0, 0), "Raise NPS")
    assert model.setData(
        model.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert session.document.row("goal", goal)["objective"] == "Raise NPS"
    assert session.document.row("goal", goal)["primary"] is True
    assert not model.setData(model.index(0, 0), "")  # a required field stays filled
    session.undo_stack.undo()
    assert session.document.row("goal", goal)["primary"] is False
    session.undo_stack.undo()
    assert session.document.row("goal", goal)["objective"] == "NPS"
    session.undo_stack.undo()
    assert model.rowCount() == 0
    session.undo_stack.redo()
    assert model.rowCount() == 1 and session.document.row("goal", goal) is not None


def test_value_changes_do_not_reset_the_model(session, qtbot):
    model = goal_model(session)
    goal = session.add_row("goal", {"objective": "NPS"})
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        session.update_row("goal", goal, objective="CSAT")
    assert model.index(0, 0).data() == "CSAT"


def test_remove_row_and_undo_restores_cascaded_rows(session):
    goal = session.add_row("goal", {"objective": "NPS"})
    session.add_row("reading", {"goal": goal, "date": "2027-01-31", "value": 20})
    assert session.remove_row("goal", goal)
    assert session.document.rows("reading") == ()
    session.undo_stack.undo()
    assert len(session.document.rows("reading")) == 1


def test_links_settings_and_moves_are_undoable(session):
    anna = session.document.add_person("Anna")
    act = session.add_row("activity", {"name": "Report metrics"})
    second = session.add_row("activity", {"name": "Own the charter"})
    assert session.set_link("raci", {"activity": act, "person": anna}, {"role": "R"})
    assert session.set_link("raci", {"activity": act, "person": anna}, {"role": "A"})
    assert session.set_link("raci", {"activity": act, "person": anna}, None)
    session.undo_stack.undo()
    assert session.document.rows("raci")[0]["role"] == "A"
    session.undo_stack.undo()
    assert session.document.rows("raci")[0]["role"] == "R"
    session.undo_stack.undo()
    assert session.document.rows("raci") == ()
    assert session.set_setting("scoring_method", "ice")
    session.undo_stack.undo()
    assert session.document.setting("scoring_method") == "impact_effort"
    assert session.move_row("activity", second, 0)
    assert [r.id for r in session.document.rows("activity")] == [second, act]
    session.undo_stack.undo()
    assert [r.id for r in session.document.rows("activity")] == [act, second]


def test_a_refused_row_reports_and_leaves_no_undo_step(session, monkeypatch):
    failures = []
    session.failed.connect(failures.append)
    assert session.add_row("goal", {"objective": "x", "phase": "nirvana"}) is None
    assert failures and session.undo_stack.count() == 0


def test_typing_bursts_in_one_cell_merge_into_one_undo_step(session):
    goal = session.add_row("goal", {"objective": "N"})
    for text in ("NP", "NPS", "NPS!"):
        session.update_row("goal", goal, objective=text)
    assert session.undo_stack.count() == 2  # the add, and one merged edit
    session.undo_stack.undo()
    assert session.document.row("goal", goal)["objective"] == "N"


def objectives(session) -> list[str]:
    return [r["objective"] for r in session.document.rows("goal")]


def test_drag_a_row_to_reorder_one_undo_step(session, qtbot, qtmodeltester):
    from PySide6.QtCore import QMimeData, QModelIndex
    from PySide6.QtWidgets import QAbstractItemView

    from cxcharter.ui.tables.kind_table import RowTable
    from cxcharter.ui.tables.row_model import ROW_MIME

    for name in "ABCD":
        session.add_row("goal", {"objective": name})
    table = RowTable(session, goal_model(session), "Goals")
    qtbot.addWidget(table)
    assert table.view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    proxy, move = table.proxy, Qt.DropAction.MoveAction
    qtmodeltester.check(table.model)

    def drag(row: int, to: int) -> bool:
        data = proxy.mimeData([proxy.index(row, 0)])
        return proxy.dropMimeData(data, move, to, 0, QModelIndex())

    steps = session.undo_stack.count()
    drag(1, 4)  # B below D (dropped after the last row)
    assert objectives(session) == ["A", "C", "D", "B"]
    drag(3, 0)  # and back to the top
    assert objectives(session) == ["B", "A", "C", "D"]
    drag(0, 2)  # B between A and C: the gap it leaves is counted
    assert objectives(session) == ["A", "B", "C", "D"]
    # Dropped onto a row (not between rows): it goes before that row.
    data = proxy.mimeData([proxy.index(3, 0)])
    proxy.dropMimeData(data, move, -1, -1, proxy.index(1, 0))
    assert objectives(session) == ["A", "D", "B", "C"]
    assert session.undo_stack.count() == steps + 4
    session.undo_stack.undo()
    assert objectives(session) == ["A", "B", "C", "D"]

    # Sorted by a column, a drop would mean nothing: refused.
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    data = proxy.mimeData([proxy.index(0, 0)])
    assert not proxy.canDropMimeData(data, move, 3, 0, QModelIndex())
    table.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy.sort(-1)
    # Rows of another table, or junk, are refused.
    alien = QMimeData()
    alien.setData(ROW_MIME, b"meeting:1")
    assert not proxy.canDropMimeData(alien, move, 0, 0, QModelIndex())
    junk = QMimeData()
    junk.setData(ROW_MIME, b"goal:<script>")
    assert not proxy.canDropMimeData(junk, move, 0, 0, QModelIndex())
    assert not proxy.canDropMimeData(QMimeData(), move, 0, 0, QModelIndex())
    assert objectives(session) == ["A", "B", "C", "D"]


def test_an_editor_never_hands_on_an_infinite_number(qapp):
    from cxcharter.domain.entities import KINDS
    from cxcharter.ui.tables.row_delegate import parse_number

    reach, rank = KINDS["initiative"].field("reach"), KINDS["initiative"].field("pinned_rank")
    assert parse_number("12.5", reach) == 12.5 and parse_number("3", rank) == 3
    for text in ("inf", "-inf", "1e400", "nan"):
        for f in (reach, rank):
            with pytest.raises(ValueError):  # the editor keeps the old value
                parse_number(text, f)
