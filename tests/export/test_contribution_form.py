"""The contribution form: one person's fillable PDF, any script, with its facts inside."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from contribution_support import (
    appearance_text,
    fill_pdfium,
    fill_pypdf,
    make_charter,
    person_id,
)

from cxcharter import cli
from cxcharter.export.contribution_form import META
from cxcharter.export.contribution_read import read_form
from cxcharter.store.document import CharterDocument

SCRIPTS = {
    "german": "Grüße aus Köln – Maßnahmen für Übergrößen",
    "polish": "Łukasz Żółć źdźbło",
    "cyrillic": "Ирина Петрова: запись",
    "arabic": "مرحبا بكم في الفريق",
    "emoji": "Team 🎉 ok 👍🏽",
    "markup": "<b>&amp; AT&T <img src=x>",
}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def charter(tmp_path) -> Path:
    return make_charter(tmp_path / "team.cxcharter")


def form(capsys, charter: Path, tmp_path: Path, person: str = "Łukasz") -> Path:
    out = tmp_path / f"{person_id(charter, _full(person))}.pdf"
    code, text, err = run(capsys, "contribution", charter, "--person", person, "-o", out)
    assert (code, err) == (0, ""), err
    assert "contribution form" in text
    return out


def _full(part: str) -> str:
    from contribution_support import PEOPLE

    return next(p for p in PEOPLE if part in p)


def test_the_form_asks_exactly_what_the_person_owes_and_carries_its_facts(
    capsys, charter, tmp_path
):
    path = form(capsys, charter, tmp_path)
    fields = PdfReader(path).get_fields()
    meta = json.loads(fields[META]["/V"])
    doc = CharterDocument.open(charter, actor="t", read_only=True)
    try:
        assert meta["charter"] == doc.uuid and meta["revision"] == 1
        goal = doc.rows("goal")[0].id
        initiative = doc.rows("initiative")[0].id
    finally:
        doc.close()
    assert meta["person"] == person_id(charter, "Łukasz Żółć")
    assert len(meta["form"]) == 32
    names = {f[0] for f in meta["fields"]}
    assert names == {
        "answer.vision.statement",
        f"goal.{goal}.baseline",
        f"goal.{goal}.target",
        f"goal.{goal}.rationale",
        f"reading.{goal}.value",
        f"reading.{goal}.date",
        f"reading.{goal}.note",
        f"initiative.{initiative}.description",
    }
    bases = {f[0]: f[5] for f in meta["fields"]}
    assert bases[f"goal.{goal}.baseline"] == "31"
    assert fields[f"initiative.{initiative}.description"]["/V"] == (
        "Tell customers where their device is."
    )  # the field starts from the charter's value
    assert int(fields[META]["/Ff"]) & 1  # read-only


def test_every_form_gets_its_own_id(capsys, charter, tmp_path):
    first = read_form(form(capsys, charter, tmp_path)).form_id
    second = read_form(form(capsys, charter, tmp_path)).form_id
    assert first != second


def test_starting_text_in_any_script_shows_in_the_field(capsys, charter, tmp_path):
    doc = CharterDocument.open(charter, actor="Lea")
    doc.set_answer_text("vision.scope", SCRIPTS["cyrillic"])
    doc.close()
    path = form(capsys, charter, tmp_path, "Ирина")
    assert appearance_text(path, "answer.vision.scope") == SCRIPTS["cyrillic"]


def test_emoji_filled_with_pypdf_read_back(capsys, charter, tmp_path):
    path = form(capsys, charter, tmp_path)
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.statement": SCRIPTS["emoji"]})
    assert read_form(filled).values["answer.vision.statement"] == SCRIPTS["emoji"]


@pytest.mark.parametrize("script", ["german", "polish", "cyrillic", "arabic", "markup"])
def test_values_filled_with_pypdf_show_in_the_fields_appearance(capsys, charter, tmp_path, script):
    path = form(capsys, charter, tmp_path)
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.statement": SCRIPTS[script]})
    shown = appearance_text(filled, "answer.vision.statement")
    if script == "arabic":  # drawn shaped (presentation forms), right to left
        assert shown != SCRIPTS[script]
        shown = unicodedata.normalize("NFKC", shown)[::-1]
    assert shown == SCRIPTS[script]
    assert read_form(filled).values["answer.vision.statement"] == SCRIPTS[script]


def test_values_typed_through_pdfium_read_back(capsys, charter, tmp_path):
    path = form(capsys, charter, tmp_path)
    # PDFium's typing API takes UTF-16 but keeps only the low 16 bits of a character
    # beyond the BMP (an emoji arrives as U+F389): emoji are filled by pypdf below.
    value = "\n".join(SCRIPTS[s] for s in ("german", "polish", "cyrillic", "arabic", "markup"))
    filled = fill_pdfium(path, tmp_path / "f.pdf", {"answer.vision.statement": value})
    read = read_form(filled).values["answer.vision.statement"]
    assert read.replace("\r\n", "\n") == value


def test_someone_who_owes_nothing_gets_no_form(capsys, charter, tmp_path):
    out = tmp_path / "anna.pdf"
    code, _, err = run(capsys, "contribution", charter, "--person", "Anna Weber", "-o", out)
    assert code == 2 and "Anna Weber owes nothing" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("query", "says"),
    [("Nobody", "no one is called 'Nobody'"), ("a", "names more than one person")],
)
def test_an_unknown_or_ambiguous_name_is_refused_naming_the_candidates(
    capsys, charter, tmp_path, query, says
):
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "contribution", charter, "--person", query, "-o", out)
    assert code == 2 and says in err
    assert "Łukasz Żółć (id 1)" in err and "Anna Weber (id 4)" in err
    assert not out.exists()


def test_a_person_can_be_named_by_id(capsys, charter, tmp_path):
    out = tmp_path / "x.pdf"
    code, text, _ = run(capsys, "contribution", charter, "--person", "2", "-o", out)
    assert code == 0 and "Ирина Петрова" in text


def test_a_long_starting_text_is_wrapped_inside_the_field(capsys, charter, tmp_path):
    text = " ".join(f"Wort{n} Grüße Łódź" for n in range(60))
    doc = CharterDocument.open(charter, actor="Lea")
    doc.set_answer_text("vision.scope", text)
    doc.close()
    path = form(capsys, charter, tmp_path, "Ирина")
    lines = appearance_text(path, "answer.vision.scope").split("\n")
    assert len(lines) > 3  # as many as the field shows, each within its width
    assert " ".join(lines) == text[: len(" ".join(lines))]


def test_a_right_to_left_starting_text_is_shaped_in_the_field(capsys, charter, tmp_path):
    doc = CharterDocument.open(charter, actor="Lea")
    doc.set_answer_text("vision.scope", SCRIPTS["arabic"])
    doc.close()
    path = form(capsys, charter, tmp_path, "Ирина")
    shown = appearance_text(path, "answer.vision.scope")
    assert shown != SCRIPTS["arabic"]  # presentation forms, right to left
    assert unicodedata.normalize("NFKC", shown)[::-1] == SCRIPTS["arabic"]


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("en", r"made on \d{1,2} \w+ \d{4}"), ("de", r"erstellt am \d{2}\.\d{2}\.\d{4}")],
)
def test_the_form_says_when_it_was_made_as_the_language_writes_dates(
    capsys, charter, tmp_path, lang, pattern
):
    import re

    out = tmp_path / f"{lang}.pdf"
    code, _text, err = run(
        capsys, "contribution", charter, "--person", "Łukasz", "-o", out, "--lang", lang
    )
    assert (code, err) == (0, "")
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert re.search(pattern, text), text[:400]
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text.split("·")[1])
