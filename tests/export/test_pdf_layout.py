"""No page is left mostly empty because what follows was pushed to the next page."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess

import pypdf
import pytest

from cxcharter.catalog import load_catalog
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_doc import PdfGovernance
from cxcharter.sample import build_sample

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
FILLED = 0.6  # a page that goes on in the next one is inked at least this far down
MARGIN = 60  # points of running header and footer, top and bottom


def _parts(reader: pypdf.PdfReader) -> set[int]:
    """1-based pages where a part (brief, contents, chapter, approval …) begins."""
    return {
        reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }


def _inked_to(pdf) -> list[float]:
    """Per page: how far down the body text reaches, as a share of the page height."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing on CI (install poppler-utils)")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    html = subprocess.run(
        [tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    shares = []
    for page in re.split(r"<page ", html)[1:]:
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        body = [
            float(y)
            for y in re.findall(r'yMax="([\d.]+)"', page)
            if MARGIN < float(y) < height - MARGIN
        ]
        shares.append(max(body, default=0.0) / height)
    return shares


@pytest.mark.parametrize("language", ["de", "en"])
def test_only_the_last_page_of_a_part_may_be_mostly_empty(tmp_path, language):
    out = tmp_path / "approved.pdf"
    export_pdf(
        build_sample(language, today=dt.date(2026, 11, 1)),
        load_catalog(language),
        out,
        created=CREATED,
        governance=PdfGovernance(revision=1, status="approved", fingerprint="ab" * 32),
    )
    reader = pypdf.PdfReader(out)
    starts = _parts(reader)
    shares = _inked_to(out)
    assert len(shares) == len(reader.pages)
    holes = [
        n
        for n, share in enumerate(shares, 1)
        if share < FILLED and n + 1 not in starts and n < len(shares)
    ]
    assert not holes, f"pages left mostly empty: {holes}"
    assert 0 not in [round(s, 2) for s in shares[1:]]  # and no blank page
