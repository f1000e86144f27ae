"""What counts in which workflow state: work tracking only in a draft."""

from __future__ import annotations

import datetime as dt

import pytest

from cxcharter.catalog import load_catalog
from cxcharter.domain import checklist, readiness, tracking
from cxcharter.domain.owed import owed
from cxcharter.domain.progress import overview
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument

LATER = dt.date(2100, 1, 1)  # every due date of the sample has passed


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = write_sample(tmp_path_factory.mktemp("s") / "s.cxcharter", "en", actor="Anna Weber")
    doc = CharterDocument.open(path, actor="Anna Weber")
    try:
        snapshot = doc.snapshot()
    finally:
        doc.close()
    catalog = load_catalog("en")
    found = readiness.check(catalog, snapshot, LATER)
    return catalog, snapshot, found, checklist.build(catalog, snapshot, found)


def test_only_a_draft_tracks_work():
    assert tracking.tracks_work("draft")
    assert not tracking.tracks_work("in_review") and not tracking.tracks_work("approved")


@pytest.mark.parametrize("state", ["in_review", "approved"])
def test_frozen_states_drop_the_tracking_findings_and_items(sample, state):
    catalog, snapshot, found, items = sample
    assert any(f.code == "item.overdue" for f in found)  # the sample has overdue questions
    kept = tracking.findings_in(state, found)
    assert len(kept) < len(found) and not {f.code for f in kept} & tracking.TRACKING_CODES
    assert [f for f in found if f.code not in tracking.TRACKING_CODES] == kept
    shown = tracking.items_in(state, items)
    assert {i.code for i in shown} >= {checklist.QUESTION, checklist.GOALS}
    assert not any(i.code == checklist.OWNER for i in shown)
    view = tracking.overview_in(state, overview(catalog, snapshot, LATER))
    assert (view.overdue, view.unassigned) == ([], [])
    assert not any(view.by_person.values()) and view.answered == view.required


def test_in_review_the_awaited_decisions_stay(sample):
    catalog, snapshot, _found, _items = sample
    every = owed(catalog, snapshot, LATER, awaiting=(1, 2))
    assert any(o.answers for o in every.values())
    kept = tracking.owed_in("in_review", every)
    assert {p for p, o in kept.items() if not o.empty} == {1, 2}
    assert all(o.count == 1 for o in kept.values() if not o.empty)


def test_a_draft_keeps_everything(sample):
    catalog, snapshot, found, items = sample
    assert tracking.findings_in("draft", found) == found
    assert tracking.items_in("draft", items) == items
    view = overview(catalog, snapshot, LATER)
    assert tracking.overview_in("draft", view) is view
