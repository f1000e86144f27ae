"""The checklist turns readiness findings into items done or open, section by section."""

from __future__ import annotations

import datetime as dt

from cxcharter.catalog import load_catalog
from cxcharter.domain import checklist, readiness
from cxcharter.domain.model import CharterSnapshot, Person

TODAY = dt.date(2026, 12, 7)


def build(snapshot):
    catalog = load_catalog("en")
    found = readiness.check(catalog, snapshot, TODAY)
    return found, checklist.build(catalog, snapshot, found)


def test_every_blocker_is_an_open_item_and_nothing_is_done_in_an_empty_charter():
    found, items = build(CharterSnapshot(id="x", language="en", created_at="2026-12-07"))
    blockers = readiness.blockers(found)
    assert sum(len(item.blockers) for item in items) == len(blockers)
    assert not any(item.done for item in items)
    assert checklist.next_item(items).code == checklist.PEOPLE
    sections = [c.section for c in checklist.counts(items)]
    assert sections[:2] == ["front", "vision"] and sections[-1] == "ways"


def test_people_named_the_next_item_is_the_first_open_question():
    snapshot = CharterSnapshot(
        id="x", language="en", created_at="2026-12-07", people=(Person(1, "Anna"),)
    )
    _found, items = build(snapshot)
    first = checklist.next_item(items)
    assert first.code == checklist.QUESTION and first.place.question == "front.title"
    people = next(item for item in items if item.code == checklist.PEOPLE)
    assert people.done
    assert not checklist.content_written(items)


def test_front_matter_has_no_work_tracking_but_the_other_sections_need_an_owner():
    """Front matter: no owner rule, never an open item of anyone; Vision keeps the rule."""
    from cxcharter.domain.model import Answer
    from cxcharter.domain.progress import open_items

    answers = {"front.title": Answer("front.title", text="T", status="not_started")}
    snapshot = CharterSnapshot(id="x", language="en", created_at="2026-12-07", answers=answers)
    found, items = build(snapshot)
    no_owner = {f.place.section for f in found if f.code == "section.no_owner"}
    assert "front" not in no_owner and "vision" in no_owner
    owner_items = {i.section for i in items if i.code == checklist.OWNER}
    assert "front" not in owner_items and "vision" in owner_items
    catalog = load_catalog("en")
    assert not [i for i in open_items(catalog, snapshot, TODAY) if i.section == "front"]
