"""The review copy: the charter PDF of the round in review plus fillable form fields.

The fields (names and kinds from `domain/review_form.py`, via
`CharterDocument.review_fields()`) stand on a final "Review" page: the round's
charter id, revision and fingerprint as read-only fields, a multi-line comment
field per section, then the approver, the decision and an overall comment.
reportlab's AcroForm writes them; any PDF reader fills them in, and
`review_import.read_fields` reads them back. `review_export.export_review_copy`
writes the whole file.

The approver is a group of radio buttons, one per approver, each with the
person's name printed beside it in the document's own embedded font, and the
person's id as its value. The standard PDF fonts of form fields know Latin-1
only (a combo box showed "Łukasz Żółć" as "?ukasz ?ó??"), and the id, not the
name, must decide (two approvers may share a name; the label tells them apart).
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cxcharter.domain import review_form as rf
from cxcharter.domain.values import MAX_TEXT
from cxcharter.export import fonts, pdf_text
from cxcharter.export.fonts import INK, RULE, markup
from cxcharter.export.pdf_approval import _chapter_head

WORDS = {
    "en": {
        "title": "Review",
        "lead": "Fill in this page in your PDF reader, save it and send "
        "the file back. Your decision is recorded in the charter when it is imported.",
        "charter": "Charter",
        "revision": "Revision.round",
        "fingerprint": "Fingerprint",
        "section": "Comment on “{title}”",
        "approver": "Approver (choose your name)",
        "decision": "Decision",
        "comment": "Overall comment",
        "signature": "Signature (optional): sign here with your digital ID after "
        "filling in the decision",
    },
    "de": {
        "title": "Prüfung",
        "lead": "Füllen Sie diese Seite in Ihrem PDF-Programm aus, "
        "speichern Sie sie und senden Sie die Datei zurück. Ihre Entscheidung wird beim "
        "Import in der Charta erfasst.",
        "charter": "Charta",
        "revision": "Revision.Runde",
        "fingerprint": "Fingerabdruck",
        "section": "Kommentar zu „{title}“",
        "approver": "Freigebende Person (wählen Sie Ihren Namen)",
        "decision": "Entscheidung",
        "comment": "Gesamtkommentar",
        "signature": "Signatur (optional): unterschreiben Sie hier mit Ihrer digitalen "
        "ID, nachdem Sie die Entscheidung ausgefüllt haben",
    },
}
FIELD_FILL = Color(0.95, 0.97, 1.0)
BLANK = " "
_HEIGHTS = {"fixed": 16.0, "choice": 20.0, "text": 64.0}


def words(language: str) -> dict[str, str]:
    return WORDS["de" if language == "de" else "en"]


class FormFieldFlowable(Flowable):
    """One AcroForm field, drawn where the layout puts it (absolute page coordinates)."""

    def __init__(self, spec: rf.FormField, width: float, height: float | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.width = width
        self.height = height if height is not None else _HEIGHTS[spec.kind]

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def drawOn(self, canvas, x, y, _sW=0):
        spec, form = self.spec, canvas.acroForm
        common = dict(
            name=spec.name,
            x=x,
            y=y,
            width=self.width,
            height=self.height,
            borderColor=RULE,
            fillColor=FIELD_FILL,
            textColor=INK,
            borderWidth=0.6,
            tooltip=spec.name,
            fontName="Helvetica",
            fontSize=9,
        )
        if spec.kind == "fixed":
            form.textfield(value=spec.value, fieldFlags="readOnly", maxlen=0, **common)
        elif spec.kind == "choice":
            # A blank first option (reportlab cannot write a choice without a value);
            # read_review strips it, so an untouched choice reads as not filled in.
            options = [BLANK, *(_latin1(o) for o in spec.options)]
            form.choice(value=BLANK, options=options, fieldFlags="combo edit", **common)
        else:
            form.textfield(
                value="", fieldFlags="multiline", maxlen=min(MAX_TEXT, 100_000), **common
            )

    def draw(self):  # everything happens in drawOn, which knows the page position
        pass


class RadioFlowable(Flowable):
    """One radio button of a group: field `name`, standing for `value` when chosen."""

    SIZE = 11.0

    def __init__(self, name: str, value: str) -> None:
        super().__init__()
        self.name, self.value = name, value
        self.width = self.height = self.SIZE

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.acroForm.radio(
            name=self.name,
            value=self.value,
            selected=False,
            x=x,
            y=y,
            size=self.SIZE,
            buttonStyle="circle",
            borderColor=RULE,
            fillColor=FIELD_FILL,
            textColor=INK,
            borderWidth=0.6,
            tooltip=self.name,
            fieldFlags="noToggleToOff radio",
            relative=True,
        )  # inside a table: x, y are relative to it

    def draw(self):
        pass


class SignatureFlowable(FormFieldFlowable):
    """Where the approver signs: written as a read-only text field named
    `rf.SIGNATURE`, which `pdf_attach.attach` turns into an empty signature field
    (reportlab cannot write one). A reader's "sign" tool then signs into it."""

    def __init__(self, width: float) -> None:
        super().__init__(rf.FormField(rf.SIGNATURE, "fixed", BLANK), min(width, 90 * mm), 40.0)


def choice_list(spec: rf.FormField, width: float, style) -> Flowable:
    """A choice whose options stand for values (the approvers): a radio button per
    option with its label beside it, in the document's font (any script)."""
    rows = [
        [RadioFlowable(spec.name, value), pdf_text.paragraph(label, style)]
        for label, value in zip(spec.options, spec.values, strict=True)
    ]
    return Table(
        rows,
        colWidths=[RadioFlowable.SIZE + 6, width - RadioFlowable.SIZE - 6],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )


def _latin1(text: str) -> str:
    """The standard PDF fonts of form fields show Latin-1; other letters become '?'."""
    return text.encode("latin-1", "replace").decode("latin-1")


def review_page(ctx, fields: list[rf.FormField]) -> list[Flowable]:
    """The final page: every field of `fields` under its label."""
    w, st = words(ctx.language), ctx.st
    titles = {s.key: " ".join(s.title.split()) for s in ctx.catalog.sections}
    labels = {
        rf.CHARTER: w["charter"],
        rf.REVISION: w["revision"],
        rf.FINGERPRINT: w["fingerprint"],
        rf.APPROVER: w["approver"],
        rf.DECISION: w["decision"],
        rf.COMMENT: w["comment"],
    }
    story: list[Flowable] = [
        PageBreak(),  # the form is a page of its own, the one an approver fills in
        *_chapter_head(ctx, "review", w["title"], w["lead"]),
    ]
    for spec in fields:
        label = labels.get(spec.name) or w["section"].format(
            title=titles.get(spec.section, spec.section)
        )
        field = (
            choice_list(spec, ctx.width, st["body"])
            if spec.values
            else FormFieldFlowable(spec, ctx.width)
        )
        story.append(
            KeepTogether(
                [
                    Paragraph(markup(label, fonts.BOLD), st["meta"]),
                    Spacer(1, 1 * mm),
                    field,
                    Spacer(1, 3 * mm),
                ]
            )
        )
    story.append(
        KeepTogether(
            [
                Paragraph(markup(w["signature"], fonts.BOLD), st["meta"]),
                Spacer(1, 1 * mm),
                SignatureFlowable(ctx.width),
            ]
        )
    )
    return story
