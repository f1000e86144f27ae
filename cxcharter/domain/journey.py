"""Journey and touchpoints: the touch map by phase, channels, and the touchpoint rules.

Rows are anything with `.get(name)` and `.id` (store rows, snapshot rows, dicts).
"""

from __future__ import annotations

from collections.abc import Iterable

from cxcharter.domain.entities import JOURNEY_PHASES
from cxcharter.domain.values import Problem


def by_phase(touchpoints: Iterable) -> dict[str, list]:
    """Touchpoints under their journey phase, phases in journey order, rows in order."""
    columns: dict[str, list] = {phase: [] for phase in JOURNEY_PHASES}
    for tp in touchpoints:
        phase = tp.get("phase")
        if phase in columns:
            columns[phase].append(tp)
    return columns


def channels(touchpoints: Iterable) -> list[str]:
    """The channels in use, each once (first spelling wins), sorted case-insensitively."""
    seen: dict[str, str] = {}
    for tp in touchpoints:
        channel = str(tp.get("channel") or "").strip()
        if channel:
            seen.setdefault(channel.casefold(), channel)
    return sorted(seen.values(), key=str.casefold)


def same_channel(a: object, b: str) -> bool:
    return str(a or "").strip().casefold() == b.strip().casefold()


def touchpoint_problems(tp) -> list[Problem]:
    """A touchpoint names its channel and the department that owns it."""
    name = str(tp.get("name") or "")
    problems = []
    if not str(tp.get("channel") or "").strip():
        problems.append(Problem("touchpoint.no_channel", "channel", {"name": name}))
    if not str(tp.get("department") or "").strip():
        problems.append(Problem("touchpoint.no_department", "department", {"name": name}))
    return problems


def journey_problems(touchpoints: Iterable) -> list[Problem]:
    """Journey phases nobody has mapped a touchpoint for yet."""
    columns = by_phase(touchpoints)
    return [
        Problem("journey.phase_empty", "phase", {"phase": phase})
        for phase, rows in columns.items()
        if not rows
    ]
