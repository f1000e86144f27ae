"""The page furniture: running header and footer, watermark, bookmarks and contents numbers.

One layout pass. The canvas keeps every page until `save()`, so it knows the page
count ("page X of Y") and the page of every heading before it paints the header,
footer and watermark, adds the bookmarks (outline) and writes the page numbers and
links into the table of contents. (reportlab's TableOfContents needs multiBuild, a
second full layout: twice the export time of a large charter for the same result.)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cxcharter.export import fonts
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import ACCENT, INK, MUTED, RULE
from cxcharter.export.pdf_look import PdfLook, fit
from cxcharter.export.pdf_styles import Layout
from cxcharter.export.pdf_text import Para, clip


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page repeats: title, revision, status, fingerprint, the watermark."""

    title: str
    language: str
    layout: Layout
    created: datetime.datetime
    revision_line: str  # "Rev. 1 · Draft · 3f2a1b4c5d6e"
    cover_note: str
    watermark: str | None  # None when approved
    page_label: str  # "Page {page} of {total}"
    kicker: str
    look: PdfLook = field(default_factory=PdfLook)  # the organisation's accent colour and logo


class Heading(Para):
    """A heading that becomes a bookmark (outline entry) and a link target."""

    anchor: tuple[str, str, int] | None = None  # (key, title, outline level)
    section: str | None = None  # the running header's section from here on

    def drawOn(self, canvas, x, y, _sW=0):
        if self.anchor is not None and hasattr(canvas, "cx_anchor"):
            canvas.cx_anchor(*self.anchor, y + self.height)
        if self.section is not None:
            canvas.cx_section = self.section
            frame = getattr(self, "_frame", None)  # set by the frame while it draws
            if frame is not None and frame._atTop:  # the part starts the page
                canvas.cx_page_section = self.section
        super().drawOn(canvas, x, y, _sW)

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if parts:  # the bookmark stays with the first line
            parts[0].anchor, parts[0].section = self.anchor, self.section
        return parts


def heading(
    text: str,
    style,
    key: str | None = None,
    title: str = "",
    level: int = 0,
    section: str | None = None,
) -> Heading:
    """A Heading from markup `text`; `title` (plain) names it in the outline."""
    h = Heading(text, style)
    h.anchor = (key, title, level) if key else None
    h.section = section
    return h


class TocBlock(Flowable):
    """The table of contents: titles drawn now, page numbers and links at save time."""

    LINE = 22.0

    def __init__(self, entries: list[tuple[str, str, str]], width: float) -> None:
        super().__init__()
        self.entries = entries  # (key, number like "3", title)
        self.width = width

    def wrap(self, available_width, available_height):
        return self.width, self.LINE * len(self.entries)

    def drawOn(self, canvas, x, y, _sW=0):
        top = y + self.LINE * len(self.entries)
        rows = []
        for n, (key, number, title) in enumerate(self.entries):
            base = top - (n + 1) * self.LINE + 7
            canvas.saveState()
            canvas.setFillColor(ACCENT)
            canvas.setFont(fonts.BOLD, 10.5)
            canvas.drawString(x, base, number)
            canvas.setFillColor(INK)
            shown = clip(title, fonts.REGULAR, 10.5, self.width - 80)
            end = x + 24 + fonts.draw(canvas, x + 24, base, shown, fonts.REGULAR, 10.5)
            canvas.restoreState()
            rows.append((key, x, end, x + self.width, base))
        if hasattr(canvas, "cx_toc"):
            canvas.cx_toc(rows)

    def draw(self):  # everything happens in drawOn, which knows the page position
        pass


class PagedCanvas(Canvas):
    """Holds every page until save(); then paints the furniture on each."""

    def __init__(self, *args, furniture: Furniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._cx = furniture
        self._cx_pages: list[dict] = []
        self._cx_anchors: list[tuple[int, str, str, int, float]] = []
        self._cx_toc_rows: list[tuple[int, tuple]] = []
        self.cx_section: str | None = None  # None: the cover; set by each chapter heading
        # The running header's part: the one the page begins in (a part that starts
        # lower down, below the end of the one before, names the pages after it).
        self.cx_page_section: str | None = None
        self.setDateFormatter(lambda *_ymdhms: words.pdf_date(furniture.created))

    # -- called during layout ----------------------------------------------------------
    def cx_anchor(self, key: str, title: str, level: int, y: float) -> None:
        self._cx_anchors.append((len(self._cx_pages) + 1, key, title, level, y))

    def cx_toc(self, rows: list[tuple]) -> None:
        page = len(self._cx_pages) + 1
        self._cx_toc_rows += [(page, row) for row in rows]

    def showPage(self):
        self._cx_pages.append(dict(self.__dict__))
        self._startPage()
        self.cx_page_section = self.cx_section

    # -- at the end ----------------------------------------------------------------------
    def save(self):
        total = len(self._cx_pages)
        pages = {key: page for page, key, *_ in self._cx_anchors}
        level, annotations = -1, self._annotationCount
        self.showOutline()  # open the bookmarks panel beside the pages
        for number, state in enumerate(self._cx_pages, 1):
            self.__dict__.update(state)
            # The counter names link annotations; a page's saved state holds an old value.
            self._annotationCount = annotations = max(annotations, self._annotationCount)
            self._decorate(number, total)
            level = self._bookmarks(number, level)
            self._toc(number, pages)
            annotations = self._annotationCount
            super().showPage()
        super().save()

    def _bookmarks(self, number: int, last_level: int) -> int:
        """Bookmarks of page `number`; returns the outline level of the last one."""
        for page, key, title, level, y in self._cx_anchors:
            if page != number:
                continue
            self.bookmarkPage(key, fit="XYZ", left=0, top=min(y + 12, self._layout().page_h))
            last_level = min(level, last_level + 1)  # an outline never skips a level
            self.addOutlineEntry(title or key, key, last_level, closed=last_level > 0)
        return last_level

    def _toc(self, number: int, pages: dict[str, int]) -> None:
        for page, (key, x0, title_end, x1, base) in self._cx_toc_rows:
            if page != number or key not in pages:
                continue
            shown = str(pages[key])
            self.saveState()
            self.setFont(fonts.REGULAR, 10.5)
            self.setFillColor(INK)
            self.drawRightString(x1, base, shown)
            self.setFillColor(RULE)
            start, stop = title_end + 6, x1 - self.stringWidth(shown, fonts.REGULAR, 10.5) - 6
            dots = int(max(0, stop - start) // 4)
            self.drawString(stop - dots * 4, base, "." * dots)  # DejaVu's "." is ~4 pt
            self.restoreState()
            self.linkRect("", key, (x0, base - 5, x1, base + 13), relative=0, thickness=0)

    def _layout(self) -> Layout:
        """The layout of the page being painted: upright, or turned for a wide table."""
        width, height = self._pagesize
        return self._cx.layout.turned(width > height)

    def _line(self, color, width: float, y: float) -> None:
        lay = self._layout()
        self.setStrokeColor(color)
        self.setLineWidth(width)
        self.line(lay.margin_x, y, lay.page_w - lay.margin_x, y)

    def _text(
        self, left: str, right: str, y: float, size: float, right_color=MUTED, indent: float = 0
    ) -> None:
        """`left` (from `indent`) clipped so it never runs into `right` (right-aligned)."""
        lay = self._layout()
        self.setFillColor(right_color)
        used = fonts.draw(self, lay.page_w - lay.margin_x, y, right, fonts.REGULAR, size, "end")
        room = lay.text_w - used - 8 * mm - indent
        self.setFillColor(MUTED)
        fonts.draw(
            self,
            lay.margin_x + indent,
            y,
            clip(left, fonts.REGULAR, size, room),
            fonts.REGULAR,
            size,
        )

    def _logo(self, x: float, top: float, max_w: float, max_h: float, right: bool) -> float:
        """The organisation's logo in a box whose top is `top`; returns its drawn width."""
        look = self._cx.look
        if look.logo is None:
            return 0.0
        width, height = fit(look.logo_size, max_w, max_h)
        self.drawImage(
            look.logo, x - width if right else x, top - height, width, height, mask="auto"
        )
        return width

    def _decorate(self, number: int, total: int) -> None:
        cx, lay = self._cx, self._layout()
        self.saveState()
        accent = cx.look.accent
        if self.cx_page_section is None:  # the cover: an accent band, the logo, a note at the foot
            self.setFillColor(accent)
            self.rect(0, lay.page_h - 9 * mm, lay.page_w, 9 * mm, stroke=0, fill=1)
            self._logo(lay.page_w - lay.margin_x, lay.page_h - 16 * mm, 48 * mm, 20 * mm, True)
            self._line(RULE, 0.5, 24 * mm)
            self._text(cx.cover_note, cx.revision_line, 18 * mm, 8)
        else:  # the running header: a small logo before the title; accent rules
            section = clip(self.cx_page_section, fonts.REGULAR, 7.5, lay.text_w / 2)
            used = self._logo(lay.margin_x, lay.header_y + 4.2 * mm, 24 * mm, 5.6 * mm, False)
            self._text(cx.title, section, lay.header_y, 7.5, indent=used + 3 * mm if used else 0)
            self._line(RULE, 0.5, lay.header_rule_y)
            self._line(accent, 0.8, lay.footer_rule_y)
            page = cx.page_label.format(page=number, total=total)
            self._text(cx.revision_line, page, lay.footer_y, 8, right_color=INK)
        if cx.watermark:
            self._watermark(cx.watermark)
        self.restoreState()

    def _watermark(self, text: str) -> None:
        """Diagonal, light and transparent, so the page stays readable underneath."""
        lay = self._layout()
        size = 96.0
        room = (lay.page_w**2 + lay.page_h**2) ** 0.5 * 0.62
        while size > 30 and self.stringWidth(text, fonts.BOLD, size) > room:
            size -= 4
        self.saveState()
        self.setFillColor(Color(0.70, 0.12, 0.12, alpha=0.09))
        self.setFont(fonts.BOLD, size)
        self.translate(lay.page_w / 2, lay.page_h / 2)
        self.rotate(54.7 if lay.page_h > lay.page_w else 35)
        self.drawCentredString(0, -size * 0.35, text)
        self.restoreState()


def canvas_maker(furniture: Furniture) -> Callable[..., PagedCanvas]:
    def make(*args, **kwargs) -> PagedCanvas:
        return PagedCanvas(*args, furniture=furniture, **kwargs)

    return make
