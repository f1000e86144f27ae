"""Typography of the PDF: the bundled DejaVu faces, the type styles, safe markup.

User text reaches reportlab only through `markup()`/`paragraphs()`: characters the
face lacks become a visible box, then the text is escaped (reportlab markup is a
language: `<img src=…>` would read local files, a stray `<` would crash).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from cxcharter.assets import resource
from cxcharter.export import fonts_fallback

REGULAR = "CXSans"
BOLD = "CXSans-Bold"
ITALIC = "CXSans-Oblique"
REPLACEMENT = "\u25a1"  # WHITE SQUARE: visible stand-in for a glyph the font lacks
ACCENT = HexColor("#1e5470")  # calm dark petrol blue
INK = HexColor("#1f2933")
MUTED = HexColor("#5f6b7a")
FAINT = HexColor("#9aa5b1")
RULE = HexColor("#d5dbe1")

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()
_registered = False
_ASTRAL = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)
_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map of a font subset, with characters beyond U+FFFF (😀)
    written as the UTF-16BE pair a PDF reader expects (<D83DDE00>): reportlab 5.1
    writes the bare code point (<1F600>), odd-length hex that readers cannot map back
    and pypdf complains about."""

    def utf16(match: re.Match[str]) -> str:
        pair = chr(int(match[2], 16)).encode("utf-16-be").hex().upper()
        return f"{match[1]}<{pair}>"

    return _ASTRAL.sub(utf16, _reportlab_to_unicode(fontname, subset))


def register() -> None:
    """Register the three faces once per process (idempotent, thread-safe).

    Raises OSError (or reportlab's TTFError) when a font file is missing or broken.
    """
    global _registered
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # looked up by name when a PDF is written
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        # <b>/<i> inside our own markup resolve to the matching face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)  # no bold-oblique face bundled
        _registered = True


@cache
def _coverage(font_name: str) -> frozenset[int]:
    """Code points the face maps to a glyph, minus control characters."""
    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    return frozenset(cp for cp in cmap if unicodedata.category(chr(cp)) != "Cc")


@cache
def _drawable(font_name: str) -> frozenset[str]:
    """The characters of `_coverage`, and the newline: `issuperset(text)` runs in C."""
    return frozenset(map(chr, _coverage(font_name))) | {"\n"}


def _invisible(ch: str) -> bool:
    """Presentation modifiers that only matter next to a glyph the font lacks anyway."""
    cp = ord(ch)
    return (
        0xFE00 <= cp <= 0xFE0F  # variation selectors (emoji presentation)
        or cp == 0x200D  # zero-width joiner (emoji sequences)
        or 0x1F3FB <= cp <= 0x1F3FF  # skin-tone modifiers
        or 0xE0020 <= cp <= 0xE007F  # tag characters (flag sequences)
    )


def printable(text: str, font_name: str = REGULAR, *, fallback: bool = False) -> str:
    """`text` with every character `font_name` cannot draw made visible as U+25A1.

    With `fallback`, characters the fallback face (CJK) draws are kept too; `markup`
    then sets them in that face. Newlines survive; tabs become spaces; other control
    characters and unpaired surrogates are replaced like any other missing glyph.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    if _drawable(font_name).issuperset(text):  # nearly always: no glyph missing
        return text
    covered = _coverage(font_name)
    extra = fonts_fallback.coverage() if fallback else frozenset()
    out = []
    for ch in text:
        if ch == "\n" or ord(ch) in covered or ord(ch) in extra:
            out.append(ch)
        elif not _invisible(ch):
            out.append(REPLACEMENT)
    return "".join(out)


def runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """Printable `text` as (face, piece) pairs: what `font_name` draws, and the pieces
    it lacks (Chinese, Japanese, Korean) in the fallback face."""
    if _drawable(font_name).issuperset(text):
        return [(font_name, text)]
    covered = _coverage(font_name)
    return [
        (font_name if own else fonts_fallback.NAME, "".join(chars))
        for own, chars in groupby(text, key=lambda ch: ord(ch) in covered or ch == "\n")
    ]


def _escaped(text: str, font_name: str) -> str:
    """Escape printable `text`; runs the face lacks are set in the fallback face."""
    return "".join(
        escape(piece)
        if face == font_name
        else f'<font name="{fonts_fallback.NAME}">{escape(piece)}</font>'
        for face, piece in runs(text, font_name)
    )


def width(text: str, font_name: str, size: float) -> float:
    """Width in points of printable `text`, the fallback face's pieces included."""
    return sum(pdfmetrics.stringWidth(piece, face, size) for face, piece in runs(text, font_name))


def draw(
    canvas, x: float, y: float, text: str, font_name: str, size: float, anchor: str = "start"
) -> float:
    """Draw one line of printable `text` on a canvas, piece by piece in its face;
    `anchor` is "start", "middle" or "end" like a reportlab String. Returns the width."""
    pieces = runs(text, font_name)
    total = sum(pdfmetrics.stringWidth(piece, face, size) for face, piece in pieces)
    x -= {"start": 0.0, "middle": total / 2, "end": total}[anchor]
    for face, piece in pieces:
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, face, size)
    canvas.setFont(font_name, size)
    return total


def markup(text: str, font_name: str = REGULAR) -> str:
    """Plain `text` as Paragraph markup that prints literally; newlines become <br/>."""
    return _escaped(printable(text, font_name, fallback=True), font_name).replace("\n", "<br/>")


# Only these become clickable; "javascript:", "file:" and the rest stay plain text.
_LINK = re.compile(r"(?:https?://|mailto:)[^\s<>\"'\\]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}»“”'"


def linked_markup(text: str, font_name: str = REGULAR, color: str = "#1e5470") -> str:
    """Like `markup`, but http, https and mailto addresses become live links."""
    text = printable(text, font_name, fallback=True)
    if "http" not in text.lower() and "mailto:" not in text.lower():
        return _escaped(text, font_name).replace("\n", "<br/>")
    out, at = [], 0
    for match in _LINK.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        if len(url) <= len(match.group(0).split(":", 1)[0]) + 3:
            continue  # a bare scheme ("https://") is not a link
        out.append(_escaped(text[at : match.start()], font_name))
        href = escape(url, {'"': "&quot;"})
        out.append(f'<a href="{href}" color="{color}"><u>{escape(url)}</u></a>')
        at = match.start() + len(url)
    out.append(_escaped(text[at:], font_name))
    return "".join(out).replace("\n", "<br/>")
