"""How the PDF's content flows over pages: where a part starts, how a table splits.

A part (a chapter, the approval, the appendix) starts on the page the one before it
ends on when enough of that page is left, so the last page of a chapter is not left
a few lines long. A table split at a page's foot keeps a few rows on either side:
never its header with one row, never a continuation of only its last row or two.
A table's title is one unit with the table's header and first rows (`Titled`), so
it never ends a page on its own.
The document template logs how far each page is filled and which table rows land
on which page, for the layout tests and the benchmark.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Table

ROOM = 0.3  # share of a page a part needs left to start on it; else it starts on the next
KEEP_BEFORE = 2  # rows (under the header) a table leaves at a page's foot when it splits
KEEP_AFTER = 3  # rows it carries over to the next page
_ORIGINS = itertools.count(1)


@dataclass(frozen=True, slots=True)
class PageFill:
    """How far down page `page` (1-based) the text frame of `template` is filled (0…1)."""

    page: int
    template: str
    filled: float


@dataclass(frozen=True, slots=True)
class TablePiece:
    """`rows` rows (the repeated header not counted) of table `table` on page `page`."""

    page: int
    table: str
    origin: int  # the same for every piece of one table
    rows: int


class RoomFor(CondPageBreak):
    """A page break unless the short flowables that follow (a name, its one-line values,
    a label) and `extra` points (the first lines of a text) fit on this page, and
    `share` of the page is left."""

    def __init__(self, flowables: list[Flowable], extra: float = 0.0, share: float = 0.0):
        super().__init__(0)
        self.flowables, self.extra, self.share = flowables, extra, share

    def wrap(self, available_width, available_height):
        self.height = self.extra + sum(
            _needs(f, available_width, available_height) for f in self.flowables
        )
        frame = self._doctemplateAttr("frame")
        if self.share and frame is not None:
            self.height = max(self.height, self.share * (frame._y2 - frame._y1))
        return super().wrap(available_width, available_height)


def _needs(f: Flowable, available_width: float, available_height: float) -> float:
    """The height of `f` that must fit for it to start on this page: all of it, or
    for a titled table its title, header and the rows that stay with them."""
    if isinstance(f, Titled):
        return f.opening(available_width, available_height) + f.getSpaceBefore()
    height = f.wrap(available_width, available_height)[1]
    return height + f.getSpaceBefore() + f.getSpaceAfter()


def part_break(opening: list[Flowable], extra: float = 0.0) -> RoomFor:
    """Where a part starts: on this page if ROOM of it is left and its `opening` (the
    headings, lead and first question's heading, or its first table's title, header
    and first rows) and `extra` points fit, else on the next."""
    return RoomFor(opening, extra, ROOM)


class Rows(Table):
    """A table that splits between rows with KEEP_BEFORE rows left above the break and
    KEEP_AFTER carried over; a short table that cannot moves whole to the next page.
    At the top of a page anything goes that reportlab can do (a row taller than a
    page still splits inside the row)."""

    def __init__(self, *args, title: str = "", origin: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.cx_title = title
        self.cx_origin = next(_ORIGINS) if origin is None else origin

    def split(self, available_width, available_height):
        parts = self._split(available_width, available_height)
        for part in parts:
            if isinstance(part, Rows):
                part.cx_title, part.cx_origin = self.cx_title, self.cx_origin
        return parts

    def _split(self, available_width, available_height):
        frame = getattr(self, "_frame", None)
        fresh = getattr(self, "_postponed", False) or bool(frame is not None and frame._atTop)
        self._calc(available_width, available_height)
        heights, head = self._rowHeights, self.repeatRows
        n = self._getFirstPossibleSplitRowPosition(available_height)
        if n >= len(heights) or n <= head:  # it fits, or not even one row does
            return super().split(available_width, available_height) if fresh else []
        keep = min(n, len(heights) - KEEP_AFTER)
        if keep - head >= (1 if fresh else KEEP_BEFORE):
            n = keep
        elif not fresh:
            return []
        return self._splitRows(sum(heights[:n]) + 0.001) or super().split(
            available_width, available_height
        )

    def opening(self, available_width, available_height) -> float:
        """The height that must fit for the table to start on a page that is not
        fresh: its header and KEEP_BEFORE rows, or all of it when it is too short to
        split (see _split). More than `available_height` when that does not fit."""
        self._calc(available_width, available_height)
        heights, keep = self._rowHeights, self.repeatRows + KEEP_BEFORE
        if keep > len(heights) - KEEP_AFTER:  # too short to split: it moves whole
            keep = len(heights)
        if None in heights[:keep]:  # reportlab stopped measuring past the space given
            return max(self._height, available_height + 1)
        return sum(heights[:keep])

    @property
    def data_rows(self) -> int:
        return len(self._cellvalues) - self.repeatRows


class Titled(Flowable):
    """A table's title (and any line leading into it) with the table: one unit, so the
    title never ends a page without the table's header and first rows. When the table
    splits, the title goes with the first piece; when the table cannot start on this
    page (Rows._split moves a short table whole), the title moves with it.

    Not allowed in a KeepTogether (`locChanger`): a keepWithNext paragraph before it
    would otherwise keep the whole table with it and move it, leaving a hole."""

    locChanger = 1

    def __init__(self, lead: list[Flowable], table: Rows) -> None:
        super().__init__()
        self.lead, self.table = lead, table
        self.spaceBefore = lead[0].getSpaceBefore() if lead else 0
        self.spaceAfter = table.getSpaceAfter()

    def _lead_height(self, available_width, available_height) -> float:
        height = 0.0
        for n, f in enumerate(self.lead):
            height += f.wrap(available_width, available_height)[1] + f.getSpaceAfter()
            height += f.getSpaceBefore() if n else 0
        return height

    def opening(self, available_width, available_height) -> float:
        """The lead's height and what must fit of the table (Rows.opening)."""
        lead = self._lead_height(available_width, available_height)
        return lead + self.table.opening(available_width, available_height - lead)

    def wrap(self, available_width, available_height):
        lead = self._lead_height(available_width, available_height)
        table = self.table.wrap(available_width, available_height - lead)[1]
        self.width, self.height = available_width, lead + table
        return self.width, self.height

    def split(self, available_width, available_height):
        lead = self._lead_height(available_width, available_height)
        # what the table's split asks: is this a fresh page (see Rows._split)
        self.table._frame = getattr(self, "_frame", None)
        self.table._postponed = getattr(self, "_postponed", False)
        try:
            parts = self.table.split(available_width, available_height - lead)
        finally:
            del self.table._frame, self.table._postponed
        if not parts:
            return []  # whole, on the next page
        return [Titled(self.lead, parts[0]), *parts[1:]]

    def draw(self) -> None:
        canvas, y = self.canv, self.height
        for n, f in enumerate(self.lead):
            y -= (f.getSpaceBefore() if n else 0) + f.height
            f.drawOn(canvas, 0, y)
            y -= f.getSpaceAfter()
        self.table.drawOn(canvas, 0, 0)


class Document(BaseDocTemplate):
    """The document template; `log` (a list, or None) receives a PageFill per page
    and a TablePiece per table part drawn."""

    def __init__(self, *args, log: list | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.cx_log = log

    def handle_pageEnd(self):
        if self.cx_log is not None:
            frame = self.frame
            used = (frame._y2 - frame._y) / (frame._y2 - frame._y1)
            self.cx_log.append(PageFill(self.page, self.pageTemplate.id, round(used, 3)))
        super().handle_pageEnd()

    def afterFlowable(self, flowable):
        if isinstance(flowable, Titled):
            flowable = flowable.table
        if self.cx_log is not None and isinstance(flowable, Rows):
            self.cx_log.append(
                TablePiece(self.page, flowable.cx_title, flowable.cx_origin, flowable.data_rows)
            )


MIN_SCALE = 0.8  # a chart is drawn this much smaller at least rather than moved on


class Figure(Flowable):
    """A chart with its title and key, never split. When it does not fit what is left
    of a page but would at MIN_SCALE or more, it is drawn that much smaller there
    instead of leaving the rest of the page empty."""

    def __init__(self, title: Flowable, drawing: Flowable, notes: list[Flowable]) -> None:
        super().__init__()
        self.title, self.drawing, self.notes = title, drawing, notes
        self.spaceBefore = title.getSpaceBefore()
        self.scale = 1.0

    def wrap(self, available_width, available_height):
        text = self.title.wrap(available_width, available_height)[1] + self.title.getSpaceAfter()
        for note in self.notes:
            text += note.wrap(available_width, available_height)[1]
            text += note.getSpaceBefore() + note.getSpaceAfter()
        tall = self.drawing.wrap(available_width, available_height)[1]
        self.scale = 1.0
        if text + tall > available_height and tall > 0:
            self.scale = max(MIN_SCALE, min(1.0, (available_height - text - 0.5) / tall))
        self.width, self.height = available_width, text + tall * self.scale
        return self.width, self.height

    def split(self, available_width, available_height):
        return []  # whole, on this page or the next

    def draw(self) -> None:
        canvas, y = self.canv, self.height
        y -= self.title.height
        self.title.drawOn(canvas, 0, y)
        y -= self.title.getSpaceAfter() + self.drawing.height * self.scale
        canvas.saveState()
        canvas.translate(0, y)
        canvas.scale(self.scale, self.scale)
        self.drawing.drawOn(canvas, 0, 0)
        canvas.restoreState()
        for note in self.notes:
            y -= note.getSpaceBefore() + note.height
            note.drawOn(canvas, 0, y)
            y -= note.getSpaceAfter()
