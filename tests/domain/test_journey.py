"""Journey rules without Qt: the touch map by phase, channels, touchpoint completeness."""

from __future__ import annotations

from cxcharter.domain.entities import JOURNEY_PHASES
from cxcharter.domain.journey import (
    by_phase,
    channels,
    journey_problems,
    same_channel,
    touchpoint_problems,
)


class R(dict):
    def __init__(self, id=0, **values):
        super().__init__(values)
        self.id = id


def test_by_phase_keeps_journey_order_and_row_order():
    rows = [
        R(1, name="Hotline", phase="service"),
        R(2, name="Website", phase="awareness"),
        R(3, name="Chat", phase="service"),
        R(4, name="Odd", phase=None),
    ]
    columns = by_phase(rows)
    assert list(columns) == list(JOURNEY_PHASES)
    assert [r.id for r in columns["service"]] == [1, 3]
    assert [r.id for r in columns["awareness"]] == [2]
    assert columns["loyalty"] == []
    assert sum(len(v) for v in columns.values()) == 3


def test_channels_once_each_sorted():
    rows = [
        R(1, channel="Phone"),
        R(2, channel="e-mail"),
        R(3, channel="phone "),
        R(4, channel=""),
        R(5, channel=None),
        R(6, channel="App"),
    ]
    assert channels(rows) == ["App", "e-mail", "Phone"]
    assert same_channel(" PHONE", "phone")
    assert not same_channel(None, "phone")


def test_a_touchpoint_names_channel_and_department():
    assert (
        touchpoint_problems(R(1, name="Hotline", channel="Phone", department="Customer Service"))
        == []
    )
    problems = touchpoint_problems(R(1, name="Hotline", channel=" ", department=""))
    assert [(p.code, p.field) for p in problems] == [
        ("touchpoint.no_channel", "channel"),
        ("touchpoint.no_department", "department"),
    ]
    assert problems[0].params == {"name": "Hotline"}


def test_empty_phases_are_pointed_out():
    rows = [R(1, phase="service"), R(2, phase="awareness")]
    assert [p.params["phase"] for p in journey_problems(rows)] == [
        "consideration",
        "purchase",
        "loyalty",
    ]
    assert len(journey_problems([])) == 5
