"""The signed document holds no work tracking; a draft's counts say what they count."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest

from cxcharter.catalog import load_catalog
from cxcharter.domain.progress import open_items, section_progress
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_doc import PdfGovernance
from cxcharter.sample import build_sample

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
# What the line under an answer says ("Status: Nicht begonnen · Fällig: …").
TRACKING = {
    "de": ("Status: Nicht begonnen", "Status: Entwurf", "Fällig:"),
    "en": ("Status: Not started", "Status: Draft", "Due:"),
}


def _text(snap, language, tmp_path, governance=None) -> str:
    out = tmp_path / f"{language}.pdf"
    export_pdf(snap, load_catalog(language), out, created=CREATED, governance=governance)
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("status", ["approved", "in_review"])
def test_a_signed_or_reviewed_pdf_prints_no_work_tracking(tmp_path, language, status):
    snap = build_sample(language, today=dt.date(2026, 11, 1))
    text = _text(
        snap, language, tmp_path, PdfGovernance(revision=2, status=status, fingerprint="ab" * 32)
    )
    for words in TRACKING[language]:
        assert words not in text
    draft = _text(snap, language, tmp_path)
    assert any(words in draft for words in TRACKING[language])  # the draft keeps it


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_summary_and_the_appendix_count_the_same_things(tmp_path, language):
    snap = build_sample(language, today=dt.date(2026, 11, 1))
    catalog = load_catalog(language)
    progress = section_progress(catalog, snap)
    answered, required = sum(p.answered for p in progress), sum(p.required for p in progress)
    waiting = len(open_items(catalog, snap, CREATED.date()))
    assert waiting  # the sample has questions not yet marked ready
    text = " ".join(_text(snap, language, tmp_path).split())
    given = {
        "de": f"{answered} von {required} Pflichtangaben gegeben",
        "en": f"{answered} of {required} required answers and parts given",
    }[language]
    ready = {
        "de": f"{waiting} Fragen noch nicht als fertig markiert",
        "en": f"{waiting} questions not yet marked ready",
    }[language]
    assert text.count(given) == 2 and text.count(ready) == 2  # summary and appendix
