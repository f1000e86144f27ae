"""Stress charters for the benchmarks: the sample charter scaled by a factor.

`stress_snapshot(1)` is a quarter of the project's "large" stress charter
(cxcharter/stress.py: people, goals with readings, initiatives, a RACI,
stakeholders, touchpoints, decisions) with every written answer repeated three
times; `stress_snapshot(f)` has f times as many rows and f times as much answer text.
People and RACI activities grow by √f, so the RACI matrix (people × activities
cells) grows f times like the rest: 1× is 50 people × 100 activities, 4× is the
large charter's 100 × 200.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from types import MappingProxyType

from cxcharter.catalog import question_kinds
from cxcharter.domain.model import CharterSnapshot
from cxcharter.stress import SIZES, build_stress

TODAY = dt.date(2026, 11, 23)  # fixed, so every run exports the same document
REPEATS_PER_FACTOR = 3


def stress_snapshot(factor: int, language: str = "en") -> CharterSnapshot:
    """The sample scaled by `factor` (1, 2, 4 …): more rows, longer answers."""
    large = SIZES["large"]
    counts = {name: max(1, round(count * factor / 4)) for name, count in large.items()}
    counts["readings"] = large["readings"]  # per goal: the goals grow instead
    # The RACI matrix prints people × activities cells: each grows by √f, so the
    # matrix (like everything else) grows f times, not f² times.
    for name in ("people", "activities"):
        counts[name] = round(large[name] * math.sqrt(factor / 4))
    name = f"bench-x{factor}"
    SIZES[name] = counts
    try:
        snapshot = build_stress(language, name, today=TODAY)
    finally:
        del SIZES[name]
    kinds = question_kinds()
    answers = {}
    for key, answer in snapshot.answers.items():
        if kinds.get(key) == "text" and answer.text.strip():
            copies = REPEATS_PER_FACTOR * factor
            text = "\n\n".join(f"({n}/{copies}) {answer.text}" for n in range(1, copies + 1))
            answer = dataclasses.replace(answer, text=text)
        answers[key] = answer
    return dataclasses.replace(snapshot, answers=MappingProxyType(answers))


def size_of(snapshot: CharterSnapshot) -> dict[str, int]:
    """What a stress charter holds, for the report."""
    return {
        "people": len(snapshot.people),
        "rows": sum(len(rows) for rows in snapshot.rows.values()),
        "answer_characters": sum(len(a.text) for a in snapshot.answers.values()),
    }
