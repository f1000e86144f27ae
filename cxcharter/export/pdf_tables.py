"""Tables of the PDF: titled, chunked, with repeated headers, rows that may split.

Tables are cut into chunks of at most CHUNK rows, each repeating its header,
so export time stays linear in the charter's size; rows may split across
pages (a huge cell never raises LayoutError); a cell longer than CELL_LIMIT
shows a preview and its whole text follows the table as a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, TableStyle

from cxcharter.export import fonts, pdf_text
from cxcharter.export.fonts import ACCENT, INK, MUTED, RULE, markup
from cxcharter.export.pdf_flow import Rows, Titled
from cxcharter.export.pdf_text import Para

CHUNK = 80
CELL_LIMIT = 1500  # characters shown in a table cell; the rest goes to a note
HEADER_HEIGHT = 92  # points for an upright name


class Gap(Spacer):
    """Space after a table or list that is dropped at a page's foot: it never carries
    over to start a page of its own (before a chapter's page break, a blank page)."""

    def split(self, available_width, available_height):
        return [Spacer(1, 0)]


class Upright(Flowable):
    """A column header turned 90° (a person's name above a narrow RACI column)."""

    def __init__(self, label: str, size: float = 7.5) -> None:
        super().__init__()
        self.size = size
        self.label = pdf_text.clip(label, fonts.BOLD, size, HEADER_HEIGHT - 4)

    def wrap(self, available_width, available_height):
        return self.size + 2, HEADER_HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.translate(self.size, 2)
        canvas.rotate(90)
        fonts.draw(canvas, 0, 0, self.label, fonts.BOLD, self.size)
        canvas.restoreState()


def _cell(value: object, st, style: str = "cell") -> Flowable:
    return pdf_text.paragraph("" if value is None else str(value), st[style])


def _overflow(rows: list[list[object]]) -> tuple[list[list[object]], list[str]]:
    """Cut cells longer than CELL_LIMIT to a preview with a note mark; the notes hold it all."""
    notes: list[str] = []
    out = []
    for row in rows:
        cells = []
        for cell in row:
            if isinstance(cell, str) and len(cell) > CELL_LIMIT:
                notes.append(cell)
                cut = (
                    cell[:CELL_LIMIT].rsplit(" ", 1)[0]
                    if " " in cell[:CELL_LIMIT]
                    else cell[:CELL_LIMIT]
                )
                cell = f"{cut} … [{len(notes)}]"
            cells.append(cell)
        out.append(cells)
    return out, notes


SAMPLE_ROWS = 40  # rows looked at for the longest word of each column
LONGEST = 24  # longer "words" (URLs, codes) may break; shorter ones should not


SQUEEZED = 0.75  # a column left with less than this share of its planned width


def _fit_words(
    widths: list[float], header: Sequence[str | Flowable], rows: list[list[object]], st
) -> list[float]:
    """Widen columns whose longest word (header, or a cell of the first rows) is wider
    than the column, so that "Baseline" or "31.12.2027" does not break mid-word; the
    room comes from the other columns. If that squeezes a column below SQUEEZED of its
    planned width (long German words: "Ausgangswert", "Kundenzufriedenheit"), the words
    of one column after another, those that give most room first, may break once at a
    syllable instead ("Ausgangs-wert", see pdf_text.Hyphenated), until none is squeezed.
    If not every column can have its longest word, the narrow ones (dates, numbers)
    keep theirs and the widest share the rest."""
    whole = _needs(widths, header, rows, st, None)
    fitted = _fit(widths, whole)
    if all(f >= w * SQUEEZED for f, w in zip(fitted, widths, strict=True)):
        return fitted  # no column squeezed: no need for the dictionary at all
    dictionary = pdf_text.hyphenator(st["cell"].hyphenationLang)
    if dictionary is None:
        return fitted
    broken = _needs(widths, header, rows, st, dictionary)
    need = list(whole)
    for n in sorted(range(len(widths)), key=lambda n: broken[n] - whole[n]):
        if all(f >= w * SQUEEZED for f, w in zip(fitted, widths, strict=True)):
            break
        if broken[n] >= whole[n]:
            break
        need[n] = broken[n]
        fitted = _fit(widths, need)
    return fitted


def _word_need(word: str, font: str, size: float, dictionary) -> float:
    """Width of `word`, or with a dictionary, of its wider half at the most balanced
    syllable break (the half before the break with its hyphen)."""
    whole = stringWidth(word, font, size)
    if dictionary is None or len(word) < 8:
        return whole
    halves = (
        max(stringWidth(word[:at] + "-", font, size), stringWidth(word[at:], font, size))
        for at in dictionary.positions(word)
    )
    return min(halves, default=whole)


def _needs(
    widths: list[float], header: Sequence[str | Flowable], rows: list[list[object]], st, dictionary
) -> list[float]:
    head, cell = st["cell_head"], st["cell"]
    need = [0.0] * len(widths)
    for n, h in enumerate(header):
        if isinstance(h, str):
            for word in h.split():
                need[n] = max(need[n], _word_need(word, head.fontName, head.fontSize, dictionary))
    for row in rows[:SAMPLE_ROWS]:
        for n, value in enumerate(row[: len(widths)]):
            need[n] = max(need[n], getattr(value, "min_width", 0.0))  # e.g. a Bar
            if isinstance(value, str):
                for word in value.split():
                    if len(word) <= LONGEST:
                        need[n] = max(
                            need[n], _word_need(word, cell.fontName, cell.fontSize, dictionary)
                        )
    total = sum(widths)
    return [min(x + 7, total * 0.4) if x else 0.0 for x in need]  # padding and a little air


def _fit(widths: list[float], need: list[float]) -> list[float]:
    total = sum(widths)
    if all(need[n] <= w for n, w in enumerate(widths)):
        return widths
    if sum(need) >= total:  # not every longest word fits: cap the widest needs alike
        lo, hi = 0.0, max(need)
        for _ in range(30):
            cap = (lo + hi) / 2
            lo, hi = (cap, hi) if sum(min(x, cap) for x in need) < total else (lo, cap)
        return [min(x, lo) + (total - sum(min(y, lo) for y in need)) / len(need) for x in need]
    short = {n: need[n] - w for n, w in enumerate(widths) if need[n] > w}
    spare = {n: w - need[n] for n, w in enumerate(widths) if n not in short}
    take = sum(short.values()) / sum(spare.values())
    return [need[n] if n in short else w - spare[n] * take for n, w in enumerate(widths)]


def table(
    title: str,
    header: Sequence[str | Flowable],
    rows: list[list[object]],
    widths: Sequence[float],
    st,
    *,
    backgrounds: Callable[[int, int], str | None] | None = None,
    centred_from: int | None = None,
    lead: Sequence[Flowable] = (),
) -> list[Flowable]:
    """A titled table in chunks with repeated headers; empty tables print nothing.

    The title (after `lead`, a line that introduces the table) is one unit with the
    first chunk (pdf_flow.Titled): it starts a page with the header and first rows or
    moves to the next page with them. A cell longer than CELL_LIMIT characters shows
    its start and a note mark; the whole text follows the table as numbered notes
    that flow over pages.
    """
    if not rows:
        return []
    rows, notes = _overflow(rows)
    widths = _fit_words(list(widths), header, rows, st)
    # Not keepWithNext (it would move a one-page table whole to the next page and leave
    # a hole): the title and the first chunk are one unit that splits with the table.
    titled = [*lead, Para(markup(title, fonts.BOLD), st["table_title_free"])]
    story: list[Flowable] = []
    head = [h if isinstance(h, Flowable) else _cell(h, st, "cell_head") for h in header]
    size = -(-len(rows) // -(-len(rows) // CHUNK))  # chunks of equal size: no short last one
    for start in range(0, len(rows), size):
        chunk = rows[start : start + size]
        data = [head] + [
            [
                c
                if isinstance(c, Flowable)
                else ""
                if c is None or c == ""
                # most RACI cells: no Para
                else _cell(
                    c,
                    st,
                    "cell_centre" if centred_from is not None and i >= centred_from else "cell",
                )
                for i, c in enumerate(r)
            ]
            for r in chunk
        ]
        t = Rows(
            data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT", title=title
        )
        commands = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),  # else Helvetica is declared
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if backgrounds is not None:
            for r, row in enumerate(chunk, start=1):
                for c in range(len(row)):
                    colour = backgrounds(start + r - 1, c)
                    if colour:
                        commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(colour)))
        t.setStyle(TableStyle(commands))
        story.append(Titled(titled, t) if start == 0 else t)
    for number, note in enumerate(notes, start=1):
        story.append(Para(markup(f"[{number}]", fonts.BOLD), st["meta"]))
        story += pdf_text.paragraphs(note, st)
    story.append(Gap(1, 8))
    return story


class Bar(Flowable):
    """A goal's progress in a table cell: a small bar, then the label ("21 · 25 %")."""

    def __init__(self, share: float | None, label: str, size: float = 7.0) -> None:
        super().__init__()
        self.share, self.label, self.size = share, label, size
        self.min_width = stringWidth(label, fonts.REGULAR, size) + 28  # label and a bar

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, 10.2

    def draw(self) -> None:
        canvas = self.canv
        label_w = stringWidth(self.label, fonts.REGULAR, self.size)
        bar = max(6.0, self.width - label_w - 4)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#e8edf1"))
        canvas.rect(0, 2.5, bar, 5, stroke=0, fill=1)
        if self.share is not None:
            canvas.setFillColor(colors.HexColor("#2e7d5b"))
            canvas.rect(0, 2.5, max(1.0, bar * self.share), 5, stroke=0, fill=1)
        canvas.setFillColor(INK if self.share is not None else MUTED)
        canvas.setFont(fonts.REGULAR, self.size)
        canvas.drawRightString(self.width, 2.4, self.label)
        canvas.restoreState()
