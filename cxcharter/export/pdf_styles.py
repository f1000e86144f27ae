"""Page geometry and type styles of the PDF, in one place: paper, margins, the hierarchy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from cxcharter.export.fonts import ACCENT, BOLD, FAINT, INK, ITALIC, MUTED, REGULAR

PAPER_SIZES = {"a4": A4, "letter": LETTER}
# pyphen's dictionaries: in a narrow table column, a word too long for its line (a
# German compound) breaks at a syllable with a hyphen, not between any two letters.
# Body text is wide enough to go without (and stays searchable word by word).
HYPHENATION = {"de": "de_DE", "en": "en_US"}


@dataclass(frozen=True, slots=True)
class Layout:
    """Where text may go on a page of the chosen paper (all in points)."""

    paper: str = "a4"
    margin_x: float = 25 * mm
    top: float = 28 * mm
    bottom: float = 25 * mm
    landscape: bool = False  # for wide tables (a RACI matrix with many people)

    @property
    def page_w(self) -> float:
        return PAPER_SIZES[self.paper][1 if self.landscape else 0]

    @property
    def page_h(self) -> float:
        return PAPER_SIZES[self.paper][0 if self.landscape else 1]

    def turned(self, landscape: bool = True) -> Layout:
        """The same paper and margins, turned (or back upright)."""
        return Layout(self.paper, self.margin_x, self.top, self.bottom, landscape)

    @property
    def text_w(self) -> float:
        return self.page_w - 2 * self.margin_x

    @property
    def text_h(self) -> float:
        return self.page_h - self.top - self.bottom

    # Running header and footer, measured from the page's edges.
    @property
    def header_y(self) -> float:
        return self.page_h - 15 * mm

    @property
    def header_rule_y(self) -> float:
        return self.page_h - 17 * mm

    footer_rule_y: float = 18 * mm
    footer_y: float = 12 * mm


def layout(paper: str = "a4") -> Layout:
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}; expected one of {tuple(PAPER_SIZES)}")
    return Layout(paper)


@cache
def styles(language: str = "en") -> dict[str, ParagraphStyle]:
    """The type hierarchy: cover, chapter and question headings, body text, tables;
    table cells hyphenate by the rules of `language`.

    Cached: the styles are never changed after creation, and a ParagraphStyle is
    costly enough to build that a thousand tables should share them."""
    hyphenation = HYPHENATION.get(language, "")

    def style(name: str, font: str, size: float, leading: float, color=INK, **kw):
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                              textColor=color, **kw)  # fmt: skip

    def cell(name: str, font: str, size: float, leading: float, color=INK, **kw):
        return style(name, font, size, leading, color, hyphenationLang=hyphenation, **kw)

    r, b, i = REGULAR, BOLD, ITALIC
    return {
        "kicker": style("kicker", b, 9, 12, ACCENT),
        "cover_title": style("cover_title", b, 30, 37),
        "cover_org": style("cover_org", r, 14, 19, MUTED, spaceBefore=10),
        "cover_label": style("cover_label", r, 8.5, 12, MUTED),
        "cover_value": style("cover_value", r, 10.5, 14),
        "eyebrow": style("eyebrow", b, 8.5, 11, ACCENT, spaceAfter=6, keepWithNext=1),
        # a chapter that starts below the end of the one before: space above it
        "eyebrow_part": style(
            "eyebrow_part", b, 8.5, 11, ACCENT, spaceBefore=34, spaceAfter=6, keepWithNext=1
        ),
        "h1": style("h1", b, 22, 27, spaceAfter=10, keepWithNext=1),
        "h1_part": style("h1_part", b, 22, 27, spaceBefore=34, spaceAfter=10, keepWithNext=1),
        "lead": style("lead", i, 12, 17, MUTED, spaceBefore=10, spaceAfter=6),
        # a question; not keepWithNext (that moves a long answer whole to the next page
        # and leaves a hole): a RoomFor before it keeps it with the answer's first lines
        "h2": style("h2", b, 11.5, 15, spaceBefore=16, spaceAfter=2),
        "h3": style("h3", b, 10, 13, ACCENT, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "meta": style("meta", r, 8, 11, MUTED, spaceAfter=7, keepWithNext=1),
        "note": style("note", r, 8, 11, MUTED, spaceAfter=7),
        "question_meta": style("question_meta", r, 8, 11, MUTED, spaceAfter=7),
        "body": style("body", r, 10, 14.5, spaceAfter=6),
        "cont": style("cont", r, 10, 14.5),
        "bullet": style(
            "bullet", r, 10, 14.5, leftIndent=14, bulletIndent=3, spaceAfter=3, bulletFontName=r
        ),
        "bullet_cont": style("bullet_cont", r, 10, 14.5, leftIndent=14),
        "empty": style("empty", i, 10, 14.5, FAINT, spaceAfter=6),
        "table_title": style(
            "table_title", b, 11, 14, ACCENT, spaceBefore=14, spaceAfter=4, keepWithNext=1
        ),
        "table_title_free": style(
            "table_title_free", b, 11, 14, ACCENT, spaceBefore=14, spaceAfter=4
        ),
        "cell": cell("cell", r, 8, 10.2),
        "cell_centre": cell("cell_centre", b, 8, 10.2, alignment=1),
        "cell_head": cell("cell_head", b, 7.5, 9.5, MUTED),
        "toc_1": style("toc_1", b, 11, 15),
        "summary_h": style(
            "summary_h", b, 9, 12, ACCENT, spaceBefore=14, spaceAfter=5, keepWithNext=1
        ),
        # above a table that may split: one unit with its first rows (pdf_flow.Titled)
        "summary_h_table": style("summary_h_table", b, 9, 12, ACCENT, spaceBefore=14, spaceAfter=5),
        "summary_quote": style("summary_quote", i, 13, 19, INK, leftIndent=10, spaceAfter=4),
        "sign_label": style("sign_label", r, 7.5, 10, MUTED),
        "sign_name": style("sign_name", b, 9, 12),
        "detail_head": style("detail_head", b, 9.5, 12.5, spaceBefore=8, spaceAfter=1),
        "detail_line": style("detail_line", r, 8, 11, MUTED, spaceAfter=2),
        "detail_label": style("detail_label", b, 8, 11, MUTED, spaceBefore=2),
        "detail_body": style("detail_body", r, 9, 12.5, spaceAfter=4),
        "detail_cont": style("detail_cont", r, 9, 12.5),
        "detail_bullet": style(
            "detail_bullet",
            r,
            9,
            12.5,
            leftIndent=12,
            bulletIndent=3,
            spaceAfter=2,
            bulletFontName=r,
        ),
        "detail_bullet_cont": style("detail_bullet_cont", r, 9, 12.5, leftIndent=12),
    }
