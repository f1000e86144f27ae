"""The fallback face for what DejaVu lacks: Chinese, Japanese and Korean.

Not bundled (4–5 MB): the first of these that is installed, WenQuanYi Micro Hei
(Debian `fonts-wqy-microhei`: Chinese, Japanese kana, Korean Hangul) or Droid Sans
Fallback (Debian `fonts-droid-fallback`: Chinese and Japanese, no Hangul), or a copy
of either in resources/fonts/. Registered on first need, so a charter without such
text never loads it. Without one, those characters print as the visible replacement
box, as before.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cxcharter.assets import resource

NAME = "CXFallback"
FILES = ("wqy-microhei.ttc", "DroidSansFallbackFull.ttf")  # in resources/fonts/, if there
SYSTEM_PATHS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),  # Debian/Ubuntu
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),  # Debian/Ubuntu
    Path("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),  # Fedora
)
_lock = threading.Lock()
_state: dict[str, object] = {}  # "coverage": frozenset, once looked for


def path() -> Path | None:
    """The fallback font file, or None when it is not installed."""
    bundled = [Path(str(resource("fonts", name))) for name in FILES]
    for candidate in (*bundled, *SYSTEM_PATHS):
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
                    face = TTFont(NAME, str(found), subfontIndex=0)  # .ttc: the first face
                    pdfmetrics.registerFont(face)
                    for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):  # one face for all
                        addMapping(NAME, bold, italic, NAME)
                    covered = frozenset(cp for cp in face.face.charToGlyph
                                        if unicodedata.category(chr(cp)) != "Cc")
                except Exception:  # a damaged file: treat as absent, boxes as before
                    covered = frozenset()
            _state["coverage"] = covered
        return _state["coverage"]  # type: ignore[return-value]
