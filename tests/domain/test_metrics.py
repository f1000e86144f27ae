"""The metric catalogue: complete, in both languages, on sensible scales; custom metrics."""

from __future__ import annotations

import json
from types import MappingProxyType

import pytest

from cxcharter.assets import resource
from cxcharter.domain.entities import Row
from cxcharter.domain.metrics import (
    LANGUAGES,
    builtin_metrics,
    check_custom_metric,
    custom_metric,
    is_builtin,
    metric,
    parse_metric,
)

EXPECTED = {  # key: (low, high, direction)
    "nps": (-100, 100, "higher"),
    "csat": (0, 100, "higher"),
    "ces": (1, 7, "higher"),
    "churn_rate": (0, 100, "lower"),
    "time_to_resolution": (0, None, "lower"),
    "fcr": (0, 100, "higher"),
    "response_time": (0, None, "lower"),
    "revenue_per_customer": (0, None, "higher"),
    "customer_lifetime": (0, None, "higher"),
    "repeat_customer_share": (0, 100, "higher"),
    "retention_rate": (0, 100, "higher"),
    "first_response_time": (0, None, "lower"),
    "average_handle_time": (0, None, "lower"),
}


def test_every_standard_metric_is_there_with_scale_and_direction():
    found = {m.key: (m.low, m.high, m.direction) for m in builtin_metrics()}
    assert found == EXPECTED


def test_every_metric_speaks_both_languages_in_one_line():
    for m in builtin_metrics():
        for lang in LANGUAGES:
            for what in ("name", "unit", "definition"):
                text = m.text(what, lang)
                assert text.strip() and "\n" not in text, (m.key, what, lang)
        assert m.definition["en"] != m.definition["de"], m.key
    names = [m.name["de"] for m in builtin_metrics()]
    assert len(set(names)) == len(names)


def test_the_file_has_nothing_the_loader_drops():
    with resource("metrics.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)["metrics"]
    allowed = {"key", "name", "unit", "low", "high", "direction", "definition"}
    for entry in raw:
        assert set(entry) == allowed, entry["key"]


def test_ces_says_which_scale_and_units_are_right():
    assert "1–7" in metric("ces").definition["en"] and "easier" in metric("ces").definition["en"]
    assert metric("time_to_resolution").unit["en"] == "hours"
    assert metric("first_response_time").unit["de"] == "Minuten"
    assert metric("revenue_per_customer").unit["en"] == "EUR"
    assert "%" in metric("csat").unit["en"]


def test_lookup_by_key():
    assert metric("nps").name["en"] == "Net Promoter Score (NPS)"
    assert is_builtin("fcr") and not is_builtin("nope") and not is_builtin(None)
    with pytest.raises(KeyError):
        metric("nope")


def test_scale_membership():
    nps = metric("nps")
    assert nps.in_scale(-100) and nps.in_scale(100) and not nps.in_scale(100.5)
    ttr = metric("time_to_resolution")
    assert ttr.in_scale(10_000) and not ttr.in_scale(-1)


@pytest.mark.parametrize(
    "broken, message",
    [
        ({"key": "x", "name": {"en": "X"}}, "x.name"),
        ({"key": "x", "name": {"en": "X", "de": "X"}, "unit": {"en": "", "de": ""}}, "x.unit"),
        ({"key": "x", "direction": "sideways"}, "direction"),
        ({"key": "x", "direction": "higher", "low": "0"}, "x.low"),
        ({"key": "x", "direction": "higher", "low": 5, "high": 1}, "low must be below"),
        ({"key": "custom:1", "direction": "higher"}, "bad key"),
    ],
)
def test_broken_entries_are_refused_naming_the_field(broken, message):
    entry = {
        "name": {"en": "X", "de": "X"},
        "unit": {"en": "u", "de": "u"},
        "definition": {"en": "d", "de": "d"},
        "direction": "higher",
        **broken,
    }
    with pytest.raises(ValueError, match=message):
        parse_metric(entry)


def row(row_id=1, **values):
    return Row("custom_metric", row_id, MappingProxyType(values))


def test_a_custom_metric_row_becomes_a_metric():
    m = custom_metric(
        row(
            7,
            name="No-fault returns",
            unit="appliances",
            low=0.0,
            high=None,
            direction="lower",
            definition="Returns without a fault found",
        )
    )
    assert m.key == "custom:7" and m.custom_id == 7
    assert m.name["de"] == m.name["en"] == "No-fault returns"
    assert (m.low, m.high, m.direction) == (0.0, None, "lower")
    assert not m.higher_is_better
    assert m.text("unit", "fr") == "appliances"  # unknown language: English words


def test_custom_metric_rules():
    assert check_custom_metric(row(name="Callbacks kept", low=0.0, high=100.0)) == []
    codes = [(p.code, p.field) for p in check_custom_metric(row(name=" ", low=5.0, high=5.0))]
    assert codes == [("metric.no_name", "name"), ("metric.bad_scale", "high")]
    assert check_custom_metric(row(name="Open", low=None, high=-3.0)) == []
