"""The organisation's look in the PDF: the accent colour and the logo, decoded safely.

The store checked the logo from its header bytes (domain/branding.py). Here it
is decoded by Pillow (a dependency for this: reportlab hands images to Pillow
anyway) only after Pillow's header read agrees that it is a PNG or JPEG within
the size limits, and only then given to reportlab, as decoded pixels. A logo
that fails any step is left out of the PDF (the export goes on without it).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader

from cxcharter.domain import branding
from cxcharter.domain.branding import Look
from cxcharter.export.fonts import ACCENT


@dataclass(frozen=True)
class PdfLook:
    """What the page furniture and the cover draw: a colour and a ready image or None."""

    accent: Color = ACCENT
    logo: object | None = None  # reportlab ImageReader
    logo_size: tuple[int, int] = (0, 0)  # pixels


def decode_logo(data: bytes | None):
    """A Pillow image of `data`, or None when it is not a safe PNG or JPEG logo."""
    if data is None or branding.check_logo(data) is not None:
        return None
    from PIL import Image  # lazy: Pillow only when there is a logo

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=("PNG", "JPEG"))
            width, height = image.size  # from the header: nothing decoded yet
            if not (0 < width <= branding.MAX_LOGO_SIDE and 0 < height <= branding.MAX_LOGO_SIDE):
                return None
            image.load()
        except (
            OSError,
            ValueError,
            SyntaxError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ):
            return None
    return image.convert(
        "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
    )


def pdf_look(look: Look | None) -> PdfLook:
    if look is None:
        return PdfLook()
    accent = (
        HexColor(look.accent) if look.accent and not branding.check_accent(look.accent) else ACCENT
    )
    image = decode_logo(look.logo)
    if image is None:
        return PdfLook(accent=accent)
    return PdfLook(accent=accent, logo=ImageReader(image), logo_size=image.size)


def fit(size: tuple[int, int], max_w: float, max_h: float) -> tuple[float, float]:
    """The drawn size of an image of `size` pixels in a box, keeping its proportions."""
    width, height = size
    scale = min(max_w / width, max_h / height)
    return width * scale, height * scale
