"""The sample charter: complete, owned, dated relative to today, and a file that opens."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cxcharter.assets import resource
from cxcharter.catalog import question_kinds
from cxcharter.domain.values import STATUSES
from cxcharter.sample import build_sample, sample_id, write_sample
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument

TODAY = dt.date(2026, 11, 23)
LANGUAGES = ("de", "en")


def raw(language: str) -> dict:
    with resource("samples", f"sample.{language}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_question_is_answered_and_owned(language):
    sample = build_sample(language, today=TODAY)
    assert sample.language == language
    kinds = question_kinds()
    assert set(sample.answers) == set(kinds)
    for key, kind in kinds.items():
        answer = sample.answer(key)
        if kind == "person":
            assert sample.person(answer.person) is not None, key
        else:
            assert answer.text.strip(), key
        assert sample.person(answer.owner) is not None, key
        assert answer.status in STATUSES
    dated = [a for a in sample.answers.values() if a.due]
    assert len(dated) >= 0.75 * len(sample.answers)
    assert {a.status for a in sample.answers.values()} == set(STATUSES)  # shows all three


@pytest.mark.parametrize("language", LANGUAGES)
def test_people_come_from_several_departments(language):
    sample = build_sample(language, today=TODAY)
    assert len({p.department for p in sample.people}) >= 3
    assert all(p.name.strip() and p.email and p.role for p in sample.people)


@pytest.mark.parametrize("language", LANGUAGES)
def test_people_ids_and_dates_follow_the_file(language):
    data = raw(language)
    sample = build_sample(language, today=TODAY)
    assert [p.id for p in sample.people] == list(range(1, len(data["people"]) + 1))
    assert [p.name for p in sample.people] == [p["name"] for p in data["people"]]
    ids = {p["ref"]: i for i, p in enumerate(data["people"], start=1)}
    for key, entry in data["answers"].items():
        answer = sample.answer(key)
        assert answer.owner == ids[entry["owner"]]
        assert answer.person == (ids[entry["person"]] if entry.get("person") else None)
        days = entry.get("due_in_days")
        expected = None if days is None else (TODAY + dt.timedelta(days=days)).isoformat()
        assert answer.due == expected


def test_identity_is_fixed_per_language_and_dated_today():
    de, en = build_sample("de", today=TODAY), build_sample("en", today=TODAY)
    assert de.id == build_sample("de", today=dt.date(2030, 1, 1)).id == sample_id("de")
    assert de.id != en.id
    assert de.created_at == "2026-11-23T09:00:00+00:00"
    assert de.title != en.title


def test_due_dates_move_with_today():
    early = build_sample("en", today=TODAY)
    later = build_sample("en", today=TODAY + dt.timedelta(days=7))
    moved = [(a.due, later.answer(k).due) for k, a in early.answers.items() if a.due]
    assert moved
    assert all(
        dt.date.fromisoformat(b) - dt.date.fromisoformat(a) == dt.timedelta(days=7)
        for a, b in moved
    )


def test_an_unknown_language_is_refused():
    with pytest.raises(errors.InvalidValue, match="unknown language 'fr'"):
        build_sample("fr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_write_sample_writes_a_file_that_opens(tmp_path, language):
    path = tmp_path / "sample.cxcharter"
    write_sample(path, language, actor="demo", today=TODAY)
    doc = CharterDocument.open(path, actor="demo")
    try:
        assert not doc.read_only
        assert doc.snapshot() == build_sample(language, today=TODAY)
        assert doc.audit_entries()[0]["actor"] == "demo"
        doc.set_status("front.summary", "ready")  # and it is a normal, editable charter
    finally:
        doc.close()
    with pytest.raises(errors.AlreadyExists):
        write_sample(path, language, actor="demo")
    write_sample(path, language, actor="demo", overwrite=True)
