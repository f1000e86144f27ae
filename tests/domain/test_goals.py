"""Goal rules without Qt: progress, trend, completeness, scales and the charter-wide limits."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from cxcharter.domain.entities import Row
from cxcharter.domain.goals import (
    MAX_GOALS,
    assess,
    assess_all,
    check_goal,
    check_goals,
    check_reading,
    goal_complete,
    improves,
    missing_fields,
    progress,
    resolve_metric,
    severity,
    trend,
)
from cxcharter.domain.metrics import custom_metric, metric

NPS, TTR = metric("nps"), metric("time_to_resolution")


def goal(goal_id=1, **values):
    base = {
        "objective": "Raise NPS",
        "primary": False,
        "metric": "",
        "custom_metric": None,
        "baseline": None,
        "baseline_date": None,
        "target": None,
        "due": None,
        "owner": None,
    }
    return Row("goal", goal_id, MappingProxyType({**base, **values}))


def reading(reading_id, date, value, goal_id=1):
    return Row(
        "reading",
        reading_id,
        MappingProxyType({"goal": goal_id, "date": date, "value": value, "note": ""}),
    )


FULL = {"metric": "nps", "baseline": 18.0, "target": 30.0, "owner": 1, "due": "2027-12-31"}


def codes(problems):
    return [(p.code, p.field) for p in problems]


# ------------------------------------------------------------------ progress
@pytest.mark.parametrize(
    "baseline, target, value, direction, expected",
    [
        (18, 30, 24, "higher", 0.5),
        (18, 30, 18, "higher", 0.0),
        (18, 30, 30, "higher", 1.0),
        (18, 30, 35, "higher", 1.0),  # beyond the target: done, not 140 %
        (18, 30, 10, "higher", 0.0),  # worse than the start: nothing gained
        (31, 20, 25.5, "lower", 0.5),  # time to resolution falls towards its target
        (31, 20, 33, "lower", 0.0),
        (31, 20, 19, "lower", 1.0),
        (-20, 10, -5, "higher", 0.5),  # negative NPS
        (31, 20, 25.5, None, 0.5),  # no metric: the target's side decides
    ],
)
def test_progress_respects_direction_and_clamps(baseline, target, value, direction, expected):
    assert progress(baseline, target, value, direction) == pytest.approx(expected)


@pytest.mark.parametrize(
    "baseline, target, value, direction",
    [
        (None, 30, 20, "higher"),
        (18, None, 20, "higher"),
        (18, 30, None, "higher"),
        (18, 18, 18, "higher"),  # nothing to move towards
        (18, 10, 12, "higher"),  # target worse than baseline: progress is meaningless
        (20, 31, 25, "lower"),
    ],
)
def test_progress_is_none_when_it_cannot_be_computed(baseline, target, value, direction):
    assert progress(baseline, target, value, direction) is None


def test_improves():
    assert improves(18, 30, "higher") and not improves(18, 18, "higher")
    assert improves(31, 20, "lower") and not improves(20, 31, "lower")


# ------------------------------------------------------------------ trend
def test_trend_compares_the_last_two_readings_by_date():
    readings = [
        reading(3, "2026-10-01", 20.0),
        reading(1, "2026-08-01", 18.0),
        reading(2, "2026-09-01", 21.0),
    ]
    up = trend(readings, "higher")  # 21 → 20, read in date order, not id order
    assert (up.way, up.good) == ("down", False)
    assert up.change == pytest.approx(-1.0)
    assert trend(readings, "lower").good is True, "falling is good when lower is better"
    assert trend(readings, None).good is None


def test_trend_flat_and_too_few_readings():
    assert trend([], "higher") is None
    assert trend([reading(1, "2026-01-01", 5.0)], "higher") is None
    flat = trend([reading(1, "2026-01-01", 5.0), reading(2, "2026-02-01", 5.0)], "higher")
    assert (flat.way, flat.good) == ("flat", None)


def test_same_day_readings_keep_entry_order():
    readings = [reading(2, "2026-01-01", 7.0), reading(1, "2026-01-01", 5.0)]
    assert trend(readings, "higher").way == "up"


# ------------------------------------------------------------------ completeness
def test_a_complete_goal_has_metric_baseline_target_owner_and_due():
    assert goal_complete(goal(**FULL))
    assert missing_fields(goal(**FULL)) == ()
    assert missing_fields(goal()) == ("metric", "baseline", "target", "owner", "due")
    custom = {**FULL, "metric": "", "custom_metric": 4}
    assert goal_complete(goal(**custom)), "a custom metric counts as a metric"
    assert not goal_complete(goal(**{**FULL, "owner": None}))
    assert not goal_complete(goal(**{**FULL, "due": ""}))
    assert goal_complete(goal(**{**FULL, "baseline": 0.0})), "zero is a value"
    assert goal_complete(
        {"metric": "nps", "baseline": 1, "target": 2, "owner": 3, "due": "2027-01-01"}
    ), "plain dicts work too"


def test_incomplete_goal_names_each_missing_field():
    problems = check_goal(goal(metric="nps", baseline=18.0), NPS)
    assert codes(problems) == [
        ("goal.missing", "target"),
        ("goal.missing", "owner"),
        ("goal.missing", "due"),
    ]
    assert all(severity(p.code) == "warning" for p in problems)


# ------------------------------------------------------------------ rules
def test_target_must_improve_on_the_baseline_in_the_metrics_direction():
    assert check_goal(goal(**FULL), NPS) == []
    worse = check_goal(goal(**{**FULL, "target": 15.0}), NPS)
    assert codes(worse) == [("goal.target_not_better", "target")]
    assert worse[0].params == {"baseline": 18.0, "target": 15.0, "direction": "higher"}
    assert severity(worse[0].code) == "error"
    same = check_goal(goal(**{**FULL, "target": 18.0}), NPS)
    assert codes(same) == [("goal.target_not_better", "target")]

    ttr = {**FULL, "metric": "time_to_resolution", "baseline": 31.0}
    assert codes(check_goal(goal(**{**ttr, "target": 20.0}), TTR)) == []
    wrong = check_goal(goal(**{**ttr, "target": 40.0}), TTR)
    assert codes(wrong) == [("goal.target_not_better", "target")]
    assert wrong[0].params["direction"] == "lower"


def test_values_stay_on_the_metrics_scale():
    problems = check_goal(goal(**{**FULL, "baseline": -120.0, "target": 130.0}), NPS)
    assert codes(problems) == [("goal.out_of_scale", "baseline"), ("goal.out_of_scale", "target")]
    assert problems[0].params == {"value": -120.0, "low": -100.0, "high": 100.0}
    fcr = {**FULL, "metric": "fcr", "baseline": 68.0, "target": 101.0}
    assert ("goal.out_of_scale", "target") in codes(check_goal(goal(**fcr), metric("fcr")))
    open_top = {**FULL, "metric": "time_to_resolution", "baseline": 900.0, "target": 20.0}
    assert check_goal(goal(**open_top), TTR) == [], "hours have no upper end"
    negative = {**FULL, "metric": "time_to_resolution", "baseline": 31.0, "target": -1.0}
    assert ("goal.out_of_scale", "target") in codes(check_goal(goal(**negative), TTR))


def test_readings_stay_on_the_scale():
    bad = reading(9, "2026-10-01", 140.0)
    problem = check_reading(bad, NPS)
    assert (problem.code, problem.field) == ("reading.out_of_scale", "value")
    assert problem.params["reading"] == 9 and problem.params["date"] == "2026-10-01"
    assert check_reading(reading(1, "2026-10-01", 40.0), NPS) is None
    assert check_reading(bad, None) is None, "no metric, no scale"
    problems = check_goal(goal(**FULL), NPS, [bad, reading(1, "2026-09-01", 20.0)])
    assert codes(problems) == [("reading.out_of_scale", "readings")]


def test_without_a_metric_only_completeness_is_checked():
    problems = check_goal(goal(**{**FULL, "metric": "", "target": 5.0}), None)
    assert codes(problems) == [("goal.missing", "metric")]


def test_an_unknown_metric_key_is_pointed_out():
    problems = check_goal(goal(**{**FULL, "metric": "happiness"}), None)
    assert codes(problems) == [("goal.unknown_metric", "metric")]
    assert problems[0].params == {"value": "happiness"}


def test_due_date_after_the_baseline_date():
    late = goal(**{**FULL, "baseline_date": "2026-09-30", "due": "2026-06-30"})
    problems = check_goal(late, NPS)
    assert codes(problems) == [("goal.due_before_baseline", "due")]
    ok = goal(**{**FULL, "baseline_date": "2026-09-30", "due": "2027-12-31"})
    assert check_goal(ok, NPS) == []


def test_more_than_one_primary_goal_is_a_warning():
    goals = [goal(1, primary=True), goal(2, primary=True), goal(3)]
    problems = check_goals(goals)
    assert codes(problems) == [("goals.several_primary", "primary")]
    assert problems[0].params == {"count": 2, "goals": (1, 2)}
    assert severity("goals.several_primary") == "warning"
    assert check_goals([goal(1, primary=True), goal(2)]) == []
    assert check_goals([]) == []


def test_more_than_six_goals_is_a_warning():
    six = [goal(i) for i in range(1, MAX_GOALS + 1)]
    assert check_goals(six) == []
    problems = check_goals([*six, goal(7)])
    assert codes(problems) == [("goals.too_many", "")]
    assert problems[0].params == {"count": 7, "limit": 6}


# ------------------------------------------------------------------ together
def test_custom_metrics_resolve_and_rule():
    row = Row(
        "custom_metric",
        4,
        MappingProxyType(
            {
                "name": "No-fault returns",
                "unit": "appliances",
                "low": 0.0,
                "high": None,
                "direction": "lower",
                "definition": "",
            }
        ),
    )
    customs = {4: custom_metric(row)}
    g = goal(**{**FULL, "metric": "", "custom_metric": 4, "baseline": 11500.0, "target": 9200.0})
    assert resolve_metric(g, customs).name["en"] == "No-fault returns"
    assert resolve_metric(g, {}) is None
    assert resolve_metric(goal(metric="nps"), customs) is NPS
    status = assess(
        g, [reading(1, "2026-10-01", 11500.0), reading(2, "2026-11-01", 10350.0)], customs
    )
    assert status.progress == pytest.approx(0.5)
    assert (status.trend.way, status.trend.good) == ("down", True)
    wrong = goal(
        **{**FULL, "metric": "", "custom_metric": 4, "baseline": 9200.0, "target": 11500.0}
    )
    assert codes(assess(wrong, [], customs).problems) == [("goal.target_not_better", "target")]


def test_assess_all_reads_everything_once_and_marks_primary_goals():
    goals = [goal(1, primary=True, **FULL), goal(2, primary=True, **FULL), goal(3)]
    readings = [
        reading(1, "2026-09-01", 18.0, 1),
        reading(2, "2026-10-01", 21.0, 1),
        reading(3, "2026-10-01", 24.0, 2),
    ]
    statuses, charter = assess_all(goals, readings)
    assert codes(charter) == [("goals.several_primary", "primary")]
    one, two, three = statuses[1], statuses[2], statuses[3]
    assert one.progress == pytest.approx(0.25) and one.latest.id == 2
    assert (one.trend.way, one.trend.good) == ("up", True)
    assert two.progress == pytest.approx(0.5) and two.trend is None
    assert three.progress is None and three.latest is None and three.metric is None
    assert ("goals.several_primary", "primary") in codes(one.problems)
    assert ("goals.several_primary", "primary") not in codes(three.problems)
    assert one.complete and not three.complete
    assert [p.field for p in three.problems_at("owner")] == ["owner"]
