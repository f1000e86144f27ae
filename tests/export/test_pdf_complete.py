"""The full record prints every field a person can enter: a marker word per field.

The charter is built from the declarations themselves (every kind of
`domain/entities.py`, every question of the catalog, every person field and
setting), so a field added later is filled with a marker too and must print.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
from types import MappingProxyType

import pytest
from pypdf import PdfReader

from cxcharter.catalog import load_catalog
from cxcharter.domain.entities import KINDS, SETTINGS, Row
from cxcharter.domain.model import Answer, CharterSnapshot, Person
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_details import NOT_PRINTED

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
TEXT_TYPES = ("text", "line")


def _marked_charter(language: str) -> tuple[CharterSnapshot, dict[str, str]]:
    """One row of every kind, every text field a unique short marker word."""
    counter = itertools.count(101)
    markers: dict[str, str] = {}

    def mark(where: str) -> str:
        word = f"qz{next(counter)}"
        markers[word] = where
        return word

    people = (
        Person(
            1,
            mark("person.name"),
            email=f"{mark('person.email')}@example.org",
            department=mark("person.department"),
            role=mark("person.role"),
        ),
    )
    rows = {}
    for kind in KINDS.values():
        values = dict(kind.defaults())
        for f in kind.fields:
            if f.type in TEXT_TYPES:
                values[f.name] = mark(f"{kind.name}.{f.name}")
            elif f.type == "ref":
                values[f.name] = 1
            elif f.type == "date":
                values[f.name] = "2027-03-31"
            elif f.type in ("real", "int") and f.required:
                values[f.name] = f.low if f.low is not None else 1
        if kind.name == "initiative":
            values.update(pinned_rank=1, impact=5.0, effort=2.0)
        if kind.name == "goal":  # a goal's metric is a built-in/free one or a custom one
            values["custom_metric"] = None
        if kind.name == "raci":
            values["role"] = "A"
        rows[kind.name] = (Row(kind.name, 1, MappingProxyType(values), 1),)
    catalog = load_catalog(language)
    answers = {}
    for section in catalog.sections:
        for q in section.questions:
            if q.kind == "person":
                answers[q.key] = Answer(q.key, person=1)
            elif q.kind == "date":
                answers[q.key] = Answer(q.key, text="2027-01-15")
            else:
                answers[q.key] = Answer(q.key, text=mark(q.key))
    settings = {
        name: mark(f"setting.{name}") for name, f in SETTINGS.items() if f.type in TEXT_TYPES
    }
    snap = CharterSnapshot(
        id="m",
        language=language,
        created_at=CREATED.isoformat(),
        people=people,
        answers=MappingProxyType(answers),
        rows=MappingProxyType(rows),
        settings=MappingProxyType(settings),
    )
    return snap, markers


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_every_entered_text_field_prints_in_the_full_record(tmp_path, language, paper):
    snap, markers = _marked_charter(language)
    out = tmp_path / "m.pdf"
    export_pdf(snap, load_catalog(language), out, created=CREATED, paper=paper)
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    text = "\n".join(p.extract_text() for p in pages).replace("-\n", "")
    missing = sorted(where for word, where in markers.items() if word not in text)
    assert not missing, f"not printed: {missing}"


def test_the_not_printed_list_names_real_fields_and_no_text_field():
    for (kind, name), reason in NOT_PRINTED.items():
        assert reason.strip()
        if kind == "*":
            continue
        field = KINDS[kind].field(name)  # KeyError: the list names a field that is gone
        assert field.type not in TEXT_TYPES, f"{kind}.{name}: text must print"


def test_a_markers_field_really_is_checked(tmp_path):
    """The marker walk can fail: a charter without the goal's rationale lacks its word."""
    snap, markers = _marked_charter("en")
    goal = snap.rows_of("goal")[0]
    word = goal["rationale"]
    emptied = dataclasses.replace(goal, values=MappingProxyType({**goal.values, "rationale": ""}))
    snap = dataclasses.replace(snap, rows=MappingProxyType({**snap.rows, "goal": (emptied,)}))
    out = tmp_path / "m.pdf"
    export_pdf(snap, load_catalog("en"), out, created=CREATED)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert markers[word] == "goal.rationale" and word not in text
