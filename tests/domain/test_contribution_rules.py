"""The contribution rules without files: who a name means, typed values, the merge."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from cxcharter.domain import contribution as dc
from cxcharter.domain.entities import Row
from cxcharter.domain.model import Answer, CharterSnapshot, Person


def snapshot(**answers: str) -> CharterSnapshot:
    goal = Row("goal", 7, MappingProxyType({"objective": "Faster", "target": 40.0, "owner": 1}))
    return CharterSnapshot(
        "c",
        "en",
        "2026-01-01",
        people=(Person(1, "Ирина Петрова"), Person(2, "Anna Weber"), Person(3, "Anna Berg")),
        answers=MappingProxyType({k.replace("_", "."): Answer(k, v) for k, v in answers.items()}),
        rows=MappingProxyType({"goal": (goal,)}),
    )


def form(*fields: dc.FormField, **values: str) -> dc.FormContent:
    return dc.FormContent("c", 1, 1, "f" * 32, fields, values)


DATE = dc.FormField(
    "answer.front.effective_date", "answer", "front.effective_date", "text", "date", "soon"
)
TARGET = dc.FormField("goal.7.target", "goal", 7, "target", "real", "40")


@pytest.mark.parametrize(
    ("query", "found"), [("ирина", 1), ("2", 2), ("Anna Weber", 2), ("  anna   berg ", 3)]
)
def test_a_person_is_found_by_name_part_or_id(query, found):
    assert dc.find_person(snapshot(), query).id == found


def test_an_ambiguous_name_lists_the_candidates():
    problem = dc.find_person(snapshot(), "Anna")
    assert problem.code == "contribution.ambiguous_person"
    assert problem.params["candidates"] == "Anna Weber (id 2), Anna Berg (id 3)"


def test_a_field_left_as_it_was_is_skipped_even_when_its_start_is_no_valid_value():
    merged = dc.plan(snapshot(front_effective_date="soon"), form(DATE))
    assert merged.problems == () and [m.status for m in merged.merges] == ["skip"]


@pytest.mark.parametrize(
    ("text", "value"), [("42,5", 42.5), (" 1 000 ", 1000.0), ("\u22123", -3.0), ("", None)]
)
def test_numbers_are_read_as_people_type_them(text, value):
    assert dc.parse_value(TARGET, text) == value


@pytest.mark.parametrize(
    ("current", "theirs", "status"),
    [(40.0, "40", "skip"), (40.0, "45", "apply"), (41.0, "45", "conflict"), (45.0, "45", "skip")],
)
def test_three_way_per_field(current, theirs, status):
    snap = snapshot()
    goal = Row("goal", 7, MappingProxyType({"objective": "Faster", "target": current, "owner": 1}))
    snap = CharterSnapshot(
        "c", "en", "x", snap.people, snap.answers, MappingProxyType({"goal": (goal,)})
    )
    (merge,) = dc.plan(snap, form(TARGET, **{TARGET.name: theirs})).merges
    assert merge.status == status
