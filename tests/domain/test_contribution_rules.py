"""The contribution rules without files: who a name means, typed values, the merge."""

from __future__ import annotations

import datetime as dt
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


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "1.000", 1000.0),
        ("de", "1.250,5", 1250.5),
        ("de", "12.500.000", 12_500_000.0),
        ("de", "1.5", 1.5),  # one "." without three digits after it: a decimal point
        ("de", "42,5", 42.5),
        ("en", "1,000", 1000.0),
        ("en", "1,250.5", 1250.5),
        ("en", "42.5", 42.5),
        ("en", "42,5", 42.5),
        ("de", "-1.000", -1000.0),
    ],
)
def test_numbers_with_thousands_separators_are_read_as_the_forms_language_writes_them(
    language, text, value
):
    assert dc.parse_value(TARGET, text, language) == value


@pytest.mark.parametrize("text", ["1.000.5", "1,000,5", "1..000", "12.50.000"])
def test_a_number_with_separators_in_no_language_is_refused_with_its_field(text):
    with pytest.raises(ValueError) as caught:
        dc.parse_value(TARGET, text, "de")
    assert caught.value.problem.code == "field.not_number"
    assert caught.value.problem.field == TARGET.name


def test_the_forms_language_decides_over_the_charters():
    german_form = dc.FormContent("c", 1, 1, "f" * 32, (TARGET,), {TARGET.name: "1.000"}, "de")
    (merge,) = dc.plan(snapshot(), german_form).merges  # the charter is English
    assert merge.theirs == 1000.0 and merge.status == "apply"


def test_a_stored_decimal_starts_german_and_reads_back_as_stored_whichever_way_it_was_shown():
    """Forms show a number as their language writes it ("4,125" in German); the facts keep
    the stored "4.125", read the same in every language (four point one two five, not
    four thousand). A field returned as it started, either way, is left alone."""
    precise = dc.FormField("goal.7.target", "goal", 7, "target", "real", "4.125")
    assert dc.starting_text(precise, "de") == "4,125"
    assert dc.starting_text(precise, "en") == "4.125"
    charter = snapshot()
    for shown in ("4,125", "4.125"):  # a form from now on / one made before German starts
        untouched = dc.FormContent("c", 1, 1, "f" * 32, (precise,), {precise.name: shown}, "de")
        assert [m.status for m in dc.plan(charter, untouched).merges] == ["skip"]
    changed = dc.FormContent("c", 1, 1, "f" * 32, (precise,), {precise.name: "4,5"}, "de")
    (merge,) = dc.plan(charter, changed).merges
    assert (merge.base, merge.theirs) == (4.125, 4.5)


def test_a_reading_for_a_goal_that_is_no_longer_theirs_is_listed_not_dropped():
    charter = snapshot()
    someone_elses = dc.FormContent("c", 1, 2, "f" * 32, tuple(READING), {READING[0].name: "31"})
    merged = dc.plan(charter, someone_elses)
    assert merged.readings == ()
    assert [(m.field.name, m.status) for m in merged.merges] == [("reading.7.value", "gone")]


READING = [
    dc.FormField(dc.row_name("reading", 7, column), "reading", 7, column, kind)
    for column, kind in (("value", "real"), ("date", "date"), ("note", "text"))
]


def test_a_reading_with_a_value_and_no_date_is_dated_the_day_of_the_import():
    filled = form(*READING, **{READING[0].name: "31"})
    merged = dc.plan(snapshot(), filled, today=dt.date(2027, 3, 4))
    assert merged.problems == ()
    assert merged.readings == ((7, {"goal": 7, "value": 31.0, "date": "2027-03-04", "note": ""}),)


def test_a_reading_left_empty_adds_nothing_and_a_date_alone_is_refused():
    assert dc.plan(snapshot(), form(*READING)).readings == ()
    dated = dc.plan(snapshot(), form(*READING, **{READING[1].name: "2027-03-04"}))
    assert dated.readings == () and [p.field for p in dated.problems] == ["reading.7.value"]


def test_a_megabyte_in_a_text_field_is_refused_with_its_length():
    answer = dc.FormField("answer.vision.statement", "answer", "vision.statement", "text", "text")
    with pytest.raises(ValueError) as caught:
        dc.parse_value(answer, "x" * 1_048_576)
    assert caught.value.problem.code == "text.too_long"
    assert caught.value.problem.params == {"limit": dc.MAX_FIELD, "length": 1_048_576}
