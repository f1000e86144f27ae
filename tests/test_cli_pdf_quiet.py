"""Every command that reads a PDF answers in one line on stderr: pypdf's notes on a
damaged file or an odd font map ("EOF marker not found", "Ignoring wrong pointing
object …", "Got invalid hex string …") never reach the user, in either language; and a
PDF whose record cannot be read intact is refused, never loaded."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from cxcharter import cli
from cxcharter.cli.common import EXIT_BAD_INPUT, EXIT_OK

LOCALES = {"en": "en_GB.UTF-8", "de": "de_DE.UTF-8"}
SMILE = "\U0001f600"


def _record_start(data: bytes) -> int:
    return data.find(b"stream\n", data.find(b"/Type /EmbeddedFile")) + len(b"stream\n")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """The sample, its PDF, and that PDF cut in half, damaged in the middle (page
    content; the record at the end stays intact) and damaged in its record; and a
    charter whose cover shows an emoji, with its PDF."""
    folder = tmp_path_factory.mktemp("pdfs")
    sample, good = folder / "s.cxcharter", folder / "good.pdf"
    assert cli.main(["sample", str(sample), "--lang", "en"]) == EXIT_OK
    assert cli.main(["export", str(sample), "-o", str(good)]) == EXIT_OK
    data = good.read_bytes()
    (folder / "half.pdf").write_bytes(data[: len(data) // 2])
    middle = bytearray(data)
    middle[len(data) // 2 : len(data) // 2 + 5000] = b"x" * 5000
    (folder / "middle.pdf").write_bytes(bytes(middle))
    record = bytearray(data)
    start = _record_start(data) + 5000
    record[start : start + 100] = b"x" * 100
    (folder / "record.pdf").write_bytes(bytes(record))
    assert cli.main(["dump", str(sample), "-o", str(folder / "s.json")]) == EXIT_OK
    charter = json.loads((folder / "s.json").read_text(encoding="utf-8"))
    for answer in charter["answers"]:
        if answer["key"] in ("front.title", "front.organisation"):
            answer["text"] += f" {SMILE}"
    (folder / "e.json").write_text(json.dumps(charter, ensure_ascii=False), encoding="utf-8")
    emoji = folder / "e.cxcharter"
    assert cli.main(["load", str(folder / "e.json"), str(emoji)]) == EXIT_OK
    assert cli.main(["export", str(emoji), "-o", str(folder / "e.pdf")]) == EXIT_OK
    return {"folder": folder, "sample": sample, "emoji": emoji} | {
        p.stem: p for p in folder.glob("*.pdf")
    }


def loud_pypdf(monkeypatch) -> None:
    """pypdf's log records go where a plain `cxcharter` process sends them: through
    Python's last-resort handler onto stderr (no handler of pytest's, none of an
    earlier test's quieting). Called in the test itself: pytest adds its handler to the
    root logger when the test's call begins."""
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    monkeypatch.setattr(logging.getLogger("pypdf"), "handlers", [])


def _one_line_or_none(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) <= 1, err
    assert not lines or lines[0].startswith("cxcharter: error: "), err
    return lines[0] if lines else ""


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("pdf", ["half", "middle", "record", "e"])
def test_every_command_that_reads_a_pdf_says_one_line(pdfs, monkeypatch, capsys, language, pdf):
    loud_pypdf(monkeypatch)
    monkeypatch.setenv("LC_ALL", LOCALES[language])
    path, sample, folder = str(pdfs[pdf]), str(pdfs["sample"]), pdfs["folder"]
    capsys.readouterr()
    for argv in (
        ["verify-pdf", path],
        ["verify-pdf", path, str(pdfs["emoji"] if pdf == "e" else sample)],
        ["load", path, str(folder / f"{pdf}-{language}.cxcharter"), "--force"],
        ["import-review", sample, path, "--yes"],
        ["import-contribution", sample, path, "--yes"],
    ):
        cli.main(argv)
        err = capsys.readouterr().err
        _one_line_or_none(err)
        for note in ("EOF marker", "wrong pointing", "Token exceeds", "invalid hex"):
            assert note not in err, (argv, err)


def test_a_pdf_damaged_outside_its_record_loads_the_intact_record(pdfs, capsys, tmp_path):
    """The record hashes to the printed fingerprint: what is loaded is exactly the charter."""
    restored = tmp_path / "restored.cxcharter"
    capsys.readouterr()
    assert cli.main(["load", str(pdfs["middle"]), str(restored)]) == EXIT_OK
    assert cli.main(["dump", str(restored), "-o", str(tmp_path / "r.json")]) == EXIT_OK
    assert (tmp_path / "r.json").read_bytes() == (pdfs["folder"] / "s.json").read_bytes()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "is damaged: the record it carries cannot be read intact"),
        ("de", "ist beschädigt: der Datensatz darin lässt sich nicht unversehrt lesen"),
    ],
)
def test_a_pdf_whose_record_is_damaged_or_cut_short_is_refused(
    pdfs, monkeypatch, capsys, tmp_path, language, words
):
    monkeypatch.setenv("LC_ALL", LOCALES[language])
    data = pdfs["good"].read_bytes()
    start = _record_start(data)
    length = int(data[data.rfind(b"/Length ", 0, start) + 8 : start].split()[0])
    cut = bytearray(data)  # the end of the compressed record zeroed: inflates, but not all
    cut[start + length - 3000 : start + length] = bytes(3000)
    (tmp_path / "cut.pdf").write_bytes(bytes(cut))
    capsys.readouterr()
    for pdf in (pdfs["record"], tmp_path / "cut.pdf"):
        for argv in (["load", str(pdf), str(tmp_path / "x.cxcharter")], ["verify-pdf", str(pdf)]):
            assert cli.main(argv) == EXIT_BAD_INPUT, argv
            line = _one_line_or_none(capsys.readouterr().err)
            assert words in line, line
    assert not (tmp_path / "x.cxcharter").exists()


def test_characters_beyond_the_basic_plane_map_back_to_text(pdfs):
    """reportlab writes U+1F600 as <1F600> in a font's ToUnicode map (odd-length hex that
    readers cannot map back); the PDF carries the UTF-16 pair <D83DDE00> instead."""
    from pypdf import PdfReader  # lazy: pypdf

    reader = PdfReader(pdfs["e"])
    maps = []
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        unicode_map = font.get_object().get("/ToUnicode")
        if unicode_map is not None:
            maps.append(unicode_map.get_object().get_data())
    assert any(b"<D83DDE00>" in m for m in maps)
    assert not any(b"<1F600>" in m for m in maps)
    assert SMILE in reader.pages[0].extract_text()
