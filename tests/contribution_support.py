"""Contribution forms in tests: a small charter whose people owe things, and two fillers.

`fill_pypdf` writes field values the way pypdf does (`update_page_form_field_values`,
which also generates each field's appearance from the form's font); `fill_pdfium`
types them the way a PDF reader does, through PDFium's form-filling API (click into
the field, select all, type), and saves - the engine of Chrome's viewer.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from cxcharter.store.document import CharterDocument

PEOPLE = ("Łukasz Żółć", "Ирина Петрова", "سارة الأحمد", "Anna Weber")
QUESTIONS = ("vision.statement", "vision.scope", "journey.customers", "front.summary")


def make_charter(path: Path, actor: str = "Lea") -> Path:
    """A draft charter: each person owns an open question; Łukasz also a goal and an
    initiative; Anna owns nothing."""
    doc = CharterDocument.create(path, title="Team CX", language="en", actor=actor)
    try:
        ids = [doc.add_person(name) for name in PEOPLE]
        for key, person in zip(QUESTIONS[:3], ids[:3], strict=True):
            doc.set_owner(key, person)
        doc.set_answer_text("vision.scope", "Private customers in Germany.")
        doc.add_row(
            "goal",
            {"objective": "Fix devices faster", "metric": "nps", "baseline": 31.0,
             "target": 40.0, "owner": ids[0], "rationale": "Repairs drive churn."},
        )  # fmt: skip
        doc.add_row(
            "initiative",
            {"title": "Repair status by SMS", "owner": ids[0], "status": "planned",
             "description": "Tell customers where their device is."},
        )  # fmt: skip
    finally:
        doc.close()
    return path


def person_id(path: Path, name: str) -> int:
    doc = CharterDocument.open(path, actor="t", read_only=True)
    try:
        return next(p.id for p in doc.people() if p.name == name)
    finally:
        doc.close()


def fill_pypdf(src: Path, dst: Path, values: dict[str, str]) -> Path:
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.write(dst)
    return dst


def _rects(path: Path) -> dict[str, tuple[int, list[float]]]:
    found = {}
    for index, page in enumerate(PdfReader(path).pages):
        for annot in page.get("/Annots") or ():
            widget = annot.get_object()
            if widget.get("/T"):
                found[str(widget["/T"])] = (index, [float(v) for v in widget["/Rect"]])
    return found


def fill_pdfium(src: Path, dst: Path, values: dict[str, str]) -> Path:
    import pypdfium2 as pdfium  # lazy: only the tests that use the second filler
    import pypdfium2.raw as raw  # lazy: only the tests that use the second filler

    where = _rects(src)
    pdf = pdfium.PdfDocument(str(src))
    try:
        pdf.init_forms()
        env = pdf.formenv.raw
        for name, text in values.items():
            index, (x0, y0, x1, y1) = where[name]
            page = pdf[index]
            x, y = (x0 + x1) / 2, (y0 + y1) / 2
            raw.FORM_OnLButtonDown(env, page.raw, 0, x, y)
            raw.FORM_OnLButtonUp(env, page.raw, 0, x, y)
            raw.FORM_SelectAllText(env, page.raw)
            typed = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            raw.FORM_ReplaceSelection(env, page.raw, ctypes.cast(typed, raw.FPDF_WIDESTRING))
            raw.FORM_ForceToKillFocus(env)
        pdf.save(str(dst))
    finally:
        pdf.close()
    return dst


def appearance_text(path: Path, field: str) -> str:
    """The text a field's appearance stream draws in the form's font (glyph ids mapped
    back to characters through the font's own table): what a reader shows."""
    from cxcharter.export.form_font import _parsed

    _data, _face, first = _parsed()
    for page in PdfReader(path).pages:
        for annot in page.get("/Annots") or ():
            widget = annot.get_object()
            if widget.get("/T") != field:
                continue
            stream = widget["/AP"]["/N"].get_object().get_data().decode("latin-1")
            lines = []
            for chunk in stream.split("<")[1:]:
                hexes = chunk.split(">")[0]
                gids = [int(hexes[i : i + 4], 16) for i in range(0, len(hexes), 4)]
                lines.append("".join(chr(first[g]) if g in first else "\ufffd" for g in gids))
            return "\n".join(lines)
    raise KeyError(field)
