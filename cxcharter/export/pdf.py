"""PDF export of a charter snapshot: the document a manager reads and signs.

Cover, contents, executive summary, one chapter per catalog section (answers,
tables, charts), the approval page and, for drafts, the open items. Parts live in
pdf_front, pdf_content, pdf_charts and pdf_approval; styles and page geometry in
pdf_styles; header, footer, watermark and bookmarks in pdf_canvas. reportlab lives
in these modules and in `fonts`, never in `import cxcharter.export`. Writes are atomic.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import os
from collections.abc import Callable
from typing import IO

from reportlab import rl_config
from reportlab.platypus import Flowable, Frame, HRFlowable, PageBreak, PageTemplate

from cxcharter.catalog import Catalog, Question, Section
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.progress import open_items, section_progress
from cxcharter.domain.tracking import tracks_work
from cxcharter.export import (
    fonts,
    pdf_approval,
    pdf_attach,
    pdf_brief,
    pdf_charts,
    pdf_front,
    pdf_text,
)
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import ACCENT, INK, markup
from cxcharter.export.pdf_canvas import Furniture, canvas_maker, heading
from cxcharter.export.pdf_content import metric_name, section_content
from cxcharter.export.pdf_doc import (
    DRAFT,
    EDITIONS,
    OPTIONAL_OMISSIONS,
    Context,
    PdfGovernance,
    short_fingerprint,
)
from cxcharter.export.pdf_flow import Document, RoomFor, part_break
from cxcharter.export.pdf_labels import NONE, labels
from cxcharter.export.pdf_look import pdf_look
from cxcharter.export.pdf_styles import layout, styles
from cxcharter.export.pdf_text import Para
from cxcharter.export.review_copy import review_page
from cxcharter.export.review_copy import words as review_words
from cxcharter.store import outfile

__all__ = ["ExportCancelled", "ExportError", "PdfGovernance", "export_pdf", "metric_name"]
LANGUAGES = ("en", "de")


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


class ExportError(Exception):
    """A known failure (disk full, no permission …) with a one-line message."""

    def __init__(
        self, message: str, *, path: str = "", code: int | None = None, reason: str = ""
    ) -> None:
        super().__init__(message)
        self.path, self.code = path, code  # code: the errno, for callers that reword it
        self.reason = reason  # or a code of what went wrong ("fonts", "trusted_hosts")


def export_pdf(
    snapshot: CharterSnapshot,
    catalog: Catalog,
    out_path: str | os.PathLike,
    *,
    created: datetime.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str | None = None,
    paper: str = "a4",
    governance: PdfGovernance | None = None,
    review_fields: list | None = None,
    look=None,
    edition: str = "full",
    omit: frozenset[str] | set[str] = frozenset(),
    layout_log: list | None = None,
) -> None:
    """Write `snapshot` as a PDF to `out_path`, all or nothing.

    `language` overrides the charter's own for the fixed words, dates and numbers
    (pass a `catalog` in that language too); `paper` is "a4" or "letter";
    `governance` gives revision, status, fingerprint and decisions (None: a first
    draft). The canonical JSON of `snapshot` is embedded (pdf_attach); a governance
    without a fingerprint prints that JSON's own SHA-256 as a draft fingerprint.
    `look` (domain.branding.Look): the organisation's logo and accent colour.
    `progress(done, total)` is called as chapters are laid out and
    `cancelled()` is polled between them. `edition` "distribution" prints an excerpt
    without stakeholder assessments and work tracking, and without what `omit` names
    (see pdf_doc.OPTIONAL_OMISSIONS). `layout_log` (a list) receives how far each
    page is filled and where tables split (pdf_flow.PageFill, pdf_flow.TablePiece).
    Raises ExportCancelled, or ExportError for known failures.
    """
    if rl_config.trustedHosts:  # would let markup fetch remote resources
        raise ExportError(
            "reportlab.rl_config.trustedHosts is set; refusing to export.", reason="trusted_hosts"
        )
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    if edition not in EDITIONS:
        raise ValueError(f"unknown edition {edition!r}; expected one of {EDITIONS}")
    if unknown := set(omit) - set(OPTIONAL_OMISSIONS):
        raise ValueError(f"unknown omission {sorted(unknown)}; expected {OPTIONAL_OMISSIONS}")
    record, governance = pdf_attach.record_of(snapshot, governance or DRAFT)
    page = layout(paper)
    if language is not None and language != snapshot.language:
        snapshot = dataclasses.replace(snapshot, language=language)
    try:
        fonts.register()
    except Exception as exc:  # missing or damaged font files: a broken install
        raise ExportError(
            "The PDF fonts are missing or damaged; reinstall CX Charter.", reason="fonts"
        ) from exc
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    ctx = Context(
        snapshot,
        catalog,
        governance,
        page,
        styles(snapshot.language),
        created or datetime.datetime.now(),
        pdf_look(look),
        edition,
        frozenset(omit) if edition == "distribution" else frozenset(),
    )
    build = functools.partial(
        _build, ctx, progress, cancelled, review_fields=review_fields, log=layout_log
    )
    _write_atomically(out_path, pdf_attach.attaching(build, record))


class _Mark(Flowable):
    """Zero-size flowable run at layout time: reports progress once."""

    def __init__(self, on_draw: Callable[[], None]):
        super().__init__()
        self.on_draw = on_draw

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        callback, self.on_draw = self.on_draw, None  # once, even if laid out again
        if callback is not None:
            callback()


ANSWER_LINES = 3  # lines of an answer that stay with its question


def _question(q: Question, snapshot: CharterSnapshot, st, tracking: bool) -> list[Flowable]:
    """A question and its answer; `tracking` (drafts only) adds owner, status and due:
    work tracking has no place in the document that is reviewed and signed."""
    lang, L = snapshot.language, labels(snapshot.language)
    a = snapshot.answer(q.key)
    meta = []
    if tracking:
        facts = (
            (L["owner"], snapshot.person_name(a.owner).strip() or NONE),
            (L["status"], words.status_label(lang, a.status)),
            (L["due"], words.format_iso_date(lang, a.due) or NONE),
        )
        ink = "#" + INK.hexval()[2:]
        meta = [
            Para(
                " · ".join(
                    f'{markup(k)}: <font color="{ink}">{markup(v)}</font>' for k, v in facts
                ),
                st["question_meta"],
            )
        ]
    shown = {"person": words.format_person(snapshot.person(a.person)),
             "date": words.format_iso_date(lang, a.text)}  # fmt: skip
    body = pdf_text.paragraphs(shown.get(q.kind, a.text), st, links=True)
    empty = Para(markup(L["not_answered"], fonts.ITALIC), st["empty"])
    title = " ".join(q.question.split())
    head = [heading(markup(q.question, fonts.BOLD), st["h2"], f"q-{q.key}", title[:120], 1),
            *meta]  # fmt: skip
    # the question stays with the first lines of its answer (a break before it if not)
    return [RoomFor(head, ANSWER_LINES * st["body"].leading), *head, *(body or [empty])]


def _chapter(number: int, section: Section, ctx: Context) -> list[Flowable]:

    snapshot, st, L = ctx.snapshot, ctx.st, ctx.L
    title = " ".join(section.title.split())
    opening: list[Flowable] = [
        heading(
            markup(L["chapter"].format(n=number).upper(), fonts.BOLD),
            st["eyebrow_part"],
            f"ch-{section.key}",
            f"{number}  {title}"[:120],
            0,
            section=section.title,
        ),
        Para(markup(section.title, fonts.BOLD), st["h1"]),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=0),
    ]
    if section.question.strip():
        opening.append(Para(markup(section.question, fonts.ITALIC), st["lead"]))
    questions: list[Flowable] = []
    for q in section.questions:
        questions += _question(
            q, snapshot, st, tracks_work(ctx.governance.status) and not ctx.distribution
        )
    first: list[Flowable] = []
    extra = 0.0
    if questions and isinstance(questions[0], RoomFor):  # its heading and first lines
        first, extra = questions[0].flowables, questions[0].extra
        questions = questions[1:]
    # on the page the chapter before ends on, when enough of it is left
    story = [part_break(opening + first, extra), *opening, *questions]
    charts = {
        "goals": pdf_charts.goal_progress,
        "priorities": pdf_charts.impact_effort,
        "stakeholders": pdf_charts.stakeholder_grid,
    }
    if ctx.distribution:  # the grid plots the stakeholder assessments
        charts.pop("stakeholders")
    if section.key in charts:
        story += charts[section.key](ctx)
    omit = ctx.omit | {"assessments"} if ctx.distribution else frozenset()
    story += section_content(
        section.key,
        snapshot,
        st,
        ctx.width,
        metric_name,
        wide=ctx.layout.turned().text_w,
        omit=omit,
    )
    return story


def _template(name: str, page) -> PageTemplate:
    """One text frame inside the margins of an upright or a turned (landscape) page."""
    frame = Frame(page.margin_x, page.bottom, page.text_w, page.text_h, id=f"text-{name}",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    return PageTemplate(name, [frame], pagesize=(page.page_w, page.page_h))


def _furniture(ctx: Context, title: str) -> Furniture:
    L, gov = ctx.L, ctx.governance
    parts = [L["revision_short"].format(n=gov.revision), ctx.status_label()]
    if gov.fingerprint:
        parts.append(short_fingerprint(gov.fingerprint))
    if ctx.distribution:  # every page says it is an excerpt, and of what
        parts = [
            L["excerpt"].format(n=gov.revision),
            L["excerpt_fingerprint"].format(fp=short_fingerprint(gov.fingerprint))
            if gov.fingerprint
            else L["excerpt_draft"],
        ]
    note = {
        "draft": L["draft_note"],
        "in_review": L["in_review_note"],
        "approved": L["approved_note"].format(revision=gov.revision),
    }[gov.status]
    return Furniture(
        title=title,
        language=ctx.language,
        layout=ctx.layout,
        created=ctx.created,
        revision_line=" · ".join(parts),
        cover_note=note,
        watermark=None if gov.approved else L[f"watermark.{gov.status}"],
        page_label=L["page"],
        kicker=L["kicker"],
        look=ctx.look,
    )


def _build(ctx: Context, progress, cancelled, fh: IO[bytes], review_fields=None, log=None) -> None:
    snapshot, catalog, L, lang = ctx.snapshot, ctx.catalog, ctx.L, ctx.language
    title = " ".join((snapshot.title.strip() or L["untitled"]).split())
    org = " ".join(snapshot.answer("front.organisation").text.split())
    owner = snapshot.person_name(snapshot.answer("front.charter_owner").person).strip()
    # Work tracking (owners, due dates, open questions) only in a draft (domain/tracking.py).
    draft = tracks_work(ctx.governance.status) and not ctx.distribution
    total = len(catalog.sections) + 1

    def step(done: int) -> None:  # chapter `done` is laid out (0: none yet; the front is 1)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)

    entries = [("summary", "", L["summary"])]
    entries += [(f"ch-{s.key}", str(n), s.title) for n, s in enumerate(catalog.sections, 1)]
    entries.append(("approval", "", L["approval"]))
    if draft:
        entries.append(("appendix", "", L["appendix"]))
    if review_fields:
        entries.append(("review", "", review_words(lang)["title"]))
    progress_rows = section_progress(catalog, snapshot)
    readiness = (
        sum(p.answered for p in progress_rows),
        sum(p.required for p in progress_rows),
        len(open_items(catalog, snapshot, ctx.created.date())) if draft else 0,
    )
    goals_chapter = next((n for n, s in enumerate(catalog.sections, 1) if s.key == "goals"), None)
    story = [
        *pdf_front.cover(ctx),
        *pdf_brief.brief(ctx, readiness, goals_chapter),
        *pdf_front.contents(ctx, entries),
        PageBreak(),  # the contents page stands alone; the chapters flow on from here
        _Mark(functools.partial(step, 1)),
    ]
    for n, section in enumerate(catalog.sections, 1):
        story += [*_chapter(n, section, ctx), _Mark(functools.partial(step, n + 1))]
    story += pdf_approval.approval(ctx)
    if draft:
        story += pdf_approval.open_items(ctx)
    if review_fields:
        story += review_page(ctx, review_fields)
    page = ctx.layout
    doc = Document(
        fh, log=log, pagesize=(page.page_w, page.page_h), leftMargin=page.margin_x,
        rightMargin=page.margin_x, topMargin=page.top, bottomMargin=page.bottom, invariant=1,
        displayDocTitle=1, title=title[:500], author=(owner or org or "CX Charter")[:200],
        subject=f"{L['kicker']} — {org}"[:500] if org else L["kicker"],
        creator="CX Charter", keywords=["CX", L["kicker"]],
        lang="de-DE" if lang == "de" else "en-GB", initialFontName=fonts.REGULAR,
        pageMode="UseOutlines",
    )  # fmt: skip
    doc.addPageTemplates([_template("page", page), _template("wide", page.turned())])
    step(0)
    doc.build(story, canvasmaker=canvas_maker(_furniture(ctx, title)))


def _write_atomically(out_path: str | os.PathLike, write: Callable[[IO[bytes]], None]) -> None:
    """Write through the one output writer (store/outfile.py): exclusive temp file
    beside `out_path`, fsync, then an atomic rename over the target."""
    target = os.path.abspath(os.fspath(out_path))
    try:
        outfile.write_with(target, write)
    except OSError as exc:
        raise _error(exc, target) from exc


def _error(exc: OSError, target: str) -> ExportError:
    return ExportError(words.write_failed(target, exc), path=target, code=exc.errno)
