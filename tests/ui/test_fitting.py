"""Planned column widths that give way to a narrower window (tables beside the approval
panel)."""

from __future__ import annotations

from cxcharter.ui.tables.fitting import shrunk


def test_planned_widths_shrink_alike_to_the_room():
    assert shrunk({0: 200, 1: 100}, {0: 20, 1: 20}, 150) == {0: 100, 1: 50}
    assert shrunk({0: 200, 1: 100}, {0: 20, 1: 20}, 600) == {0: 200, 1: 100}  # never wider


def test_a_column_at_its_least_width_stays_there_and_the_others_share_the_rest():
    widths = shrunk({0: 96, 1: 230, 2: 210}, {0: 82, 1: 84, 2: 160}, 400)
    assert widths[0] == 82 and widths[2] == 160  # both would go below their words
    assert widths[1] == 400 - 82 - 160
    assert sum(widths.values()) <= 400


def test_optional_columns_step_aside_the_last_first_for_the_key_column(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from cxcharter.ui.tables.fitting import step_aside

    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(1, 5, table))
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(10)
    header.resizeSection(4, 100)  # always shown: 100 px
    planned = {1: 100, 2: 80, 3: 60}  # optional, most wanted first

    def fit(width: int) -> tuple[list[int], int]:
        table.viewport().resize(width, 180)  # not shown: the viewport keeps this width
        step_aside(table, 0, (1, 2, 3), planned, wanted=240, least=150)
        shown = [c for c in (1, 2, 3) if not header.isSectionHidden(c)]
        return shown, header.sectionSize(0)

    assert fit(600) == ([1, 2, 3], 260)  # room for all: the key keeps the rest
    assert fit(560) == ([1, 2], 280), "the last steps aside first"
    assert fit(450) == ([1], 250)
    assert fit(300) == ([], 200)
    assert fit(200) == ([], 150), "never below `least` (the table scrolls then)"
    assert fit(600) == ([1, 2, 3], 260), "a wider window brings them back"
    assert [header.sectionSize(c) for c in (1, 2, 3)] == [100, 80, 60]
