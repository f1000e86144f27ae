"""The standard CX metrics (data in resources/metrics.json) and a charter's custom ones.

A metric has a name, a unit and a one-line definition in every language, a
scale (low/high, None for open) and the direction that counts as better. The
built-in ones are loaded once into frozen objects; a `custom_metric` row of a
charter becomes the same kind of object, so rules and views need not care
which is which.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from cxcharter.assets import resource
from cxcharter.domain.entities import DIRECTIONS
from cxcharter.domain.values import Problem

LANGUAGES = ("en", "de")
CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True, slots=True)
class Metric:
    """One metric: words per language (`name["de"]`), scale and the better direction."""

    key: str  # "nps", or "custom:<row id>" for a charter's own metric
    name: Mapping[str, str]
    unit: Mapping[str, str]
    low: float | None
    high: float | None
    direction: str  # "higher" or "lower"
    definition: Mapping[str, str]
    custom_id: int | None = None

    @property
    def higher_is_better(self) -> bool:
        return self.direction != "lower"

    def text(self, what: str, language: str) -> str:
        """name, unit or definition in `language` (English if that one is missing)."""
        words: Mapping[str, str] = getattr(self, what)
        return words.get(language) or words.get("en", "")

    def in_scale(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


def _words(raw: object, where: str) -> Mapping[str, str]:
    if not isinstance(raw, dict) or any(
        not isinstance(raw.get(lang), str) or not raw[lang] for lang in LANGUAGES
    ):
        raise ValueError(f"metrics.json: {where} needs text in {', '.join(LANGUAGES)}")
    return MappingProxyType({lang: raw[lang] for lang in LANGUAGES})


def _bound(raw: object, where: str) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise ValueError(f"metrics.json: {where} must be a number or null")
    return float(raw)


def parse_metric(raw: dict) -> Metric:
    """One entry of metrics.json; ValueError naming the key and field when it is wrong."""
    key = raw.get("key")
    if not isinstance(key, str) or not key or key.startswith(CUSTOM_PREFIX):
        raise ValueError(f"metrics.json: bad key {key!r}")
    direction = raw.get("direction")
    if direction not in DIRECTIONS:
        raise ValueError(f"metrics.json: {key}.direction must be one of {DIRECTIONS}")
    low, high = _bound(raw.get("low"), f"{key}.low"), _bound(raw.get("high"), f"{key}.high")
    if low is not None and high is not None and low >= high:
        raise ValueError(f"metrics.json: {key}: low must be below high")
    return Metric(
        key,
        _words(raw.get("name"), f"{key}.name"),
        _words(raw.get("unit"), f"{key}.unit"),
        low,
        high,
        direction,
        _words(raw.get("definition"), f"{key}.definition"),
    )


@cache
def builtin_metrics() -> tuple[Metric, ...]:
    """The standard metrics, in the order of the resource file."""
    with resource("metrics.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    result = tuple(parse_metric(entry) for entry in raw["metrics"])
    keys = [m.key for m in result]
    if len(set(keys)) != len(keys):
        raise ValueError("metrics.json: a key is repeated")
    return result


@cache
def _by_key() -> Mapping[str, Metric]:
    return MappingProxyType({m.key: m for m in builtin_metrics()})


def metric(key: str) -> Metric:
    """A built-in metric by its key; KeyError for an unknown one."""
    return _by_key()[key]


def is_builtin(key: object) -> bool:
    return isinstance(key, str) and key in _by_key()


def custom_metric(row) -> Metric:
    """A charter's `custom_metric` row as a Metric (its words are the same in every language)."""
    name = str(row.get("name") or "")
    unit = str(row.get("unit") or "")
    definition = str(row.get("definition") or "")
    low, high = row.get("low"), row.get("high")
    return Metric(
        f"{CUSTOM_PREFIX}{row.id}",
        MappingProxyType(dict.fromkeys(LANGUAGES, name)),
        MappingProxyType(dict.fromkeys(LANGUAGES, unit)),
        None if low is None else float(low),
        None if high is None else float(high),
        str(row.get("direction") or "higher"),
        MappingProxyType(dict.fromkeys(LANGUAGES, definition)),
        custom_id=row.id,
    )


def check_custom_metric(row) -> list[Problem]:
    """A custom metric needs a name and, when both ends are given, low below high."""
    problems = []
    if not str(row.get("name") or "").strip():
        problems.append(Problem("metric.no_name", "name", {}))
    low, high = row.get("low"), row.get("high")
    if low is not None and high is not None and low >= high:
        problems.append(Problem("metric.bad_scale", "high", {"low": low, "high": high}))
    return problems
