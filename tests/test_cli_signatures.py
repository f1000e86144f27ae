"""Signed approvals: `cxcharter import-review` with a review copy signed with pyHanko,
the evidence kept with the decision, `cxcharter verify` re-checking it, and the policy
"approvals must be signed" (`cxcharter signatures`)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from ready_file import in_review_charter
from signing import NOW, Identity, fill, sign

from cxcharter import cli
from cxcharter.store.document import CharterDocument

APPROVER = "Dr. Katrin Hoffmann"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def charter(tmp_path) -> Path:
    return in_review_charter(tmp_path / "team.cxcharter")


@pytest.fixture(scope="module")
def katrin() -> Identity:
    return Identity(APPROVER, email="katrin.hoffmann@example.com")


def approver_id(path: Path) -> str:
    doc = CharterDocument.open(path, actor="Lea", read_only=True)
    try:
        return str(next(p.id for p in doc.people() if p.name == APPROVER))
    finally:
        doc.close()


def filled_copy(capsys, charter: Path, tmp_path: Path, decision: str = "Approved") -> bytes:
    code, _out, _err = run(capsys, "export", charter, "--review-copy", "-o", tmp_path / "r.pdf")
    assert code == 0
    return fill(
        (tmp_path / "r.pdf").read_bytes(),
        {"cx_approver": approver_id(charter), "cx_decision": decision, "cx_comment": "Signed off"},
    )


def write(tmp_path: Path, data: bytes, name: str = "signed.pdf") -> Path:
    (tmp_path / name).write_bytes(data)
    return tmp_path / name


def evidence(path: Path) -> dict:
    doc = CharterDocument.open(path, actor="Lea", read_only=True)
    try:
        return doc.signatures()
    finally:
        doc.close()


def set_required(path: Path, required: bool = True) -> None:
    doc = CharterDocument.open(path, actor="Lea")
    doc.set_signatures_required(required)
    doc.close()


def test_a_signed_copy_is_recorded_with_its_certificate_and_evidence(
    capsys, charter, tmp_path, katrin
):
    signed = sign(filled_copy(capsys, charter, tmp_path), katrin)
    code, out, err = run(capsys, "import-review", charter, write(tmp_path, signed), "--yes")
    assert (code, err) == (0, "")
    assert (
        "signed by: Email Address: katrin.hoffmann@example.com, Common Name: Dr. Katrin "
        "Hoffmann" in out
    )
    assert "no path to a trusted root (reported, not required); revocation not checked" in out
    assert "with its signed copy" in out
    [kept] = evidence(charter).values()
    assert kept.pdf == signed and APPROVER in kept.subject and not kept.trusted
    assert kept.warnings == ("untrusted",)
    import hashlib

    from cryptography.hazmat.primitives import serialization

    der = katrin.cert.public_bytes(serialization.Encoding.DER)
    assert kept.cert_sha256 == hashlib.sha256(der).hexdigest()
    # the decision's audit entry carries the evidence's SHA-256
    conn = sqlite3.connect(charter)
    [new] = conn.execute("SELECT new FROM audit_log WHERE action = 'decision.record'").fetchone()
    conn.close()
    assert json.loads(new)["signature"]["pdf_sha256"] == kept.pdf_sha256
    code, out, _ = run(capsys, "verify", charter)
    assert code == 0 and "1 signed review copy re-checked" in out


def test_a_copy_changed_after_signing_is_refused(capsys, charter, tmp_path, katrin):
    signed = sign(filled_copy(capsys, charter, tmp_path), katrin)
    altered = fill(signed, {"cx_decision": "Changes requested"})
    code, _out, err = run(capsys, "import-review", charter, write(tmp_path, altered), "--yes")
    assert code == 2
    assert "the signature no longer covers the document" in err
    assert evidence(charter) == {}


def test_a_copy_whose_signed_bytes_were_edited_is_refused(capsys, charter, tmp_path, katrin):
    signed = sign(filled_copy(capsys, charter, tmp_path), katrin)
    at = signed.index(b"Signed off")
    broken = signed[:at] + b"Signed of!" + signed[at + 10 :]
    code, _out, err = run(capsys, "import-review", charter, write(tmp_path, broken), "--yes")
    assert code == 2 and "the signature is broken" in err
    assert evidence(charter) == {}


def test_a_signature_made_before_the_decision_was_filled_in_is_refused(
    capsys, charter, tmp_path, katrin
):
    code, _out, _err = run(capsys, "export", charter, "--review-copy", "-o", tmp_path / "r.pdf")
    signed_empty = sign((tmp_path / "r.pdf").read_bytes(), katrin)
    later = fill(signed_empty, {"cx_approver": approver_id(charter), "cx_decision": "Approved"})
    code, _out, err = run(capsys, "import-review", charter, write(tmp_path, later), "--yes")
    assert code == 2 and "no longer covers the document" in err


def test_another_persons_certificate_is_recorded_with_a_warning(capsys, charter, tmp_path):
    signed = sign(filled_copy(capsys, charter, tmp_path), Identity("Eve Outsider"))
    code, out, _err = run(capsys, "import-review", charter, write(tmp_path, signed), "--yes")
    assert code == 0
    assert "warning: the certificate's subject does not name the approver" in out
    [kept] = evidence(charter).values()
    assert "not_the_approver" in kept.warnings


def test_when_signatures_are_required_another_persons_certificate_is_refused(
    capsys, charter, tmp_path
):
    set_required(charter)
    signed = sign(filled_copy(capsys, charter, tmp_path), Identity("Eve Outsider"))
    code, _out, err = run(capsys, "import-review", charter, write(tmp_path, signed), "--yes")
    assert code == 2
    assert "does not name the approver" in err and "must be signed" in err
    assert evidence(charter) == {}


def test_when_signatures_are_required_an_unsigned_copy_is_refused(capsys, charter, tmp_path):
    set_required(charter)
    unsigned = filled_copy(capsys, charter, tmp_path)
    code, _out, err = run(capsys, "import-review", charter, write(tmp_path, unsigned), "--yes")
    assert code == 2 and "the review copy is not signed" in err
    doc = CharterDocument.open(charter, actor="Lea")
    try:  # the store refuses a decision without evidence too
        from cxcharter.store.errors import WorkflowError

        with pytest.raises(WorkflowError, match="must be signed"):
            doc.record_decision(int(approver_id(charter)), "approved")
    finally:
        doc.close()


def test_an_expired_certificate_is_a_warning_or_refused_when_required(capsys, charter, tmp_path):
    expired = Identity(
        APPROVER, not_before=NOW - dt.timedelta(days=60), not_after=NOW - dt.timedelta(days=30)
    )
    signed = write(tmp_path, sign(filled_copy(capsys, charter, tmp_path), expired))
    set_required(charter)
    code, _out, err = run(capsys, "import-review", charter, signed, "--yes")
    assert code == 2 and "the certificate had expired when the copy was signed" in err
    set_required(charter, False)
    code, out, _err = run(capsys, "import-review", charter, signed, "--yes")
    assert code == 0 and "warning: the certificate had expired" in out


def test_a_company_root_makes_the_chain_trusted(capsys, charter, tmp_path):
    root = Identity("Nordwind Root CA", ca=True)
    person = Identity(APPROVER, issuer=root)
    signed = sign(filled_copy(capsys, charter, tmp_path), person)
    (tmp_path / "root.pem").write_bytes(root.pem())
    code, out, _err = run(
        capsys,
        "import-review",
        charter,
        write(tmp_path, signed),
        "--yes",
        "--trust-root",
        tmp_path / "root.pem",
    )
    assert code == 0, _err
    assert "trust: the chain reaches a trusted root; revocation not checked" in out
    [kept] = evidence(charter).values()
    assert kept.trusted and "Nordwind Root CA" in kept.issuer


def test_a_bad_trust_root_file_is_one_line(capsys, charter, tmp_path):
    (tmp_path / "root.pem").write_text("not a certificate")
    code, _out, err = run(
        capsys,
        "import-review",
        charter,
        tmp_path / "nothing.pdf",
        "--yes",
        "--trust-root",
        tmp_path / "root.pem",
    )
    assert code == 2 and "is not a certificate file" in err and len(err.splitlines()) == 1


def test_verify_finds_a_stored_signed_copy_that_was_replaced(capsys, charter, tmp_path, katrin):
    filled = filled_copy(capsys, charter, tmp_path)
    signed = sign(filled, katrin)
    assert run(capsys, "import-review", charter, write(tmp_path, signed), "--yes")[0] == 0
    other = sign(fill(filled, {"cx_comment": "x"}), katrin)  # validly signed, other bytes
    conn = sqlite3.connect(charter)
    conn.execute("DROP TRIGGER decision_signatures_no_update")
    conn.execute("UPDATE decision_signatures SET pdf = ?", (other,))
    conn.commit()
    conn.close()
    code, out, _err = run(capsys, "verify", charter)
    assert code == 1
    assert "the stored PDF is not the one the audit log recorded" in out


def test_verify_rechecks_the_signed_form_against_the_decision(capsys, charter, tmp_path, katrin):
    signed = sign(filled_copy(capsys, charter, tmp_path), katrin)
    assert run(capsys, "import-review", charter, write(tmp_path, signed), "--yes")[0] == 0
    conn = sqlite3.connect(charter)  # changed behind the application's back, trigger kept
    [sql] = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'decisions_no_update'"
    ).fetchone()
    conn.execute("DROP TRIGGER decisions_no_update")
    conn.execute("UPDATE decisions SET decision = 'changes_requested'")
    conn.execute(sql)
    conn.commit()
    conn.close()
    code, out, _err = run(capsys, "verify", charter)
    assert code == 1
    assert "the signed form does not match the recorded decision (decision)" in out


def approve_all(path: Path) -> None:
    """Every required approver who has not decided yet approves (unsigned)."""
    doc = CharterDocument.open(path, actor="Lea")
    try:
        for person in doc.current_state().awaiting:
            doc.record_decision(person, "approved")
    finally:
        doc.close()


def test_the_approval_page_says_which_decisions_were_signed(capsys, charter, tmp_path, katrin):
    from pypdf import PdfReader

    signed = sign(filled_copy(capsys, charter, tmp_path), katrin)
    assert run(capsys, "import-review", charter, write(tmp_path, signed), "--yes")[0] == 0
    approve_all(charter)
    assert run(capsys, "export", charter, "-o", tmp_path / "out.pdf")[0] == 0
    text = " ".join(
        " ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "out.pdf").pages).split()
    )
    [kept] = evidence(charter).values()
    signed_line = text[text.index("Signed digitally by") :][:200]
    assert (
        f"Common Name: Dr. Katrin Hoffmann (certificate SHA-256 {kept.cert_sha256[:16]}…)"
        in signed_line
    )
    assert "Not signed digitally." in text


@pytest.fixture
def org(tmp_path) -> Path:
    root = Identity("Nordwind Root CA", ca=True)
    (tmp_path / "org.p12").write_bytes(Identity("Nordwind GmbH", issuer=root).p12(b"s3cret"))
    (tmp_path / "password").write_text("s3cret\n")
    return tmp_path / "org.p12"


def certification(path: Path):
    """(certified with no changes allowed, the signature still covers the file)."""
    import io
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.fields import MDPPerm
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko.sign.validation.status import SignatureCoverageLevel
        from pyhanko_certvalidator import ValidationContext

    [signature] = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False).embedded_signatures
    status = validate_pdf_signature(
        signature, ValidationContext(trust_roots=[], allow_fetching=False)
    )
    return (
        signature.docmdp_level == MDPPerm.NO_CHANGES and status.intact and status.valid,
        status.coverage == SignatureCoverageLevel.ENTIRE_FILE and status.docmdp_ok,
    )


def test_export_sign_certifies_an_approved_pdf(capsys, charter, tmp_path, org):
    approve_all(charter)
    out = tmp_path / "approved.pdf"
    code, stdout, err = run(
        capsys,
        "export",
        charter,
        "-o",
        out,
        "--sign",
        org,
        "--password-file",
        tmp_path / "password",
    )
    assert (code, err) == (0, ""), err
    assert "certified" in stdout
    assert certification(out) == (True, True)
    out.write_bytes(fill(out.read_bytes(), {"cx_nothing": "x"}) + b"")  # a later change
    changed = out.read_bytes()
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(PdfReader(io.BytesIO(changed)), incremental=True)
    writer.add_metadata({"/Title": "changed"})
    buffer = io.BytesIO()
    writer.write(buffer)
    out.write_bytes(buffer.getvalue())
    assert certification(out) == (True, False)  # a later change shows as broken


def test_export_sign_refuses_a_wrong_password_and_a_draft(
    capsys, charter, tmp_path, org, monkeypatch
):
    out = tmp_path / "x.pdf"
    monkeypatch.setenv("CXCHARTER_SIGN_PASSWORD", "wrong")
    code, _out, err = run(capsys, "export", charter, "-o", out, "--sign", org)
    assert code == 2 and "cannot be opened as a PKCS#12 certificate" in err
    assert not out.exists()
    monkeypatch.setenv("CXCHARTER_SIGN_PASSWORD", "s3cret")
    code, _out, err = run(capsys, "export", charter, "-o", out, "--sign", org)
    assert code == 2 and "certifies an approved revision's PDF" in err
    assert not out.exists()


def test_the_signatures_command_sets_the_policy_and_lists_signed_decisions(
    capsys, charter, tmp_path, katrin
):
    code, out, _err = run(capsys, "signatures", charter)
    assert (code, out) == (0, "approvals must be signed: no\n")
    signed = sign(filled_copy(capsys, charter, tmp_path), katrin)
    assert run(capsys, "import-review", charter, write(tmp_path, signed), "--yes")[0] == 0
    code, out, _err = run(capsys, "signatures", charter, "--require", "--actor", "Lea")
    assert code == 0 and "approvals must be signed: yes" in out
    assert "Dr. Katrin Hoffmann: approved, signed by Email Address" in out
    assert "not trusted; warnings: untrusted" in out
    conn = sqlite3.connect(charter)
    [(actor, new)] = conn.execute(
        "SELECT actor, new FROM audit_log WHERE action = 'policy.signatures_required'"
    ).fetchall()
    conn.close()
    assert (actor, new) == ("Lea", "true")
    assert run(capsys, "verify", charter)[0] == 0
