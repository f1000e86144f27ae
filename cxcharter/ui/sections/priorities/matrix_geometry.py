"""Where the matrix puts things: dots of one point fanned out, labels placed beside their
dot without covering another (eight positions, then further out with a leader line), and
the quadrants' captions in the plot's corners, wrapped so that two never meet."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF

CAPTION_INSET = 8  # a caption's distance from the plot's side
CAPTION_GAP = 12  # at least between the two captions of a row
RIGHT = ("big_bet", "money_pit")
TOP = ("quick_win", "big_bet")


@dataclass(frozen=True, slots=True)
class Placement:
    rect: QRectF
    leader: bool  # far from its dot: draw a line to it


# ------------------------------------------------------------------ geometry
class RectGrid:
    """Rectangles bucketed by cells, so a collision test looks at neighbours only."""

    def __init__(self, cell: float) -> None:
        self.cell = max(cell, 1.0)
        self.cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)

    def _keys(self, rect: QRectF) -> Iterable[tuple[int, int]]:
        c = self.cell
        for x in range(math.floor(rect.left() / c), math.floor(rect.right() / c) + 1):
            for y in range(math.floor(rect.top() / c), math.floor(rect.bottom() / c) + 1):
                yield x, y

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self.cells[key].append(rect)

    def hits(self, rect: QRectF) -> bool:
        cells = self.cells
        for key in self._keys(rect):
            for other in cells.get(key, ()):
                if other.intersects(rect):
                    return True
        return False


def spread(points: Sequence[QPointF], radius: float) -> list[QPointF]:
    """Dots that would sit on one another fan out around their point (a sunflower)."""
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, p in enumerate(points):
        groups[(round(p.x()), round(p.y()))].append(i)
    out = list(points)
    golden = math.pi * (3 - math.sqrt(5))
    step = radius * 1.25
    for members in groups.values():
        if len(members) < 2:
            continue
        centre = points[members[0]]
        for k, i in enumerate(members):
            r = step * math.sqrt(k + 0.5) if len(members) > 2 else step * 0.85
            angle = k * golden if len(members) > 2 else k * math.pi
            out[i] = QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))
    return out


def _candidates(
    p: QPointF, size: QSizeF, radius: float, rings: int, step: float
) -> Iterable[tuple[QRectF, bool]]:
    w, h = size.width(), size.height()
    gap = radius + 3
    diag = radius * 0.75 + 1
    x, y = p.x(), p.y()
    for left, top in (
        (x + gap, y - h / 2),
        (x - gap - w, y - h / 2),
        (x + diag, y - diag - h),
        (x + diag, y + diag),
        (x - diag - w, y - diag - h),
        (x - diag - w, y + diag),
        (x - w / 2, y - gap - h),
        (x - w / 2, y + gap),
    ):
        yield QRectF(left, top, w, h), False
    for ring in range(1, rings + 1):
        distance = gap + ring * step
        for k in range(16):
            angle = k * math.pi / 8
            cx = x + math.cos(angle) * (distance + w / 2)
            cy = y + math.sin(angle) * (distance + h / 2)
            yield QRectF(cx - w / 2, cy - h / 2, w, h), True


SCAN_SPOTS = 400  # the nearest spots of the grid a label may take when all else fails


def _scan(anchor: QPointF, size: QSizeF, bounds: QRectF) -> list[tuple[QRectF, bool]]:
    """The spots of a coarse grid over the bounds nearest to the dot, nearest first."""
    w, h = size.width(), size.height()
    step_x, step_y = max(w / 4, 8.0), max(h / 2, 4.0)
    spots = []
    y = bounds.top()
    while y + h <= bounds.bottom():
        x = bounds.left()
        while x + w <= bounds.right():
            dx, dy = x + w / 2 - anchor.x(), y + h / 2 - anchor.y()
            spots.append((dx * dx + dy * dy, x, y))
            x += step_x
        y += step_y
    spots.sort()
    return [(QRectF(x, y, w, h), True) for _d, x, y in spots[:SCAN_SPOTS]]


def layout_labels(
    anchors: Sequence[QPointF],
    sizes: Sequence[QSizeF],
    bounds: QRectF,
    radius: float,
    obstacles: Iterable[QRectF] = (),
    dots: Iterable[QPointF] | None = None,
    rings: int = 12,
    walls: Iterable[QRectF] = (),
) -> list[Placement | None]:
    """A place for each label (in the order given: the first get the best spots).

    First choice: next to the dot, covering neither another label, a dot nor an
    obstacle; then further out with a leader line; then anywhere near that covers
    no label, even if it covers a dot; last, the nearest free spot anywhere in the
    bounds. None when there is no room at all. No label ever covers a wall (the
    quadrants' captions).
    """
    height = max((s.height() for s in sizes), default=12.0)
    labels = RectGrid(height * 2)
    for rect in walls:
        labels.add(rect)
    blocked = RectGrid(height * 2)
    for rect in obstacles:
        blocked.add(rect)
    for dot in anchors if dots is None else dots:
        blocked.add(
            QRectF(dot.x() - radius - 1, dot.y() - radius - 1, 2 * radius + 2, 2 * radius + 2)
        )
    out: list[Placement | None] = []
    for anchor, size in zip(anchors, sizes, strict=True):
        found = None
        for near in (True, False):
            for strict in (True, False):
                spots = (
                    _candidates(anchor, size, radius, rings, height + 2)
                    if near
                    else _scan(anchor, size, bounds)
                )
                for rect, leader in spots:
                    if not bounds.contains(rect) or labels.hits(rect):
                        continue
                    if strict and blocked.hits(rect):
                        continue
                    found = Placement(rect, leader)
                    break
                if found:
                    break
            if found:
                break
        if found is not None:
            labels.add(found.rect)
        out.append(found)
    return out


def nearest_point(rect: QRectF, p: QPointF) -> QPointF:
    return QPointF(
        min(max(p.x(), rect.left()), rect.right()), min(max(p.y(), rect.top()), rect.bottom())
    )


@dataclass(frozen=True, slots=True)
class Caption:
    name: QRectF
    hint: QRectF
    flags: int  # how to draw the text in them: word wrap (anywhere, for a word too long)


def caption_rects(
    plot: QRectF,
    texts: Mapping[str, tuple[str, str]],
    name_metrics: QFontMetricsF,
    hint_metrics: QFontMetricsF,
) -> dict[str, Caption]:
    """Each quadrant's name and hint in its outer corner of the plot (keys as in TOP and
    RIGHT): as wide as its words, but at most half the plot less CAPTION_GAP; narrower
    words take more lines, so the two captions of a row keep the gap at any width."""
    room = max((plot.width() - 2 * CAPTION_INSET - CAPTION_GAP) / 2, 8.0)
    out = {}
    for key, (name, hint) in texts.items():
        flags = int(Qt.TextFlag.TextWordWrap)
        boxes = [
            m.boundingRect(QRectF(0, 0, room, 10_000), flags, t)
            for m, t in ((name_metrics, name), (hint_metrics, hint))
        ]
        if any(b.width() > room for b in boxes):  # one word wider than the room
            flags |= int(Qt.TextFlag.TextWrapAnywhere)
            boxes = [
                m.boundingRect(QRectF(0, 0, room, 10_000), flags, t)
                for m, t in ((name_metrics, name), (hint_metrics, hint))
            ]
        w = min(room, max(b.width() for b in boxes) + 2)
        h1, h2 = boxes[0].height(), boxes[1].height()
        x = plot.right() - CAPTION_INSET - w if key in RIGHT else plot.left() + CAPTION_INSET
        y = plot.top() + 6 if key in TOP else plot.bottom() - 6 - h1 - h2
        out[key] = Caption(QRectF(x, y, w, h1), QRectF(x, y + h1, w, h2), flags)
    return out


# ------------------------------------------------------------------ the view
