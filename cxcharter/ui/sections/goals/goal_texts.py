"""The goals area in words: metric names in the UI language and the rule messages."""

from __future__ import annotations

from cxcharter.domain.metrics import Metric
from cxcharter.domain.values import Problem
from cxcharter.ui.formats import format_date, format_number
from cxcharter.ui.i18n import current_language, tr


def metric_name(metric: Metric | None) -> str:
    return metric.text("name", current_language()) if metric is not None else ""


def metric_unit(metric: Metric | None) -> str:
    return metric.text("unit", current_language()) if metric is not None else ""


def metric_definition(metric: Metric | None) -> str:
    return metric.text("definition", current_language()) if metric is not None else ""


def direction_text(direction: str) -> str:
    return tr("lower is better") if direction == "lower" else tr("higher is better")


def scale_text(metric: Metric) -> str:
    """−100 … 100, at least 0, at most 10, or any value."""
    return _scale(metric.low, metric.high)


def metric_summary(metric: Metric | None) -> str:
    """One line: unit · scale · which direction is better."""
    if metric is None:
        return ""
    parts = [metric_unit(metric), scale_text(metric), direction_text(metric.direction)]
    return " · ".join(p for p in parts if p)


def _missing(field: str) -> str:
    return {
        "metric": tr("No metric chosen yet."),
        "baseline": tr("No baseline yet."),
        "target": tr("No target yet."),
        "owner": tr("No owner yet."),
        "due": tr("No due date yet."),
    }.get(field, tr("Something is missing."))


def problem_text(problem: Problem) -> str:
    """A rule of domain/goals.py or domain/metrics.py as a sentence in the UI language."""
    p, code = problem.params, problem.code
    if code == "goal.missing":
        return _missing(problem.field)
    if code == "goal.target_not_better":
        values = {"target": format_number(p["target"]), "baseline": format_number(p["baseline"])}
        if p["direction"] == "lower":
            return tr(
                "The target ({target}) must be below the baseline ({baseline}): "
                "lower is better for this metric."
            ).format(**values)
        return tr(
            "The target ({target}) must be above the baseline ({baseline}): "
            "higher is better for this metric."
        ).format(**values)
    if code in ("goal.out_of_scale", "reading.out_of_scale"):
        scale = _scale(p.get("low"), p.get("high"))
        value = format_number(p["value"])
        if code == "reading.out_of_scale":
            return tr(
                "The reading of {date} ({value}) is outside the metric's scale ({scale})."
            ).format(date=format_date(p.get("date")), value=value, scale=scale)
        if problem.field == "baseline":
            return tr("The baseline {value} is outside the metric's scale ({scale}).").format(
                value=value, scale=scale
            )
        return tr("The target {value} is outside the metric's scale ({scale}).").format(
            value=value, scale=scale
        )
    if code == "goal.unknown_metric":
        return tr("Unknown metric “{key}”: choose one from the list.").format(key=p["value"])
    if code == "goal.due_before_baseline":
        return tr("The due date must come after the baseline date ({date}).").format(
            date=format_date(p["baseline_date"])
        )
    if code == "goals.several_primary":
        return tr(
            "{count} goals are marked primary. Choose the one that matters most; "
            "the others support it."
        ).format(count=format_number(p["count"]))
    if code == "goals.too_many":
        return tr(
            "This charter has {count} goals. Charters with too many KPIs get ignored: "
            "consider keeping {limit} or fewer."
        ).format(count=format_number(p["count"]), limit=format_number(p["limit"]))
    if code == "metric.no_name":
        return tr("A custom metric needs a name.")
    if code == "metric.bad_scale":
        return tr("The lower end of the scale must be below the upper end.")
    return code


def _scale(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return tr("{low} … {high}").format(low=format_number(low), high=format_number(high))
    if low is not None:
        return tr("at least {low}").format(low=format_number(low))
    if high is not None:
        return tr("at most {high}").format(high=format_number(high))
    return tr("any value")
