"""Structured content in the store: generic rows, links, settings, undo data."""

from __future__ import annotations

import pytest

from cxcharter.domain.canonical_load import dumps, loads
from cxcharter.store.document import CharterDocument, write_new_file
from cxcharter.store.errors import InvalidValue


@pytest.fixture
def doc(tmp_path):
    d = CharterDocument.create(tmp_path / "c.cxcharter", title="T", language="en", actor="ann")
    yield d
    d.close()


def audit_count(doc):
    return len(doc.audit_entries())


def test_add_update_and_read_a_goal(doc):
    anna = doc.add_person("Anna")
    before = audit_count(doc)
    goal = doc.add_row(
        "goal",
        {
            "objective": "Raise NPS",
            "metric": "nps",
            "baseline": 18,
            "target": 30,
            "due": "2027-12-31",
            "owner": anna,
            "primary": True,
        },
    )
    row = doc.row("goal", goal)
    assert row["objective"] == "Raise NPS" and row["primary"] is True
    assert row["baseline"] == 18.0 and isinstance(row["baseline"], float)
    doc.update_row("goal", goal, target=35, phase="service")
    assert doc.row("goal", goal)["target"] == 35.0
    assert audit_count(doc) == before + 2
    last = doc.audit_entries(1)[0]
    assert last["action"] == "goal.update" and last["actor"] == "ann"


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        ("goal", {}, "objective"),
        ("goal", {"objective": "x", "baseline": "high"}, "baseline"),
        ("goal", {"objective": "x", "owner": 99}, "owner"),
        ("goal", {"objective": "x", "phase": "nirvana"}, "phase"),
        ("goal", {"objective": "x", "due": "31.12.2027"}, "due"),
        ("goal", {"objective": "x", "primary": 1}, "primary"),
        ("initiative", {"title": "x", "impact": 11}, "impact"),
        ("initiative", {"title": "x", "quarter": "2027Q1"}, "quarter"),
        ("stakeholder", {"name": "x", "interest": 2.5}, "interest"),
        ("raci", {"activity": 1, "person": 1, "role": "X"}, "role"),
        ("raci", {"activity": 5, "person": 1, "role": "R"}, "activity"),
        ("goal", {"objective": "x", "colour": "red"}, "colour"),
    ],
)
def test_invalid_rows_are_refused_and_change_nothing(doc, kind, data, field):
    before = audit_count(doc)
    with pytest.raises(InvalidValue) as info:
        doc.add_row(kind, data)
    assert info.value.field == field
    assert audit_count(doc) == before
    assert doc.rows(kind) == ()


def test_order_insert_and_move(doc):
    a = doc.add_row("activity", {"name": "A"})
    b = doc.add_row("activity", {"name": "B"})
    c = doc.add_row("activity", {"name": "C"}, position=0)
    assert [r.id for r in doc.rows("activity")] == [c, a, b]
    assert doc.move_row("activity", c, 2) == 0
    assert [r.id for r in doc.rows("activity")] == [a, b, c]


def test_removing_a_goal_takes_its_readings_and_links_and_restores_them(doc):
    goal = doc.add_row("goal", {"objective": "NPS"})
    doc.add_row("reading", {"goal": goal, "date": "2026-12-31", "value": 21})
    initiative = doc.add_row("initiative", {"title": "Callback"})
    doc.set_link("initiative_goal", {"initiative": initiative, "goal": goal}, {})
    before = doc.snapshot()
    removed = doc.remove_row("goal", goal)
    assert {r.kind for r in removed.rows} == {"goal", "reading", "initiative_goal"}
    assert doc.rows("reading") == () and doc.rows("initiative_goal") == ()
    doc.restore_rows(removed)
    assert doc.snapshot() == before


def test_removing_a_person_clears_owners_drops_raci_and_undo_restores_all(doc):
    anna = doc.add_person("Anna")
    ben = doc.add_person("Ben")
    act = doc.add_row("activity", {"name": "Own the charter"})
    doc.set_link("raci", {"activity": act, "person": anna}, {"role": "A"})
    doc.set_link("raci", {"activity": act, "person": ben}, {"role": "R"})
    goal = doc.add_row("goal", {"objective": "NPS", "owner": anna})
    doc.add_row("approver", {"person": anna})
    before = doc.snapshot()
    removed = doc.remove_person(anna)
    assert doc.row("goal", goal)["owner"] is None
    assert [r["person"] for r in doc.rows("raci")] == [ben]
    assert doc.rows("approver") == ()
    doc.restore_person(removed)
    assert doc.snapshot() == before


def test_set_link_sets_changes_and_clears_a_raci_cell(doc):
    anna = doc.add_person("Anna")
    act = doc.add_row("activity", {"name": "Report metrics"})
    match = {"activity": act, "person": anna}
    assert doc.set_link("raci", match, {"role": "R"}) is None
    old = doc.set_link("raci", match, {"role": "A"})
    assert old["role"] == "R" and doc.rows("raci")[0]["role"] == "A"
    cleared = doc.set_link("raci", match, None)
    assert cleared["role"] == "A" and doc.rows("raci") == ()
    with pytest.raises(InvalidValue):
        doc.set_link("raci", {"activity": act}, {"role": "R"})


def test_settings_default_validate_and_persist(doc, tmp_path):
    assert doc.setting("scoring_method") == "impact_effort"
    doc.set_setting("scoring_method", "rice")
    with pytest.raises(InvalidValue):
        doc.set_setting("scoring_method", "gut feeling")
    with pytest.raises(InvalidValue):
        doc.set_setting("colour", "red")
    assert doc.setting("scoring_method") == "rice"


def test_a_refused_value_keeps_the_rules_code_and_parameters(doc):
    """The window words a refusal from the domain's code, not from the English message."""
    with pytest.raises(InvalidValue) as info:
        doc.set_setting("scoring_method", "gut feeling")
    problem = info.value.problem
    assert problem is not None and problem.field == info.value.field
    assert problem.code and "gut feeling" in problem.params.values()


def test_listeners_hear_the_kind_that_changed(doc):
    heard = []
    doc.add_listener(heard.append)
    doc.add_row("touchpoint", {"name": "Hotline"})
    assert [(c.kind, c.key) for c in heard] == [("rows", "touchpoint")]


def test_structured_content_round_trips_through_json_and_a_new_file(doc, tmp_path):
    anna = doc.add_person("Anna <b>&")
    tp = doc.add_row("touchpoint", {"name": "Hotline 😀", "phase": "service"})
    goal = doc.add_row("goal", {"objective": "FCR", "touchpoint": tp, "owner": anna})
    doc.add_row("reading", {"goal": goal, "date": "2027-01-31", "value": 70.5})
    crit = doc.add_row("criterion", {"name": "Cost", "weight": 2, "higher_is_better": False})
    ini = doc.add_row("initiative", {"title": "Callback", "impact": 4, "effort": 2})
    doc.set_link("criterion_score", {"initiative": ini, "criterion": crit}, {"score": 3})
    doc.set_setting("decision_rule", "majority")
    first = dumps(doc.snapshot())
    path = write_new_file(tmp_path / "copy.cxcharter", loads(first), actor="t")
    copy = CharterDocument.open(path, actor="t", read_only=True)
    assert dumps(copy.snapshot()) == first
    copy.close()


def test_json_with_a_dangling_reference_names_the_field(doc):
    goal = doc.add_row("goal", {"objective": "FCR"})
    doc.add_row("reading", {"goal": goal, "date": "2027-01-31", "value": 1})
    text = dumps(doc.snapshot()).replace(f'"goal": {goal}', '"goal": 77')
    with pytest.raises(InvalidValue, match=r"content\.readings\[0\]\.goal"):
        loads(text)
