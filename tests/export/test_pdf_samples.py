"""The DE and EN sample charters as PDFs: every answer, goal, owner, initiative and
decision is in the text, and no page is blank or inked past the right margin."""

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
from cxcharter.sample import build_sample

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(page, title: str, number: int) -> str:
    """A page's text without the running header and footer (painted last, so extracted
    last: section, title, page X of Y, revision, watermark), so that a sentence running
    over a page break reads as one."""
    lines = page.extract_text().split("\n")
    if number > 0 and title in lines:
        cut = len(lines) - 1 - lines[::-1].index(title)
        lines = lines[: max(0, cut - 1)]
    return "\n".join(lines)


@pytest.fixture(scope="module", params=["de", "en"])
def sample(request, tmp_path_factory):
    language = request.param
    snap = build_sample(language, today=dt.date(2026, 11, 1))
    out = tmp_path_factory.mktemp(f"sample-{language}") / "sample.pdf"
    export_pdf(snap, load_catalog(language), out, created=CREATED)
    return snap, out


def test_every_answer_goal_owner_initiative_and_decision_is_printed(sample):
    snap, out = sample
    text = squash(
        " ".join(
            body_text(page, snap.title, n) for n, page in enumerate(pypdf.PdfReader(out).pages)
        )
    )
    expected = []
    for answer in snap.answers.values():
        for line in answer.text.splitlines():
            line = re.sub(r"^[-*•–]\s+", "", line.strip())
            if line and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):  # dates are reformatted
                expected.append(line)
    expected += [g["objective"] for g in snap.rows_of("goal")]
    expected += [i["title"] for i in snap.rows_of("initiative")]
    expected += [d["request"] for d in snap.rows_of("decision")]
    expected += [d["decision"] for d in snap.rows_of("decision") if d["decision"]]
    owners = {g["owner"] for g in snap.rows_of("goal")} | {a.owner for a in snap.answers.values()}
    expected += [snap.person_name(o) for o in owners if o is not None]
    missing = [e for e in expected if squash(e) not in text]
    assert not missing, missing[:5]


def need_pdftoppm() -> str:
    tool = shutil.which("pdftoppm")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm is missing on CI (install poppler-utils)")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    return tool


def test_no_page_is_blank_or_inked_past_the_right_margin(sample, tmp_path):
    _snap, out = sample
    dpi = 30
    subprocess.run([need_pdftoppm(), "-gray", "-r", str(dpi), str(out), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    pages = sorted(tmp_path.glob("p-*.pgm"))
    assert len(pages) == len(pypdf.PdfReader(out).pages)
    for path in pages:
        magic, width, height, maxval, pixels = path.read_bytes().split(maxsplit=4)
        assert magic == b"P5" and maxval == b"255"
        width, height = int(width), int(height)
        top = height * 12 // 297  # the cover's accent band runs to the edge
        dark = {i % width for i, v in enumerate(pixels[top * width : width * height]) if v < 128}
        assert len(dark) > width // 5, f"{path.name} looks blank"
        margin = width * (210 - 25 + 1.5) / 210  # 25 mm right margin on A4
        assert max(dark) < margin, f"{path.name}: ink in the right margin"


def test_only_embedded_faces_even_with_charts(sample):
    _snap, out = sample
    seen = set()
    for page in pypdf.PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontDescriptor" in font, font["/BaseFont"]  # not a base-14 font
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert seen == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
