"""Structured content prints as readable tables: goals, RACI, initiatives, people, plans."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from types import MappingProxyType

import pytest
from pypdf import PdfReader

from cxcharter.catalog import load_catalog
from cxcharter.domain.entities import KINDS, Row
from cxcharter.domain.model import CharterSnapshot, Person
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_content import CHUNK, RACI_COLUMNS

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def row(kind: str, row_id: int, **data) -> Row:
    return Row(kind, row_id, MappingProxyType({**KINDS[kind].defaults(), **data}), row_id)


def snapshot(language="en", people=3, activities=3, initiatives=3) -> CharterSnapshot:
    team = tuple(Person(i, f"Person{i:02d}") for i in range(1, people + 1))
    rows = {
        "touchpoint": [row("touchpoint", 1, name="Hotline <b>&", phase="service")],
        "goal": [
            row(
                "goal",
                1,
                objective="Raise NPS",
                metric="nps",
                baseline=18.0,
                target=30.0,
                owner=1,
                primary=True,
                due="2027-12-31",
            )
        ],
        "reading": [row("reading", 1, goal=1, date="2027-01-31", value=21.5)],
        "activity": [row("activity", a, name=f"Activity{a:03d}") for a in range(1, activities + 1)],
        "raci": [
            row("raci", n, activity=1 + (n - 1) % activities, person=n, role="RACI"[n % 4])
            for n in range(1, people + 1)
        ],
        "initiative": [
            row(
                "initiative",
                i,
                title=f"Initiative{i:04d}",
                impact=4.0,
                effort=2.0,
                status="dropped" if i == 1 else "planned",
                drop_reason="Too expensive this year" if i == 1 else "",
            )
            for i in range(1, initiatives + 1)
        ],
        "stakeholder": [row("stakeholder", 1, name="Works council", needs="Staff impact")],
        "approver": [row("approver", 1, person=1, required=True)],
        "meeting": [row("meeting", 1, name="Weekly CX huddle", cadence="weekly", owner=2)],
        "meeting_participant": [row("meeting_participant", 1, meeting=1, person=3)],
        "decision": [row("decision", 1, request="Callback service", decision="Go")],
    }
    return CharterSnapshot(
        id="x",
        language=language,
        created_at=CREATED.isoformat(),
        people=team,
        rows=MappingProxyType({k: tuple(v) for k, v in rows.items()}),
    )


def text_of(snap: CharterSnapshot, tmp_path) -> str:
    out = tmp_path / "c.pdf"
    export_pdf(snap, load_catalog(snap.language), out, created=CREATED)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Goals and metrics", "RACI matrix", "Not doing", "Decision log"]),
        (
            "de",
            ["Ziele und Kennzahlen", "RACI-Matrix", "Bewusst nicht umgesetzt", "Entscheidungslog"],
        ),
    ],
)
def test_every_kind_of_content_is_printed(tmp_path, language, words):
    text = text_of(snapshot(language), tmp_path)
    for word in [
        *words,
        "Raise NPS",
        "Hotline <b>&",
        "Activity001",
        "Initiative0002",
        "Too expensive this year",
        "Works council",
        "Weekly CX huddle",
        "Callback service",
    ]:
        assert word in text, word
    assert "21.5" in text or "21,5" in text  # the latest reading


def test_wide_raci_turns_to_landscape_in_column_groups_with_every_person(tmp_path):
    people = RACI_COLUMNS * 2 + 3
    text = text_of(snapshot(people=people, activities=people), tmp_path)
    for n in range(1, people + 1):
        assert f"Person{n:02d}" in text
    assert "RACI matrix (2)" in text and "RACI matrix (3)" not in text  # ~25 per group
    reader = PdfReader(tmp_path / "c.pdf")
    turned = [p for p in reader.pages if p.mediabox.width > p.mediabox.height]
    assert turned and all(
        "RACI matrix" in p.extract_text() or "Activity0" in p.extract_text() for p in turned
    )
    assert reader.pages[-1].mediabox.width < reader.pages[-1].mediabox.height  # upright again


def test_small_raci_stays_upright(tmp_path):
    text_of(snapshot(people=RACI_COLUMNS, activities=3), tmp_path)
    reader = PdfReader(tmp_path / "c.pdf")
    assert all(p.mediabox.width < p.mediabox.height for p in reader.pages)


def test_long_tables_are_chunked_and_complete(tmp_path):
    count = CHUNK * 2 + 5
    text = text_of(snapshot(initiatives=count), tmp_path)
    assert f"Initiative{count:04d}" in text and "Initiative0100" in text


def test_a_megabyte_in_a_table_cell_does_not_break_the_layout(tmp_path):
    snap = snapshot()
    huge = row("stakeholder", 2, name="Big", needs="word " * 200_000 + "THE-END")
    snap = dataclasses.replace(
        snap, rows=MappingProxyType({**snap.rows, "stakeholder": (*snap.rows["stakeholder"], huge)})
    )
    text = text_of(snap, tmp_path)
    assert "Big" in text and "[1]" in text  # a preview in the cell, a note mark
    assert "THE-END" in text  # and the whole text in the note below the table


def test_columns_widen_for_their_longest_word_and_keep_the_table_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cxcharter.export import fonts
    from cxcharter.export.pdf_styles import styles
    from cxcharter.export.pdf_tables import _fit_words

    fonts.register()
    st = styles()

    def width(word, style="cell"):
        return stringWidth(word, st[style].fontName, st[style].fontSize)

    roomy = [200.0, 100.0, 100.0]
    assert _fit_words(roomy, ["Ziel", "Fällig", "Wer"], [["a", "31.12.2027", "b"]], st) == roomy
    fitted = _fit_words(
        [300.0, 20.0, 80.0], ["Ziel", "Fällig", "Ausgangswert"], [["a b c", "31.12.2027", "18"]], st
    )
    assert sum(fitted) == pytest.approx(400)
    assert (
        fitted[1] >= width("31.12.2027") + 6 and fitted[2] >= width("Ausgangswert", "cell_head") + 6
    )
    crowded = _fit_words(
        [60.0] * 4,
        ["Kundenzufriedenheit", "Fällig", "Wert", "x"],
        [["Kundenzufriedenheit", "31.12.2027", "11.500", "Durchschnittliche"]],
        st,
    )
    assert sum(crowded) == pytest.approx(240)
    assert crowded[1] >= width("31.12.2027") + 6 and crowded[2] >= width("11.500") + 6
