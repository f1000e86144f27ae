"""The PDF carries its record: embedded canonical JSON, `verify-pdf`, `load REPORT.pdf`."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from cxcharter import cli
from cxcharter.domain.canonical import dumps
from cxcharter.export import pdf_attach
from cxcharter.export.pdf_attach import Record, attach, read_record, sha256_of
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def approved(tmp_path_factory) -> tuple[Path, Path]:
    """An approved sample charter and the PDF of its approved revision."""
    folder = tmp_path_factory.mktemp("approved")
    path = folder / "team.cxcharter"
    write_sample(path, "en", actor="Lea")
    doc = CharterDocument.open(path, actor="Lea")
    try:
        doc.submit_for_review()
        for approver in doc.rows("approver"):
            if approver["required"]:
                doc.record_decision(approver["person"], "approved")
        assert doc.current_state().state == "approved"
    finally:
        doc.close()
    pdf = folder / "team.pdf"
    assert cli.main(["export", str(path), "-o", str(pdf)]) == 0
    return path, pdf


@pytest.fixture(scope="module")
def draft(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("draft")
    path = folder / "draft.cxcharter"
    write_sample(path, "de", actor="Lea")
    pdf = folder / "draft.pdf"
    assert cli.main(["export", str(path), "-o", str(pdf)]) == 0
    return path, pdf


def snapshot_of(path: Path):
    doc = CharterDocument.open(path, actor="t", read_only=True)
    try:
        return doc.snapshot(), doc.current_state()
    finally:
        doc.close()


def altered(pdf: Path, out: Path, text: str, fingerprint: str | None = None) -> Path:
    """`pdf` with its attachment's text replaced (and, if given, the fingerprint key)."""
    writer = pypdf.PdfWriter(clone_from=str(pdf))
    spec = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    spec["/EF"]["/F"].get_object().set_data(text.encode("utf-8"))
    if fingerprint is not None:
        writer.add_metadata({"/CXCharterFingerprint": fingerprint})
    with open(out, "wb") as fh:
        writer.write(fh)
    assert read_record(str(out)).text == text
    return out


# ------------------------------------------------------------------ embedding
def test_the_approved_pdf_embeds_the_frozen_json_and_prints_its_hash(approved):
    path, pdf = approved
    snapshot, state = snapshot_of(path)
    found = read_record(str(pdf))
    assert found.text == dumps(snapshot)
    assert found.printed == sha256_of(found.text) == state.approved.fingerprint
    assert (found.kind, found.revision, found.state) == ("revision", 1, "approved")
    assert found.cover is True and found.intact
    reader = pypdf.PdfReader(pdf)
    assert reader.attachments["cxcharter.json"][0].decode("utf-8") == found.text
    assert reader.metadata["/CXCharterFingerprint"] == found.printed
    assert len(reader.trailer["/Root"]["/AF"]) == 1  # associated file, as PDF/A-3 has it


def test_a_draft_prints_its_own_fingerprint_labelled_as_a_draft(draft):
    path, pdf = draft
    found = read_record(str(pdf))
    assert found.kind == "draft" and found.printed == sha256_of(dumps(snapshot_of(path)[0]))
    cover = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "Entwurfs-Fingerabdruck" in cover and found.cover is True


def test_the_review_copy_keeps_the_record(approved, tmp_path):
    path, _ = approved
    copy = tmp_path / "review.cxcharter"
    copy.write_bytes(path.read_bytes())
    doc = CharterDocument.open(copy, actor="Lea")
    try:
        doc.start_new_revision()
        doc.set_answer_text("front.summary", "A second revision.")
        doc.submit_for_review()
        fingerprint = doc.current_state().review.fingerprint
    finally:
        doc.close()
    out = tmp_path / "review.pdf"
    assert cli.main(["export", str(copy), "--review-copy", "-o", str(out)]) == 0
    found = read_record(str(out))
    assert found.intact and found.printed == fingerprint and found.state == "in_review"
    assert pypdf.PdfReader(out).get_fields()  # the form is still there


# ------------------------------------------------------------------ verify-pdf
def test_verify_pdf_of_the_approved_current_revision(approved, capsys):
    path, pdf = approved
    code, out, _ = run(capsys, "verify-pdf", pdf)
    assert code == 0 and "intact" in out and "revision 1, approved" in out
    code, out, _ = run(capsys, "verify-pdf", pdf, path)
    assert code == 0 and "approved in team.cxcharter" in out and "still current" in out


def test_verify_pdf_says_when_the_approval_is_no_longer_current(approved, tmp_path, capsys):
    path, pdf = approved
    copy = tmp_path / "later.cxcharter"
    copy.write_bytes(path.read_bytes())
    doc = CharterDocument.open(copy, actor="Lea")
    try:
        doc.start_new_revision()
        doc.set_answer_text("front.summary", "Changed after the approval.")
    finally:
        doc.close()
    code, out, _ = run(capsys, "verify-pdf", pdf, copy)
    assert code == 1 and "NOT CURRENT" in out and "changed since" in out
    # The frozen revision printed from the changed file, in the other language, is the
    # same record: the JSON is the charter's own, not the print language's.
    again = tmp_path / "revision-1.pdf"
    assert cli.main(["export", str(copy), "--revision", "1", "--lang", "de", "-o", str(again)]) == 0
    assert read_record(str(again)).text == read_record(str(pdf)).text
    code, out, _ = run(capsys, "verify-pdf", again, copy)
    assert code == 1 and "intact" in out and "NOT CURRENT" in out


def test_verify_pdf_of_a_draft_against_its_file(draft, capsys):
    path, pdf = draft
    code, out, _ = run(capsys, "verify-pdf", pdf, path)
    assert code == 1 and "current draft" in out and "NOT APPROVED" in out


def test_verify_pdf_of_another_charter(approved, draft, capsys):
    code, out, _ = run(capsys, "verify-pdf", approved[1], draft[0])
    assert code == 1 and "NOT THIS CHARTER" in out


def test_an_altered_attachment_is_reported_and_not_loaded(approved, tmp_path, capsys):
    _, pdf = approved
    text = read_record(str(pdf)).text.replace("Customer Service", "Customer Disservice", 1)
    bad = altered(pdf, tmp_path / "bad.pdf", text)
    code, _, err = run(capsys, "verify-pdf", bad)
    assert code == 1 and "ALTERED" in err and "Traceback" not in err
    code, _, err = run(capsys, "load", bad, tmp_path / "new.cxcharter")
    assert code == 1 and "ALTERED" in err and not (tmp_path / "new.cxcharter").exists()


def test_a_consistent_new_fingerprint_is_caught_by_the_cover(approved, tmp_path, capsys):
    _, pdf = approved
    text = read_record(str(pdf)).text.replace("Customer Service", "Customer Disservice", 1)
    bad = altered(pdf, tmp_path / "bad.pdf", text, fingerprint=sha256_of(text))
    code, _, err = run(capsys, "verify-pdf", bad)
    assert code == 1 and "cover" in err


# ------------------------------------------------------------------ load REPORT.pdf
def test_load_from_a_pdf_round_trips_the_embedded_json(approved, tmp_path, capsys):
    _, pdf = approved
    new = tmp_path / "restored.cxcharter"
    code, out, _ = run(capsys, "load", pdf, new)
    assert code == 0 and "created" in out
    code, dumped, _ = run(capsys, "dump", new)
    assert code == 0 and dumped == read_record(str(pdf)).text


def test_load_reads_a_pdf_from_standard_input(approved, tmp_path, capsys, monkeypatch):
    _, pdf = approved
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pdf.read_bytes())))
    code, _, err = run(capsys, "load", "-", tmp_path / "stdin.cxcharter")
    assert code == 0, err
    assert run(capsys, "dump", tmp_path / "stdin.cxcharter")[1] == read_record(str(pdf)).text


def plain_pdf(path: Path) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Not a charter")
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("command", ["load", "verify-pdf"])
def test_a_pdf_without_a_record_is_refused(tmp_path, capsys, command):
    pdf = plain_pdf(tmp_path / "plain.pdf")
    argv = [command, pdf, tmp_path / "new.cxcharter"] if command == "load" else [command, pdf]
    code, _, err = run(capsys, *argv)
    assert code == 2 and "no CX Charter record" in err
    assert not (tmp_path / "new.cxcharter").exists()


@pytest.mark.parametrize(
    "text, words",
    [
        ("this is not JSON", "invalid JSON"),
        ('{"format": "cxcharter"}', "is missing"),
        (
            '{"format": "other", "format_version": 1, "charter": {}, "people": [], "answers": []}',
            "not a CX Charter document",
        ),
    ],
    ids=["not-json", "incomplete", "other-format"],
)
def test_a_record_that_is_no_charter_is_refused(tmp_path, capsys, text, words):
    pdf = tmp_path / "text.pdf"
    pdf.write_bytes(
        attach(
            plain_pdf(tmp_path / "p.pdf").read_bytes(),
            Record(text, sha256_of(text), "draft", 1, "draft", "x"),
        )
    )
    code, _, err = run(capsys, "load", pdf, tmp_path / "new.cxcharter")
    assert code == 2 and words in err and not (tmp_path / "new.cxcharter").exists()
    code, _, err = run(capsys, "verify-pdf", pdf)
    assert code == 2 and "not a valid charter" in err


def test_a_huge_record_is_refused_before_it_is_inflated(draft, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pdf_attach, "MAX_RECORD", 4096)
    code, _, err = run(capsys, "load", draft[1], tmp_path / "new.cxcharter")
    assert code == 2 and "larger than" in err and not (tmp_path / "new.cxcharter").exists()


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\n garbage", b"{}"])
def test_verify_pdf_of_what_is_no_pdf(tmp_path, capsys, content):
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    code, _, err = run(capsys, "verify-pdf", path)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_the_help_lists_verify_pdf(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "verify-pdf" in out and "load" in out
