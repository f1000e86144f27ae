"""Right-to-left text (Hebrew, Arabic) in the PDF: shaped, wrapped, then reordered per line.

reportlab's own bidi support needs `rlbidi`, which is not on PyPI. So a paragraph that
holds right-to-left letters is done here: Arabic letters are joined into their
contextual forms (arabic-reshaper; DejaVu Sans has the presentation forms), the text
is wrapped in logical order at the width reportlab offers, and each line is then put
into visual order (python-bidi, the Unicode bidirectional algorithm) and drawn as it
is, right-aligned when the paragraph starts right-to-left. Without those two packages
the text prints in logical order, as before (legible letters, wrong direction).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.rl_config import paraFontSizeHeightOffset

from cxcharter.export.fonts import markup, printable
from cxcharter.export.fonts import width as text_width

try:
    import arabic_reshaper
    from bidi import get_display
except ImportError:  # optional: see the module docstring
    arabic_reshaper = get_display = None

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
AVAILABLE = get_display is not None


def needs_bidi(text: str) -> bool:
    """True when `text` holds right-to-left letters and the bidi packages are installed."""
    return AVAILABLE and _RTL.search(text) is not None


def starts_rtl(text: str) -> bool:
    """The paragraph direction by the first strong letter (Unicode bidi rules P2/P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def wrap_logical(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaks at spaces, in logical order; a word wider than a line is cut."""
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in text.split(" "):
        w = text_width(word, font, size)
        if line and used + space + w <= width:
            line.append(word)
            used += space + w
            continue
        if line:
            lines.append(" ".join(line))
        while w > width and len(word) > 1:
            cut = _fitting(word, font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
            w = text_width(word, font, size)
        line, used = [word], w
    lines.append(" ".join(line))
    return lines


def _fitting(word: str, font: str, size: float, width: float) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def visual_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` (plain, logical order) as lines in visual order that fit `width`."""
    shaped = printable(arabic_reshaper.reshape(text), font, fallback=True)
    rtl = starts_rtl(text)
    out = []
    for paragraph in shaped.split("\n"):
        for line in wrap_logical(" ".join(paragraph.split()), font, size, width):
            out.append(get_display(line, base_dir="R" if rtl else "L"))
    return out


def visual_line(text: str) -> str:
    """One line of `text` shaped and in visual order (for headers, charts, clipped labels)."""
    line = " ".join(text.split())
    return get_display(arabic_reshaper.reshape(line), base_dir="R" if starts_rtl(line) else "L")


class _MirroredBullet(Paragraph):
    """A right-to-left paragraph's lines with its bullet at the right, before the first
    word (reportlab puts a bullet on the right only with rlbidi)."""

    rtl_bullet: str | None = None

    def draw(self):
        super().draw()
        if self.rtl_bullet:
            st = self.style
            # reportlab's first baseline: a font size (or the ascent) below the top
            drop = (
                st.fontSize
                if paraFontSizeHeightOffset
                else getAscentDescent(st.fontName, st.fontSize)[0]
            )
            font, size = st.bulletFontName, st.bulletFontSize
            x = self.width - st.bulletIndent - stringWidth(self.rtl_bullet, font, size)
            self.canv.setFont(font, size)
            self.canv.setFillColor(st.textColor)
            self.canv.drawString(x, self.height - drop, self.rtl_bullet)

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        for n, part in enumerate(parts):
            part.rtl_bullet = self.rtl_bullet if n == 0 else None
        return parts


class BidiParagraph(Flowable):
    """A Paragraph for mixed-direction plain text, laid out line by line in visual order.

    A right-to-left paragraph is mirrored: right-aligned, its indents swapped, a bullet
    at the right. Each visual line goes through `to_markup`, so http, https and mailto
    addresses stay clickable and CJK pieces get the fallback face."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        bulletText: str | None = None,
        to_markup: Callable[[str, str], str] = markup,
    ):
        super().__init__()
        self.text, self.style, self.bulletText = text, style, bulletText
        self.to_markup = to_markup
        self._inner: Paragraph | None = None
        self._for_width: float | None = None

    def _build(self, available_width: float) -> None:
        st, rtl = self.style, starts_rtl(self.text)
        room = available_width - st.leftIndent - st.rightIndent - 1  # 1 pt: rounding slack
        lines = visual_lines(self.text, st.fontName, st.fontSize, max(room, st.fontSize))
        text = "<br/>".join(self.to_markup(line, st.fontName) for line in lines)
        if rtl:
            style = ParagraphStyle(
                f"{st.name}-rtl",
                parent=st,
                alignment=TA_RIGHT,
                splitLongWords=0,
                leftIndent=st.rightIndent,
                rightIndent=st.leftIndent,
                firstLineIndent=0,
            )
            self._inner = _MirroredBullet(text, style)
            self._inner.rtl_bullet = self.bulletText
        else:
            style = ParagraphStyle(
                f"{st.name}-bidi", parent=st, alignment=TA_LEFT, splitLongWords=0
            )
            self._inner = Paragraph(text, style, bulletText=self.bulletText)
        self._for_width = available_width

    def wrap(self, available_width, available_height):
        if self._inner is None or self._for_width != available_width:
            self._build(available_width)
        self.width, self.height = self._inner.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        return self._inner.split(available_width, available_height)

    def draw(self):
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def getKeepWithNext(self):
        return getattr(self.style, "keepWithNext", 0)
