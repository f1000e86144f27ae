"""The charter linter: an answer that gives a goal other numbers or another date than
the goal table is a warning; the consistent sample raises none."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cxcharter.catalog import load_catalog
from cxcharter.domain import readiness, readiness_text
from cxcharter.domain.model import Answer
from cxcharter.domain.readiness_prose import mismatches, parse_number
from cxcharter.sample import build_sample

CODE = "goal.prose_mismatch"


def with_text(snapshot, key: str, text: str):
    answers = dict(snapshot.answers)
    answers[key] = (
        dataclasses.replace(snapshot.answer(key), text=text)
        if key in answers
        else Answer(key=key, text=text)
    )
    return dataclasses.replace(snapshot, answers=answers)


def prose_findings(snapshot):
    catalog = load_catalog(snapshot.language)
    return [f for f in readiness.check(catalog, snapshot, dt.date(2026, 12, 7)) if f.code == CODE]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("today", [dt.date(2026, 12, 7), dt.date(2027, 2, 28), dt.date(2029, 7, 1)])
def test_the_sample_agrees_with_its_goal_table(language, today):
    snapshot = build_sample(language, today=today)
    assert mismatches(load_catalog(language), snapshot) == []
    assert prose_findings(snapshot) == []


@pytest.mark.parametrize(
    ("language", "text", "field", "said"),
    [
        ("de", "1. Beziehungs-NPS von 18 auf 30 bis 31.12.2027 – Anna Weber", "due", "31.12.2027"),
        ("de", "Wir wollen den NPS von 18 auf 35 steigern.", "target", "35"),
        ("de", "Die Erstlösungsquote soll von 66 % auf 78 % steigen.", "baseline", "66"),
        (
            "en",
            "1. Relationship NPS from 18 to 30 by 31 December 2027 – Anna Weber",
            "due",
            "31 December 2027",
        ),
        ("en", "We will lift first-contact resolution from 68 % to 80 %.", "target", "80"),
        ("en", "NPS from 18 to 30 by 2027-12-31.", "due", "2027-12-31"),
    ],
)
def test_a_contradiction_is_found_in_each_language(language, text, field, said):
    snapshot = with_text(
        build_sample(language, today=dt.date(2026, 12, 7)), "goals.objectives", text
    )
    [finding] = prose_findings(snapshot)
    assert finding.severity == "warning" and not finding.blocker
    assert finding.place.question == "goals.objectives" and finding.place.section == "goals"
    assert (finding.params["field"], finding.params["said"]) == (field, said)
    goal = next(g for g in snapshot.rows_of("goal") if g.id == finding.params["goal_id"])
    assert finding.params["goal"] == goal.get("objective")
    line = readiness_text.line(finding, language)
    assert said in line and str(goal.get("objective")) in line
    if field == "due":
        assert readiness_text.format_date(goal.get("due"), language) in line


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Unser NPS ist von 27 im Jahr 2024 auf 18 gefallen."),
        ("en", "Our NPS fell from 27 to 22 over two years."),  # history, not the goal
        ("en", "The NPS survey runs from 1 to 10 March."),
        ("en", "Relationship NPS from 18 to 30 by 14 January 2028."),  # exactly the table
        ("de", "Kundenzufriedenheit und NPS steigen von 79 % auf 86 %."),  # two names: CSAT's
    ],
)
def test_no_false_alarms(language, text):
    snapshot = with_text(build_sample(language, today=dt.date(2026, 12, 7)), "vision.why_now", text)
    assert prose_findings(snapshot) == []


def test_numbers_are_read_as_the_language_writes_them():
    assert parse_number("4,6", "de") == 4.6 and parse_number("4.6", "en") == 4.6
    assert parse_number("1.000", "de") == 1000 and parse_number("1,000", "en") == 1000
    assert parse_number("−5", "en") == -5
