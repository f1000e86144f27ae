"""The organisation's look: an accent colour and a logo, with the rules they must meet.

The look is presentation, not approved content: it is not in the canonical JSON,
so it is not fingerprinted, dumped or loaded, and it may change while the
content is frozen. The logo is checked here from its header bytes only (no image
decoder): PNG or JPEG, at most MAX_LOGO_BYTES and MAX_LOGO_SIDE pixels a side.
The PDF export decodes it once more with Pillow under a pixel limit before use.
Returns codes with parameters; the edge words them (`describe`).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from cxcharter.domain.values import Problem

MAX_LOGO_BYTES = 1024 * 1024
MAX_LOGO_SIDE = 4000
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_PNG = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers (baseline, progressive, …): they carry the size.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True, slots=True)
class Look:
    """A charter's look; None: the house defaults (no logo, the house accent)."""

    accent: str | None = None  # "#rrggbb", lower case
    logo: bytes | None = None
    logo_type: str | None = None  # "png" or "jpeg"


def normal_accent(value: str) -> str:
    return value.strip().lower()


def check_accent(value: object) -> Problem | None:
    """A hex colour "#rrggbb" (or None: the house accent)."""
    if value is None:
        return None
    if not isinstance(value, str) or not _HEX.fullmatch(value.strip()):
        return Problem("accent.invalid", "accent", {"value": str(value)[:40]})
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if length < 2:
            return None
        if marker in _SOF:
            if i + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


def logo_info(data: bytes) -> tuple[str, int, int] | None:
    """(type, width, height) from the header bytes, or None when it is no PNG or JPEG."""
    if data.startswith(_PNG):
        size = _png_size(data)
        return ("png", *size) if size else None
    if data.startswith(b"\xff\xd8\xff"):
        size = _jpeg_size(data)
        return ("jpeg", *size) if size else None
    return None


def check_logo(data: object) -> Problem | None:
    """PNG or JPEG, at most 1 MB and 4000 × 4000 pixels, from its header (not decoded)."""
    if data is None:
        return None
    if not isinstance(data, bytes | bytearray):
        return Problem("logo.not_image", "logo", {})
    if len(data) > MAX_LOGO_BYTES:
        return Problem("logo.too_big", "logo", {"size": len(data), "limit": MAX_LOGO_BYTES})
    info = logo_info(bytes(data))
    if info is None:
        return Problem("logo.not_image", "logo", {})
    _, width, height = info
    if not (0 < width <= MAX_LOGO_SIDE and 0 < height <= MAX_LOGO_SIDE):
        return Problem(
            "logo.too_large", "logo", {"width": width, "height": height, "limit": MAX_LOGO_SIDE}
        )
    return None


def describe(problem: Problem) -> str:
    """English sentence for the command line and logs (the UI translates codes)."""
    texts = {
        "accent.invalid": "{value!r} is not a colour like #1f6f8b",
        "logo.not_image": "the logo must be a PNG or JPEG image",
        "logo.too_big": "the logo is too big ({size} bytes; at most {limit})",
        "logo.too_large": "the logo is too large ({width} × {height} pixels; at most "
        "{limit} × {limit})",
    }
    return texts[problem.code].format(**problem.params)
