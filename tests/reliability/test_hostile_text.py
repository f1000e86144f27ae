"""Hostile text in every text field: stored and read back exactly, through dump/load,
and into the PDF.

"Hostile" is all of Unicode that UTF-8 can carry (emoji, right-to-left, combining
marks, control characters) mixed with markup-like strings; NUL and lone surrogates
cannot be stored and are refused with InvalidValue. The PDF replaces characters its
font lacks with U+25A1 by design (cxcharter/export/fonts.py), so the "PDF contains
the text" test draws words from the characters the font covers.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reliability_support import ACTOR, sized

from cxcharter.catalog import load_catalog, question_kinds
from cxcharter.domain.canonical_load import dumps, loads
from cxcharter.export import fonts
from cxcharter.export.pdf import export_pdf
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument, write_new_file

TEXT_KEYS = tuple(k for k, kind in question_kinds().items() if kind in ("text", "line"))
PERSON_KEY = "front.charter_owner"
CREATED = dt.datetime(2026, 11, 23, 9, 0)
SETTINGS = settings(
    max_examples=sized(20, 400),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

MARKUP = (
    "<img src='/etc/passwd'/>",
    "a<b>c",
    "AT&T",
    "&amp;",
    "&#0;",
    "<para>",
    "]]>",
    "</font>",
    "<br/>",
    "%PDF",
    "\\",
    "'; DROP TABLE answers; --",
    "\u202e",
    "\u200d",
    "\r\n",
    "\t",
    "- ",
    "• ",
    "{}",
    "{path}",
)
STORABLE = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
HOSTILE = st.lists(
    st.one_of(st.text(STORABLE, max_size=40), st.sampled_from(MARKUP)), max_size=8
).map("".join)
LINE = HOSTILE.map(lambda s: s[:2000])
NAME = LINE.filter(lambda s: s.strip())


def _fresh(folder: Path, name: str) -> CharterDocument:
    return CharterDocument.create(
        folder / name, title="Feindlicher Text", language="de", actor=ACTOR
    )


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@SETTINGS
@given(
    answers=st.lists(HOSTILE, min_size=len(TEXT_KEYS), max_size=len(TEXT_KEYS)),
    person=st.fixed_dictionaries({"name": NAME, "email": LINE, "department": LINE, "role": LINE}),
    renamed=NAME,
)
def test_any_storable_text_round_trips_exactly(folder, answers, person, renamed):
    doc = (
        _fresh(folder, "rund.cxcharter")
        if not (folder / "rund.cxcharter").exists()
        else CharterDocument.open(folder / "rund.cxcharter", actor=ACTOR)
    )
    try:
        for key, text in zip(TEXT_KEYS, answers, strict=True):
            doc.set_answer_text(key, text)
        pid = doc.add_person(**person)
        doc.set_answer_person(PERSON_KEY, pid)
        doc.update_person(pid, role=renamed)
        for key, text in zip(TEXT_KEYS, answers, strict=True):
            assert doc.answer(key).text == text
        stored = doc.person(pid)
        assert (stored.name, stored.email, stored.department, stored.role) == (
            person["name"],
            person["email"],
            person["department"],
            renamed,
        )
        snapshot = doc.snapshot()
    finally:
        doc.close()

    again = CharterDocument.open(folder / "rund.cxcharter", actor=ACTOR, read_only=True)
    try:
        assert again.snapshot() == snapshot  # from the file, not from a cache
    finally:
        again.close()
    text = dumps(snapshot)
    assert loads(text) == snapshot
    copy = write_new_file(folder / "kopie.cxcharter", loads(text), actor=ACTOR, overwrite=True)
    loaded = CharterDocument.open(copy, actor=ACTOR, read_only=True)
    try:
        assert dumps(loaded.snapshot()) == text
    finally:
        loaded.close()
    out = folder / "rund.pdf"
    export_pdf(snapshot, load_catalog("de"), out, created=CREATED)  # never a crash
    assert out.read_bytes().startswith(b"%PDF")


def _with_bad_character(text: str, bad: str, where: int) -> str:
    where = where % (len(text) + 1)
    return text[:where] + bad + text[where:]


@settings(max_examples=sized(15, 200), deadline=None)
@given(
    text=st.text(STORABLE, max_size=30),
    bad=st.sampled_from(["\x00", "\ud800", "\udfff"]),
    where=st.integers(0, 100),
    field=st.sampled_from(["answer", "name", "email", "department", "role"]),
)
def test_nul_and_lone_surrogates_are_refused_and_change_nothing(folder, text, bad, where, field):
    path = folder / "abgelehnt.cxcharter"
    doc = CharterDocument.open(path, actor=ACTOR) if path.exists() else _fresh(folder, path.name)
    try:
        pid = doc.people()[0].id if doc.people() else doc.add_person("Anna")
        before = doc.snapshot()
        value = _with_bad_character(text, bad, where)
        with pytest.raises(errors.InvalidValue) as info:
            if field == "answer":
                doc.set_answer_text("vision.statement", value)
            else:
                doc.update_person(pid, **{field: value})
        assert info.value.code == "invalid"
        assert doc.snapshot() == before
    finally:
        doc.close()


# ------------------------------------------------- the PDF shows the text
# pypdf's text extraction takes every character of these blocks for right-to-left by
# its code point, not by its bidi class, and reverses the run it is in. So a neutral
# character there (U+07F9 NKO EXCLAMATION MARK, class ON), which the PDF rightly draws
# in place among left-to-right words, is read back out of place: "Hallo \u07f9. Welt"
# comes back as "Hallo .\u07f9Welt". That reader rule, not the PDF, failed this test
# on some random examples.
READER_RTL_BLOCKS = (("\u0590", "\u08ff"), ("\ufb1d", "\ufdff"), ("\ufe70", "\ufeff"))


def _reader_reorders(ch: str) -> bool:
    return any(low <= ch <= high for low, high in READER_RTL_BLOCKS)


def _drawable() -> list[str]:
    """Characters the PDF font draws as themselves and pypdf reads back as themselves."""
    fonts.register()
    covered = fonts._coverage(fonts.REGULAR)
    keep = []
    # Only the Basic Multilingual Plane: reportlab writes the PDF's ToUnicode map for
    # characters above U+FFFF (emoji, historic scripts) as odd-length hex (<1F600>),
    # so they print correctly but no PDF reader can extract, search or read them
    # aloud. Reported as a finding; the round-trip test above still covers them.
    for cp in sorted(c for c in covered if c <= 0xFFFF):
        ch = chr(cp)
        category = unicodedata.category(ch)
        if category[0] in "CZM" or ch in "-*•–\u00ad":  # controls, spaces, marks, bullets
            continue
        if unicodedata.normalize("NFKC", ch) != ch:  # extraction may normalise these
            continue
        if unicodedata.bidirectional(ch) in ("R", "AL", "AN") or _reader_reorders(ch):
            # Right-to-left text: the PDF draws it in visual order (pdf_bidi.py) and
            # pypdf reorders what it takes for right-to-left runs when it extracts, so
            # the order read back would differ. Stored and exported: see above.
            continue
        keep.append(ch)
    return keep


WORD = st.text(st.sampled_from(_drawable()), min_size=1, max_size=18)
WORDS = st.lists(WORD, min_size=1, max_size=12)
SPACE = re.compile(r"\s+")


@settings(max_examples=sized(12, 200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    answers=st.lists(WORDS, min_size=3, max_size=3),
    gaps=st.lists(st.sampled_from([" ", "\n", "\n\n", "  "]), min_size=12, max_size=12),
    name=WORDS,
    role=WORD,
    department=WORD,
)
def test_the_pdf_contains_every_word(folder, answers, gaps, name, role, department):
    doc = (
        _fresh(folder, "pdf.cxcharter")
        if not (folder / "pdf.cxcharter").exists()
        else CharterDocument.open(folder / "pdf.cxcharter", actor=ACTOR)
    )
    keys = ("vision.statement", "goals.objectives", "ways.meetings")
    try:
        for key, words in zip(keys, answers, strict=True):
            doc.set_answer_text(key, "".join(w + g for w, g in zip(words, gaps, strict=False)))
        pid = doc.add_person(" ".join(name), role=role, department=department)
        doc.set_answer_person(PERSON_KEY, pid)
        snapshot = doc.snapshot()
    finally:
        doc.close()
    out = folder / "worte.pdf"
    export_pdf(snapshot, load_catalog("de"), out, created=CREATED)
    # Words are compared without whitespace: the PDF wraps lines where it likes, and a
    # word (at most 18 characters) is never split over two pages.
    text = SPACE.sub("", _pdf_text(out))
    for word in [w for words in answers for w in words] + name + [role, department]:
        assert word in text, f"{word!r} is missing from the PDF"


def test_u07f9_is_kept_in_place_by_the_pdf_and_moved_only_by_the_reader(folder):
    """The failing example of a fresh clone, as a direct call: the word is in the PDF
    in logical order (poppler's pdftotext reads "Hallo \u07f9. Welt"), pypdf moves it."""
    text = "Hallo \u07f9. Welt"
    doc = (
        _fresh(folder, "nko.cxcharter")
        if not (folder / "nko.cxcharter").exists()
        else CharterDocument.open(folder / "nko.cxcharter", actor=ACTOR)
    )
    try:
        doc.set_answer_text("vision.statement", text)
        snapshot = doc.snapshot()
    finally:
        doc.close()
    out = folder / "nko.pdf"
    export_pdf(snapshot, load_catalog("de"), out, created=CREATED)
    assert "Hallo.\u07f9Welt" in SPACE.sub("", _pdf_text(out))  # pypdf moves it
    assert "\u07f9" not in _drawable()  # so the property test does not ask it to
