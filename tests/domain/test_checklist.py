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
