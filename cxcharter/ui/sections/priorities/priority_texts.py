"""The words of the priorities area: methods, inputs, quadrants, scores and broken rules."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TR_NOOP

from cxcharter.domain.glossary import term
from cxcharter.domain.scoring import MOSCOW_VALUE, Score
from cxcharter.domain.values import Problem
from cxcharter.ui.i18n import current_language, tr, tr_marked
from cxcharter.ui.widgets.fields import format_number, format_percent
from cxcharter.ui.widgets.labels import choice_label

INPUT_TITLES = {  # marked for lupdate; column headers and names in messages
    "impact": QT_TR_NOOP("Impact"),
    "effort": QT_TR_NOOP("Effort"),
    "confidence": QT_TR_NOOP("Confidence"),
    "ease": QT_TR_NOOP("Ease"),
    "reach": QT_TR_NOOP("Reach"),
    "moscow": QT_TR_NOOP("MoSCoW"),
}


QUADRANT_HINTS = {
    "quick_win": QT_TR_NOOP("high impact, low effort"),
    "big_bet": QT_TR_NOOP("high impact, high effort"),
    "fill_in": QT_TR_NOOP("low impact, low effort"),
    "money_pit": QT_TR_NOOP("low impact, high effort"),
}


def input_title(name: str) -> str:
    text = INPUT_TITLES.get(name)
    return tr_marked(text) if text else name


def quadrant_name(key: str | None, plural: bool = True) -> str:
    """The quadrant's name in the window's language, the word the PDF prints too."""
    if key is None:
        return ""
    return term(current_language(), f"{'quadrants' if plural else 'quadrant'}.{key}")


def quadrant_hint(key: str) -> str:
    return tr_marked(QUADRANT_HINTS[key])


def method_explanation(method: str) -> str:
    """One sentence on how the method scores and ranks."""
    if method == "ice":
        return tr(
            "ICE multiplies impact, confidence and ease, each from 1 to 10 (a confidence "
            "of 80 % counts as 8): from 1 to 1,000, higher ranks first."
        )
    if method == "rice":
        return tr(
            "RICE is reach × impact × confidence ÷ effort: reach in customers per "
            "quarter, impact and effort from 1 to 10, confidence in per cent."
        )
    if method == "moscow":
        return tr(
            "MoSCoW ranks must-haves first, then should-haves, could-haves and "
            "won't-haves; within a class the order of the list decides."
        )
    if method == "weighted":
        return tr(
            "Each initiative gets 1 to 5 points per criterion; the score is the "
            "weighted average (criteria where less is better, like cost, count "
            "inverted), shown from 0 to 100."
        )
    return tr(
        "Impact divided by effort, each from 1 (low) to 10 (high): the more impact "
        "per unit of effort, the higher the rank."
    )


def _names(names) -> str:
    return ", ".join(names)


def problem_text(problem: Problem) -> str:
    p = problem.params
    code = problem.code
    if code == "score.missing":
        return tr("Not scored yet: {fields} missing.").format(
            fields=_names(input_title(f) for f in p.get("fields", ()))
        )
    if code == "score.missing_criteria":
        return tr("Not scored yet: no points for {criteria}.").format(
            criteria=_names(p.get("criteria", ()))
        )
    if code == "score.no_criteria":
        return tr("Not scored yet: add the criteria of the weighted method.")
    if code == "score.zero_weights":
        return tr("Not scored: every criterion has the weight 0.")
    if code == "score.unknown_method":
        return tr("Unknown scoring method “{value}”.").format(value=p.get("value", ""))
    if code == "pin.moved":
        return tr(
            "Pinned at rank {wanted}, shown at rank {rank}: another initiative is "
            "pinned there, or the list is shorter."
        ).format(wanted=p.get("wanted"), rank=p.get("rank"))
    if code == "pin.no_reason":
        return tr("Pinned without a reason: say why it overrides the score.")
    if code == "drop.no_reason":
        return tr("Say why this initiative is not pursued.")
    return code


def score_text(method: str, score: Score) -> str:
    """The score as the table shows it: '—' when unscored."""
    if score.value is None:
        return "—"
    if method == "moscow":
        for key, value in MOSCOW_VALUE.items():
            if value == score.value:
                return choice_label(key)
    value = score.display if score.display is not None else score.value
    if method == "weighted" or abs(value) >= 100:
        return format_number(round(value))
    return format_number(round(value, 1))


def score_formula(method: str, row, score: Score) -> str:
    """How the score came about, for a tooltip."""
    if score.value is None:
        return problem_text(score.problem) if score.problem else ""
    n = format_number
    get = row.get
    result = score_text(method, score)
    if method == "impact_effort":
        return tr("Impact {impact} ÷ effort {effort} = {score}").format(
            impact=n(get("impact")), effort=n(get("effort")), score=result
        )
    if method == "ice":
        return tr("Impact {impact} × confidence {confidence} × ease {ease} = {score}").format(
            impact=n(get("impact")),
            confidence=format_percent(get("confidence") / 100),
            ease=n(get("ease")),
            score=result,
        )
    if method == "rice":
        return tr(
            "Reach {reach} × impact {impact} × confidence {confidence} ÷ effort {effort} = {score}"
        ).format(
            reach=n(get("reach")),
            impact=n(get("impact")),
            confidence=format_percent(get("confidence") / 100),
            effort=n(get("effort")),
            score=result,
        )
    if method == "weighted":
        return tr("Weighted average {average} of 5 points, {score} of 100").format(
            average=n(round(score.value, 1)), score=result
        )
    return result


def rich_tip(text: str) -> str:
    """A tooltip that shows user text as typed (Qt would render '<b>' in a plain tip)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""
