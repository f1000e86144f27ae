"""Who owes what, the e-mail body and the mailto: URL, without Qt."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType
from urllib.parse import parse_qs, unquote, urlsplit

from ready_snapshot import TODAY, edit_row, ready_sample

from cxcharter.catalog import load_catalog
from cxcharter.domain import owed
from cxcharter.domain.model import Answer


def test_everyone_is_listed_with_what_they_owe():
    snapshot = ready_sample("en")
    result = owed.owed(load_catalog("en"), snapshot, TODAY, awaiting=[2])
    assert list(result) == [p.id for p in snapshot.people]
    assert result[2].decision and not result[1].decision
    owners = {item.owner for o in result.values() for item in o.answers}
    assert owners <= set(result)
    assert all(item.owner == pid for pid, o in result.items() for item in o.answers)


def test_an_incomplete_goal_is_owed_by_its_owner():
    snapshot = edit_row(ready_sample("en"), "goal", 1, baseline=None, target=None)
    owner = snapshot.rows_of("goal")[0]["owner"]
    [goal] = owed.owed(load_catalog("en"), snapshot, TODAY)[owner].goals
    assert (goal.goal, goal.missing) == (1, ("baseline", "target"))


def test_a_ready_answer_is_not_owed():
    snapshot = ready_sample("en")
    catalog = load_catalog("en")
    before = owed.owed(catalog, snapshot, TODAY)
    pid, item = next((p, o) for p, o in before.items() if o.answers)
    key = item.answers[0].key
    done = dataclasses.replace(
        snapshot,
        answers=MappingProxyType(
            {
                **snapshot.answers,
                key: dataclasses.replace(snapshot.answer(key), text="Done.", status="ready"),
            }
        ),
    )
    assert key not in [a.key for a in owed.owed(catalog, done, TODAY)[pid].answers]


def test_the_mail_body_in_german():
    snapshot = ready_sample("de")
    catalog = load_catalog("de")
    snapshot = dataclasses.replace(
        snapshot,
        answers=MappingProxyType(
            {
                **snapshot.answers,
                "vision.why_now": Answer(
                    "vision.why_now", owner=2, due="2026-11-01", status="draft"
                ),
            }
        ),
    )
    item = owed.owed(catalog, snapshot, TODAY, awaiting=[2])[2]
    body = owed.mail_body(catalog, snapshot, item)
    assert body.startswith(f"Hallo {snapshot.person_name(2)},\n")
    assert "Ihre Entscheidung" in body and "überfällig seit 01.11.2026" in body
    assert catalog.question("vision.why_now").question in body
    assert body.endswith("Vielen Dank!\n")


def test_nobody_owes_nothing_politely():
    snapshot = ready_sample("en")
    body = owed.mail_body(load_catalog("en"), snapshot, owed.Owed(1))
    assert "Nothing is open for you" in body


def test_mailto_round_trips():
    url = owed.mailto("anna.weber@example.com", "Offen: „Charta“ & mehr", "Zeile 1\nZeile 2")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "anna.weber@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Offen: „Charta“ & mehr"]
    assert query["body"] == ["Zeile 1\r\nZeile 2"]
