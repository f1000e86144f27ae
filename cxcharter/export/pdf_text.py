"""Text of the PDF set in the bundled faces: paragraphs (wrapped, hyphenated, right-to-left
when needed) and one-line labels clipped to their room.

Built on `fonts` (faces, glyph coverage, safe markup) and `pdf_bidi` (right-to-left
lines), which is why it is its own module: `pdf_bidi` uses `fonts` too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from cxcharter.export.fonts import linked_markup, markup, printable, width
from cxcharter.export.pdf_bidi import BidiParagraph, needs_bidi, visual_line


def clip(text: str, font_name: str, size: float, room: float) -> str:
    """One line of `text` that fits `room` points, cut with an ellipsis if needed; draw
    it with `draw` (it may hold pieces for the fallback face)."""
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


def paragraphs(text: str, st: dict[str, ParagraphStyle], *, links: bool = False) -> list[Paragraph]:
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
            out += _pieces(line[bullet.end() :], st["bullet"], st["bullet_cont"], to_markup, "•")
        else:
            following = lines[n + 1].strip() if n + 1 < len(lines) else ""
            ends_paragraph = not following or bool(_BULLET.match(following))
            out += _pieces(
                line, st["body"] if ends_paragraph else st["cont"], st["cont"], to_markup
            )
    return out


def _pieces(
    text: str,
    last: ParagraphStyle,
    inner: ParagraphStyle,
    to_markup=markup,
    bullet: str | None = None,
):
    chunks = list(_chunks(text))
    return [
        paragraph(chunk, last if n == len(chunks) - 1 else inner,
                  bullet if n == 0 else None, to_markup)
        for n, chunk in enumerate(chunks)
    ]  # fmt: skip


class Para(Paragraph):
    """A Paragraph laid out once per width: a page measures a flowable, may measure it
    again (a kept-together block, a table's rows, a RoomFor) and then draws it; reportlab
    breaks the lines anew each time. The lines depend only on the width and the style."""

    def wrap(self, available_width, available_height):
        key = (available_width, self.style)
        if self.__dict__.get("_cx_wrapped") == key and "blPara" in self.__dict__:
            return self.width, self.height  # (split drops blPara when it moves the whole)
        size = super().wrap(available_width, available_height)
        self._cx_wrapped = key
        return size


class Hyphenated(Para):
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
                for word in text.split()
            ):
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
    import pyphen  # lazy: a dictionary is loaded only when a word does not fit

    return pyphen.Pyphen(lang=language)


@cache
def _hyphenating(style: ParagraphStyle, room: float) -> ParagraphStyle:
    """`style` hyphenating only words wider than `room` points (a cache per column width)."""
    dictionary = hyphenator(style.hyphenationLang)

    def hyphenate(word: str):
        if pdfmetrics.stringWidth(word, style.fontName, style.fontSize) <= room:
            return ()
        return dictionary.iterate(word)

    return ParagraphStyle(
        f"{style.name}-{room}", parent=style, hyphenationLang=hyphenate, embeddedHyphenation=2
    )  # 2: a long word may go to the next line first


def paragraph(text: str, style: ParagraphStyle, bullet: str | None = None, to_markup=markup):
    """Plain `text` as a flowable: a Paragraph, or a BidiParagraph for right-to-left text."""
    if needs_bidi(text):
        return BidiParagraph(text, style, bullet, to_markup)
    cls = Hyphenated if style.hyphenationLang else Para
    return cls(to_markup(text, style.fontName), style, bulletText=bullet)


def _chunks(text: str) -> Iterator[str]:
    """Pieces of at most _CHUNK characters, cut after a sentence if possible."""
    while len(text) > _CHUNK:
        cut = next((at + len(seam) for seam in _SEAMS
                    if (at := text.rfind(seam, _CHUNK // 2, _CHUNK)) > 0), _CHUNK)  # fmt: skip
        yield text[:cut].rstrip()
        text = text[cut:].lstrip()
    yield text
