"""Completion and who-owes-what rules, without Qt and without a file."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from cxcharter.catalog import load_catalog
from cxcharter.domain.model import Answer, CharterSnapshot, Person
from cxcharter.domain.progress import STRUCTURED, is_answered, overview, section_progress

TODAY = dt.date(2026, 11, 23)


TEAM = (Person(1, "Anna"), Person(2, "Jonas"))


def snapshot(*answers: Answer, people=TEAM):
    return CharterSnapshot(
        id="x",
        language="en",
        created_at="2026-11-23T09:00:00+00:00",
        people=tuple(people),
        answers=MappingProxyType({a.key: a for a in answers}),
    )


def test_whitespace_is_not_an_answer_and_person_questions_need_a_person():
    catalog = load_catalog("en")
    text_q = catalog.question("vision.statement")
    person_q = catalog.question("front.charter_owner")
    assert not is_answered(text_q, Answer("vision.statement", text="  \n\t"))
    assert is_answered(text_q, Answer("vision.statement", text="We delight."))
    assert not is_answered(person_q, Answer("front.charter_owner", text="Anna"))
    assert is_answered(person_q, Answer("front.charter_owner", person=1))


def test_section_progress_counts_required_questions_only():
    catalog = load_catalog("en")
    vision = catalog.section("vision")
    optional = [q.key for q in vision.questions if not q.required]
    required = [q.key for q in vision.questions if q.required]
    snap = snapshot(Answer(required[0], text="a"), Answer(optional[0], text="b"))
    progress = {p.key: p for p in section_progress(catalog, snap)}["vision"]
    assert (progress.answered, progress.required) == (1, len(required))
    assert (progress.answered_all, progress.total) == (2, len(vision.questions))
    assert not progress.complete


def test_overview_sorts_open_items_by_owner_overdue_and_unassigned():
    catalog = load_catalog("en")
    snap = snapshot(
        Answer("vision.statement", text="done", owner=1, status="ready"),
        Answer("vision.scope", text="half", owner=1, status="draft", due="2026-11-22"),
        Answer("goals.objectives", owner=2, due="2026-12-01"),
    )
    result = overview(catalog, snap, TODAY)
    anna = [i.key for i in result.by_person[1]]
    assert "vision.statement" not in anna and "vision.scope" in anna
    assert [i.key for i in result.by_person[2]] == ["goals.objectives"]
    assert [i.key for i in result.overdue] == ["vision.scope"]
    unassigned = {i.key for i in result.unassigned}
    assert "vision.customer_promise" in unassigned and "vision.scope" not in unassigned
    structured = sum(1 for s in catalog.sections if s.key in STRUCTURED)
    assert result.required == sum(len(s.required_keys) for s in catalog.sections) + structured


def test_ready_but_empty_is_still_open():
    catalog = load_catalog("en")
    snap = snapshot(Answer("vision.statement", text="", owner=1, status="ready"))
    keys = [i.key for i in overview(catalog, snap, TODAY).by_person[1]]
    assert keys == ["vision.statement"]


def test_owner_who_left_the_directory_counts_as_unassigned():
    catalog = load_catalog("en")
    snap = snapshot(Answer("vision.statement", owner=99), people=())
    assert "vision.statement" in {i.key for i in overview(catalog, snap, TODAY).unassigned}


def _with_rows(snap, **rows):
    from cxcharter.domain.entities import KINDS, Row

    made = {
        kind: tuple(
            Row(kind, i, MappingProxyType({**KINDS[kind].defaults(), **data}), i)
            for i, data in enumerate(items, start=1)
        )
        for kind, items in rows.items()
    }
    return CharterSnapshot(
        id=snap.id,
        language=snap.language,
        created_at=snap.created_at,
        people=snap.people,
        answers=snap.answers,
        rows=MappingProxyType(made),
    )


def test_structured_content_counts_towards_section_completion():
    catalog = load_catalog("en")

    def goals(snap):
        return {p.key: p for p in section_progress(catalog, snap)}["goals"]

    empty = snapshot()
    required = len(catalog.section("goals").required_keys)
    assert goals(empty).required == required + 1
    half = _with_rows(empty, goal=[{"objective": "NPS", "metric": "nps", "baseline": 18.0}])
    assert goals(half).answered == 0
    full = _with_rows(
        empty,
        goal=[
            {
                "objective": "NPS",
                "metric": "nps",
                "baseline": 18.0,
                "target": 30.0,
                "owner": 1,
                "due": "2027-12-31",
            }
        ],
    )
    assert goals(full).answered == 1


def test_roles_count_only_with_a_sound_raci():
    catalog = load_catalog("en")

    def roles(snap):
        return {p.key: p for p in section_progress(catalog, snap)}["roles"].answered

    one_a = _with_rows(
        snapshot(), activity=[{"name": "Report"}], raci=[{"activity": 1, "person": 1, "role": "A"}]
    )
    assert roles(one_a) == 0  # nobody responsible yet
    sound = _with_rows(
        snapshot(),
        activity=[{"name": "Report"}],
        raci=[{"activity": 1, "person": 1, "role": "A"}, {"activity": 1, "person": 2, "role": "R"}],
    )
    assert roles(sound) == 1
