"""Charts drawn with reportlab graphics: goal progress, impact/effort matrix, stakeholder grid.

Each chart is bounded in size whatever the charter holds: at most a fixed number of
marks, and a note saying how many of how many are shown (the tables list them all).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cxcharter.domain import goals as goal_rules
from cxcharter.domain import scoring, stakeholders
from cxcharter.domain.glossary import QUADRANT_COLOURS
from cxcharter.export import fonts
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import ACCENT, FAINT, INK, MUTED, RULE, markup
from cxcharter.export.pdf_doc import Context
from cxcharter.export.pdf_flow import Figure
from cxcharter.export.pdf_text import Para, clip

MAX_GOALS = 12
MAX_INITIATIVES = 40
QUADRANT_TINT = {key: tint for key, (_hue, tint) in QUADRANT_COLOURS.items()}
GRID_TINT = {
    "manage_closely": "#e6eef5",
    "keep_satisfied": "#eef3f7",
    "keep_informed": "#f1f5ee",
    "monitor": "#f5f5f3",
}
GOOD, BAR_BACK = HexColor("#2e7d5b"), HexColor("#e8edf1")


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is ours (reportlab's default would declare Helvetica)."""
    d = Drawing(width, height)
    d.__dict__["initialFontName"] = fonts.REGULAR  # read by the renderer, not validated
    d.__dict__["initialFontSize"] = 7.5
    return d


def _text(
    x: float,
    y: float,
    value: str,
    size: float = 7.5,
    *,
    font: str = fonts.REGULAR,
    color=MUTED,
    anchor: str = "start",
    width: float | None = None,
) -> String | Group:
    """One line of text; pieces `font` lacks (CJK) are set in the fallback face."""
    shown = clip(value, font, size, width) if width else fonts.printable(value, font, fallback=True)
    pieces = fonts.runs(shown, font)
    if len(pieces) == 1:
        return String(x, y, shown, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)
    x -= {"start": 0.0, "middle": 0.5, "end": 1.0}[anchor] * fonts.width(shown, font, size)
    group = Group()
    for face, piece in pieces:
        group.add(String(x, y, piece, fontName=face, fontSize=size, fillColor=color))
        x += stringWidth(piece, face, size)
    return group


def _titled(ctx: Context, title: str, drawing: Drawing, notes: list[str]) -> list[Flowable]:
    st = ctx.st
    return [
        Figure(
            Para(markup(title, fonts.BOLD), st["table_title"]),
            drawing,
            [Para(markup(n), st["note"]) for n in notes if n],
        )
    ]


# ---------------------------------------------------------------- goal progress
def goal_progress(ctx: Context) -> list[Flowable]:
    snap, L, lang = ctx.snapshot, ctx.L, ctx.language
    goals = list(snap.rows_of("goal"))
    if not goals:
        return []
    readings: dict[int, list] = {}
    for r in snap.rows_of("reading"):
        readings.setdefault(r["goal"], []).append(r)
    customs = goal_rules.customs_by_id(snap.rows_of("custom_metric"))
    shown = goals[:MAX_GOALS]
    row_h, label_w, width = 26.0, ctx.width * 0.42, ctx.width
    bar_x, bar_w = label_w + 8, width - label_w - 8 - 70
    d = _drawing(width, row_h * len(shown) + 4)
    for n, g in enumerate(shown):
        y = d.height - (n + 1) * row_h
        ordered = goal_rules.sorted_readings(readings.get(g.id, []))
        latest = float(ordered[-1]["value"]) if ordered else None
        m = goal_rules.resolve_metric(g, customs)
        share = goal_rules.progress(g["baseline"], g["target"], latest, m.direction if m else None)
        d.add(_text(0, y + 10, g["objective"] or "", 8, color=INK, width=label_w))
        d.add(Rect(bar_x, y + 7, bar_w, 9, fillColor=BAR_BACK, strokeColor=None))
        if share is not None:
            d.add(Rect(bar_x, y + 7, max(1.5, bar_w * share), 9, fillColor=GOOD, strokeColor=None))
        value = (
            f"{words.format_number(lang, share * 100, 0)} %"
            if share is not None
            else L["charts.no_reading"]
        )
        d.add(_text(bar_x + bar_w + 6, y + 9, value, 8, color=INK if share is not None else FAINT))
        span = " → ".join(
            words.format_number(lang, v) or "–" for v in (g["baseline"], latest, g["target"])
        )
        d.add(_text(bar_x, y - 1, span, 6.5, width=bar_w))
    notes = [L["charts.goals_note"]]
    if len(goals) > len(shown):
        notes.append(
            L["charts.shown"].format(shown=len(shown), total=words.format_number(lang, len(goals)))
        )
    return _titled(ctx, L["charts.goals"], d, notes)


# ---------------------------------------------------------------- impact / effort
def _axes(d: Drawing, x0: float, y0: float, w: float, h: float, tints: list[tuple]) -> None:
    """Tinted quadrants, each named in its outer corner, where marks are rarest."""
    for x, y, cw, ch, colour, label, right, top in tints:
        d.add(Rect(x, y, cw, ch, fillColor=HexColor(colour), strokeColor=white, strokeWidth=1.5))
        d.add(
            _text(
                x + cw - 5 if right else x + 5,
                y + ch - 11 if top else y + 5,
                label,
                7.5,
                font=fonts.BOLD,
                color=MUTED,
                anchor="end" if right else "start",
                width=cw - 10,
            )
        )
    d.add(Line(x0, y0, x0 + w, y0, strokeColor=RULE))
    d.add(Line(x0, y0, x0, y0 + h, strokeColor=RULE))


# Where the n-th initiative on the same spot goes: around it, then further out.
_RING = ((0, 0), (11, 0), (-11, 0), (0, 11), (0, -11), (11, 11), (-11, -11), (11, -11), (-11, 11))


def impact_effort(ctx: Context) -> list[Flowable]:
    snap, L, lang = ctx.snapshot, ctx.L, ctx.language
    initiatives = {i.id: i for i in snap.rows_of("initiative")}
    ranking = scoring.rank(
        initiatives.values(),
        snap.setting("scoring_method") or scoring.DEFAULT_METHOD,
        snap.rows_of("criterion"),
        snap.rows_of("criterion_score"),
    )
    placed = [
        (r, initiatives[r.id])
        for r in ranking.order
        if initiatives[r.id]["impact"] is not None and initiatives[r.id]["effort"] is not None
    ]
    if not placed:
        return []
    shown = placed[:MAX_INITIATIVES]
    size = min(ctx.width - 40, 300.0)
    x0, y0 = 30.0, 24.0
    d = _drawing(ctx.width, size + y0 + 8)
    half = size / 2
    _axes(
        d,
        x0,
        y0,
        size,
        size,
        [
            (x0, y0 + half, half, half, QUADRANT_TINT["quick_win"], L["quick_win"], False, True),
            (x0 + half, y0 + half, half, half, QUADRANT_TINT["big_bet"], L["big_bet"], True, True),
            (x0, y0, half, half, QUADRANT_TINT["fill_in"], L["fill_in"], False, False),
            (x0 + half, y0, half, half, QUADRANT_TINT["money_pit"], L["money_pit"], True, False),
        ],
    )
    d.add(_text(x0 + size / 2, 4, L["effort"] + " →", 8, anchor="middle"))
    label = _text(0, 0, L["impact"] + " →", 8, anchor="middle")
    turned = Group(label)
    turned.transform = (0, 1, -1, 0, 12, y0 + size / 2)
    d.add(turned)
    span = scoring.AXIS_HIGH - scoring.AXIS_LOW
    crowd: dict[tuple[float, float], int] = {}
    for r, i in shown:
        effort, impact = float(i["effort"]), float(i["impact"])
        k = crowd[(effort, impact)] = crowd.get((effort, impact), -1) + 1
        dx, dy = _RING[k % len(_RING)]
        ring = 1 + k // len(_RING)
        cx = x0 + 16 + (effort - scoring.AXIS_LOW) / span * (size - 32) + dx * ring
        cy = y0 + 16 + (impact - scoring.AXIS_LOW) / span * (size - 32) + dy * ring
        d.add(Circle(cx, cy, 5.2, fillColor=ACCENT, strokeColor=white, strokeWidth=0.6))
        d.add(
            _text(
                cx, cy - 2.3, str(r.rank or "–"), 6, font=fonts.BOLD, color=white, anchor="middle"
            )
        )
    notes = [L["charts.matrix_note"]]
    if len(placed) > len(shown):
        notes.append(
            L["charts.shown"].format(shown=len(shown), total=words.format_number(lang, len(placed)))
        )
    return _titled(ctx, L["charts.matrix"], d, notes)


# ---------------------------------------------------------------- stakeholders
def stakeholder_grid(ctx: Context) -> list[Flowable]:
    snap, L, lang = ctx.snapshot, ctx.L, ctx.language
    people = [
        s
        for s in snap.rows_of("stakeholder")
        if s["interest"] is not None and s["influence"] is not None
    ]
    if not people:
        return []
    cells: dict[tuple[int, int], list[str]] = {}
    for s in people:
        cells.setdefault((int(s["interest"]), int(s["influence"])), []).append(s["name"] or "")
    x0, y0 = 30.0, 24.0
    cw, ch = (ctx.width - x0) / 5, 44.0
    d = _drawing(ctx.width, y0 + 5 * ch + 12)
    for interest in range(1, 6):
        for influence in range(1, 6):
            quadrant = stakeholders.quadrant(interest, influence)
            x, y = x0 + (interest - 1) * cw, y0 + (influence - 1) * ch
            d.add(
                Rect(
                    x,
                    y,
                    cw,
                    ch,
                    fillColor=HexColor(GRID_TINT[quadrant]),
                    strokeColor=white,
                    strokeWidth=1.5,
                )
            )
            names = cells.get((interest, influence), [])
            for n, name in enumerate(names[:3]):
                more = len(names) - 2 if n == 2 and len(names) > 3 else 0
                shown = f"+ {words.format_number(lang, more)}" if more else name
                d.add(_text(x + 4, y + ch - 11 - n * 10, shown, 7, color=INK, width=cw - 8))
    for quadrant, (ix, iy) in {
        "manage_closely": (5, 5),
        "keep_satisfied": (1, 5),
        "keep_informed": (5, 1),
        "monitor": (1, 1),
    }.items():
        x = x0 + (ix - 1) * cw + (cw - 4 if ix == 5 else 4)
        y = y0 + (iy - 1) * ch + ch + 2 if iy == 5 else 2
        d.add(
            _text(
                x,
                y,
                L[quadrant],
                7,
                font=fonts.BOLD,
                color=ACCENT,
                anchor="end" if ix == 5 else "start",
                width=cw * 2,
            )
        )
    for n in range(1, 6):
        d.add(_text(x0 + (n - 0.5) * cw, y0 - 10, str(n), 7, anchor="middle"))
        d.add(_text(x0 - 6, y0 + (n - 0.5) * ch - 2, str(n), 7, anchor="end"))
    d.add(_text(x0 + 5 * cw / 2, 2, L["interest"] + " →", 8, anchor="middle"))
    label = Group(_text(0, 0, L["influence"] + " →", 8, anchor="middle"))
    label.transform = (0, 1, -1, 0, 8, y0 + 5 * ch / 2)
    d.add(label)
    return _titled(ctx, L["charts.grid"], d, [])
