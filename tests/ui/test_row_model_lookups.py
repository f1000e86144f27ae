"""Reference cells come from maps read once per refresh, never from a query per cell."""

from __future__ import annotations

import os
import sys
from collections import Counter

from PySide6.QtCore import Qt

from cxcharter.ui.tables.row_model import Column, RowTableModel

READS = ("row", "rows", "people", "person")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)


def _count_reads(doc, monkeypatch) -> Counter:
    """Reads of the charter by the window (the ops' own reads are not the table's)."""
    calls: Counter = Counter()
    for name in READS:
        if hasattr(doc, name):
            method = getattr(doc, name)

            def counted(*args, _method=method, _name=name, **kwargs):
                if f"{os.sep}ui{os.sep}" in sys._getframe(1).f_code.co_filename:
                    calls[(_name, *args[:1])] += 1
                return _method(*args, **kwargs)

            monkeypatch.setattr(doc, name, counted)
    return calls


def _goals_table(session, n: int) -> RowTableModel:
    doc = session.document
    owners = [doc.add_person(f"Person {i}") for i in range(5)]
    touchpoints = session.add_rows("touchpoint", [{"name": f"Touchpoint {i}"} for i in range(5)])
    metric = session.add_row("custom_metric", {"name": "Happiness"})
    session.add_rows(
        "goal",
        [
            {
                "objective": f"Goal {i}",
                "owner": owners[i % 5],
                "touchpoint": touchpoints[i % 5],
                "custom_metric": metric,
            }
            for i in range(n)
        ],
    )
    columns = [Column(name, name) for name in ("objective", "owner", "touchpoint", "custom_metric")]
    return RowTableModel(session, "goal", columns)


def _read_every_cell(model: RowTableModel) -> list:
    return [
        model.index(r, c).data(role)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in ROLES
    ]


def test_painting_200_rows_reads_nothing_from_the_charter(session, monkeypatch):
    model = _goals_table(session, 200)
    calls = _count_reads(session.document, monkeypatch)
    cells = _read_every_cell(model)
    assert cells[ROLES.index(Qt.ItemDataRole.DisplayRole) :: len(ROLES)][:4] == [
        "Goal 0",
        "Person 0",
        "Touchpoint 0",
        "Happiness",
    ]
    assert calls == Counter()
    model.detach()


def test_a_refresh_reads_each_referenced_kind_once(session, monkeypatch):
    model = _goals_table(session, 200)
    calls = _count_reads(session.document, monkeypatch)
    session.add_row("goal", {"objective": "Goal 200"})
    _read_every_cell(model)
    assert model.rowCount() == 201
    assert calls[("rows", "touchpoint")] == 1
    assert calls[("rows", "custom_metric")] == 1
    assert calls[("people",)] == 1
    assert sum(n for (name, *_), n in calls.items() if name == "row") == 0
    model.detach()


def test_an_edit_of_one_row_reads_that_row_alone(session, monkeypatch):
    model = _goals_table(session, 200)
    goal = model.row_at(7).id
    calls = _count_reads(session.document, monkeypatch)
    session.update_row("goal", goal, objective="Goal seven")
    _read_every_cell(model)
    assert model.index(7, 0).data() == "Goal seven"
    assert calls == Counter({("row", "goal"): 1})
    model.detach()


def test_a_renamed_touchpoint_shows_in_the_goals_that_name_it(session):
    model = _goals_table(session, 3)
    touchpoint = session.document.rows("touchpoint")[0].id
    session.update_row("touchpoint", touchpoint, name="Shop")
    assert model.index(0, 2).data() == "Shop"
    model.detach()
