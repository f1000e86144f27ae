"""The decision brief: what a manager reads in five minutes, right after the cover.

Vision; every goal as one KPI table (metric, baseline → target, due, owner); the
budget and people asked for (the answer to "priorities.resources"); the top
initiatives with what, why and which goal; and what needs the reader's decision
(approving this revision, the decision-log requests still open). Long texts are
capped here; the chapters print them whole.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, HRFlowable, KeepTogether, PageBreak

from cxcharter.domain import scoring
from cxcharter.domain.glossary import term
from cxcharter.export import fonts, pdf_text
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import ACCENT, markup
from cxcharter.export.pdf_canvas import heading
from cxcharter.export.pdf_content import metric_name
from cxcharter.export.pdf_content_labels import text
from cxcharter.export.pdf_doc import Context
from cxcharter.export.pdf_flow import Rows, Titled
from cxcharter.export.pdf_front import approval_counts, cap, small_table
from cxcharter.export.pdf_labels import NONE, counted
from cxcharter.export.pdf_text import Para

VISION_TEXT = 500  # characters of the vision and the short summary
RESOURCES_TEXT = 1200  # characters of the budget and people asked for
MAX_GOALS = 12  # goals in the KPI table; the goals chapter has them all
TOP = 5  # initiatives
WHAT_TEXT = 180  # characters of an initiative's description

BRIEF = {
    "en": {
        "kpis": "Goals and how we measure them",
        "resources": "Budget and people asked for",
        "top": "Top initiatives",
        "what": "What",
        "why": "Why",
        "goal": "Goal",
        "decide": "For your decision",
        "approve": "Approve revision {n} of this charter ({approved} of {required} "
        "required approvals recorded; still open: {names}).",
        "approve.one": "Approve revision {n} of this charter ({approved} of {required} "
        "required approval recorded; still open: {names}).",
        "approve_all": "Approve revision {n} of this charter ({approved} of {required} "
        "required approvals recorded).",
        "approve_all.one": "Approve revision {n} of this charter ({approved} of {required} "
        "required approval recorded).",
        "approved": "Revision {n} is approved ({approved} of {required} required approvals).",
        "approved.one": "Revision {n} is approved ({approved} of {required} required approval).",
        "no_approvers": "Name the approvers of this charter.",
        "request": "Open request: {request}",
        "follow_up": "follow-up {date}",
        "pinned": "placed at rank {rank}: {reason}",
        "score": "score {score}",
        "more_goals": "{n} more goals in chapter {chapter}.",
        "more_goals.one": "{n} more goal in chapter {chapter}.",
    },
    "de": {
        "kpis": "Ziele und wie wir sie messen",
        "resources": "Beantragtes Budget und Personal",
        "top": "Wichtigste Vorhaben",
        "what": "Was",
        "why": "Warum",
        "goal": "Ziel",
        "decide": "Zu entscheiden",
        "approve": "Revision {n} dieser Charta freigeben ({approved} von {required} "
        "erforderlichen Freigaben erteilt; offen: {names}).",
        "approve.one": "Revision {n} dieser Charta freigeben ({approved} von {required} "
        "erforderlichen Freigabe erteilt; offen: {names}).",
        "approve_all": "Revision {n} dieser Charta freigeben ({approved} von {required} "
        "erforderlichen Freigaben erteilt).",
        "approve_all.one": "Revision {n} dieser Charta freigeben ({approved} von {required} "
        "erforderlichen Freigabe erteilt).",
        "approved": "Revision {n} ist freigegeben ({approved} von {required} "
        "erforderlichen Freigaben).",
        "approved.one": "Revision {n} ist freigegeben ({approved} von {required} "
        "erforderlichen Freigabe).",
        "no_approvers": "Die Freigebenden dieser Charta benennen.",
        "request": "Offenes Anliegen: {request}",
        "follow_up": "Nachhalten {date}",
        "pinned": "auf Rang {rank} gesetzt: {reason}",
        "score": "{score} Punkte",
        "score.one": "{score} Punkt",
        "more_goals": "{n} weitere Ziele in Kapitel {chapter}.",
        "more_goals.one": "{n} weiteres Ziel in Kapitel {chapter}.",
    },
}


def _words(language: str) -> dict[str, str]:
    return BRIEF.get(language, BRIEF["en"])


def _head(ctx: Context, title: str) -> Para:
    return Para(markup(title.upper(), fonts.BOLD), ctx.st["summary_h"])


def _titled(ctx: Context, title: str, table: Rows) -> Titled:
    """A table that may split, one unit with its title up to its header and first rows."""
    return Titled([Para(markup(title.upper(), fonts.BOLD), ctx.st["summary_h_table"])], table)


def _kpis(ctx: Context, goals_chapter: int | None) -> list[Flowable]:
    snap, lang, W = ctx.snapshot, ctx.language, _words(ctx.language)
    goals = list(snap.rows_of("goal"))
    if not goals:
        return []
    customs = {r.id: r["name"] for r in snap.rows_of("custom_metric")}
    rows = []
    for g in sorted(goals, key=lambda g: not g["primary"])[:MAX_GOALS]:
        metric = customs.get(g["custom_metric"]) or metric_name(g["metric"] or "", lang)
        span = (
            f"{words.format_number(lang, g['baseline']) or NONE} → "
            f"{words.format_number(lang, g['target']) or NONE}"
        )
        rows.append(
            [
                cap(g["objective"], 140),
                cap(metric, 60),
                span,
                words.format_iso_date(lang, g["due"], short=True),
                cap(snap.person_name(g["owner"]), 60),
            ]
        )
    header = [text(lang, k) for k in ("objective", "metric")]
    header += [
        f"{text(lang, 'baseline')} → {text(lang, 'target')}",
        text(lang, "due"),
        text(lang, "owner"),
    ]
    story: list[Flowable] = [
        _titled(ctx, W["kpis"], small_table(ctx, header, rows, [4.2, 2.4, 2, 1.5, 1.9])),
    ]
    if len(goals) > MAX_GOALS and goals_chapter:
        story.append(
            Para(
                markup(
                    counted(
                        W,
                        "more_goals",
                        len(goals) - MAX_GOALS,
                        n=words.format_number(lang, len(goals) - MAX_GOALS),
                        chapter=goals_chapter,
                    )
                ),
                ctx.st["note"],
            )
        )
    return story


def _resources(ctx: Context) -> list[Flowable]:
    asked = ctx.snapshot.answer("priorities.resources").text.strip()
    if not asked:
        return []
    return [
        _head(ctx, _words(ctx.language)["resources"]),
        *pdf_text.paragraphs(cap(asked, RESOURCES_TEXT), _small(ctx)),
    ]


def _small(ctx: Context) -> dict:
    st = ctx.st
    return {**st, **{k: st[f"detail_{k}"] for k in ("body", "cont", "bullet", "bullet_cont")}}


def _top_initiatives(ctx: Context) -> list[Flowable]:
    snap, lang, W = ctx.snapshot, ctx.language, _words(ctx.language)
    initiatives = {i.id: i for i in snap.rows_of("initiative")}
    ranking = scoring.rank(
        initiatives.values(),
        snap.setting("scoring_method") or "impact_effort",
        snap.rows_of("criterion"),
        snap.rows_of("criterion_score"),
    )
    objectives = {g.id: g["objective"] for g in snap.rows_of("goal")}
    serves: dict[int, list[str]] = {}
    for link in snap.rows_of("initiative_goal"):
        if link["goal"] in objectives:
            serves.setdefault(link["initiative"], []).append(cap(objectives[link["goal"]], 70))
    rows = []
    for ranked in ranking.order[:TOP]:
        i = initiatives[ranked.id]
        what = f'<font name="{fonts.BOLD}">{markup(cap(i["title"], 120), fonts.BOLD)}</font>'
        description = cap(" ".join(i["description"].split()), WHAT_TEXT)
        why = []
        place = scoring.quadrant(i["impact"], i["effort"])
        if place:
            why.append(term(lang, f"quadrant.{place}"))
        shown = ranked.score.display if ranked.score.display is not None else ranked.score.value
        if shown is not None:
            why.append(counted(W, "score", shown, score=words.format_number(lang, shown)))
        if i["pinned_rank"]:
            why.append(
                W["pinned"].format(rank=i["pinned_rank"], reason=cap(i["pin_reason"] or NONE, 120))
            )
        rows.append(
            [
                str(ranked.rank or "–"),
                (what, description),
                " · ".join(why),
                "; ".join(serves.get(i.id, [])),
            ]
        )
    if not rows:
        return []
    cells = [[r[0], _what_cell(ctx, *r[1]), r[2], r[3]] for r in rows]
    header = [text(lang, "rank"), W["what"], W["why"], W["goal"]]
    return [_titled(ctx, W["top"], small_table(ctx, header, cells, [0.5, 5.2, 2.6, 3.2]))]


def _what_cell(ctx: Context, title_markup: str, description: str) -> list[Flowable]:
    st = ctx.st
    cell = [Para(title_markup, st["cell"])]
    if description:
        cell.append(pdf_text.paragraph(description, st["cell"]))
    return cell


def _decisions(ctx: Context, readiness: tuple[int, int, int]) -> list[Flowable]:
    snap, lang, L, W, gov = ctx.snapshot, ctx.language, ctx.L, _words(ctx.language), ctx.governance
    approved, required = approval_counts(ctx)
    decided = {d.person for d in gov.decisions if d.decision == "approved"}
    waiting = [
        cap(snap.person_name(a["person"]), 60)
        for a in snap.rows_of("approver")
        if a["required"] and a["person"] not in decided
    ]
    if not required:
        items = [W["no_approvers"]]
    elif gov.approved:
        items = [
            counted(W, "approved", required, n=gov.revision, approved=approved, required=required)
        ]
    else:
        items = [
            counted(
                W,
                "approve" if waiting else "approve_all",
                required,
                n=gov.revision,
                approved=approved,
                required=required,
                names=", ".join(waiting),
            )
        ]
    for d in snap.rows_of("decision"):
        if not (d["decision"] or "").strip():
            due = words.format_iso_date(lang, d["follow_up"])
            owner = cap(snap.person_name(d["owner"]), 60)
            extra = ", ".join(
                x for x in (owner, W["follow_up"].format(date=due) if due else "") if x
            )
            items.append(
                W["request"].format(request=cap(d["request"], 160))
                + (f" ({extra})" if extra else "")
            )
    status = [
        f"{L['status']}: {ctx.status_label()} · {L['revision']} {gov.revision}",
        counted(L, "readiness", readiness[1], answered=readiness[0], required=readiness[1]),
    ]
    if readiness[2]:
        status.append(
            counted(L, "waiting", readiness[2], n=words.format_number(lang, readiness[2]))
        )
    st = _small(ctx)
    return [
        KeepTogether(
            [
                _head(ctx, W["decide"]),
                *(pdf_text.paragraph(item, st["bullet"], "•") for item in items),
                Para(markup(" · ".join(status)), ctx.st["note"]),
            ]
        )
    ]


def brief(
    ctx: Context, readiness: tuple[int, int, int], goals_chapter: int | None
) -> list[Flowable]:
    """The decision brief, on the pages right after the cover."""
    snap, L, st, lang = ctx.snapshot, ctx.L, ctx.st, ctx.language
    body: list[Flowable] = []
    vision = snap.answer("vision.statement").text.strip()
    short = snap.answer("front.summary").text.strip()
    if vision:
        quoted = (
            "„" + cap(vision, VISION_TEXT) + "“"
            if lang == "de"
            else "“" + cap(vision, VISION_TEXT) + "”"
        )
        body += [_head(ctx, L["vision"]), pdf_text.paragraph(quoted, st["summary_quote"])]
    if short:
        body += pdf_text.paragraphs(cap(short, VISION_TEXT), _small(ctx))
    body += _kpis(ctx, goals_chapter)
    body += _resources(ctx)
    body += _top_initiatives(ctx)
    body += _decisions(ctx, readiness)
    return [
        PageBreak(),
        heading(
            markup(L["summary"], fonts.BOLD),
            st["h1"],
            "summary",
            L["summary"],
            0,
            section=L["summary"],
        ),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=4),
        *body,
    ]
