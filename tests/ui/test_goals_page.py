"""The Goals & metrics tab, driven like a user: keyboard, cells, readings, rules, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.goals.goal_delegates import MetricCombo
from cxcharter.ui.sections.goals.goal_model import (
    BASELINE,
    DUE,
    ERROR_TINT,
    METRIC,
    OBJECTIVE,
    OWNER,
    PRIMARY,
    PROBLEMS,
    PROGRESS,
    TARGET,
    WARNING_TINT,
    GoalsModel,
)
from cxcharter.ui.sections.goals.goals_page import TABS, GoalsTab
from cxcharter.ui.session import CharterSession
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.fields import DateField, PersonCombo

HOSTILE = "<b>bold</b> <img src='/etc/passwd'> Zoë 😀"


@pytest.fixture
def host_size() -> tuple[int, int]:
    return 1100, 800


@pytest.fixture
def tab(qtbot, session, host):
    tab = GoalsTab(session, host)
    tab.resize(1100, 800)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab
    tab.detach()


def goals(session):
    return session.document.rows("goal")


def goal(session, goal_id):
    return session.document.row("goal", goal_id)


def cell(tab: GoalsTab, goal_id: int, column: int):
    return tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(goal_id), column))


def add_goal(tab: GoalsTab, qtbot, objective: str) -> int:
    before = {g.id for g in goals(tab.session)}
    tab.new_goal.setFocus()
    qtbot.keyClicks(tab.new_goal, objective)
    qtbot.keyClick(tab.new_goal, Qt.Key.Key_Return)
    (new,) = {g.id for g in goals(tab.session)} - before
    return new


def nps_goal(session, **values) -> int:
    data = {"objective": "Raise NPS", "metric": "nps", "baseline": 18.0, "target": 30.0, **values}
    return session.add_row("goal", data)


def test_tab_is_offered_to_the_goals_section():
    (title, widget_class), *others = TABS
    assert (title, widget_class, others) == ("Goals & metrics", GoalsTab, [])


def test_empty_tab_shows_a_hint_and_every_model_is_sound(tab, qtmodeltester):
    for model in (tab.model, tab.proxy, tab.readings.model, tab.metrics.model):
        qtmodeltester.check(model)
    assert tab.model.rowCount() == 0
    assert tab.lower.currentWidget() is tab.empty and tab.empty.isVisible()
    assert tab.empty.text().startswith("No goals yet")
    assert not tab.banner.isVisible()
    assert not tab.remove_button.isEnabled() and not tab.up_button.isEnabled()
    assert tab.table.accessibleName() == "Goals"
    assert tab.readings.table.accessibleName() and tab.metrics.table.accessibleName()
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    assert headers == [
        "Objective",
        "Primary",
        "Metric",
        "Baseline",
        "Target",
        "Due",
        "Owner",
        "Progress",
        "Checks",
    ]


def test_add_goals_from_the_keyboard(tab, session, qtbot):
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(
        tab.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.new_goal.hasFocus()
    qtbot.keyClicks(tab.new_goal, "Customers recommend us")
    qtbot.keyClick(tab.new_goal, Qt.Key.Key_Return)

    (first,) = goals(session)
    assert first["objective"] == "Customers recommend us"
    assert first["primary"] is True, "the first goal is the primary one"
    assert tab.new_goal.text() == ""
    assert tab.selected_id() == first.id
    assert tab.table.currentIndex().column() == METRIC, "next: choose its metric"
    assert tab.lower.currentIndex() == 1 and tab.detail.title.text() == "Customers recommend us"
    assert session.undo_stack.count() == 1

    second = add_goal(tab, qtbot, "Solve it first time")
    assert goal(session, second)["primary"] is False
    assert [g["objective"] for g in goals(session)] == [
        "Customers recommend us",
        "Solve it first time",
    ]
    tab.new_goal.setFocus()
    qtbot.keyClicks(tab.new_goal, "   ")
    qtbot.keyClick(tab.new_goal, Qt.Key.Key_Return)
    assert len(goals(session)) == 2, "an empty objective adds nothing"

    session.undo()
    assert [g["objective"] for g in goals(session)] == ["Customers recommend us"]
    assert tab.selected_id() == first.id
    session.redo()
    assert tab.model.rowCount() == 2


def form_field(tab: GoalsTab, qtbot, goal_id: int, column: int) -> QWidget:
    """Enter on a cell of the read-only table: the keyboard lands in its field below."""
    tab.table.setFocus()
    tab.table.setCurrentIndex(cell(tab, goal_id, column))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    field = QApplication.focusWidget()
    assert field is tab.detail.field_for(column)
    return field


def type_in_field(qtbot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves it


def test_the_table_is_an_overview_and_the_form_edits_the_goal(tab, session, qtbot, qtmodeltester):
    session.add_person("Anna Weber")
    anna = session.document.people()[0].id
    goal_id = add_goal(tab, qtbot, "Raise NPS")
    row = tab.model.row_of(goal_id)
    assert tab.model.index(row, PROBLEMS).data(Qt.ItemDataRole.ToolTipRole).count("•") == 5
    assert not tab.table.editTriggers(), "the table is read-only"
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is tab.table, "F2 opens no cell editor"
    assert "column" not in tab.detail.metric_info.text()

    editor = form_field(tab, qtbot, goal_id, METRIC)
    assert isinstance(editor, MetricCombo)
    assert editor.currentData() is None
    names = [editor.itemText(i) for i in range(editor.count())]
    assert "Net Promoter Score (NPS)" in names and "Customer Effort Score (CES)" in names
    editor.setCurrentIndex(editor.findData("nps"))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: goal(session, goal_id)["metric"] == "nps")
    assert cell(tab, goal_id, METRIC).data() == "Net Promoter Score (NPS)"
    assert "higher is better" in cell(tab, goal_id, METRIC).data(Qt.ItemDataRole.ToolTipRole)
    assert "points" in tab.detail.baseline_unit.text()
    assert "higher is better" in tab.detail.target_unit.text()

    type_in_field(qtbot, form_field(tab, qtbot, goal_id, BASELINE), "18")
    qtbot.waitUntil(lambda: goal(session, goal_id)["baseline"] == 18.0)
    type_in_field(qtbot, form_field(tab, qtbot, goal_id, TARGET), "30")
    qtbot.waitUntil(lambda: goal(session, goal_id)["target"] == 30.0)
    assert cell(tab, goal_id, TARGET).data() == "30", "the table follows the form"

    owner = form_field(tab, qtbot, goal_id, OWNER)
    assert isinstance(owner, PersonCombo)
    qtbot.keyClick(owner, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: goal(session, goal_id)["owner"] == anna)
    assert cell(tab, goal_id, OWNER).data() == "Anna Weber"

    due = form_field(tab, qtbot, goal_id, DUE)
    assert isinstance(due, DateField)
    due.setDate(QDate(2027, 12, 31))
    qtbot.keyClick(due, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: goal(session, goal_id)["due"] == "2027-12-31")

    assert tab.model.status(goal_id).complete
    assert cell(tab, goal_id, PROBLEMS).data(Role.PROBLEMS) == ()
    assert cell(tab, goal_id, PROBLEMS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Complete, and no rule broken"
    )
    assert not tab.detail.missing.isVisible()
    qtmodeltester.check(tab.model)

    for _ in range(5):  # due, owner, target, baseline, metric: one step each
        session.undo()
    stored = goal(session, goal_id)
    assert (
        stored["metric"],
        stored["baseline"],
        stored["target"],
        stored["owner"],
        stored["due"],
    ) == ("", None, None, None, None)
    assert cell(tab, goal_id, METRIC).data() == ""
    assert tab.detail.metric.currentData() is None and tab.detail.owner.person_id() is None
    assert tab.detail.missing.isVisible()
    assert "metric" in tab.detail.missing.text()

    objective = form_field(tab, qtbot, goal_id, OBJECTIVE)
    type_in_field(qtbot, objective, "Raise NPS to 30")
    qtbot.waitUntil(lambda: goal(session, goal_id)["objective"] == "Raise NPS to 30")
    type_in_field(qtbot, form_field(tab, qtbot, goal_id, OBJECTIVE), "")
    assert goal(session, goal_id)["objective"] == "Raise NPS to 30", "never emptied"
    assert tab.detail.objective.text() == "Raise NPS to 30"


def test_readings_move_the_progress_bar_and_the_trend(tab, session, qtbot, qtmodeltester):
    goal_id = nps_goal(session)
    tab.select_goal(goal_id)
    panel = tab.readings
    index = cell(tab, goal_id, PROGRESS)
    assert index.data(Role.PROGRESS) is None, "no readings, no progress"
    assert "No readings yet" in index.data(Qt.ItemDataRole.ToolTipRole)

    panel.new_date.set_iso("2026-10-01")
    panel.new_value.setFocus()
    qtbot.keyClicks(panel.new_value, "20")
    qtbot.keyClicks(panel.new_note, "Q3 survey")
    qtbot.keyClick(panel.new_note, Qt.Key.Key_Return)
    (first,) = session.document.rows("reading")
    assert (first["goal"], first["date"], first["value"], first["note"]) == (
        goal_id,
        "2026-10-01",
        20.0,
        "Q3 survey",
    )
    assert panel.new_value.text() == "" and panel.new_value.hasFocus()
    assert index.data(Role.PROGRESS) == pytest.approx(2 / 12)
    assert index.data(Role.TREND) is None, "one reading has no trend"

    panel.new_date.set_iso("2026-11-01")
    qtbot.keyClicks(panel.new_value, "24")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert index.data(Role.PROGRESS) == pytest.approx(0.5)
    assert index.data() == "50%"
    trend = index.data(Role.TREND)
    assert (trend.way, trend.good) == ("up", True)
    assert "better" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.rowCount() == 2
    qtmodeltester.check(panel.model)

    # An older reading entered later does not become the latest.
    panel.new_date.set_iso("2026-09-01")
    qtbot.keyClicks(panel.new_value, "30")
    qtbot.keyClick(panel.new_value, Qt.Key.Key_Return)
    assert index.data(Role.PROGRESS) == pytest.approx(0.5)
    assert [panel.model.index(r, 1).data() for r in range(3)] == ["30", "20", "24"]

    # A value is required; nothing is stored without one.
    qtbot.keyClick(panel.new_value, Qt.Key.Key_Return)
    assert panel.error.isVisible() and "value" in panel.error.text()
    assert len(session.document.rows("reading")) == 3

    # Editing a reading's value in its table moves the bar.
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(2, 1))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "27")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data(Role.PROGRESS) == pytest.approx(0.75))

    # Remove the latest with Delete; undo puts it back.
    panel.table.setFocus()
    panel.table.selectRow(2)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(session.document.rows("reading")) == 2
    assert index.data(Role.PROGRESS) == pytest.approx(1 / 6)
    trend = index.data(Role.TREND)
    assert (trend.way, trend.good) == ("down", False)
    session.undo()
    assert index.data(Role.PROGRESS) == pytest.approx(0.75)


def test_lower_is_better_fills_the_bar_as_the_number_falls(tab, session, qtbot):
    goal_id = session.add_row(
        "goal",
        {"objective": "Faster", "metric": "time_to_resolution", "baseline": 31.0, "target": 20.0},
    )
    session.add_row("reading", {"goal": goal_id, "date": "2026-10-01", "value": 29.0})
    session.add_row("reading", {"goal": goal_id, "date": "2026-11-01", "value": 25.5})
    index = cell(tab, goal_id, PROGRESS)
    assert index.data(Role.PROGRESS) == pytest.approx(0.5)
    trend = index.data(Role.TREND)
    assert (trend.way, trend.good) == ("down", True)
    tab.select_goal(goal_id)
    assert "lower is better" in tab.detail.target_unit.text()
    assert "hours" in tab.detail.baseline_unit.text()


def test_a_target_worse_than_the_baseline_is_marked_at_the_row(tab, session, qtbot):
    goal_id = nps_goal(session)
    tab.select_goal(goal_id)
    problems = cell(tab, goal_id, PROBLEMS)
    assert not any(p.code == "goal.target_not_better" for p in problems.data(Role.PROBLEMS))

    type_in_field(qtbot, form_field(tab, qtbot, goal_id, TARGET), "15")
    qtbot.waitUntil(lambda: goal(session, goal_id)["target"] == 15.0)
    target = cell(tab, goal_id, TARGET)
    assert target.data(Qt.ItemDataRole.BackgroundRole) == ERROR_TINT
    tip = target.data(Qt.ItemDataRole.ToolTipRole)
    assert "must be above the baseline (18)" in tip
    assert tip in problems.data(Qt.ItemDataRole.ToolTipRole)
    assert not problems.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(tab, goal_id, PROGRESS).data(Role.PROGRESS) is None
    assert tab.detail.target_error.isVisible()
    assert "must be above the baseline" in tab.detail.target_error.text()
    assert cell(tab, goal_id, OBJECTIVE).data(Qt.ItemDataRole.BackgroundRole) is None

    session.undo()
    assert target.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not tab.detail.target_error.isVisible()
    session.redo()
    assert target.data(Qt.ItemDataRole.BackgroundRole) == ERROR_TINT


def test_values_off_the_scale_are_marked(tab, session, qtbot):
    goal_id = nps_goal(session, baseline=-120.0)
    tab.select_goal(goal_id)
    assert cell(tab, goal_id, BASELINE).data(Qt.ItemDataRole.BackgroundRole) == ERROR_TINT
    assert "outside the metric's scale (-100 … 100)" in tab.detail.baseline_error.text()

    panel = tab.readings
    panel.new_date.set_iso("2026-10-01")
    panel.new_value.setFocus()
    qtbot.keyClicks(panel.new_value, "140")
    qtbot.keyClick(panel.new_value, Qt.Key.Key_Return)
    value = panel.model.index(0, 1)
    assert value.data(Qt.ItemDataRole.BackgroundRole) == ERROR_TINT
    assert "outside the metric's scale" in value.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.problems.isVisible()
    assert "The reading of 2026-10-01 (140)" in panel.problems.text()


def test_the_detail_panel_saves_each_field_with_undo(tab, session, qtbot):
    goal_id = nps_goal(session)
    tab.select_goal(goal_id)
    detail = tab.detail

    detail.rationale.setFocus()
    qtbot.keyClicks(detail.rationale, "Promoters buy more")
    qtbot.waitUntil(lambda: goal(session, goal_id)["rationale"] == "Promoters buy more")
    assert session.undo_stack.count() == 2, "a typing burst is one step"

    detail.baseline.setFocus()
    detail.baseline.selectAll()
    qtbot.keyClicks(detail.baseline, "17.5")
    qtbot.keyClick(detail.baseline, Qt.Key.Key_Tab)
    assert goal(session, goal_id)["baseline"] == 17.5
    assert cell(tab, goal_id, BASELINE).data() == "17.5"

    detail.baseline_date.setFocus()
    detail.baseline_date.setDate(QDate(2026, 9, 30))
    qtbot.keyClick(detail.baseline_date, Qt.Key.Key_Return)
    assert goal(session, goal_id)["baseline_date"] == "2026-09-30"

    detail.phase.setFocus()
    detail.phase.setCurrentIndex(detail.phase.findData("loyalty"))
    detail.phase.activated.emit(detail.phase.currentIndex())
    assert goal(session, goal_id)["phase"] == "loyalty"

    detail.data_source.setFocus()
    qtbot.keyClicks(detail.data_source, "Quarterly survey")
    qtbot.keyClick(detail.data_source, Qt.Key.Key_Return)
    detail.cadence.setFocus()
    qtbot.keyClicks(detail.cadence, "quarterly")
    qtbot.keyClick(detail.cadence, Qt.Key.Key_Tab)
    stored = goal(session, goal_id)
    assert (stored["data_source"], stored["cadence"]) == ("Quarterly survey", "quarterly")

    # A due date before the baseline date is said under the baseline.
    session.update_row("goal", goal_id, due="2026-06-30")
    assert "after the baseline date (2026-09-30)" in detail.baseline_error.text()

    session.undo()  # the due date
    session.undo()  # cadence
    assert goal(session, goal_id)["cadence"] == "" and detail.cadence.text() == ""
    session.undo()
    session.undo()  # the phase
    assert detail.phase.currentData() is None
    session.undo()
    session.undo()  # the baseline
    assert detail.baseline.text() == "18"


def test_typing_waits_for_the_pause_and_flushes_before_switching(tab, session, qtbot):
    one = nps_goal(session)
    two = nps_goal(session, objective="Other")
    tab.select_goal(one)
    tab.detail.rationale.setFocus()
    qtbot.keyClicks(tab.detail.rationale, "Why")
    tab.select_goal(two)  # before the timer fired
    assert goal(session, one)["rationale"] == "Why"
    assert goal(session, two)["rationale"] == ""
    assert tab.detail.rationale.toPlainText() == ""


def test_a_seventh_goal_earns_a_gentle_warning(tab, session, qtbot):
    for number in range(6):
        session.add_row("goal", {"objective": f"Goal {number}"})
    assert not tab.banner.isVisible()
    add_goal(tab, qtbot, "One more")
    assert tab.banner.isVisible()
    assert "7 goals" in tab.banner_text.text()
    assert "too many KPIs get ignored" in tab.banner_text.text()
    assert tab.banner_text.textFormat() == Qt.TextFormat.PlainText
    session.undo()
    assert not tab.banner.isVisible()


def test_two_primary_goals_are_pointed_out(tab, session, qtbot):
    one = nps_goal(session, primary=True)
    two = nps_goal(session, objective="Second")
    check = cell(tab, two, PRIMARY)
    assert tab.proxy.setData(check, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert goal(session, two)["primary"] is True
    assert tab.banner.isVisible() and "2 goals are marked primary" in tab.banner_text.text()
    for goal_id in (one, two):
        assert cell(tab, goal_id, PRIMARY).data(Qt.ItemDataRole.BackgroundRole) == WARNING_TINT
        codes = [p.code for p in cell(tab, goal_id, PROBLEMS).data(Role.PROBLEMS)]
        assert "goals.several_primary" in codes
    session.undo()
    assert not tab.banner.isVisible()
    assert cell(tab, one, PRIMARY).data(Qt.ItemDataRole.BackgroundRole) is None


def test_move_goals_with_buttons_and_keys(tab, session, qtbot):
    ids = [nps_goal(session, objective=name) for name in ("A", "B", "C")]
    tab.select_goal(ids[0])
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    assert [g["objective"] for g in goals(session)] == ["B", "A", "C"]
    assert tab.selected_id() == ids[0], "the moved goal stays selected"

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [g["objective"] for g in goals(session)] == ["B", "C", "A"]
    assert not tab.down_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [g["objective"] for g in goals(session)] == ["B", "A", "C"]
    session.undo()
    session.undo()
    session.undo()
    assert [g["objective"] for g in goals(session)] == ["A", "B", "C"]


def test_sorting_by_a_column_and_back_to_the_charters_order(tab, session, qtbot):
    ids = [nps_goal(session, objective=name) for name in ("B", "A", "C")]
    tab.table.horizontalHeader().setSortIndicator(OBJECTIVE, Qt.SortOrder.AscendingOrder)
    shown = [tab.proxy.index(r, OBJECTIVE).data() for r in range(3)]
    assert shown == ["A", "B", "C"]
    session.add_row("reading", {"goal": ids[2], "date": "2026-10-01", "value": 24.0})
    tab.table.horizontalHeader().setSortIndicator(PROGRESS, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(0, OBJECTIVE).data() == "C", "goals without progress go last"
    tab.select_goal(ids[0])
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    assert tab.proxy.sortColumn() == -1
    assert [tab.proxy.index(r, OBJECTIVE).data() for r in range(3)] == ["A", "B", "C"]


def test_remove_a_goal_with_its_readings_and_undo(tab, session, qtbot):
    keep = nps_goal(session, objective="Keep")
    gone = nps_goal(session, objective="Gone")
    session.add_row("reading", {"goal": gone, "date": "2026-10-01", "value": 20.0})
    tab.select_goal(gone)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [g.id for g in goals(session)] == [keep]
    assert session.document.rows("reading") == ()
    assert tab.selected_id() == keep
    session.undo()
    assert [g.id for g in goals(session)] == [keep, gone]
    assert len(session.document.rows("reading")) == 1
    assert cell(tab, gone, PROGRESS).data(Role.PROGRESS) == pytest.approx(2 / 12)


def test_custom_metrics_are_edited_inline_and_used_by_goals(tab, session, qtbot, qtmodeltester):
    goal_id = add_goal(tab, qtbot, "Fewer no-fault returns")
    qtbot.mouseClick(tab.metrics_button, Qt.MouseButton.LeftButton)
    panel = tab.metrics
    assert tab.lower.currentWidget() is panel and panel.name.hasFocus()
    qtbot.keyClicks(panel.name, "No-fault returns")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    (metric,) = session.document.rows("custom_metric")
    assert metric["name"] == "No-fault returns" and metric["direction"] == "higher"
    model = panel.model
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 2), 500.0)
    assert model.setData(model.index(0, 3), 100.0)
    assert panel.problems.isVisible()
    assert "lower end of the scale must be below" in panel.problems.text()
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) == ERROR_TINT
    assert model.setData(model.index(0, 2), 0.0)
    assert model.setData(model.index(0, 3), None)
    assert model.setData(model.index(0, 4), "lower")
    assert not panel.problems.isVisible()
    assert model.index(0, 4).data() == "lower is better"

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert tab.lower.currentIndex() == 1
    steps = session.undo_stack.count()
    editor = form_field(tab, qtbot, goal_id, METRIC)
    assert isinstance(editor, MetricCombo)
    editor.setCurrentIndex(editor.findData(f"custom:{metric.id}"))
    assert editor.currentText() == "No-fault returns (custom)"
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: goal(session, goal_id)["custom_metric"] == metric.id)
    assert goal(session, goal_id)["metric"] == ""
    assert session.undo_stack.count() == steps + 1, "choosing the metric was one step"
    assert cell(tab, goal_id, METRIC).data() == "No-fault returns"

    session.update_row("goal", goal_id, baseline=11500.0, target=9200.0)
    session.add_row("reading", {"goal": goal_id, "date": "2026-10-01", "value": 10350.0})
    assert cell(tab, goal_id, PROGRESS).data(Role.PROGRESS) == pytest.approx(0.5)
    assert "lower is better" in tab.detail.target_unit.text()

    # Turning the custom metric round makes the target wrong, at once.
    session.update_row("custom_metric", metric.id, direction="higher")
    codes = [p.code for p in cell(tab, goal_id, PROBLEMS).data(Role.PROBLEMS)]
    assert "goal.target_not_better" in codes

    # Removing the metric leaves the goal without one; undo brings it back.
    tab.metrics_button.setChecked(True)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert goal(session, goal_id)["custom_metric"] is None
    assert cell(tab, goal_id, METRIC).data() == ""
    session.undo()
    assert goal(session, goal_id)["custom_metric"] == metric.id
    assert cell(tab, goal_id, METRIC).data() == "No-fault returns"


def test_user_text_stays_plain(tab, session, qtbot):
    goal_id = nps_goal(session, objective=HOSTILE, rationale=HOSTILE)
    session.add_row("custom_metric", {"name": HOSTILE, "low": 5.0, "high": 1.0})
    tab.select_goal(goal_id)
    assert tab.detail.title.text() == HOSTILE
    assert cell(tab, goal_id, OBJECTIVE).data() == HOSTILE
    tab.metrics_button.setChecked(True)
    shown = [label for label in tab.findChildren(QLabel) if "<b>" in label.text()]
    assert len(shown) >= 2  # the goal's title, the custom metric's problems or name
    for label in tab.findChildren(QLabel):
        if "<" in label.text() or label.objectName() in ("goalTitle", "goalMetric", "hint"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_the_model_keeps_up_with_changes_elsewhere(qtbot, session, qtmodeltester):
    model = GoalsModel(session)
    qtmodeltester.check(model)
    goal_id = nps_goal(session)
    session.add_row("reading", {"goal": goal_id, "date": "2026-10-01", "value": 24.0})
    qtmodeltester.check(model)
    assert model.index(0, PROGRESS).data(Role.PROGRESS) == pytest.approx(0.5)
    with qtbot.waitSignal(model.dataChanged):
        session.add_row("reading", {"goal": goal_id, "date": "2026-11-01", "value": 30.0})
    assert model.index(0, PROGRESS).data(Role.PROGRESS) == pytest.approx(1.0)
    assert model.index(0, OBJECTIVE).data(Role.ROW_ID) == goal_id
    model.detach()


def test_read_only_charter_cannot_be_edited(qtbot, tmp_path, host):
    path = tmp_path / "c.cxcharter"
    doc = CharterDocument.create(path, title="T", language="en", actor="tester")
    goal_id = doc.add_row("goal", {"objective": "Raise NPS", "metric": "nps"})
    doc.close()
    session = CharterSession(CharterDocument.open(path, actor="t", read_only=True))
    tab = GoalsTab(session, host)
    tab.show()
    assert tab.selected_id() == goal_id
    index = tab.model.index(0, METRIC)
    assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not tab.model.setData(index, "csat")
    for widget in (
        tab.new_goal,
        tab.add_button,
        tab.remove_button,
        tab.readings.add_button,
        tab.metrics.add_button,
    ):
        assert not widget.isEnabled()
    assert tab.detail.rationale.isReadOnly() and not tab.detail.phase.isEnabled()
    tab.detach()
    session.close()


def test_the_metric_combo_lists_builtin_then_custom(qtbot, session):
    from cxcharter.domain.metrics import builtin_metrics, custom_metric

    metric_id = session.add_row("custom_metric", {"name": "Callbacks kept", "unit": "%"})
    combo = MetricCombo(
        {metric_id: custom_metric(session.document.row("custom_metric", metric_id))}
    )
    qtbot.addWidget(combo)
    assert isinstance(combo, QComboBox)
    keys = [combo.itemData(i) for i in range(combo.count()) if combo.itemText(i)]
    assert keys == [None, *[m.key for m in builtin_metrics()], f"custom:{metric_id}"]
    nps = combo.findData("nps")
    assert "Share of promoters" in combo.itemData(nps, Qt.ItemDataRole.ToolTipRole)
