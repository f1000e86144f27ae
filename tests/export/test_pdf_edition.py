"""Two editions: the full record, and an excerpt for distribution without assessments."""

from __future__ import annotations

import datetime as dt
import re

import pypdf
import pytest

from cxcharter.catalog import load_catalog
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_doc import PdfGovernance
from cxcharter.sample import build_sample

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
APPROVED = PdfGovernance(revision=3, status="approved", fingerprint="0123456789ab" + "c" * 52)


@pytest.fixture(scope="module")
def sample():
    return build_sample("de", today=dt.date(2026, 11, 1))


def _squash(text: str) -> str:
    """Text without spaces and hyphens: a cell's words may break anywhere."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def _pages(snap, tmp_path, **options) -> list[str]:
    out = tmp_path / "e.pdf"
    export_pdf(snap, load_catalog("de"), out, created=CREATED, governance=APPROVED, **options)
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages]


def test_the_distribution_copy_leaves_out_the_stakeholder_assessments(sample, tmp_path):
    needs = [_squash(s["needs"])[:30] for s in sample.rows_of("stakeholder") if s["needs"]]
    full = " ".join(_pages(sample, tmp_path))
    assert needs and "Skeptisch" in full and all(n in _squash(full) for n in needs)
    pages = _pages(sample, tmp_path, edition="distribution")
    text = " ".join(pages)
    assert "Skeptisch" not in text and "Haltung" not in text
    assert not any(n in _squash(text) for n in needs)
    assert "Sabine Koch" in text  # the people themselves stay
    for page in pages:
        assert "Auszug aus Revision 3" in page and "Fingerabdruck 0123456789ab" in page


def test_the_lead_chooses_further_internal_notes_to_leave_out(sample, tmp_path):
    request = _squash(sample.rows_of("decision")[0]["request"])
    email = _squash(next(p.email for p in sample.people if p.email))
    text = _squash(
        " ".join(
            _pages(sample, tmp_path, edition="distribution", omit={"decision_log", "contacts"})
        )
    )
    assert request not in text and email not in text
    kept = _squash(" ".join(_pages(sample, tmp_path, edition="distribution")))
    assert request in kept and email in kept


def test_an_unknown_edition_or_omission_is_refused(sample, tmp_path):
    with pytest.raises(ValueError):
        export_pdf(sample, load_catalog("de"), tmp_path / "x.pdf", edition="summary")
    with pytest.raises(ValueError):
        export_pdf(
            sample,
            load_catalog("de"),
            tmp_path / "x.pdf",
            edition="distribution",
            omit={"everything"},
        )
    assert not (tmp_path / "x.pdf").exists()
