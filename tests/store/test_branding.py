"""The organisation's look in the file: checked, audited, outside the fingerprint."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from cxcharter.domain import branding
from cxcharter.domain.canonical import dumps
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument


def image(kind: str = "PNG", size=(240, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(buffer, kind)
    return buffer.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims `width` × `height`: a decompression bomb's calling card."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


@pytest.fixture
def doc(tmp_path):
    document = CharterDocument.create(
        tmp_path / "c.cxcharter", title="t", language="en", actor="Lea"
    )
    yield document
    document.close()


@pytest.mark.parametrize("kind, name", [("PNG", "png"), ("JPEG", "jpeg")])
def test_a_logo_and_an_accent_are_kept(doc, kind, name):
    data = image(kind)
    doc.set_logo(data)
    doc.set_accent("#1F6F8B")
    look = doc.look()
    assert (look.logo, look.logo_type, look.accent) == (data, name, "#1f6f8b")
    doc.set_logo(None)
    doc.set_accent(None)
    assert doc.look() == branding.Look()


@pytest.mark.parametrize(
    "data, code",
    [
        (b"GIF89a" + b"\0" * 100, "PNG or JPEG"),
        (b"just text", "PNG or JPEG"),
        (png_header(40_000, 40_000), "too large"),
        (png_header(4001, 10), "too large"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * (branding.MAX_LOGO_BYTES), "too big"),
    ],
)
def test_a_bad_logo_is_refused_and_changes_nothing(doc, data, code):
    doc.set_logo(image())
    before = doc.look()
    entries = len(doc.audit_entries())
    with pytest.raises(errors.InvalidValue, match=code):
        doc.set_logo(data)
    assert doc.look() == before and len(doc.audit_entries()) == entries


@pytest.mark.parametrize("value", ["red", "#12345", "#1234567", "1f6f8b", "#gggggg", 7])
def test_a_bad_accent_is_refused(doc, value):
    with pytest.raises(errors.InvalidValue, match="colour"):
        doc.set_accent(value)
    assert doc.look().accent is None


def test_the_look_is_not_content(doc):
    before = dumps(doc.snapshot())
    fingerprint = doc.content_fingerprint()
    doc.set_logo(image())
    doc.set_accent("#aa3300")
    assert dumps(doc.snapshot()) == before and doc.content_fingerprint() == fingerprint
    actions = [e["action"] for e in doc.audit_entries()]
    assert "branding.logo" in actions and "branding.accent" in actions


def test_the_look_may_change_while_the_content_is_frozen(tmp_path):
    from cxcharter.sample import write_sample

    path = tmp_path / "s.cxcharter"
    write_sample(path, "en", actor="Lea")
    doc = CharterDocument.open(path, actor="Lea")
    try:
        doc.submit_for_review()
        with pytest.raises(errors.Frozen):
            doc.set_answer_text("front.summary", "no")
        doc.set_accent("#005f73")
        assert doc.look().accent == "#005f73"
    finally:
        doc.close()


def test_a_read_only_file_refuses_the_look(doc, tmp_path):
    doc.close()
    ro = CharterDocument.open(tmp_path / "c.cxcharter", actor="x", read_only=True)
    try:
        with pytest.raises(errors.ReadOnly):
            ro.set_accent("#005f73")
    finally:
        ro.close()


def test_the_jpeg_size_is_read_from_its_header():
    assert branding.logo_info(image("JPEG", (123, 45))) == ("jpeg", 123, 45)
    assert branding.logo_info(image("PNG", (123, 45))) == ("png", 123, 45)
    assert branding.logo_info(b"\xff\xd8\xff\xe0\x00") is None
