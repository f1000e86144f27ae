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
