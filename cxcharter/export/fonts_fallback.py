"""The fallback face for what DejaVu lacks: Chinese, Japanese and Korean.

Not bundled (4–20 MB per face). The first of these that loads is used:

1. the file named by the environment variable CXCHARTER_CJK_FONT;
2. a copy in resources/fonts/ (wqy-microhei.ttc or DroidSansFallbackFull.ttf);
3. a face the system has: on Linux WenQuanYi Micro Hei (Debian `fonts-wqy-microhei`:
   Chinese, Japanese kana, Korean Hangul), Droid Sans Fallback or AR PL UMing; on
   Windows Microsoft YaHei, SimSun or Malgun Gothic; on macOS Arial Unicode.

reportlab embeds TrueType outlines only: a face with PostScript (CFF) outlines, such
as Noto Sans CJK or the Hiragino fonts, fails to load and the next one is tried.
Registered on first need, so a charter without such text never loads one. Without
any, those characters print as the visible replacement box.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cxcharter.assets import resource

NAME = "CXFallback"
ENVIRONMENT = "CXCHARTER_CJK_FONT"
FILES = ("wqy-microhei.ttc", "DroidSansFallbackFull.ttf")  # in resources/fonts/, if there
LINUX = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian/Ubuntu
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # Debian/Ubuntu
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",  # Fedora
    "/usr/share/fonts/truetype/arphic/uming.ttc",  # Debian/Ubuntu fonts-arphic-uming
)
WINDOWS = ("msyh.ttc", "simsun.ttc", "malgun.ttf")  # in %WINDIR%\Fonts
MACOS = (
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)
_lock = threading.Lock()
_state: dict[str, object] = {}  # "coverage": frozenset, "path": Path | None, once looked for


def candidates() -> list[Path]:
    """Font files to try, in order; only those that exist."""
    named = [os.environ[ENVIRONMENT]] if os.environ.get(ENVIRONMENT) else []
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    paths = [Path(p) for p in named]
    paths += [Path(str(resource("fonts", name))) for name in FILES]
    paths += [Path(p) for p in (*LINUX, *MACOS)]
    paths += [windows / name for name in WINDOWS]
    paths.append(Path.home() / "Library" / "Fonts" / "Arial Unicode.ttf")
    return [p for p in paths if p.is_file()]


def _load(found: Path) -> TTFont | None:
    try:
        return TTFont(NAME, str(found), subfontIndex=0)  # .ttc: the first face
    except Exception:  # CFF outlines, a damaged file: try the next one
        return None


def _look() -> None:
    covered, chosen = frozenset(), None
    for found in candidates():
        face = _load(found)
        if face is None:
            continue
        pdfmetrics.registerFont(face)
        for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):  # one face for all
            addMapping(NAME, bold, italic, NAME)
        covered = frozenset(
            cp for cp in face.face.charToGlyph if unicodedata.category(chr(cp)) != "Cc"
        )
        chosen = found
        break
    _state["coverage"], _state["path"] = covered, chosen


def path() -> Path | None:
    """The fallback font file in use, or None when none loads."""
    with _lock:
        if "path" not in _state:
            _look()
        return _state["path"]  # type: ignore[return-value]


def coverage() -> frozenset[int]:
    """Code points the fallback face draws (empty without one); registers it once."""
    with _lock:
        if "coverage" not in _state:
            _look()
        return _state["coverage"]  # type: ignore[return-value]
