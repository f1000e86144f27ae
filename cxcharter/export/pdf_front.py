"""Front matter of the PDF: the cover and the table of contents (the brief: pdf_brief)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepInFrame,
    Spacer,
    Table,
    TableStyle,
)

from cxcharter.export import fonts, pdf_text
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import ACCENT, RULE, markup
from cxcharter.export.pdf_canvas import TocBlock, heading
from cxcharter.export.pdf_doc import Context, grouped_fingerprint
from cxcharter.export.pdf_flow import Rows, part_break
from cxcharter.export.pdf_labels import NONE
from cxcharter.export.pdf_text import Para

# A draft's fingerprint is that of its embedded JSON, not of a frozen revision.
DRAFT_FINGERPRINT = {"en": "Draft fingerprint", "de": "Entwurfs-Fingerabdruck"}


def cap(value: str, limit: int) -> str:
    """`value` cut at a word before `limit` characters, with an ellipsis."""
    value = value.strip()
    if len(value) <= limit:
        return value
    cut = value[:limit]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip() + " …"


def _facts_table(ctx: Context, rows: list[tuple[str, str]], label_w: float) -> Table:
    st = ctx.st
    table = Table(
        [[Para(markup(label), st["cover_label"]),
          pdf_text.paragraph(value[:300] or NONE, st["cover_value"])] for label, value in rows],
        colWidths=[label_w, ctx.width - label_w], hAlign="LEFT",
    )  # fmt: skip
    everywhere = ((0, 0), (-1, -1))
    table.setStyle(TableStyle([
        ("FONT", *everywhere, fonts.REGULAR, 10),  # else Helvetica is declared, unused
        ("VALIGN", *everywhere, "TOP"), ("LEFTPADDING", *everywhere, 0),
        ("TOPPADDING", *everywhere, 6), ("BOTTOMPADDING", *everywhere, 6),
        ("LINEBELOW", *everywhere, 0.5, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
    ]))  # fmt: skip
    return table


def cover(ctx: Context) -> list[Flowable]:
    snap, L, st, lang, gov = ctx.snapshot, ctx.L, ctx.st, ctx.language, ctx.governance
    answer = snap.answer
    effective = words.format_iso_date(lang, answer("front.effective_date").text)
    owner, sponsor = (words.format_person(snap.person(answer(f"front.{key}").person))
                      for key in ("charter_owner", "executive_sponsor"))  # fmt: skip
    rows = [
        (L["charter_owner"], owner),
        (L["executive_sponsor"], sponsor),
        (L["date"], words.format_date(lang, ctx.created.date())),
        *([(L["effective"], effective)] if effective else []),
        (L["revision"], str(gov.revision)),
        (L["status"], ctx.status_label()),
        (
            DRAFT_FINGERPRINT["de" if lang == "de" else "en"]
            if gov.status == "draft"
            else L["fingerprint"],
            grouped_fingerprint(gov.fingerprint) or L["no_fingerprint"],
        ),
    ]
    org = answer("front.organisation").text.strip()
    title = (snap.title.strip() or L["untitled"])[:300]  # chapter 1 holds the full text
    return [KeepInFrame(ctx.width, ctx.layout.text_h, mode="shrink", content=[  # one page
        Spacer(1, 10 * mm),
        heading(markup(L["kicker"].upper(), fonts.BOLD), st["kicker"], "cover",
                " ".join(title.split())[:120], 0),
        Spacer(1, 40 * mm),
        pdf_text.paragraph(title, st["cover_title"]),
        *([pdf_text.paragraph(org[:300], st["cover_org"])] if org else []),
        HRFlowable(width=42 * mm, thickness=2.2, color=ctx.look.accent if ctx.look else ACCENT,
                   hAlign="LEFT",
                   spaceBefore=9 * mm, spaceAfter=14 * mm),
        _facts_table(ctx, rows, 52 * mm),
    ])]  # fmt: skip


def contents(ctx: Context, entries: list[tuple[str, str, str]]) -> list[Flowable]:
    """The contents page; `entries` are (bookmark key, number, title)."""
    L = ctx.L
    opening = [
        heading(
            markup(L["contents"], fonts.BOLD),
            ctx.st["h1_part"],
            "contents",
            L["contents"],
            0,
            section=L["contents"],
        ),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=14),
        TocBlock(entries, ctx.width),
    ]
    # on the last page of the decision brief when the whole list fits there
    return [part_break(opening), *opening]


def small_table(ctx: Context, header: list[str], rows: list[list], parts: list[float]) -> Rows:
    st = ctx.st
    widths = [ctx.width * p / sum(parts) for p in parts]
    data = [[pdf_text.paragraph(h, st["cell_head"]) for h in header]]
    data += [
        [pdf_text.paragraph(c, st["cell"]) if isinstance(c, str) else c for c in r] for r in rows
    ]  # a cell may also be a list of flowables
    t = Rows(data, colWidths=widths, repeatRows=1, hAlign="LEFT")  # splits, never 1 row
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    return t


def approval_counts(ctx: Context) -> tuple[int, int]:
    """(required approvers who approved this revision, required approvers)."""
    required = {a["person"] for a in ctx.snapshot.rows_of("approver") if a["required"]}
    approved = {
        d.person
        for d in ctx.governance.decisions
        if d.decision == "approved" and d.person in required
    }
    return len(approved), len(required)
