"""Typography of the PDF: the bundled DejaVu faces, the type styles, safe markup.

User text reaches reportlab only through `markup()`/`paragraphs()`: characters the
face lacks become a visible box, then the text is escaped (reportlab markup is a
language: `<img src=…>` would read local files, a stray `<` would crash).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

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


def register() -> None:
    """Register the three faces once per process (idempotent, thread-safe).

    Raises OSError (or reportlab's TTFError) when a font file is missing or broken.
    """
    global _registered
    with _lock:
        if _registered:
            return
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
    return [(font_name if own else fonts_fallback.NAME, "".join(chars))
            for own, chars in groupby(text, key=lambda ch: ord(ch) in covered or ch == "\n")]


def _escaped(text: str, font_name: str) -> str:
    """Escape printable `text`; runs the face lacks are set in the fallback face."""
    return "".join(
        escape(piece) if face == font_name
        else f'<font name="{fonts_fallback.NAME}">{escape(piece)}</font>'
        for face, piece in runs(text, font_name))


def width(text: str, font_name: str, size: float) -> float:
    """Width in points of printable `text`, the fallback face's pieces included."""
    return sum(pdfmetrics.stringWidth(piece, face, size) for face, piece in runs(text, font_name))


def draw(canvas, x: float, y: float, text: str, font_name: str, size: float,
         anchor: str = "start") -> float:
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
        out.append(_escaped(text[at:match.start()], font_name))
        href = escape(url, {'"': "&quot;"})
        out.append(f'<a href="{href}" color="{color}"><u>{escape(url)}</u></a>')
        at = match.start() + len(url)
    out.append(_escaped(text[at:], font_name))
    return "".join(out).replace("\n", "<br/>")


def clip(text: str, font_name: str, size: float, room: float) -> str:
    """One line of `text` that fits `room` points, cut with an ellipsis if needed; draw
    it with `draw` (it may hold pieces for the fallback face)."""
    from cxcharter.export.pdf_bidi import needs_bidi, visual_line

    text = text[:600]
    if needs_bidi(text):
        text = visual_line(text)
    text = " ".join(printable(text, font_name, fallback=True).split())
    if width(text, font_name, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid] + "…", font_name, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


_CHUNK = 4000  # characters per Paragraph (about a page): keeps a 1 MB answer linear
_SEAMS = (". ", "! ", "? ", "; ", " ")
_BULLET = re.compile(r"^[-*•–]\s+")


def paragraphs(text: str, st: dict[str, ParagraphStyle], *,
               links: bool = False) -> list[Paragraph]:
    """A free-text answer as Paragraphs, one per line (no <br/>: reportlab wraps plain
    paragraphs far faster); a blank line ends a paragraph, "- " lines are bullets, and
    very long lines are cut in pieces so a 1 MB answer flows page by page. Long words
    are broken by reportlab itself (`splitLongWords`, on by default). With `links`,
    http, https and mailto addresses are clickable (and nothing else)."""
    out: list[Paragraph] = []
    to_markup = linked_markup if links else markup
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for n, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        if bullet := _BULLET.match(line):
            out += _pieces(line[bullet.end():], st["bullet"], st["bullet_cont"], to_markup,
                           "•")
        else:
            following = lines[n + 1].strip() if n + 1 < len(lines) else ""
            ends_paragraph = not following or bool(_BULLET.match(following))
            out += _pieces(line, st["body"] if ends_paragraph else st["cont"], st["cont"],
                           to_markup)
    return out


def _pieces(text: str, last: ParagraphStyle, inner: ParagraphStyle, to_markup=markup,
            bullet: str | None = None):
    chunks = list(_chunks(text))
    return [
        paragraph(chunk, last if n == len(chunks) - 1 else inner,
                  bullet if n == 0 else None, to_markup)
        for n, chunk in enumerate(chunks)
    ]  # fmt: skip


class Hyphenated(Paragraph):
    """A table cell's Paragraph: a word wider than the column breaks at a syllable.

    The style's `hyphenationLang` names the pyphen dictionary. Only words that cannot
    fit a line of their own are hyphenated (reportlab would otherwise hyphenate every
    line end of a narrow column: "Changes re-quested"). reportlab never splits the rest
    of a hyphenated word again: a rest with no further syllable break would run past the
    margin, so such a cell is laid out again without hyphenation (the long word is then
    cut between letters, as any other)."""

    def wrap(self, available_width, available_height):
        if getattr(self, "_cx_fixed", False):
            return super().wrap(available_width, available_height)
        base = getattr(self, "_cx_base", None) or self.style
        self._cx_base = base
        room = round(available_width - base.leftIndent - base.rightIndent, 1)
        if getattr(self, "_cx_room", None) == room:  # laid out again (a table measures,
            return super().wrap(available_width, available_height)  # splits, draws)
        self._cx_room = room
        if isinstance(base.hyphenationLang, str) and self._has_word_wider(room):
            self.style = _hyphenating(base, room)
        else:
            self.style = _unhyphenated(base)
        size = super().wrap(available_width, available_height)
        if self.style is not _unhyphenated(base) and self._overflows(room):
            self.style = _unhyphenated(base)
            size = super().wrap(available_width, available_height)
        return size

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        for part in parts:  # a row split over two pages: the parts keep the lines' style
            part._cx_fixed = True
        return parts

    def _has_word_wider(self, room: float) -> bool:
        for frag in self.frags:
            text = getattr(frag, "text", "")
            if not text.strip():  # line breaks and the like carry no font
                continue
            width = pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
            if width > room and any(  # measure word by word only when the whole is wider
                    pdfmetrics.stringWidth(word, frag.fontName, frag.fontSize) > room
                    for word in text.split()):
                return True
        return False

    def _overflows(self, room: float) -> bool:
        """A line wider than the column (measured: reportlab's own `extraSpace` is off by
        a point or two on the line before a split word)."""
        st = self.style
        shrink = st.spaceShrinkage * pdfmetrics.stringWidth(" ", st.fontName, st.fontSize)
        for line in getattr(self.blPara, "lines", ()):
            if isinstance(line, tuple):
                text = " ".join(map(str, line[1]))
                over = pdfmetrics.stringWidth(text, st.fontName, st.fontSize) - room
                words = len(line[1])
            else:  # a line of fragments (links, the fallback face)
                over, words = -line.extraSpace, len(line.words)
            if over > shrink * words + 0.01:
                return True
        return False


@cache
def _unhyphenated(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-plain", parent=style, hyphenationLang="")


@cache
def hyphenator(language: str):
    """The pyphen dictionary of `language` ("de_DE"), or None for ''.

    Loading one costs about a second (German): it is loaded at most once per process,
    and only when a word is actually too wide for its column (see Hyphenated and
    pdf_tables._fit_words), so an export whose words all fit never loads it."""
    if not language:
        return None
    import pyphen

    return pyphen.Pyphen(lang=language)


@cache
def _hyphenating(style: ParagraphStyle, room: float) -> ParagraphStyle:
    """`style` hyphenating only words wider than `room` points (a cache per column width)."""
    dictionary = hyphenator(style.hyphenationLang)

    def hyphenate(word: str):
        if pdfmetrics.stringWidth(word, style.fontName, style.fontSize) <= room:
            return ()
        return dictionary.iterate(word)

    return ParagraphStyle(f"{style.name}-{room}", parent=style, hyphenationLang=hyphenate,
                          embeddedHyphenation=2)  # 2: a long word may go to the next line first


def paragraph(text: str, style: ParagraphStyle, bullet: str | None = None, to_markup=markup):
    """Plain `text` as a flowable: a Paragraph, or a BidiParagraph for right-to-left text."""
    from cxcharter.export.pdf_bidi import BidiParagraph, needs_bidi

    if needs_bidi(text):
        return BidiParagraph(text, style, bullet, to_markup)
    cls = Hyphenated if style.hyphenationLang else Paragraph
    return cls(to_markup(text, style.fontName), style, bulletText=bullet)


def _chunks(text: str) -> Iterator[str]:
    """Pieces of at most _CHUNK characters, cut after a sentence if possible."""
    while len(text) > _CHUNK:
        cut = next((at + len(seam) for seam in _SEAMS
                    if (at := text.rfind(seam, _CHUNK // 2, _CHUNK)) > 0), _CHUNK)  # fmt: skip
        yield text[:cut].rstrip()
        text = text[cut:].lstrip()
    yield text
