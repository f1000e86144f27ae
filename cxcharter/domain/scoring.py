"""Priorities: an initiative's score by the charter's method, the ranking, the matrix quadrant.

Plain data in, codes out. Initiatives are anything with `.id`, `.position` and
`.get(name)` (store rows, snapshot rows, test rows). The scale of the inputs is
the one entities.py declares: impact, effort and ease 1–10, confidence 0–100 %,
reach ≥ 0 (people or cases per quarter), criterion scores 1–5.

The methods (the charter setting "scoring_method"):

- impact_effort: impact ÷ effort (a ratio, 0.1…10): value per unit of effort. A
  ratio rather than impact − effort, so that a small cheap win and a big costly
  one of the same proportion rank alike, and doubling the effort halves the score.
- ice: impact × (confidence ÷ 10) × ease, each on 1–10, so 1…1,000.
  Confidence is stored as 0–100 %; 80 % counts as 8.
- rice: reach × impact × (confidence ÷ 100) ÷ effort.
- moscow: must 4 > should 3 > could 2 > won't 1.
- weighted: the weighted average of the criterion scores (1–5), a criterion
  whose lower scores are better (cost, risk) counting as 6 − score, shown
  normalised to 0–100 (0: the worst on every criterion, 100: the best).

Ranking: dropped initiatives are not ranked; they form the "not doing" list. A
pinned initiative takes its pinned rank (the nearest free one if two want the
same, the last ones if the rank is beyond the list); the scored ones fill the
other ranks by score, ties broken by their order in the list; initiatives that
cannot be scored come after all ranked ones, in list order, with a code naming
what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import cast

from cxcharter.domain.entities import MOSCOW, SCORING_METHODS
from cxcharter.domain.values import Problem

METHODS = SCORING_METHODS
DEFAULT_METHOD = "impact_effort"
MOSCOW_VALUE = MappingProxyType({"must": 4.0, "should": 3.0, "could": 2.0, "wont": 1.0})
assert set(MOSCOW_VALUE) == set(MOSCOW)

# The inputs each method reads from the initiative itself (weighted reads criteria).
INPUTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "impact_effort": ("impact", "effort"),
        "ice": ("impact", "confidence", "ease"),
        "rice": ("reach", "impact", "confidence", "effort"),
        "moscow": ("moscow",),
        "weighted": (),
    }
)

# The impact/effort matrix: both axes run 1–10; 1–5 is low, 6–10 high, and a
# value at the midpoint itself (5.5) counts as high.
AXIS_LOW, AXIS_HIGH = 1.0, 10.0
MIDPOINT = (AXIS_LOW + AXIS_HIGH) / 2
QUADRANTS = ("quick_win", "big_bet", "fill_in", "money_pit")

CRITERION_LOW, CRITERION_HIGH = 1.0, 5.0


@dataclass(frozen=True, slots=True)
class Score:
    """A score, or None with the problem that says why the initiative is unscored."""

    value: float | None
    problem: Problem | None = None
    display: float | None = None  # what the UI shows (weighted: 0–100), else = value

    @property
    def scored(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True)
class Ranked:
    """One initiative in the ranking (rank None: unscored and not pinned)."""

    id: int
    rank: int | None
    score: Score
    order: int  # 0-based place in the list: ranked first, then unscored
    pinned: bool = False
    problems: tuple[Problem | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Ranking:
    method: str
    order: tuple[Ranked, ...]  # every initiative that is not dropped, best first
    not_doing: tuple[int, ...]  # ids of the dropped initiatives, in list order
    not_doing_problems: Mapping[int, tuple[Problem, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    by_id: Mapping[int, Ranked] = field(default_factory=lambda: MappingProxyType({}))
    best: float | None = None  # the highest score (for bars relative to the best)

    def share(self, initiative_id: int) -> float | None:
        """The score relative to the best one (0…1), for a bar; None if unscored."""
        ranked = self.by_id.get(initiative_id)
        if ranked is None or ranked.score.value is None or not self.best:
            return None
        return max(0.0, min(1.0, ranked.score.value / self.best))


# ------------------------------------------------------------------ one score
def _number(value: object) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    return float(value) if isinstance(value, (int, float)) else None


def missing_inputs(initiative, method: str) -> tuple[str, ...]:
    """The method's own inputs the initiative lacks (in the method's order)."""
    if method == "moscow":
        return () if initiative.get("moscow") in MOSCOW_VALUE else ("moscow",)
    return tuple(name for name in INPUTS[method] if _number(initiative.get(name)) is None)


def _missing(names: tuple[str, ...]) -> Score:
    return Score(None, Problem("score.missing", names[0], {"fields": names}))


@dataclass(frozen=True, slots=True)
class Criterion:
    id: int
    name: str
    weight: float
    higher_is_better: bool


def criteria_of(rows: Iterable) -> tuple[Criterion, ...]:
    return tuple(
        Criterion(
            r.id,
            str(r.get("name") or ""),
            _number(r.get("weight")) or 0.0,
            r.get("higher_is_better") is not False,
        )
        for r in rows
    )


def scores_by_initiative(rows: Iterable) -> dict[int, dict[int, float]]:
    """criterion_score rows → {initiative id: {criterion id: score}}, in one pass."""
    out: dict[int, dict[int, float]] = {}
    for row in rows:
        value = _number(row.get("score"))
        if value is not None:
            out.setdefault(row.get("initiative"), {})[row.get("criterion")] = value
    return out


def criteria_problem(criteria: tuple[Criterion, ...]) -> Problem | None:
    """Why no initiative can have a weighted score, or None."""
    if not criteria:
        return Problem("score.no_criteria", "criterion", {})
    if sum(c.weight for c in criteria) <= 0:
        return Problem("score.zero_weights", "weight", {})
    return None


def weighted_score(criteria: tuple[Criterion, ...], scores: Mapping[int, float]) -> Score:
    """Σ weight × score ÷ Σ weight on 1–5 (lower-is-better criteria as 6 − score)."""
    if problem := criteria_problem(criteria):
        return Score(None, problem)
    total = weights = 0.0
    missing = []
    for criterion in criteria:
        value = scores.get(criterion.id)
        if value is None:
            if criterion.weight > 0:
                missing.append(criterion.name)
            continue
        if not criterion.higher_is_better:
            value = CRITERION_LOW + CRITERION_HIGH - value
        total += criterion.weight * value
        weights += criterion.weight
    if missing:
        return Score(
            None, Problem("score.missing_criteria", "criterion", {"criteria": tuple(missing)})
        )
    average = total / weights
    normalised = (average - CRITERION_LOW) / (CRITERION_HIGH - CRITERION_LOW) * 100
    return Score(average, None, normalised)


def score(
    initiative,
    method: str,
    criteria: tuple[Criterion, ...] = (),
    criterion_scores: Mapping[int, float] | None = None,
) -> Score:
    """The initiative's score by `method` (see the module docstring for each formula)."""
    if method not in METHODS:
        return Score(
            None, Problem("score.unknown_method", "scoring_method", {"value": str(method)})
        )
    if method == "weighted":
        return weighted_score(criteria, criterion_scores or {})
    if names := missing_inputs(initiative, method):
        return _missing(names)
    get = initiative.get
    if method == "moscow":
        value = MOSCOW_VALUE[get("moscow")]
    elif method == "impact_effort":
        value = float(get("impact")) / float(get("effort"))
    elif method == "ice":
        value = float(get("impact")) * float(get("confidence")) / 10 * float(get("ease"))
    else:  # rice
        value = (
            float(get("reach"))
            * float(get("impact"))
            * float(get("confidence"))
            / 100
            / float(get("effort"))
        )
    return Score(value, None, value)


# ------------------------------------------------------------------ ranking
def _order_key(value: float, position: int, row_id: int):
    """Best score first, then the list's order (tests replace this to count comparisons)."""
    return (-value, position, row_id)


def _pin_slots(wanted: list[int], total: int) -> list[int]:
    """Distinct ranks 1…total for pins sorted by the rank they want, each as close as can be.

    Forward: at least the wanted rank and after the previous pin; backward: no
    rank beyond the list. Linear in the number of pins.
    """
    slots: list[int] = []
    for want in wanted:
        slots.append(max(want, slots[-1] + 1 if slots else 1))
    ceiling = total + 1
    for i in range(len(slots) - 1, -1, -1):
        slots[i] = min(slots[i], ceiling - 1)
        ceiling = slots[i]
    return slots


def _is_pinned(initiative) -> bool:
    rank = initiative.get("pinned_rank")
    return isinstance(rank, int) and not isinstance(rank, bool) and rank >= 1


def rank(
    initiatives: Iterable,
    method: str,
    criteria_rows: Iterable = (),
    criterion_score_rows: Iterable = (),
) -> Ranking:
    """Rank every initiative that is not dropped; O(n log n) in the number of initiatives."""
    criteria = criteria_of(criteria_rows)
    by_criterion = scores_by_initiative(criterion_score_rows) if method == "weighted" else {}
    pinned, scored, unscored, dropped = [], [], [], []
    drop_problems: dict[int, tuple[Problem, ...]] = {}
    scores: dict[int, Score] = {}
    for row in initiatives:
        if row.get("status") == "dropped":
            dropped.append(row)
            if not str(row.get("drop_reason") or "").strip():
                drop_problems[row.id] = (Problem("drop.no_reason", "drop_reason", {}),)
            continue
        result = score(row, method, criteria, by_criterion.get(row.id))
        scores[row.id] = result
        if _is_pinned(row):
            pinned.append(row)
        elif result.value is not None:
            scored.append(row)
        else:
            unscored.append(row)

    pinned.sort(key=lambda r: (r.get("pinned_rank"), r.position, r.id))
    scored.sort(key=lambda r: _order_key(cast(float, scores[r.id].value), r.position, r.id))
    unscored.sort(key=lambda r: (r.position, r.id))
    total = len(pinned) + len(scored)
    slots = _pin_slots([r.get("pinned_rank") for r in pinned], total)
    at_slot = dict(zip(slots, pinned, strict=True))

    order: list[Ranked] = []
    rest = iter(scored)
    for place in range(1, total + 1):
        row = at_slot.get(place)
        is_pin = row is not None
        if row is None:
            row = next(rest)
        problems = []
        if is_pin:
            if row.get("pinned_rank") != place:
                problems.append(
                    Problem(
                        "pin.moved",
                        "pinned_rank",
                        {"wanted": row.get("pinned_rank"), "rank": place},
                    )
                )
            if not str(row.get("pin_reason") or "").strip():
                problems.append(Problem("pin.no_reason", "pin_reason", {}))
        result = scores[row.id]
        if result.problem is not None:
            problems.append(result.problem)
        order.append(Ranked(row.id, place, result, place - 1, is_pin, tuple(problems)))
    for row in unscored:
        result = scores[row.id]
        order.append(Ranked(row.id, None, result, len(order), False, (result.problem,)))

    values = [s.value for s in scores.values() if s.value is not None]
    dropped.sort(key=lambda r: (r.position, r.id))
    return Ranking(
        method,
        tuple(order),
        tuple(r.id for r in dropped),
        MappingProxyType(drop_problems),
        MappingProxyType({r.id: r for r in order}),
        max(values) if values else None,
    )


# ------------------------------------------------------------------ matrix
def is_high(value: float) -> bool:
    return value >= MIDPOINT


def quadrant(impact: object, effort: object) -> str | None:
    """quick_win, big_bet, fill_in or money_pit; None without both impact and effort."""
    i, e = _number(impact), _number(effort)
    if i is None or e is None:
        return None
    if is_high(i):
        return "big_bet" if is_high(e) else "quick_win"
    return "money_pit" if is_high(e) else "fill_in"
