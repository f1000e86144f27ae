"""Goals: progress between baseline and target, trend, completeness and the goal rules.

Plain data in, codes out: every broken rule is a `Problem(code, field, params)`
whose `field` names the value it points at, so the UI can mark that very cell
and say it in words there. Rows are anything with `.get(name)` and `.id`
(store rows, snapshot rows, or dicts in tests).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cxcharter.domain.metrics import Metric, custom_metric, is_builtin, metric
from cxcharter.domain.values import Problem, parse_date

MAX_GOALS = 6  # more, and the charter is a KPI list that nobody reads
COMPLETE_FIELDS = ("metric", "baseline", "target", "owner", "due")
EPSILON = 1e-9

ERRORS = frozenset(
    {
        "goal.target_not_better",
        "goal.out_of_scale",
        "goal.unknown_metric",
        "goal.due_before_baseline",
        "reading.out_of_scale",
    }
)


def severity(code: str) -> str:
    """'error' for a rule the numbers break, 'warning' for what is missing or too much."""
    return "error" if code in ERRORS else "warning"


# ------------------------------------------------------------------ completeness
def has_metric(goal) -> bool:
    return bool(goal.get("metric")) or goal.get("custom_metric") is not None


def missing_fields(goal) -> tuple[str, ...]:
    """Which of metric, baseline, target, owner and due a goal still lacks."""
    return tuple(
        name
        for name in COMPLETE_FIELDS
        if not (has_metric(goal) if name == "metric" else goal.get(name) not in (None, ""))
    )


def goal_complete(goal, *_ignored) -> bool:
    """A goal a team can be held to: metric, baseline, target, owner and due date."""
    return not missing_fields(goal)


# ------------------------------------------------------------------ measuring
def resolve_metric(goal, customs: Mapping[int, Metric]) -> Metric | None:
    """The goal's metric: its custom metric if it has one, else the built-in by key."""
    custom_id = goal.get("custom_metric")
    if custom_id is not None:
        return customs.get(custom_id)
    key = goal.get("metric")
    return metric(key) if is_builtin(key) else None


def customs_by_id(rows: Iterable) -> dict[int, Metric]:
    return {row.id: custom_metric(row) for row in rows}


def sorted_readings(readings: Iterable) -> list:
    """Oldest first; readings of one day in the order they were entered."""
    return sorted(readings, key=lambda r: (str(r.get("date") or ""), r.id))


def improves(baseline: float, target: float, direction: str) -> bool:
    """Does reaching `target` make things better than `baseline`?"""
    if direction == "lower":
        return target < baseline - EPSILON
    return target > baseline + EPSILON


def progress(
    baseline: float | None, target: float | None, value: float | None, direction: str | None = None
) -> float | None:
    """Where `value` stands between baseline (0) and target (1), clamped; None if unknown.

    Without a direction the target's side of the baseline tells; with one, a
    target that does not improve on the baseline has no meaningful progress.
    """
    if baseline is None or target is None or value is None:
        return None
    if abs(target - baseline) < EPSILON:
        return None
    if direction is not None and not improves(baseline, target, direction):
        return None
    share = (value - baseline) / (target - baseline)
    return max(0.0, min(1.0, share))


@dataclass(frozen=True, slots=True)
class Trend:
    """The move between the last two readings and whether it is the good way."""

    way: str  # "up", "down" or "flat"
    change: float
    good: bool | None  # None: flat, or the direction is unknown


def trend(readings: Iterable, direction: str | None) -> Trend | None:
    ordered = sorted_readings(readings)
    if len(ordered) < 2:
        return None
    change = float(ordered[-1].get("value")) - float(ordered[-2].get("value"))
    if abs(change) < EPSILON:
        return Trend("flat", 0.0, None)
    way = "up" if change > 0 else "down"
    if direction is None:
        return Trend(way, change, None)
    return Trend(way, change, (way == "up") == (direction != "lower"))


# ------------------------------------------------------------------ rules
def _scale(
    value: float, m: Metric, field: str, code: str = "goal.out_of_scale", **extra
) -> Problem | None:
    if m.in_scale(value):
        return None
    return Problem(code, field, {"value": value, "low": m.low, "high": m.high, **extra})


def check_reading(reading, m: Metric | None) -> Problem | None:
    """A reading must lie on its metric's scale (NPS −100…100, percentages 0…100)."""
    value = reading.get("value")
    if m is None or value is None:
        return None
    return _scale(
        float(value),
        m,
        "value",
        "reading.out_of_scale",
        reading=reading.id,
        date=reading.get("date"),
    )


def check_goal(goal, m: Metric | None, readings: Iterable = ()) -> list[Problem]:
    """Everything wrong with one goal, each problem pointing at its field."""
    problems: list[Problem] = []
    key = goal.get("metric")
    if goal.get("custom_metric") is None and key and not is_builtin(key):
        problems.append(Problem("goal.unknown_metric", "metric", {"value": str(key)}))
    problems += [Problem("goal.missing", name, {}) for name in missing_fields(goal)]
    baseline, target = goal.get("baseline"), goal.get("target")
    if m is not None:
        for name, value in (("baseline", baseline), ("target", target)):
            if value is not None and (problem := _scale(float(value), m, name)):
                problems.append(problem)
        if (
            baseline is not None
            and target is not None
            and not improves(baseline, target, m.direction)
        ):
            problems.append(
                Problem(
                    "goal.target_not_better",
                    "target",
                    {"baseline": baseline, "target": target, "direction": m.direction},
                )
            )
        for reading in sorted_readings(readings):
            if problem := check_reading(reading, m):
                problems.append(Problem(problem.code, "readings", problem.params))
    problems += _check_dates(goal)
    return problems


def _check_dates(goal) -> list[Problem]:
    try:
        start, due = parse_date(goal.get("baseline_date")), parse_date(goal.get("due"))
    except (TypeError, ValueError):
        return []  # the store refuses malformed dates; nothing to compare
    if start is not None and due is not None and due <= start:
        return [
            Problem(
                "goal.due_before_baseline",
                "due",
                {"due": due.isoformat(), "baseline_date": start.isoformat()},
            )
        ]
    return []


def check_goals(goals: Iterable) -> list[Problem]:
    """Charter-wide: one primary goal, and few enough goals that people read them."""
    goals = list(goals)
    problems = []
    primary = [g.id for g in goals if g.get("primary")]
    if len(primary) > 1:
        problems.append(
            Problem(
                "goals.several_primary", "primary", {"count": len(primary), "goals": tuple(primary)}
            )
        )
    if len(goals) > MAX_GOALS:
        problems.append(Problem("goals.too_many", "", {"count": len(goals), "limit": MAX_GOALS}))
    return problems


# ------------------------------------------------------------------ all at once
@dataclass(frozen=True, slots=True)
class GoalStatus:
    """What a goals table shows about one goal, computed once per change."""

    metric: Metric | None
    latest: object | None  # the newest reading row, if any
    progress: float | None
    trend: Trend | None
    problems: tuple[Problem, ...]

    @property
    def complete(self) -> bool:
        return not any(p.code == "goal.missing" for p in self.problems)

    def problems_at(self, field: str) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.field == field)


def assess(
    goal,
    readings: Iterable,
    customs: Mapping[int, Metric],
    charter_problems: Iterable[Problem] = (),
) -> GoalStatus:
    readings = sorted_readings(readings)
    m = resolve_metric(goal, customs)
    latest = readings[-1] if readings else None
    direction = m.direction if m is not None else None
    value = None if latest is None else latest.get("value")
    problems = check_goal(goal, m, readings)
    problems += [
        p
        for p in charter_problems
        if p.code == "goals.several_primary" and goal.id in p.params["goals"]
    ]
    return GoalStatus(
        m,
        latest,
        progress(goal.get("baseline"), goal.get("target"), value, direction),
        trend(readings, direction),
        tuple(problems),
    )


def assess_all(
    goals: Iterable, readings: Iterable, custom_rows: Iterable = ()
) -> tuple[dict[int, GoalStatus], list[Problem]]:
    """Every goal's status and the charter-wide problems, reading each row once."""
    goals = list(goals)
    customs = customs_by_id(custom_rows)
    by_goal: dict[int, list] = {}
    for reading in readings:
        by_goal.setdefault(reading.get("goal"), []).append(reading)
    charter = check_goals(goals)
    return ({g.id: assess(g, by_goal.get(g.id, ()), customs, charter) for g in goals}, charter)
