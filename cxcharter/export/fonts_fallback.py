"""The fallback face for what DejaVu lacks: Chinese and Japanese (Droid Sans Fallback).

Not bundled (4 MB): found in resources/fonts/ if someone puts it there, else where
Debian's `fonts-droid-fallback` package installs it. Registered on first need, so a
charter without such text never loads it. Without the file those characters print
as the visible replacement box, as before.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cxcharter.assets import resource

NAME = "CXFallback"
FILE = "DroidSansFallbackFull.ttf"
SYSTEM_PATHS = (
    Path("/usr/share/fonts/truetype/droid") / FILE,  # Debian/Ubuntu fonts-droid-fallback
    Path("/usr/share/fonts/google-droid-sans-fonts") / "DroidSansFallbackFull.ttf",  # Fedora
)
_lock = threading.Lock()
_state: dict[str, object] = {}  # "coverage": frozenset, once looked for


def path() -> Path | None:
    """The fallback font file, or None when it is not installed."""
    bundled = resource("fonts", FILE)
    for candidate in (Path(str(bundled)), *SYSTEM_PATHS):
        if candidate.is_file():
            return candidate
    return None


def coverage() -> frozenset[int]:
    """Code points the fallback face draws (empty without the font); registers it once."""
    with _lock:
        if "coverage" not in _state:
            found, covered = path(), frozenset()
            if found is not None:
                try:
                    face = TTFont(NAME, str(found))
                    pdfmetrics.registerFont(face)
                    covered = frozenset(cp for cp in face.face.charToGlyph
                                        if unicodedata.category(chr(cp)) != "Cc")
                except Exception:  # a damaged file: treat as absent, boxes as before
                    covered = frozenset()
            _state["coverage"] = covered
        return _state["coverage"]  # type: ignore[return-value]
