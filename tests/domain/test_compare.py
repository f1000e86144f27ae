"""Section-by-section comparison of two snapshots, without Qt."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from ready_snapshot import add_row, edit_row, ready_sample

from cxcharter.catalog import load_catalog
from cxcharter.domain.compare import PEOPLE, FieldChange, compare
from cxcharter.domain.model import Answer

CATALOG = load_catalog("en")


def test_the_same_snapshot_has_no_changes():
    s = ready_sample()
    assert compare(s, s, CATALOG) == []


def test_changes_land_in_their_sections_in_catalog_order():
    old = ready_sample()
    new = edit_row(old, "goal", 1, target=35.0)
    new = add_row(new, "touchpoint", name="Chat", phase="service")
    new = dataclasses.replace(
        new,
        answers=MappingProxyType(
            {**new.answers, "vision.statement": Answer("vision.statement", text="New vision")}
        ),
        settings=MappingProxyType({**new.settings, "scoring_method": "ice"}),
    )
    new = dataclasses.replace(
        new, people=(*new.people[:-1], dataclasses.replace(new.people[-1], name="Renamed"))
    )
    result = compare(old, new, CATALOG)
    assert [s.section for s in result] == ["vision", "journey", "goals", "priorities", PEOPLE]
    by = {s.section: s.changes for s in result}
    [goal] = by["goals"]
    assert (goal.what, goal.how, goal.key, goal.id) == ("row", "changed", "goal", 1)
    assert goal.fields == (FieldChange("target", 30.0, 35.0),)
    [answer] = by["vision"]
    assert answer.how == "changed" and answer.key == "vision.statement"
    assert FieldChange("owner", old.answer("vision.statement").owner, None) in answer.fields
    assert by["journey"][0].how == "added"
    assert by["priorities"][0].what == "setting"
    assert by[PEOPLE][0].fields == (FieldChange("name", old.people[-1].name, "Renamed"),)


def test_a_removed_row_and_a_new_answer():
    old = ready_sample()
    goal = old.rows_of("goal")[-1]
    new = dataclasses.replace(
        old, rows=MappingProxyType({**old.rows, "goal": old.rows_of("goal")[:-1]})
    )
    empty = dataclasses.replace(
        old,
        answers=MappingProxyType({k: v for k, v in old.answers.items() if k != "ways.meetings"}),
    )
    [section] = compare(old, new, CATALOG)
    assert (section.section, section.changes[0].how, section.changes[0].id) == (
        "goals",
        "removed",
        goal.id,
    )
    [ways] = compare(empty, old, CATALOG)
    assert ways.changes[0].how == "added" and ways.changes[0].key == "ways.meetings"
