"""PDF export of a charter snapshot: a cover, one chapter per catalog section, page X of Y.

reportlab lives here and in `fonts`, never in `import cxcharter.export`. Writes are atomic.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
import secrets
from collections.abc import Callable
from typing import IO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cxcharter.catalog import Catalog, Question, Section
from cxcharter.domain.model import CharterSnapshot
from cxcharter.export import fonts
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import ACCENT, INK, MUTED, RULE, clip, markup
from cxcharter.export.pdf_content import section_content
from cxcharter.export.pdf_labels import NONE, labels


def metric_name(key: str, language: str) -> str:
    """A built-in metric's name in `language` (the key itself if unknown)."""
    from cxcharter.domain.metrics import is_builtin, metric

    return metric(key).name[language] if is_builtin(key) else key

PAGE_W, PAGE_H = A4
MARGIN_X = 25 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X
TOP, BOTTOM = 28 * mm, 25 * mm


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


class ExportError(Exception):
    """A known failure (disk full, no permission …) with a one-line message."""

    def __init__(self, message: str, *, path: str = "", code: int | None = None) -> None:
        super().__init__(message)
        self.path, self.code = path, code  # code: the errno, for callers that reword it


def export_pdf(
    snapshot: CharterSnapshot,
    catalog: Catalog,
    out_path: str | os.PathLike,
    *,
    created: datetime.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write `snapshot` as a PDF to `out_path`, all or nothing.

    `progress(done, total)` is called as chapters are laid out and `cancelled()` is
    polled between them. Raises ExportCancelled, or ExportError for known failures.
    """
    if rl_config.trustedHosts:  # would let markup fetch remote resources
        raise ExportError("reportlab.rl_config.trustedHosts is set; refusing to export.")
    try:
        fonts.register()
    except Exception as exc:  # missing or damaged font files: a broken install
        raise ExportError("The PDF fonts are missing or damaged; reinstall CX Charter.") from exc
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    build = functools.partial(_build, snapshot, catalog, created or datetime.datetime.now(),
                              progress, cancelled)  # fmt: skip
    _write_atomically(out_path, build)


class _Mark(Flowable):
    """Zero-size flowable run at layout time: names the running section, reports progress."""

    def __init__(self, section: str | None = None, on_draw: Callable[[], None] | None = None):
        super().__init__()
        self.section, self.on_draw = section, on_draw

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        if self.section is not None:
            self.canv.cx_section = self.section
        callback, self.on_draw = self.on_draw, None  # once, even if laid out again
        if callback is not None:
            callback()


class _PagedCanvas(Canvas):
    """Holds every page until save() so header and footer can say "Page X of Y"."""

    def __init__(self, *args, title: str, language: str, created: datetime.datetime, **kwargs):
        super().__init__(*args, **kwargs)
        self._cx_pages, self._cx_title, self._cx_lang = [], title, language
        self.cx_section: str | None = None  # None: the cover, set by _Mark in each chapter
        self.setDateFormatter(lambda *_ymdhms: words.pdf_date(created))

    def showPage(self):
        self._cx_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._cx_pages)
        for number, state in enumerate(self._cx_pages, 1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _line(self, color, width: float, y: float) -> None:
        self.setStrokeColor(color)
        self.setLineWidth(width)
        self.line(MARGIN_X, y, PAGE_W - MARGIN_X, y)

    def _text(self, left: str, right: str, y: float, size: float, right_color=MUTED) -> None:
        """`left` clipped so it never runs into `right` (which is right-aligned)."""
        self.setFont(fonts.REGULAR, size)
        self.setFillColor(right_color)
        self.drawRightString(PAGE_W - MARGIN_X, y, right)
        room = TEXT_W - self.stringWidth(right, fonts.REGULAR, size) - 8 * mm
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, y, clip(left, fonts.REGULAR, size, room))

    def _decorate(self, number: int, total: int) -> None:
        L = labels(self._cx_lang)
        self.saveState()
        if self.cx_section is None:  # the cover: an accent band, a quiet note at the foot
            self.setFillColor(ACCENT)
            self.rect(0, PAGE_H - 9 * mm, PAGE_W, 9 * mm, stroke=0, fill=1)
            self._line(RULE, 0.5, 24 * mm)
            self._text(L["draft_note"], L["created_with"], 18 * mm, 8)
        else:
            section = clip(self.cx_section, fonts.REGULAR, 7.5, TEXT_W / 2)
            self._text(L["kicker"].upper(), section, PAGE_H - 15 * mm, 7.5)
            self._line(RULE, 0.5, PAGE_H - 17 * mm)
            self._line(ACCENT, 0.8, 18 * mm)
            page = L["page"].format(page=number, total=total)
            self._text(self._cx_title, page, 12 * mm, 8, right_color=INK)
        self.restoreState()


def _cover(snapshot: CharterSnapshot, st, created: datetime.datetime) -> list[Flowable]:
    lang, L, answer = snapshot.language, labels(snapshot.language), snapshot.answer
    effective = words.format_iso_date(lang, answer("front.effective_date").text)
    owner, sponsor = (words.format_person(snapshot.person(answer(f"front.{key}").person))
                      for key in ("charter_owner", "executive_sponsor"))  # fmt: skip
    rows = [
        (L["charter_owner"], owner),
        (L["executive_sponsor"], sponsor),
        (L["date"], words.format_date(lang, created.date())),
        *([(L["effective"], effective)] if effective else []),
        (L["status"], L["draft"]),
    ]
    # Capped: chapter 1 has the full text, and shrinking a huge title would make it dust.
    table = Table(
        [[Paragraph(markup(label), st["cover_label"]),
          Paragraph(markup(value[:300] or NONE), st["cover_value"])] for label, value in rows],
        colWidths=[52 * mm, TEXT_W - 52 * mm], hAlign="LEFT",
    )  # fmt: skip
    everywhere = ((0, 0), (-1, -1))
    table.setStyle(TableStyle([
        ("FONT", *everywhere, fonts.REGULAR, 10), ("VALIGN", *everywhere, "TOP"),
        ("LEFTPADDING", *everywhere, 0),
        ("TOPPADDING", *everywhere, 7), ("BOTTOMPADDING", *everywhere, 7),
        ("LINEBELOW", *everywhere, 0.5, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
    ]))  # fmt: skip
    org = answer("front.organisation").text.strip()
    return [KeepInFrame(TEXT_W, PAGE_H - TOP - BOTTOM, mode="shrink", content=[  # one page, always
        Spacer(1, 18 * mm),
        Paragraph(markup(L["kicker"].upper(), fonts.BOLD), st["kicker"]),
        Spacer(1, 48 * mm),
        Paragraph(markup((snapshot.title.strip() or L["untitled"])[:300], fonts.BOLD),
                  st["cover_title"]),
        *([Paragraph(markup(org[:300]), st["cover_org"])] if org else []),
        HRFlowable(width=42 * mm, thickness=2.2, color=ACCENT, hAlign="LEFT",
                   spaceBefore=9 * mm, spaceAfter=16 * mm),
        table,
    ])]  # fmt: skip


def _question(q: Question, snapshot: CharterSnapshot, st) -> list[Flowable]:
    lang, L = snapshot.language, labels(snapshot.language)
    a = snapshot.answer(q.key)
    facts = (
        (L["owner"], snapshot.person_name(a.owner).strip() or NONE),
        (L["status"], words.status_label(lang, a.status)),
        (L["due"], words.format_iso_date(lang, a.due) or NONE),
    )
    ink = "#" + INK.hexval()[2:]
    meta = " · ".join(f'{markup(k)}: <font color="{ink}">{markup(v)}</font>' for k, v in facts)
    shown = {"person": words.format_person(snapshot.person(a.person)),
             "date": words.format_iso_date(lang, a.text)}  # fmt: skip
    body = fonts.paragraphs(shown.get(q.kind, a.text), st)
    empty = Paragraph(markup(L["not_answered"], fonts.ITALIC), st["empty"])
    return [Paragraph(markup(q.question, fonts.BOLD), st["h2"]), Paragraph(meta, st["meta"]),
            *(body or [empty])]  # fmt: skip


def _chapter(number: int, section: Section, snapshot: CharterSnapshot, st) -> list[Flowable]:
    L = labels(snapshot.language)
    story: list[Flowable] = [
        PageBreak(),
        _Mark(section=section.title),
        Paragraph(markup(L["chapter"].format(n=number).upper(), fonts.BOLD), st["eyebrow"]),
        Paragraph(markup(section.title, fonts.BOLD), st["h1"]),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=0),
    ]
    if section.question.strip():
        story.append(Paragraph(markup(section.question, fonts.ITALIC), st["lead"]))
    for q in section.questions:
        story += _question(q, snapshot, st)
    story += section_content(section.key, snapshot, st, TEXT_W, metric_name)
    return story


def _build(snapshot: CharterSnapshot, catalog: Catalog, created: datetime.datetime,
           progress, cancelled, fh: IO[bytes]) -> None:  # fmt: skip
    lang, L, st = snapshot.language, labels(snapshot.language), fonts.styles()
    title = " ".join((snapshot.title.strip() or L["untitled"]).split())
    org = " ".join(snapshot.answer("front.organisation").text.split())
    owner = snapshot.person_name(snapshot.answer("front.charter_owner").person).strip()

    def step(done: int) -> None:  # chapter `done` is laid out (0: none yet; the cover is 1)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, len(catalog.sections) + 1)

    story = [*_cover(snapshot, st, created), _Mark(None, functools.partial(step, 1))]
    for n, section in enumerate(catalog.sections, 1):
        story += [*_chapter(n, section, snapshot, st), _Mark(None, functools.partial(step, n + 1))]
    doc = BaseDocTemplate(
        fh, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=TOP, bottomMargin=BOTTOM, invariant=1, displayDocTitle=1,
        title=title[:500], author=(owner or org or "CX Charter")[:200],
        subject=f"{L['kicker']} — {org}"[:500] if org else L["kicker"],
        creator="CX Charter", keywords=["CX", L["kicker"]],
        lang="de-DE" if lang == "de" else "en-GB", initialFontName=fonts.REGULAR,
    )  # fmt: skip
    frame = Frame(MARGIN_X, doc.bottomMargin, TEXT_W, doc.height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", [frame])])
    step(0)
    doc.build(story, canvasmaker=functools.partial(_PagedCanvas, title=title, language=lang,
                                                   created=created))  # fmt: skip


def _write_atomically(out_path: str | os.PathLike, write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temp file beside `out_path`, fsync, then rename it over the target.

    Not tempfile.mkstemp: its 0600 mode would stick to the PDF; O_EXCL with 0666 lets
    the umask decide, as for any new file.
    """
    target = os.path.abspath(os.fspath(out_path))
    folder, name = os.path.split(target)
    tmp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o666)
    except OSError as exc:
        raise _error(exc, target) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileNotFoundError):  # keep an existing file's permissions
            os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _error(exc, target) from exc
        raise
    with contextlib.suppress(OSError):  # make the rename durable (not possible on every OS)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _error(exc: OSError, target: str) -> ExportError:
    return ExportError(words.write_failed(target, exc), path=target, code=exc.errno)
