"""RACI rules without Qt: one A, at least one R, people without a role, who does what."""

from __future__ import annotations

import json
from types import MappingProxyType

import pytest

from cxcharter.assets import resource
from cxcharter.domain import raci
from cxcharter.domain.entities import Row
from cxcharter.domain.values import Problem

ANNA, JONAS, LENA, MARKUS = 1, 2, 3, 4
PEOPLE = (ANNA, JONAS, LENA, MARKUS)


def activity(row_id: int, name: str = "") -> Row:
    return Row("activity", row_id, MappingProxyType({"name": name or f"Activity {row_id}"}))


def cell(row_id: int, activity_id: int, person: int, role: str) -> Row:
    return Row(
        "raci", row_id, MappingProxyType({"activity": activity_id, "person": person, "role": role})
    )


def member(row_id: int, body: int, person: int) -> Row:
    return Row("body_member", row_id, MappingProxyType({"body": body, "person": person}))


def matrix(*entries: tuple[int, int, str]) -> list[Row]:
    return [cell(n, a, p, role) for n, (a, p, role) in enumerate(entries, start=1)]


def test_a_sound_activity_has_no_problems():
    rows = matrix((1, ANNA, "A"), (1, LENA, "R"), (1, MARKUS, "C"), (1, JONAS, "I"))
    assert raci.check_activities([activity(1)], rows) == {1: []}


def test_no_accountable_and_no_responsible_are_both_reported():
    problems = raci.activity_problems(7, {})
    assert problems == [
        Problem("raci.no_accountable", "activity", {"activity": 7}),
        Problem("raci.no_responsible", "activity", {"activity": 7}),
    ]
    problems = raci.activity_problems(7, {ANNA: "C", JONAS: "I"})
    assert [p.code for p in problems] == ["raci.no_accountable", "raci.no_responsible"]


def test_an_accountable_person_alone_is_not_responsible():
    problems = raci.activity_problems(3, {ANNA: "A"})
    assert [p.code for p in problems] == ["raci.no_responsible"]


def test_two_accountable_people_are_named():
    problems = raci.activity_problems(3, {ANNA: "A", JONAS: "R", MARKUS: "A"})
    assert problems == [
        Problem(
            "raci.many_accountable",
            "activity",
            {"activity": 3, "people": (ANNA, MARKUS), "count": 2},
        )
    ]


def test_several_responsible_people_are_fine():
    assert raci.activity_problems(3, {ANNA: "A", JONAS: "R", LENA: "R"}) == []


def test_check_activities_covers_activities_without_any_cell_in_order():
    rows = matrix((2, ANNA, "A"), (2, JONAS, "R"))
    found = raci.check_activities([activity(2), activity(1)], rows)
    assert list(found) == [2, 1]
    assert found[2] == []
    assert [p.code for p in found[1]] == ["raci.no_accountable", "raci.no_responsible"]


def test_people_without_role_ignore_those_in_a_cell_or_a_body():
    rows = matrix((1, ANNA, "A"), (1, JONAS, "I"))
    assert raci.people_without_role(PEOPLE, rows) == [LENA, MARKUS]
    assert raci.people_without_role(PEOPLE, rows, [member(1, 1, MARKUS)]) == [LENA]
    assert raci.people_without_role([], rows) == []


def test_people_may_be_given_as_objects_with_an_id():
    class Person:
        def __init__(self, pid):
            self.id = pid

    assert raci.people_without_role([Person(ANNA), Person(LENA)], matrix((1, ANNA, "R"))) == [LENA]


def test_check_raci_lists_activities_first_then_people():
    rows = matrix((1, ANNA, "A"), (1, ANNA, "A"), (2, JONAS, "R"))
    rows = [rows[0], rows[2]]  # one A for activity 1, only an R for activity 2
    problems = raci.check_raci([activity(1), activity(2)], rows, PEOPLE, [member(1, 9, LENA)])
    assert [(p.code, p.params.get("activity", p.params.get("person"))) for p in problems] == [
        ("raci.no_responsible", 1),
        ("raci.no_accountable", 2),
        ("raci.person_without_role", MARKUS),
    ]
    assert raci.severity("raci.no_accountable") == "error"
    assert raci.severity("raci.many_accountable") == "error"
    assert raci.severity("raci.person_without_role") == "warning"


def test_summary_lists_activities_per_role_in_matrix_order():
    acts = [activity(5), activity(2), activity(9)]
    rows = matrix(
        (2, ANNA, "R"),
        (9, ANNA, "A"),
        (5, ANNA, "R"),
        (5, JONAS, "A"),
        (9, JONAS, "C"),
        (2, JONAS, "I"),
        (77, ANNA, "R"),
    )  # 77 is not an activity
    found = raci.summary(acts, rows, PEOPLE)
    assert set(found) == set(PEOPLE)
    assert found[ANNA].responsible == (5, 2)
    assert found[ANNA].accountable == (9,)
    assert found[ANNA].of("R") == (5, 2)
    assert found[JONAS] == raci.PersonSummary(JONAS, (), (5,), (9,), (2,))
    assert found[LENA].empty and not found[ANNA].empty


def test_cells_and_by_activity():
    rows = matrix((1, ANNA, "A"), (1, JONAS, "R"), (2, ANNA, "C"))
    assert raci.cells(rows) == {(1, ANNA): "A", (1, JONAS): "R", (2, ANNA): "C"}
    assert raci.by_activity(rows) == {1: {ANNA: "A", JONAS: "R"}, 2: {ANNA: "C"}}


def test_suggestions_are_typical_cx_activities_in_both_languages():
    found = raci.suggestions()
    assert 10 <= len(found) <= 16
    keys = [s.key for s in found]
    assert len(set(keys)) == len(keys)
    for s in found:
        assert s.text("en") and s.text("de") and s.text("en") != s.text("de"), s.key
        assert s.text("fr") == s.text("en")
    assert "own_charter" in keys and "voc_programme" in keys and "approve_budget" in keys


def test_open_suggestions_skip_activities_already_there_in_any_language():
    everything = raci.suggestions()
    charter = everything[0]
    budget = next(s for s in everything if s.key == "approve_budget")
    left = raci.open_suggestions(
        [f"  {charter.text('en').upper()} ", budget.text("de"), "Something else"]
    )
    assert charter not in left and budget not in left
    assert len(left) == len(everything) - 2
    assert raci.open_suggestions([]) == list(everything)


def test_broken_suggestion_file_is_refused(monkeypatch, tmp_path):
    (tmp_path / "raci_suggestions.json").write_text(
        json.dumps({"suggestions": [{"key": "x", "name": {"en": "X"}}]}), encoding="utf-8"
    )
    monkeypatch.setattr(raci, "resource", lambda *parts: tmp_path.joinpath(*parts))
    raci.suggestions.cache_clear()
    try:
        with pytest.raises(ValueError, match="suggestions\\[0\\]"):
            raci.suggestions()
    finally:
        monkeypatch.undo()
        raci.suggestions.cache_clear()
    assert raci.suggestions()[0].key == "own_charter"


def test_the_resource_file_is_valid_json_with_names():
    with resource("raci_suggestions.json").open(encoding="utf-8") as fh:
        assert len(json.load(fh)["suggestions"]) == len(raci.suggestions())


def test_a_cells_dict_gives_the_same_answers_as_the_rows():
    rows = matrix((1, ANNA, "A"), (1, JONAS, "A"), (2, LENA, "R"), (2, ANNA, "I"))
    grid = raci.cells(rows)
    acts = [activity(1), activity(2)]
    assert raci.check_activities([1, 2], grid) == raci.check_activities(acts, rows)
    assert raci.check_raci(acts, grid, PEOPLE) == raci.check_raci(acts, rows, PEOPLE)
    assert raci.summary([1, 2], grid, PEOPLE) == raci.summary(acts, rows, PEOPLE)
    assert raci.people_without_role(PEOPLE, grid) == [MARKUS]
