"""No page is left mostly empty, and no table leaves a row or two on a page of their own.

The layout is measured as it is made: the document template logs how far each
page's text frame is filled and how many rows of which table land on which page
(`export_pdf(layout_log=…)`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from types import MappingProxyType

import pypdf
import pytest

from cxcharter import stress
from cxcharter.catalog import load_catalog
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_flow import PageFill, TablePiece
from cxcharter.export.pdf_labels import labels
from cxcharter.sample import build_sample

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
FILLED = 0.5  # every page but the contents and the last is filled at least this far down
BEFORE, AFTER = 2, 3  # rows a split table leaves on a page / carries to the next at least


# A charter grown from the sample, with answers three times as long: tables that
# split over pages, long answers, a decision brief over three pages (an upright RACI
# matrix: a turn to landscape pages starts a page of its own, by design).
GROWN = {"people": 14, "activities": 40, "goals": 30, "readings": 4, "initiatives": 60,
         "stakeholders": 30, "touchpoints": 30, "decisions": 30}  # fmt: skip


def _grown(language: str, monkeypatch):
    monkeypatch.setitem(stress.SIZES, "layout", GROWN)
    snapshot = stress.build_stress(language, "layout", today=dt.date(2026, 11, 1))
    answers = {
        key: dataclasses.replace(a, text="\n\n".join([a.text] * 3)) if len(a.text) > 80 else a
        for key, a in snapshot.answers.items()
    }
    return dataclasses.replace(snapshot, answers=MappingProxyType(answers))


def _export(tmp_path, language: str, paper: str, snapshot=None):
    out = tmp_path / f"{language}-{paper}.pdf"
    log: list = []
    export_pdf(
        snapshot or build_sample(language, today=dt.date(2026, 11, 1)),
        load_catalog(language),
        out,
        created=CREATED,
        paper=paper,
        layout_log=log,
    )
    return out, log


def _starts(path) -> dict[str, int]:
    """Bookmark title → 1-based page of each part (cover, brief, contents, chapters …)."""
    reader = pypdf.PdfReader(path)
    return {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_no_page_but_the_last_is_mostly_empty(tmp_path, language, paper):
    _assert_filled(tmp_path, language, *_export(tmp_path, language, paper))


@pytest.mark.parametrize(("language", "paper"), [("en", "a4"), ("de", "letter")])
def test_no_page_of_a_grown_charter_is_mostly_empty(tmp_path, monkeypatch, language, paper):
    out, log = _export(tmp_path, language, paper, _grown(language, monkeypatch))
    assert len(pypdf.PdfReader(out).pages) > 45  # big enough to say something
    _assert_filled(tmp_path, language, out, log)
    _assert_split_well(log)


def _assert_filled(tmp_path, language, out, log) -> None:
    pages = [e for e in log if isinstance(e, PageFill)]
    assert len(pages) == len(pypdf.PdfReader(out).pages)
    contents = _starts(out)[labels(language)["contents"]]  # a page of its own
    holes = [(p.page, p.filled) for p in pages[:-1] if p.filled < FILLED and p.page != contents]
    assert not holes, f"pages filled less than {FILLED:.0%}: {holes}"
    assert all(p.filled > 0 for p in pages)  # and no blank page


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_a_split_table_keeps_rows_on_both_sides_of_the_break(tmp_path, language, paper):
    _assert_split_well(_export(tmp_path, language, paper)[1])


def _assert_split_well(log) -> None:
    tables: dict[int, list[TablePiece]] = defaultdict(list)
    for entry in log:
        if isinstance(entry, TablePiece):
            tables[entry.origin].append(entry)
    assert tables, "no table was logged"
    bad = []
    for pieces in tables.values():
        if len(pieces) < 2:
            continue
        rows = [p.rows for p in pieces]
        if rows[0] < BEFORE or min(rows[1:]) < AFTER:
            bad.append((pieces[0].table, [(p.page, p.rows) for p in pieces]))
    assert not bad, f"tables split with too few rows on a page: {bad}"


def test_the_first_chapter_starts_on_the_page_after_the_contents(tmp_path):
    out, _log = _export(tmp_path, "en", "a4")
    starts = _starts(out)
    contents = starts["Contents"]
    assert starts["1  Front matter"] == contents + 1
