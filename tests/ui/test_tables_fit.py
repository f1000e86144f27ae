"""No table of the German sample scrolls sideways at 1280×800 without need, alone or
beside the approval panel, and none cuts the words of its key column.

An overview (goals, ranked initiatives) lets columns that a form also shows step aside;
the tables edited in place shrink their columns alike (kind_table.py). The few tables
that scroll with need are listed in SCROLLS with the reason.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from test_i18n_fit import key_cells_cut

from cxcharter.sample import write_sample

# (model, beside the panel): why that table may scroll sideways there.
SCROLLS = {
    ("RaciMatrixModel", False): "a matrix: one column for each of the 14 people",
    ("RaciMatrixModel", True): "a matrix: one column for each of the 14 people",
}


def model_name(view: QTableView) -> str:
    model = view.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else None
    return type(source if source is not None else model).__name__


def tables_problems(window, panel: bool) -> list[str]:
    """Visible tables that scroll sideways (but for SCROLLS), or whose key column (the
    first shown) cuts a cell's words that its tooltip does not carry."""
    problems = []
    for view in window.workspace.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        name = f"{view.accessibleName()!r} ({model_name(view)})"
        bar = view.horizontalScrollBar()
        if bar.maximum() > 0 and (model_name(view), panel) not in SCROLLS:
            problems.append(f"{name} scrolls sideways (maximum {bar.maximum()})")
        problems += [f"{name} cell {text!r} is cut" for text in key_cells_cut(view)]
    return problems


@pytest.mark.parametrize("panel", [False, True], ids=["alone", "beside_the_panel"])
def test_no_table_scrolls_sideways_without_need(
    styled, german, window, qtbot, tmp_path, every_tab, panel
):
    window.resize(1280, 800)
    window.showNormal()
    window.open_path(str(write_sample(tmp_path / "Beispiel.cxcharter", "de", actor="Anna")))
    if panel:
        window.workflow.show_panel()
    problems, seen = [], set()
    for page, _widget, tab in every_tab(window.workspace):
        try:  # the columns fit once the viewport has its width
            qtbot.waitUntil(lambda: not tables_problems(window, panel), timeout=500)
        except QtTimeoutError:  # a real problem stays, and is listed below
            pass
        problems += [f"{page}[{tab}]: {p}" for p in tables_problems(window, panel)]
        seen |= {model_name(v) for v in window.workspace.findChildren(QTableView) if v.isVisible()}
    assert {"GoalsModel", "TouchpointsModel", "MeetingsModel", "PeopleModel"} <= seen
    assert {"BodiesModel", "DecisionLogModel", "StakeholdersModel"} <= seen
    assert not problems, "tables that scroll sideways or cut:\n" + "\n".join(problems)


def test_tables_refit_when_the_panel_opens_beside_them(styled, german, window, qtbot, tmp_path):
    """The approval panel opened while a page is shown: its tables fit the narrower room
    (they fitted only when shown, so the decision log then scrolled sideways)."""
    window.resize(1280, 800)
    window.showNormal()
    window.open_path(str(write_sample(tmp_path / "Beispiel.cxcharter", "de", actor="Anna")))
    problems = []
    for page, tab in (
        ("ways", 2),
        ("ways", 1),
        ("goals", 1),
        ("stakeholders", 1),
        ("people", None),
    ):
        window.workflow.set_panel_visible(False)
        window.workspace.show_page(page)
        if tab is not None:
            window.workspace.pages[page].tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        window.workflow.show_panel()
        try:
            qtbot.waitUntil(lambda: not tables_problems(window, True), timeout=500)
        except QtTimeoutError:
            pass
        problems += [f"{page}[{tab}]: {p}" for p in tables_problems(window, True)]
    assert not problems, "\n".join(problems)
