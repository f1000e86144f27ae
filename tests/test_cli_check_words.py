"""`cxcharter check` speaks to the reader: the questions as they read them, dates as their
language writes them; `--json` keeps the keys and ISO dates for programs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxcharter import cli
from cxcharter.catalog import load_catalog
from cxcharter.domain import readiness_text
from cxcharter.export.pdf_labels import format_iso_date
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument

OVERDUE = "2026-01-03"


def overdue_sample(path: Path, language: str) -> Path:
    """The sample with the feedback question overdue since 3 January 2026 (the front
    matter has no due dates)."""
    write_sample(path, language, actor="Lea")
    doc = CharterDocument.open(path, actor="Lea")
    try:
        doc.set_status("ways.feedback", "draft")
        doc.set_due("ways.feedback", OVERDUE)
    finally:
        doc.close()
    return path


def check(capsys, *argv) -> tuple[int, str]:
    code = cli.main(["check", *map(str, argv)])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


@pytest.mark.parametrize(("language", "date"), [("de", "03.01.2026"), ("en", "3 January 2026")])
def test_check_names_the_question_and_writes_the_date_as_the_language_does(
    tmp_path, capsys, language, date
):
    path = overdue_sample(tmp_path / "s.cxcharter", language)
    _code, out = check(capsys, path)
    question = load_catalog(language).question("ways.feedback").question
    [line] = [line for line in out.splitlines() if question in line]
    assert date in line and OVERDUE not in out
    assert "ways.feedback" not in out and "vision.scope" not in out
    assert date == format_iso_date(language, OVERDUE)  # as the PDF writes it


def test_check_json_keeps_keys_and_iso_dates(tmp_path, capsys):
    path = overdue_sample(tmp_path / "s.cxcharter", "de")
    _code, out = check(capsys, path, "--json")
    [entry] = [d for d in json.loads(out) if d["place"]["question"] == "ways.feedback"]
    assert entry["code"] == "item.overdue" and entry["params"]["due"] == OVERDUE
    assert entry["message"].startswith(f"überfällig seit {OVERDUE} ")


@pytest.mark.parametrize("language", ["de", "en"])
def test_dates_are_written_as_the_pdf_writes_them(language):
    for iso in ("2026-12-03", "2027-01-31", "2028-02-29"):
        assert readiness_text.format_date(iso, language) == format_iso_date(language, iso)
    assert readiness_text.format_date("soon", language) == "soon"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Ziel 'NPS': Zielwert 120,5 liegt außerhalb von -100…100"),
        ("en", "goal 'NPS': target 120.5 is outside -100…100"),
    ],
)
def test_findings_name_fields_and_write_numbers_as_the_language_does(language, expected):
    from cxcharter.domain.readiness import Finding, Place

    finding = Finding(
        "goal.out_of_scale",
        Place("goals", kind="goal", row=1),
        {"goal": "NPS", "field": "target", "value": 120.5, "low": -100, "high": 100},
    )
    assert readiness_text.describe(finding, language) == expected
    plain = readiness_text.describe(finding, language, iso_dates=True)  # check --json
    assert "target 120.5" in plain and "-100" in plain
