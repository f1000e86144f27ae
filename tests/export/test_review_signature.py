"""`review_signature.check`: what the newest signature of a PDF says, offline, in codes."""

from __future__ import annotations

import io
import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from ready_file import TODAY, ready_charter
from signing import Identity, fill, sign

from cxcharter.domain import review_form as rf
from cxcharter.export.review_export import export_review_copy
from cxcharter.export.review_import import parse_fields
from cxcharter.export.review_signature import check, names_the_approver
from cxcharter.store.document import CharterDocument


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("copy")
    doc = CharterDocument.open(ready_charter(folder / "team.cxcharter"), actor="Lea")
    doc.submit_for_review(today=TODAY)
    export_review_copy(doc, folder / "r.pdf")
    doc.close()
    return fill((folder / "r.pdf").read_bytes(), {rf.APPROVER: "2", rf.DECISION: "Approved"})


@pytest.fixture(scope="module")
def signer() -> Identity:
    return Identity("Dr. Katrin Hoffmann", email="katrin@example.com")


def test_an_intact_signature_gives_the_certificate_and_the_signed_revision(filled, signer):
    signed = sign(filled, signer)
    result = check(signed)
    assert result.signed and result.problem == ""
    assert "Common Name: Dr. Katrin Hoffmann" in result.subject
    assert result.issuer == result.subject and not result.trusted  # self-signed
    assert result.signed_bytes == signed  # nothing after the signature
    assert parse_fields(result.signed_bytes, "x")[rf.DECISION] == "Approved"
    assert names_the_approver(result, "Dr.  Katrin Hoffmann")
    assert names_the_approver(result, "Someone Else", "KATRIN@example.com")
    assert not names_the_approver(result, "Katrin", "other@example.com")


def test_validation_data_added_after_signing_is_allowed_and_the_signed_revision_is_read(
    filled, signer
):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation.dss import DocumentSecurityStore
    signed = sign(filled, signer)
    signature = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    out = io.BytesIO(signed)
    DocumentSecurityStore.add_dss(out, signature.pkcs7_content, certs=[signature.signer_cert])
    later = out.getvalue()
    assert len(later) > len(signed)
    result = check(later)
    assert result.problem == "" and result.signed_bytes == signed


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda pdf, who: fill(sign(pdf, who), {rf.COMMENT: "later"}), "changed_after_signing"),
        (lambda pdf, who: _flip(sign(pdf, who)), "broken"),
        (lambda pdf, _who: pdf, "unsigned"),
        (lambda _pdf, _who: b"%PDF-1.7\nnot really", "unreadable"),
    ],
)
def test_refusals_are_codes(filled, signer, damage, problem):
    assert check(damage(filled, signer)).problem == problem


def _flip(signed: bytes) -> bytes:
    """One byte of the signed part changed (the decision's text)."""
    at = signed.index(b"(Approved)")
    return signed[:at] + b"(Approvee)" + signed[at + 10 :]
