"""The contribution form: a fillable PDF asking one person for exactly what they owe.

reportlab lays out the page (the questions, their short guidance, each goal's and
initiative's fields, in the charter's language and the document's own font, so any
name and script prints); pypdf then gives every field the any-script font of
`form_font`, writes each field's starting text (the charter's value now) with its
appearance, and stores in a hidden read-only field `cx.meta` what the import needs:
charter id, revision, person, a random form id and every field's starting value
(the base of the three-way merge, `domain/contribution.py`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import secrets

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cxcharter.catalog import Catalog, load_catalog
from cxcharter.domain import contribution as dc
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.review_form import FormField as PdfField
from cxcharter.export import fonts, form_font, pdf_text
from cxcharter.export.fonts import markup
from cxcharter.export.pdf_content import metric_name
from cxcharter.export.pdf_labels import format_iso_date
from cxcharter.export.pdf_styles import styles
from cxcharter.export.review_copy import FormFieldFlowable
from cxcharter.store import outfile

META = "cx.meta"
WORDS = {
    "en": {
        "title": "Contribution form",
        "for": "for {name}",
        "lead": "Please fill in the fields below in your PDF reader, save the file and send "
        "it back. Fields already hold what the charter says now: change what needs "
        "changing, leave the rest as it is. Numbers like 42, 42.5 or 1,250, dates as yyyy-mm-dd.",
        "made": "Charter “{title}”, revision {revision} · made on {date} · form {form}",
        "questions": "Questions to answer",
        "goals": "Your goals",
        "initiatives": "Your initiatives",
        "baseline": "Baseline",
        "target": "Target",
        "rationale": "Why it matters",
        "reading": "New reading (leave empty if there is none)",
        "value": "Value",
        "date": "Date (empty: the day it is imported)",
        "note": "Note",
        "description": "Description",
        "metric": "Metric: {metric}",
        "answer": "Your answer",
    },
    "de": {
        "title": "Beitragsformular",
        "for": "für {name}",
        "lead": "Bitte füllen Sie die Felder unten in Ihrem PDF-Programm aus, speichern Sie "
        "die Datei und senden Sie sie zurück. Die Felder enthalten schon, was jetzt in der "
        "Charta steht: ändern Sie, was zu ändern ist, und lassen Sie den Rest stehen. "
        "Zahlen wie 42, 42,5 oder 1.250, Daten als TT.MM.JJJJ oder JJJJ-MM-TT.",
        "made": "Charta „{title}“, Revision {revision} · erstellt am {date} · Formular {form}",
        "questions": "Zu beantwortende Fragen",
        "goals": "Ihre Ziele",
        "initiatives": "Ihre Initiativen",
        "baseline": "Ausgangswert",
        "target": "Zielwert",
        "rationale": "Warum es wichtig ist",
        "reading": "Neue Messung (leer lassen, wenn es keine gibt)",
        "value": "Wert",
        "date": "Datum (leer: Tag des Imports)",
        "note": "Notiz",
        "description": "Beschreibung",
        "metric": "Kennzahl: {metric}",
        "answer": "Ihre Antwort",
    },
}
FORM_FILL = Color(0.95, 0.97, 1.0)
MAX_HEIGHT = 260.0  # points
_HEIGHT = {"text": 78.0, "line": 18.0, "real": 18.0, "date": 18.0}


class NothingOwed(Exception):
    """The person owes nothing: no form is written."""


def short_guidance(text: str, limit: int = 220) -> str:
    """The first sentence of a question's guidance, at most `limit` characters."""
    text = " ".join(text.split())
    cut = text.find(". ")
    if 0 < cut < limit:
        return text[: cut + 1]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _height(f: dc.FormField, width: float) -> float:
    """A text field is as tall as its starting text and two lines more (at most a third of
    a page: a longer text scrolls in the reader); numbers and dates take one line."""
    if f.type != "text" or not f.base:
        return _HEIGHT[f.type]
    lines = len(form_font.lines_of(f.base[:20_000], width, True)) + 2
    return min(max(_HEIGHT["text"], lines * form_font.LEADING + 2 * form_font.PAD), MAX_HEIGHT)


class _Field(FormFieldFlowable):
    """An editable field: multi-line for texts, one line for numbers and dates."""

    def __init__(self, f: dc.FormField, width: float) -> None:
        super().__init__(PdfField(f.name, "text", ""), width, _height(f, width))
        self.multiline = f.type == "text"
        self.maxlen = dc.MAX_FIELD if f.type == "text" else 2000

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.acroForm.textfield(
            name=self.spec.name,
            value="",
            x=x,
            y=y,
            width=self.width,
            height=self.height,
            borderColor=fonts.RULE,
            fillColor=FORM_FILL,
            textColor=fonts.INK,
            borderWidth=0.6,
            tooltip=self.spec.name,
            fontName="Helvetica",
            fontSize=9,
            maxlen=self.maxlen,
            fieldFlags="multiline" if self.multiline else "",
            relative=True,  # inside a table the canvas is translated
        )


class _Meta(Flowable):
    """The hidden, read-only field that carries the form's facts (filled by pypdf)."""

    width = height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.acroForm.textfield(
            name=META,
            value="",
            x=x,
            y=y,
            width=1,
            height=1,
            fieldFlags="readOnly",
            annotationFlags="hidden",
            maxlen=0,
        )

    def draw(self):
        pass


def _labelled(label: str, field: Flowable, st) -> KeepTogether:
    return KeepTogether(
        [
            Paragraph(markup(label, fonts.BOLD), st["meta"]),
            Spacer(1, 1 * mm),
            field,
            Spacer(1, 3 * mm),
        ]
    )


def story(
    catalog: Catalog,
    snapshot: CharterSnapshot,
    person: int,
    fields: list[dc.FormField],
    meta: dict,
    language: str,
    width: float,
) -> list[Flowable]:
    w = WORDS["de" if language == "de" else "en"]
    st = styles(language)
    by_name = {f.name: f for f in fields}
    out: list[Flowable] = [
        _Meta(),
        Paragraph(markup(w["title"], fonts.BOLD), st["h1"]),
        pdf_text.paragraph(w["for"].format(name=snapshot.person_name(person)), st["h2"]),
        Paragraph(markup(w["lead"], fonts.ITALIC), st["lead"]),
        pdf_text.paragraph(
            w["made"].format(
                title=snapshot.title or "—",
                revision=meta["revision"],
                date=format_iso_date(language, str(meta["made"])),
                form=meta["form"][:8],
            ),
            st["note"],
        ),
    ]
    answers = [f for f in fields if f.kind == "answer"]
    question_style = ParagraphStyle("question", parent=st["h2"], spaceBefore=2)
    shown_section = ""
    if answers:
        out.append(Paragraph(markup(w["questions"]), st["h3"]))
        for f in answers:
            q = catalog.question(str(f.target))
            section = catalog.section(q.section).title
            block = [
                pdf_text.paragraph(q.question, question_style),
                pdf_text.paragraph(short_guidance(q.guidance), st["note"]),
                _Field(f, width),
                Spacer(1, 5 * mm),
            ]
            if section != shown_section:  # the section's name once, above its first question
                block.insert(0, pdf_text.paragraph(" ".join(section.split()), st["eyebrow"]))
                shown_section = section
            out.append(KeepTogether(block))
    goals = {r.id: r for r in snapshot.rows_of("goal")}
    goal_ids = list(dict.fromkeys(f.target for f in fields if f.kind in ("goal", "reading")))
    if goal_ids:
        out.append(Paragraph(markup(w["goals"]), st["h3"]))
    half = (width - 6 * mm) / 2
    third = (width - 12 * mm) / 4
    for goal_id in goal_ids:
        row = goals[goal_id]
        out.append(pdf_text.paragraph(str(row.get("objective") or ""), st["h2"]))
        if row.get("metric"):
            name = metric_name(str(row.get("metric")), language)
            out.append(pdf_text.paragraph(w["metric"].format(metric=name), st["note"]))
        pair = [by_name[dc.row_name("goal", goal_id, c)] for c in ("baseline", "target")]
        out.append(_row([(w[f.column], _Field(f, half)) for f in pair], st))
        out.append(
            _labelled(
                w["rationale"],
                _Field(by_name[dc.row_name("goal", goal_id, "rationale")], width),
                st,
            )
        )
        reading = [by_name[dc.row_name("reading", goal_id, c)] for c in dc.READING_FIELDS]
        out.append(Paragraph(markup(w["reading"], fonts.BOLD), st["meta"]))
        out.append(
            _row(
                [
                    (w["value"], _Field(reading[0], third)),
                    (w["date"], _Field(reading[1], third)),
                    (w["note"], _Field(reading[2], 2 * third)),
                ],
                st,
            )
        )
    initiatives = [f for f in fields if f.kind == "initiative"]
    if initiatives:
        out.append(Paragraph(markup(w["initiatives"]), st["h3"]))
        rows = {r.id: r for r in snapshot.rows_of("initiative")}
        for f in initiatives:
            out.append(pdf_text.paragraph(str(rows[f.target].get("title") or ""), st["h2"]))
            out.append(_labelled(w["description"], _Field(f, width), st))
    return out


def _row(cells: list[tuple[str, Flowable]], st) -> Flowable:
    labels = [Paragraph(markup(label, fonts.BOLD), st["meta"]) for label, _f in cells]
    table = Table(
        [labels, [f for _l, f in cells]],
        colWidths=[f.width + 6 * mm for _l, f in cells],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        ),
    )
    return KeepTogether([table, Spacer(1, 3 * mm)])


def form_bytes(
    catalog: Catalog,
    snapshot: CharterSnapshot,
    person: int,
    revision: int,
    *,
    today: dt.date | None = None,
    language: str | None = None,
) -> tuple[bytes, dict]:
    """The form for `person` as PDF bytes, and its facts; NothingOwed if they owe nothing."""
    today = today or dt.date.today()
    fields = dc.form_fields(catalog, snapshot, person, today)
    if not fields:
        raise NothingOwed(snapshot.person_name(person))
    language = language or snapshot.language
    meta = {
        "format": dc.FORMAT,
        "version": dc.VERSION,
        "charter": snapshot.id,
        "revision": revision,
        "person": person,
        "form": secrets.token_hex(16),
        "made": today.isoformat(),
        "language": language,
        "fields": [[f.name, f.kind, f.target, f.column, f.type, f.base] for f in fields],
    }
    fonts.register()
    raw = io.BytesIO()
    margin = 18 * mm
    doc = SimpleDocTemplate(
        raw,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=WORDS["de" if language == "de" else "en"]["title"],
        author="CX Charter",
    )
    width = A4[0] - 2 * margin
    doc.build(story(catalog, snapshot, person, fields, meta, language, width))
    return _finish(raw.getvalue(), fields, meta), meta


def _finish(data: bytes, fields: list[dc.FormField], meta: dict) -> bytes:
    """Any-script font on every field, each field's starting text (with its look, drawn
    here: wrapped, shaped, right-to-left where it is), and the facts."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    form = writer._root_object["/AcroForm"]
    resources = form.setdefault(NameObject("/DR"), DictionaryObject()).get_object()
    font_dict = resources.setdefault(NameObject("/Font"), DictionaryObject()).get_object()
    font = form_font.add_font(writer)
    font_dict[NameObject(form_font.NAME)] = font
    default = TextStringObject(f"{form_font.NAME} {form_font.SIZE:g} Tf 0 g")
    form[NameObject("/DA")] = default
    language = meta["language"]
    starting = {f.name: dc.starting_text(f, language) for f in fields if f.base}
    by_name = {f.name: f for f in fields}
    for page in writer.pages:
        for annot in page.get("/Annots") or ():
            widget = annot.get_object()
            name = widget.get("/T")
            if name == META:
                widget[NameObject("/V")] = TextStringObject(json.dumps(meta, ensure_ascii=True))
                continue
            widget[NameObject("/DA")] = default
            if name in starting:
                text, wrapped = starting[name], by_name[name].type == "text"
                x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
                look = form_font.appearance(text, x1 - x0, y1 - y0, wrapped, font)
                widget[NameObject("/V")] = TextStringObject(text)
                widget[NameObject("/AP")] = DictionaryObject(
                    {NameObject("/N"): writer._add_object(look.flate_encode())}
                )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def export_contribution_form(
    document, person: int, out_path: str | os.PathLike, *, language: str | None = None
) -> dict:
    """Write `person`'s form for `document` to `out_path` (atomically); returns its facts."""
    snapshot = document.snapshot()
    language = language or snapshot.language
    revision = document.current_state(with_fingerprint=False).revision
    data, meta = form_bytes(load_catalog(language), snapshot, person, revision, language=language)
    outfile.write_bytes(out_path, data)
    return {**meta, "size": len(data)}
