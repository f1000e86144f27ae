"""`cxcharter export --review-copy` and `cxcharter import-review`, in-process."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
from ready_file import in_review_charter, ready_charter

from cxcharter import cli
from cxcharter.store.document import CharterDocument


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def charter(tmp_path) -> Path:
    return in_review_charter(tmp_path / "team.cxcharter")


def decisions(path: Path) -> list:
    doc = CharterDocument.open(path, actor="Lea", read_only=True)
    try:
        return doc.decisions()
    finally:
        doc.close()


def review_copy(capsys, charter: Path, tmp_path: Path, **values) -> Path:
    code, out, _ = run(capsys, "export", charter, "--review-copy", "-o", tmp_path / "r.pdf")
    assert code == 0 and ("review copy" in out or "Prüfkopie" in out)  # the locale's words
    writer = PdfWriter()
    writer.append(PdfReader(tmp_path / "r.pdf"))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.write(tmp_path / "filled.pdf")
    return tmp_path / "filled.pdf"


def test_import_with_yes_records_the_decision(capsys, charter, tmp_path):
    filled = review_copy(
        capsys,
        charter,
        tmp_path,
        cx_approver="Dr. Katrin Hoffmann",
        cx_decision="Changes requested",
        cx_comment="Sharpen it",
        cx_section_goals="Too low",
    )
    code, out, err = run(capsys, "import-review", charter, filled, "--yes", "--actor", "Lea")
    assert (code, err) == (0, "")
    assert "approver: Dr. Katrin Hoffmann" in out and "decision: changes requested" in out
    assert "on Goals & objectives: Too low" in out and "now draft" in out
    [decision] = decisions(charter)
    assert (decision.decision, decision.decided_by, decision.recorded_by) == (
        "changes_requested",
        "Dr. Katrin Hoffmann",
        "Lea",
    )


def test_without_yes_and_no_terminal_nothing_is_recorded(capsys, charter, tmp_path, monkeypatch):
    filled = review_copy(
        capsys, charter, tmp_path, cx_approver="Dr. Katrin Hoffmann", cx_decision="Approved"
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run(capsys, "import-review", charter, filled)
    assert code == 1 and "decision: approved" in out
    assert "nothing recorded; pass --yes" in err
    assert decisions(charter) == []


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"cx_approver": "Eve Outsider", "cx_decision": "Approved"},
            "'Eve Outsider' is not an approver of this charter",
        ),
        (
            {
                "cx_approver": "Dr. Katrin Hoffmann",
                "cx_decision": "Approved",
                "cx_charter": "another",
            },
            "belongs to another charter",
        ),
        (
            {
                "cx_approver": "Dr. Katrin Hoffmann",
                "cx_decision": "Approved",
                "cx_fingerprint": "0" * 64,
            },
            "of round 1.1 shows other content",
        ),
        ({"cx_approver": "Dr. Katrin Hoffmann"}, "no decision is chosen"),
    ],
)
def test_refusals_are_one_line_and_record_nothing(capsys, charter, tmp_path, values, message):
    filled = review_copy(capsys, charter, tmp_path, **values)
    code, out, err = run(capsys, "import-review", charter, filled, "--yes")
    assert code == 2 and out == ""
    assert err.startswith("cxcharter: error: review refused: ") and message in err
    assert err.count("\n") == 1
    assert decisions(charter) == []


def test_not_a_pdf_or_without_fields(capsys, charter, tmp_path):
    (tmp_path / "x.pdf").write_text("hello")
    code, _, err = run(capsys, "import-review", charter, tmp_path / "x.pdf", "--yes")
    assert code == 2 and "is not a PDF file" in err
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.write(tmp_path / "plain.pdf")
    code, _, err = run(capsys, "import-review", charter, tmp_path / "plain.pdf", "--yes")
    assert code == 2 and "has no review form fields" in err
    assert decisions(charter) == []


def test_no_review_copy_of_a_draft(capsys, tmp_path):
    path = ready_charter(tmp_path / "draft.cxcharter")
    code, _, err = run(capsys, "export", path, "--review-copy", "-o", tmp_path / "r.pdf")
    assert code == 2 and "in review" in err
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"cx_approver": "Eve Outsider", "cx_decision": "Approved"},
            "„Eve Outsider“ gibt diese Charta nicht frei",
        ),
        ({"cx_approver": "Dr. Katrin Hoffmann"}, "keine Entscheidung gewählt"),
    ],
)
def test_a_german_user_reads_the_refusal_in_german(
    capsys, charter, tmp_path, monkeypatch, values, message
):
    filled = review_copy(capsys, charter, tmp_path, **values)
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    code, out, err = run(capsys, "import-review", charter, filled, "--yes")
    assert (code, out) == (2, "")
    assert err.startswith("cxcharter: error: Prüfung abgelehnt: ") and message in err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    filled = review_copy(
        capsys, charter, tmp_path, cx_approver="Dr. Katrin Hoffmann", cx_decision="Approved"
    )
    code, out, err = run(capsys, "import-review", charter, filled)
    assert code == 1 and err == "nichts gespeichert; --yes angeben\n"
    assert decisions(charter) == []
