"""The organisation's look in the PDF: the logo on the cover and in the header, the accent."""

from __future__ import annotations

import io
import struct
import zlib

import pypdf
import pytest
from PIL import Image
from reportlab.lib.colors import HexColor

from cxcharter.catalog import load_catalog
from cxcharter.domain.branding import Look
from cxcharter.domain.model import CharterSnapshot
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_look import decode_logo

SNAPSHOT = CharterSnapshot(
    "6b1f6a3e-6a52-4c55-9d0c-0f3b1c2a9e01", "en", "2026-11-23T09:00:00+00:00"
)


def logo(kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (180, 40, 60)).save(buffer, kind)
    return buffer.getvalue()


def bomb() -> bytes:
    """A valid, tiny PNG stream that inflates to 20000 × 20000 pixels."""
    width = height = 20_000
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    row = b"\0" * (width + 1)
    data = zlib.compress(row * 64, 9)  # the first rows only: enough to look real

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def export(tmp_path, look: Look | None) -> pypdf.PdfReader:
    out = tmp_path / "look.pdf"
    export_pdf(SNAPSHOT, load_catalog("en"), out, look=look)
    return pypdf.PdfReader(out)


def test_the_logo_is_on_the_cover_and_in_every_running_header(tmp_path):
    reader = export(tmp_path, Look(logo=logo("JPEG"), logo_type="jpeg"))
    assert all(len(page.images) == 1 for page in reader.pages)


def test_without_a_logo_there_is_no_image(tmp_path):
    reader = export(tmp_path, None)
    assert all(len(page.images) == 0 for page in reader.pages)


@pytest.mark.parametrize(
    "data", [b"not an image", bomb(), logo()[:60]], ids=["text", "bomb", "truncated"]
)
def test_an_unsafe_logo_is_left_out_and_the_export_goes_on(tmp_path, data):
    assert decode_logo(data) is None
    reader = export(tmp_path, Look(logo=data, logo_type="png"))
    assert all(len(page.images) == 0 for page in reader.pages)


def test_the_accent_colours_the_cover_band_and_the_footer_rule(tmp_path):
    accent = HexColor("#b4283c")
    fill = "{:g} {:g} {:g}".format(*(round(c, 6) for c in accent.rgb()))
    cover, chapter = (
        export(tmp_path, Look(accent="#b4283c"))
        .pages[i]
        .get_contents()
        .get_data()
        .decode("latin-1")
        for i in (0, 2)
    )
    plain = export(tmp_path, None).pages[0].get_contents().get_data().decode("latin-1")
    shown = fill.replace("0.", ".")
    assert f"{shown} rg" in cover and f"{shown} RG" in chapter and shown not in plain
