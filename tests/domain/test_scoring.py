"""Scoring, ranking and the matrix quadrants, without Qt."""

from __future__ import annotations

import math
from types import MappingProxyType

import pytest

from cxcharter.domain import scoring
from cxcharter.domain.entities import KINDS, Row
from cxcharter.domain.scoring import (
    MIDPOINT,
    Criterion,
    quadrant,
    rank,
    score,
    weighted_score,
)


def initiative(row_id: int, position: int | None = None, **values) -> Row:
    data = {**KINDS["initiative"].defaults(), "title": f"I{row_id}", **values}
    return Row(
        "initiative", row_id, MappingProxyType(data), row_id if position is None else position
    )


def criterion(row_id: int, name: str, weight: float, higher: bool = True) -> Row:
    return Row(
        "criterion",
        row_id,
        MappingProxyType({"name": name, "weight": weight, "higher_is_better": higher}),
        row_id,
    )


def cscore(initiative_id: int, criterion_id: int, value: float) -> Row:
    return Row(
        "criterion_score",
        initiative_id * 1000 + criterion_id,
        MappingProxyType({"initiative": initiative_id, "criterion": criterion_id, "score": value}),
    )


# ------------------------------------------------------------------ methods
def test_impact_effort_is_the_ratio_of_impact_to_effort():
    assert score(initiative(1, impact=8, effort=2), "impact_effort").value == 4
    assert score(initiative(1, impact=3, effort=6), "impact_effort").value == 0.5
    small, big = initiative(1, impact=2, effort=1), initiative(2, impact=10, effort=5)
    assert score(small, "impact_effort").value == score(big, "impact_effort").value


def test_ice_reads_confidence_in_percent_as_tenths():
    result = score(initiative(1, impact=8, confidence=80, ease=6), "ice")
    assert result.value == pytest.approx(8 * 8 * 6)
    assert score(initiative(1, impact=10, confidence=100, ease=10), "ice").value == 1000


def test_rice_is_reach_times_impact_times_confidence_over_effort():
    result = score(initiative(1, reach=300, impact=7, confidence=80, effort=4), "rice")
    assert result.value == pytest.approx(420)
    assert score(initiative(1, reach=0, impact=7, confidence=80, effort=4), "rice").value == 0


def test_moscow_orders_must_should_could_wont():
    values = [
        score(initiative(1, moscow=m), "moscow").value for m in ("must", "should", "could", "wont")
    ]
    assert values == sorted(values, reverse=True)
    assert len(set(values)) == 4


def test_weighted_average_counts_lower_is_better_criteria_inverted():
    criteria = (
        Criterion(1, "Customer value", 40, True),
        Criterion(2, "Business value", 30, True),
        Criterion(3, "Cost", 20, False),
        Criterion(4, "Risk", 10, False),
    )
    result = weighted_score(criteria, {1: 5, 2: 4, 3: 2, 4: 1})
    expected = (40 * 5 + 30 * 4 + 20 * (6 - 2) + 10 * (6 - 1)) / 100
    assert result.value == pytest.approx(expected)
    assert result.display == pytest.approx((expected - 1) / 4 * 100)
    best = weighted_score(criteria, {1: 5, 2: 5, 3: 1, 4: 1})
    worst = weighted_score(criteria, {1: 1, 2: 1, 3: 5, 4: 5})
    assert (best.display, worst.display) == (100, 0)


def test_weights_need_not_add_up_to_100():
    a = (Criterion(1, "A", 2, True), Criterion(2, "B", 1, True))
    b = (Criterion(1, "A", 66.6, True), Criterion(2, "B", 33.3, True))
    assert weighted_score(a, {1: 4, 2: 1}).value == pytest.approx(
        weighted_score(b, {1: 4, 2: 1}).value
    )


def test_weighted_score_through_rank_reads_the_criterion_score_rows():
    rows = [initiative(1), initiative(2)]
    crit = [criterion(1, "Value", 3), criterion(2, "Cost", 1, higher=False)]
    scores = [cscore(1, 1, 5), cscore(1, 2, 5), cscore(2, 1, 4), cscore(2, 2, 1)]
    ranking = rank(rows, "weighted", crit, scores)
    assert ranking.by_id[1].score.value == pytest.approx((3 * 5 + 1 * 1) / 4)
    assert ranking.by_id[2].score.value == pytest.approx((3 * 4 + 1 * 5) / 4)
    assert [r.id for r in ranking.order] == [2, 1]


# ------------------------------------------------------------------ unscored
@pytest.mark.parametrize(
    ("method", "values", "missing"),
    [
        ("impact_effort", {"impact": 5}, ("effort",)),
        ("impact_effort", {}, ("impact", "effort")),
        ("ice", {"impact": 5, "ease": 3}, ("confidence",)),
        ("rice", {"impact": 5, "confidence": 50}, ("reach", "effort")),
        ("moscow", {"impact": 9}, ("moscow",)),
    ],
)
def test_missing_inputs_leave_the_initiative_unscored_with_a_code(method, values, missing):
    result = score(initiative(1, **values), method)
    assert not result.scored
    assert result.problem.code == "score.missing"
    assert result.problem.params["fields"] == missing
    assert result.problem.field == missing[0]


def test_weighted_needs_criteria_with_weight_and_every_score():
    assert weighted_score((), {}).problem.code == "score.no_criteria"
    zero = (Criterion(1, "A", 0, True),)
    assert weighted_score(zero, {1: 3}).problem.code == "score.zero_weights"
    two = (Criterion(1, "Value", 1, True), Criterion(2, "Cost", 1, False))
    result = weighted_score(two, {1: 3})
    assert result.problem.code == "score.missing_criteria"
    assert result.problem.params["criteria"] == ("Cost",)
    # A criterion weighted 0 does not count, scored or not.
    three = (*two, Criterion(3, "Ignored", 0, True))
    assert weighted_score(three, {1: 3, 2: 2}).scored


def test_an_unknown_method_scores_nothing():
    assert (
        score(initiative(1, impact=1, effort=1), "gut_feeling").problem.code
        == "score.unknown_method"
    )


# ------------------------------------------------------------------ ranking
def test_rank_by_score_ties_broken_by_position():
    rows = [
        initiative(1, position=2, impact=4, effort=2),
        initiative(2, position=0, impact=9, effort=1),
        initiative(3, position=1, impact=8, effort=4),
    ]
    ranking = rank(rows, "impact_effort")
    assert [(r.id, r.rank) for r in ranking.order] == [(2, 1), (3, 2), (1, 3)]


def test_unscored_come_after_the_ranked_in_list_order_without_a_rank():
    rows = [
        initiative(1, position=0),
        initiative(2, position=1, impact=2, effort=2),
        initiative(3, position=2, impact=1),
    ]
    ranking = rank(rows, "impact_effort")
    assert [(r.id, r.rank) for r in ranking.order] == [(2, 1), (1, None), (3, None)]
    assert [r.order for r in ranking.order] == [0, 1, 2]
    assert ranking.by_id[3].problems[0].params["fields"] == ("effort",)


def test_pinned_ranks_are_honoured_and_the_rest_fill_around_them():
    rows = [initiative(i, impact=10 - i, effort=1) for i in range(1, 6)]  # 1 best … 5 worst
    rows[4] = initiative(5, impact=5, effort=1, pinned_rank=1, pin_reason="Legal deadline")
    rows[0] = initiative(1, impact=9, effort=1, pinned_rank=4, pin_reason="Waits for CRM")
    ranking = rank(rows, "impact_effort")
    assert [r.id for r in ranking.order] == [5, 2, 3, 1, 4]
    assert [r.pinned for r in ranking.order] == [True, False, False, True, False]
    assert ranking.by_id[5].problems == ()


def test_pinned_unscored_initiative_is_still_ranked():
    rows = [initiative(1, impact=5, effort=1), initiative(2, pinned_rank=1, pin_reason="CEO")]
    ranking = rank(rows, "impact_effort")
    assert [(r.id, r.rank) for r in ranking.order] == [(2, 1), (1, 2)]
    assert [p.code for p in ranking.by_id[2].problems] == ["score.missing"]


def test_two_pins_on_one_rank_take_the_next_free_rank_and_say_so():
    rows = [
        initiative(1, impact=1, effort=1),
        initiative(2, position=5, impact=1, effort=1, pinned_rank=1, pin_reason="a"),
        initiative(3, position=6, impact=1, effort=1, pinned_rank=1, pin_reason="b"),
    ]
    ranking = rank(rows, "impact_effort")
    assert [(r.id, r.rank) for r in ranking.order] == [(2, 1), (3, 2), (1, 3)]
    moved = ranking.by_id[3].problems[0]
    assert (moved.code, moved.params) == ("pin.moved", {"wanted": 1, "rank": 2})


def test_a_pin_beyond_the_list_takes_the_last_rank():
    rows = [
        initiative(1, impact=5, effort=1),
        initiative(2, impact=1, effort=1),
        initiative(3, impact=9, effort=1, pinned_rank=40, pin_reason="later"),
        initiative(4, impact=9, effort=1, pinned_rank=39, pin_reason="later"),
    ]
    ranking = rank(rows, "impact_effort")
    assert [(r.id, r.rank) for r in ranking.order] == [(1, 1), (2, 2), (4, 3), (3, 4)]
    assert ranking.by_id[3].problems[0].params == {"wanted": 40, "rank": 4}


def test_a_pin_without_reason_is_pointed_out():
    ranking = rank([initiative(1, impact=5, effort=1, pinned_rank=1)], "impact_effort")
    assert [p.code for p in ranking.by_id[1].problems] == ["pin.no_reason"]


def test_dropped_initiatives_go_to_not_doing_and_are_not_ranked():
    rows = [
        initiative(1, impact=5, effort=1),
        initiative(
            2,
            position=9,
            status="dropped",
            impact=10,
            effort=1,
            drop_reason="Only 2.4 % of calls outside opening hours",
        ),
        initiative(3, position=3, status="dropped", pinned_rank=1),
    ]
    ranking = rank(rows, "impact_effort")
    assert [r.id for r in ranking.order] == [1]
    assert ranking.by_id[1].rank == 1
    assert ranking.not_doing == (3, 2)
    assert 2 not in ranking.by_id
    assert [p.code for p in ranking.not_doing_problems[3]] == ["drop.no_reason"]
    assert 2 not in ranking.not_doing_problems


def test_share_is_relative_to_the_best_score():
    rows = [initiative(1, impact=8, effort=2), initiative(2, impact=2, effort=2), initiative(3)]
    ranking = rank(rows, "impact_effort")
    assert ranking.share(1) == 1
    assert ranking.share(2) == pytest.approx(0.25)
    assert ranking.share(3) is None
    assert rank([], "rice").share(1) is None


def test_ranking_5000_initiatives_is_n_log_n(monkeypatch):
    compared = 0
    keyed = 0

    class Counting:
        __slots__ = ("key",)

        def __init__(self, key):
            self.key = key

        def __lt__(self, other):
            nonlocal compared
            compared += 1
            return self.key < other.key

    def counting_key(value, position, row_id):
        nonlocal keyed
        keyed += 1
        return Counting((-value, position, row_id))

    scored_calls = 0
    real_score = scoring.score

    def counting_score(*args, **kwargs):
        nonlocal scored_calls
        scored_calls += 1
        return real_score(*args, **kwargs)

    monkeypatch.setattr(scoring, "_order_key", counting_key)
    monkeypatch.setattr(scoring, "score", counting_score)

    n = 5000
    statuses = ("idea", "planned", "in_progress", "done", "dropped")
    rows = [
        initiative(
            i,
            impact=(i * 7) % 10 + 1,
            effort=(i * 3) % 10 + 1,
            status=statuses[i % 5],
            drop_reason="no",
            pinned_rank=(i % 97 + 1) if i % 50 == 1 else None,
            pin_reason="x",
        )
        for i in range(1, n + 1)
    ]
    crit = [criterion(c, f"C{c}", c) for c in range(1, 5)]
    scores = [cscore(i, c, (i + c) % 5 + 1) for i in range(1, n + 1) for c in range(1, 5)]

    for method, extra in (("impact_effort", ()), ("weighted", (crit, scores))):
        compared = keyed = scored_calls = 0
        ranking = rank(rows, method, *extra)
        active = n - n // 5
        assert len(ranking.order) == active
        assert len(ranking.not_doing) == n // 5
        assert scored_calls == active  # every initiative scored exactly once
        assert keyed <= active
        assert compared <= 2 * active * math.log2(active)
        ranks = [r.rank for r in ranking.order]
        assert ranks == list(range(1, active + 1))


def test_ranking_of_weighted_reads_each_criterion_score_once():
    reads = 0

    class CountingRow(Row):
        __slots__ = ()

        def get(self, name, default=None):
            nonlocal reads
            reads += 1
            return super().get(name, default)

    n = 2000
    rows = [initiative(i) for i in range(1, n + 1)]
    crit = [criterion(c, f"C{c}", 1) for c in range(1, 5)]
    scores = [
        CountingRow(
            "criterion_score",
            i * 10 + c,
            MappingProxyType({"initiative": i, "criterion": c, "score": 3}),
        )
        for i in range(1, n + 1)
        for c in range(1, 5)
    ]
    rank(rows, "weighted", crit, scores)
    assert reads == 3 * len(scores)  # score, initiative, criterion: one pass, not n passes


# ------------------------------------------------------------------ matrix
@pytest.mark.parametrize(
    ("impact", "effort", "expected"),
    [
        (9, 2, "quick_win"),
        (9, 9, "big_bet"),
        (2, 2, "fill_in"),
        (2, 9, "money_pit"),
        (MIDPOINT, MIDPOINT, "big_bet"),
        (5, 5, "fill_in"),
        (6, 5, "quick_win"),
        (5, 6, "money_pit"),
        (10, 1, "quick_win"),
        (1, 10, "money_pit"),
    ],
)
def test_quadrant_from_impact_and_effort(impact, effort, expected):
    assert quadrant(impact, effort) == expected


def test_quadrant_needs_both_values():
    assert quadrant(None, 3) is None
    assert quadrant(4, None) is None
    assert quadrant("", "") is None


def test_midpoint_is_the_middle_of_the_1_to_10_scale():
    assert MIDPOINT == 5.5
    field = KINDS["initiative"].field("impact")
    assert (field.low, field.high) == (scoring.AXIS_LOW, scoring.AXIS_HIGH)
