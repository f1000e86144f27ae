"""The one sort/filter proxy: sort keys, values, collated text, empties last, row filters."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

import cxcharter
from cxcharter.ui.tables.proxy import TableProxy
from cxcharter.ui.tables.roles import Role

UI = Path(cxcharter.__file__).parent / "ui"


def _proxy(cells: list[tuple[str, object]]) -> TableProxy:
    model = QStandardItemModel()
    for text, key in cells:
        item = QStandardItem(text)
        if key is not None:
            item.setData(key, Role.SORT)
        model.appendRow(item)
    proxy = TableProxy()
    proxy.setSourceModel(model)
    proxy._model = model  # keep the source alive with the proxy
    return proxy


def _shown(proxy: TableProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_text_sorts_as_the_language_does_with_numbers_by_value(qapp, german):
    proxy = _proxy([(t, None) for t in ("Item 10", "Zebra", "item 9", "Äpfel", "Birne", "apfel")])
    proxy.sort(0)
    assert _shown(proxy) == ["apfel", "Äpfel", "Birne", "item 9", "Item 10", "Zebra"]


def test_a_sort_key_wins_over_the_text_and_empties_go_last_both_ways(qapp):
    proxy = _proxy([("b", 3.0), ("", None), ("a", 10.0), ("c", 1.0)])
    proxy.sort(0)
    assert _shown(proxy) == ["c", "b", "a", ""]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == ["a", "b", "c", ""]


def test_a_row_filter_and_the_text_filter_apply_together(qapp, session):
    from cxcharter.ui.tables.row_model import Column, RowTableModel

    for name in ("Alpha", "Beta", "Alpine"):
        session.add_row("activity", {"name": name})
    model = RowTableModel(session, "activity", [Column("name", "Name")])
    proxy = TableProxy()
    proxy.setSourceModel(model)
    proxy.set_row_filter(lambda row: row.get("name") != "Beta")
    assert proxy.filtering() and proxy.rowCount() == 2
    proxy.setFilterFixedString("alpi")
    assert _shown(proxy) == ["Alpine"]
    proxy.set_row_filter(None)
    proxy.setFilterFixedString("")
    assert not proxy.filtering() and proxy.rowCount() == 3
    model.detach()


def test_every_table_uses_the_one_proxy():
    offenders = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "proxy.py"
        and re.search(r"QSortFilterProxyModel|class \w*SortProxy", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_computed_column_sorts_by_its_declared_key(qapp, session):
    from cxcharter.ui.tables.row_model import Column, RowTableModel

    for name in ("ccc", "a", "bb"):
        session.add_row("activity", {"name": name})
    length = Column("", "Length", display=lambda row: "long", sort=lambda row: len(row["name"]))
    model = RowTableModel(session, "activity", [Column("name", "Name"), length])
    proxy = TableProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    assert _shown(proxy) == ["a", "bb", "ccc"]
    model.detach()
