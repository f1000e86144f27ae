"""Stress charters for the benchmarks: the sample charter scaled by a factor.

`stress_snapshot(1)` is a quarter of the project's "large" stress charter
(cxcharter/stress.py: people, goals with readings, initiatives, a RACI,
stakeholders, touchpoints, decisions) with every written answer repeated three
times; `stress_snapshot(f)` has f times as many rows and f times as much answer text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import MappingProxyType

from cxcharter.catalog import question_kinds
from cxcharter.domain.model import CharterSnapshot
from cxcharter.stress import SIZES, build_stress

TODAY = dt.date(2026, 11, 23)  # fixed, so every run exports the same document
REPEATS_PER_FACTOR = 3


def stress_snapshot(factor: int, language: str = "en") -> CharterSnapshot:
    """The sample scaled by `factor` (1, 2, 4 …): more rows, longer answers."""
    counts = {name: max(1, round(count * factor / 4))
              for name, count in SIZES["large"].items()}
    counts["readings"] = SIZES["large"]["readings"]  # per goal: the goals grow instead
    counts["people"] = max(counts["people"], 20)
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
