"""The governance pages: approvals with signature lines, revision history, open items."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from cxcharter.domain import readiness, readiness_text
from cxcharter.domain.progress import overview
from cxcharter.export import fonts, pdf_text
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import ACCENT, INK, markup
from cxcharter.export.pdf_canvas import heading
from cxcharter.export.pdf_content_labels import text
from cxcharter.export.pdf_doc import Context, PdfDecision, PdfRevision, grouped_fingerprint
from cxcharter.export.pdf_flow import part_break
from cxcharter.export.pdf_labels import counted
from cxcharter.export.pdf_tables import table
from cxcharter.export.pdf_text import Para


def _chapter_head(
    ctx: Context, key: str, title: str, lead: str, body: Sequence[Flowable] = ()
) -> list[Flowable]:
    """The part's heading and lead, then `body`."""
    opening = [
        heading(markup(title, fonts.BOLD), ctx.st["h1_part"], key, title, 0, section=title),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=0),
        Para(markup(lead, fonts.ITALIC), ctx.st["lead"]),
    ]
    # below the end of the chapter before, when enough of the page is left for the
    # opening and what comes first: a table's title, header and first rows (measured,
    # pdf_flow.Titled.opening), or a line
    return [part_break([*opening, *body[:1]]), *opening, *body]


def _latest_decisions(ctx: Context) -> dict[object, PdfDecision]:
    """The last decision of each person (or name, for people outside the charter)."""
    latest: dict[object, PdfDecision] = {}
    for d in ctx.governance.decisions:
        latest[d.person if d.person is not None else f"name:{d.name}"] = d
    return latest


def _decision_rows(ctx: Context) -> list[tuple[str, str, PdfDecision | None]]:
    """(name and role, required/optional, decision) for every approver, then the rest."""
    snap, L = ctx.snapshot, ctx.L
    latest = _latest_decisions(ctx)
    rows = []
    for a in snap.rows_of("approver"):
        person = snap.person(a["person"])
        rows.append(
            (
                words.format_person(person) if person else words.NONE,
                L["required"] if a["required"] else L["optional"],
                latest.pop(a["person"], None),
            )
        )
    for d in latest.values():  # decisions of people no longer listed as approvers
        person = snap.person(d.person) if d.person is not None else None
        rows.append((words.format_person(person) if person else d.name or words.NONE, "", d))
    return rows


SIGNED = {
    "en": {
        "signed": "Signed digitally by {subject} (certificate SHA-256 {sha}…).",
        "unsigned": "Not signed digitally.",
    },
    "de": {
        "signed": "Digital signiert von {subject} (Zertifikat SHA-256 {sha}…).",
        "unsigned": "Nicht digital signiert.",
    },
}


def signed_line(language: str, decision: PdfDecision) -> str:
    """Whether the decision came from a digitally signed review copy, and by which
    certificate (its subject and the start of its SHA-256)."""
    words_ = SIGNED["de" if language == "de" else "en"]
    if not decision.signed_by:
        return words_["unsigned"]
    return words_["signed"].format(
        subject=" ".join(decision.signed_by.split())[:300], sha=decision.signed_cert[:16]
    )


def _comment(ctx: Context, name: str, decision: PdfDecision | None) -> str:
    """The approver's comment, and who entered the decision for whom: these are records,
    not signatures."""
    if decision is None:
        return ""
    parts = [decision.comment.strip()] if decision.comment.strip() else []
    approver = decision.decided_by or decision.name or name
    if decision.recorded_by and decision.recorded_by != approver:
        parts.append(ctx.L["recorded_for"].format(recorder=decision.recorded_by, approver=approver))
    elif decision.recorded_by:
        parts.append(ctx.L["recorded_self"].format(recorder=decision.recorded_by))
    parts.append(signed_line(ctx.language, decision))
    return "\n".join(parts)


def _signature_blocks(ctx: Context, names: list[str]) -> list[Flowable]:
    """The title, then two blocks per row: space to sign, a line, then name and
    "place, date". The title is kept with the first row of blocks (a keepWithNext
    title is not: reportlab does not put a KeepTogether in another)."""
    st, L = ctx.st, ctx.L
    gap = 12 * mm
    half = (ctx.width - gap) / 2
    story: list[Flowable] = []
    title = Para(markup(L["signatures"], fonts.BOLD), st["table_title"])
    for start in range(0, len(names), 2):
        pair = names[start : start + 2]
        cells = [
            [
                pdf_text.paragraph(n[:200], st["sign_name"]),
                Para(markup(f"{L['signature']} · {L['place_date']}"), st["sign_label"]),
            ]
            for n in pair
        ]
        columns = [0, 2][: len(pair)]  # a narrow empty column between the two blocks
        data = [["", "", ""] for _ in range(3)]
        for column, (name, label) in zip(columns, cells, strict=True):
            data[0][column], data[1][column], data[2][column] = Spacer(1, 16 * mm), name, label
        commands = [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
        ]
        commands += [("LINEABOVE", (c, 1), (c, 1), 0.8, INK) for c in columns]
        t = Table(data, colWidths=[half, gap, half], hAlign="LEFT", style=TableStyle(commands))
        story.append(KeepTogether([*([title] if start == 0 else []), t, Spacer(1, 6 * mm)]))
    return story


def approval(ctx: Context) -> list[Flowable]:
    """Approvers and their decisions, signature lines, revision history, changes."""
    L, lang, st, gov = ctx.L, ctx.language, ctx.st, ctx.governance
    fp = grouped_fingerprint(gov.fingerprint)
    lead = L["approval_lead"].format(
        revision=gov.revision, fingerprint=L["approval_fp"].format(fingerprint=fp) if fp else ""
    )
    story: list[Flowable] = []
    rows = _decision_rows(ctx)
    width = ctx.width
    if rows:
        story += table(
            L["decisions"],
            [L["approver"], L["role"], L["decision"], text(lang, "date"), L["comment"]],
            [
                [
                    name,
                    role,
                    words.status_label(lang, d.decision if d else "pending"),
                    words.format_iso_date(lang, d.date, short=True) if d and d.date else "",
                    _comment(ctx, name, d),
                ]
                for name, role, d in rows
            ],
            [width * p for p in (0.3, 0.11, 0.16, 0.14, 0.29)],
            st,
        )
        story += _signature_blocks(ctx, [name for name, _role, _d in rows])
    else:
        story.append(Para(markup(L["no_approvers"]), st["body"]))
    revisions = list(gov.revisions) or [
        PdfRevision(gov.revision, gov.status, ctx.created.date().isoformat(), gov.fingerprint)
    ]
    story += table(
        L["history"],
        [L["revision"], L["status"], text(lang, "date"), L["fingerprint"], L["note"]],
        [
            [
                str(r.number),
                ctx.L.get(r.status, r.status),
                words.format_iso_date(lang, r.date, short=True),
                grouped_fingerprint(r.fingerprint),
                r.note,
            ]
            for r in revisions
        ],
        [width * p for p in (0.1, 0.14, 0.15, 0.33, 0.28)],
        st,
    )
    if gov.revision > 1 or gov.changes_since_approved:
        story.append(Para(markup(L["changes"], fonts.BOLD), st["table_title"]))
        changes = [c for c in (gov.changes_since_approved or []) if str(c).strip()]
        story += (
            pdf_text.paragraphs("\n".join(f"- {c}" for c in changes), st)
            if changes
            else [Para(markup(L["no_changes"]), st["body"])]
        )
    if gov.chain_head is not None and gov.chain_head[1]:
        count, digest = gov.chain_head
        story.append(Spacer(1, 3 * mm))
        story.append(
            Para(
                markup(
                    counted(L, "chain_head", count, count=count, hash=grouped_fingerprint(digest))
                ),
                st["meta"],
            )
        )
    return _chapter_head(ctx, "approval", L["approval"], lead, story)


MAX_FINDINGS = 200  # readiness findings listed in the appendix; `cxcharter check` has all
# Findings the open-questions table already shows, question by question.
_LISTED_AS_QUESTIONS = ("question.unanswered", "item.overdue")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _findings(ctx: Context, titles: dict[str, str]) -> tuple[list[list[str]], int]:
    """Readiness findings (domain/readiness.py) worded in the charter's language."""
    lang = ctx.language if ctx.language in readiness_text.TEXTS else "en"
    found = [
        f
        for f in readiness.check(ctx.catalog, ctx.snapshot, ctx.created.date())
        if f.code not in _LISTED_AS_QUESTIONS
    ]
    found.sort(key=lambda f: not f.blocker)  # blockers first, stable within each
    kinds = readiness_text.WORDS[lang]
    rows = []
    for f in found[:MAX_FINDINGS]:
        place = f.place
        where = [titles.get(place.section, place.section)] if place.section else []
        if place.kind and place.row is not None:
            where.append(f"{kinds.get(place.kind, place.kind)} {place.row}")
        rows.append(
            [
                _capital(kinds["blocker" if f.blocker else "warning"]),
                " › ".join(where),
                _capital(readiness_text.describe(f, lang)),
            ]
        )
    return rows, len(found)


def open_items(ctx: Context) -> list[Flowable]:
    """For drafts: readiness findings and the questions still open, as an appendix."""
    L, lang, st, snap = ctx.L, ctx.language, ctx.st, ctx.snapshot
    state = overview(ctx.catalog, snap, ctx.created.date())
    waiting = sum(len(i) for i in state.by_person.values()) + len(state.unassigned)
    given = counted(L, "readiness", state.required, answered=state.answered,
                    required=state.required)  # fmt: skip
    listed = counted(L, "appendix_listed", waiting, n=words.format_number(lang, waiting))
    lead = f"{given} {listed}"
    titles = {s.key: s.title for s in ctx.catalog.sections}
    findings, total = _findings(ctx, titles)
    story = table(
        L["warnings"],
        [L["severity"], L["section"], L["finding"]],
        findings,
        [ctx.width * p for p in (0.13, 0.3, 0.57)],
        st,
    )
    if total > len(findings):
        story.append(
            Para(
                markup(
                    counted(
                        L,
                        "findings_more",
                        total - len(findings),
                        n=words.format_number(lang, total - len(findings)),
                    )
                ),
                st["note"],
            )
        )
    questions = {q.key: q for q in ctx.catalog.questions}
    items = [i for items in state.by_person.values() for i in items] + state.unassigned
    order = {q.key: n for n, q in enumerate(ctx.catalog.questions)}
    items.sort(key=lambda i: order.get(i.key, 0))
    rows = [
        [
            titles.get(i.section, i.section),
            questions[i.key].question if i.key in questions else i.key,
            snap.person_name(i.owner) or words.NONE,
            words.status_label(lang, i.status),
            (words.format_date(lang, i.due, short=True) if i.due else "")
            + (f" ({L['overdue']})" if i.overdue else ""),
        ]
        for i in items
    ]
    if rows:
        story += table(
            L["open_items"],
            [L["section"], L["question"], L["owner"], L["status"], L["due"]],
            rows,
            [ctx.width * p for p in (0.18, 0.4, 0.16, 0.12, 0.14)],
            st,
        )
    elif not findings:
        story.append(Para(markup(L["nothing_open"]), st["body"]))
    return _chapter_head(ctx, "appendix", L["appendix"], lead, story)
