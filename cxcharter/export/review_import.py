"""Reading a filled-in review copy back (pypdf, no Qt), and its problems in English words.

`read_fields(path)` returns the PDF's form fields as {name: value};
`CharterDocument.read_review(fields)` turns them into the decision to record or
the problems that refuse it (`domain/review_form.py`). `describe(problem)` is the
command line's wording of those problems; the window words them with `tr()`.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass

from cxcharter.domain import error_text
from cxcharter.domain import review_form as rf
from cxcharter.domain.evidence import SignatureEvidence
from cxcharter.domain.review_form import ReviewAnswer, _decision
from cxcharter.domain.values import Problem
from cxcharter.export.pdf_logs import quiet_logs
from cxcharter.export.review_signature import check, names_the_approver
from cxcharter.export.review_signature import describe as signature_text


class ReviewFileError(Exception):
    """The file cannot be read as a review copy (not a PDF, or a PDF without the fields).

    `code` is "not_pdf", "unreadable" or "no_fields"."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):  # a multi-select choice: keep the first
        return _value(value[0]) if value else ""
    text = str(value)
    return text[1:] if text.startswith("/") else text  # a name object (/Off)


def read_fields(path: str | os.PathLike) -> dict[str, str]:
    """The form fields of the PDF at `path` as {name: value}; ReviewFileError if it is
    not a PDF or carries none of the review copy's fields."""
    return parse_fields(_read_bytes(path), path)


def parse_fields(
    data: bytes, path: str | os.PathLike, required: tuple[str, ...] = (rf.CHARTER, rf.FINGERPRINT)
) -> dict[str, str]:
    """The form fields of the PDF bytes `data` (`path` names it in messages); a PDF
    without the `required` fields raises ReviewFileError "no_fields"."""
    from pypdf import PdfReader  # lazy: pypdf only when a review copy is read
    from pypdf.errors import PyPdfError  # lazy: pypdf only when a review copy is read

    quiet_logs("pypdf")  # its notes on a damaged file are not for the user
    name = os.fspath(path)
    if b"%PDF-" not in data[:1024]:
        raise ReviewFileError(f"{name} is not a PDF file.", "not_pdf")
    try:
        raw = PdfReader(io.BytesIO(data)).get_fields() or {}
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ReviewFileError(f"{name} is not a readable PDF ({exc}).", "not_pdf") from None
    fields = {
        key: _value(field.get("/V")) for key, field in raw.items() if field.get("/FT") != "/Sig"
    }
    if any(name not in fields for name in required):
        raise ReviewFileError(
            f"{name} has no review form fields; export a review copy with "
            "`cxcharter export FILE --review-copy`.",
            "no_fields",
        )
    return fields


TEXTS = error_text.REVIEW_TEXTS["en"]  # the German is there too


def describe(problem: Problem) -> str:
    """An English sentence for one `read_review` problem."""
    params = {
        "value": "",
        "revision": "?",
        "expected": "?",
        "count": 2,
        **problem.params,
        "field": problem.field,
    }
    template = TEXTS.get(problem.code)
    if template is None:
        return f"{problem.code} ({problem.field})"
    return template.format(**params)


# ------------------------------------------------------------------ signed copies
MAX_COPY = 256 * 1024 * 1024  # a review copy larger than this is not read
STRICT_WARNINGS = ("cert_expired", "cert_not_yet_valid", "not_the_approver")


@dataclass(frozen=True, slots=True)
class ReviewImport:
    """A review copy read for recording: the answer (or its problems), the signature
    check (None: not signed), the signature problems that refuse it, the evidence to
    keep with the decision, and the warnings to show."""

    answer: object  # ReviewAnswer | list[Problem]
    signature: object = None  # review_signature.SignatureCheck | None
    refusals: tuple[str, ...] = ()
    evidence: object = None  # domain.evidence.SignatureEvidence | None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:

        return isinstance(self.answer, ReviewAnswer) and not self.refusals


def _read_bytes(path: str | os.PathLike) -> bytes:
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            data = fh.read(MAX_COPY + 1)
    except OSError as exc:
        raise ReviewFileError(f"cannot read {name}: {exc.strerror or exc}", "unreadable") from None
    if len(data) > MAX_COPY:
        raise ReviewFileError(
            f"{name} is larger than {MAX_COPY // 2**20} MB; refused", "unreadable"
        )
    return data


def _has_signature(data: bytes) -> bool:
    """Whether any signature field of the PDF carries a value (cheap: no pyHanko)."""
    from pypdf import PdfReader  # lazy: pypdf

    quiet_logs("pypdf")
    try:
        fields = PdfReader(io.BytesIO(data)).get_fields() or {}
    except Exception:  # read_fields reports an unreadable file with its own message
        return False
    return any(f.get("/FT") == "/Sig" and f.get("/V") is not None for f in fields.values())


def read_review_copy(path: str | os.PathLike, document, extra_roots=()) -> ReviewImport:
    """Read a (possibly signed) review copy for `document`'s round in review.

    A signed copy: the signature is checked first (pyHanko), and the fields are
    read from the revision it signed, so what is recorded is what was signed.
    A broken signature, or a change after signing, is always refused; an
    unsigned copy, a certificate outside its validity or one whose subject does
    not name the approver is refused when the charter's approvals must be signed,
    and otherwise recorded with a warning. Trust is reported, never required.
    """
    quiet_logs("pypdf")  # pypdf's notes on incremental updates are not for the user
    data = _read_bytes(path)
    required = document.signatures_required()
    if not _has_signature(data):
        answer = document.read_review(parse_fields(data, path))
        return ReviewImport(answer, None, ("unsigned",) if required else ())
    signature = check(data, extra_roots)
    if not signature.signed:
        return ReviewImport([], signature, (signature.problem,))
    answer = document.read_review(parse_fields(signature.signed_bytes, path))
    found = list(signature.warnings)
    if isinstance(answer, ReviewAnswer):
        person = document.snapshot().person(answer.approver)
        if not names_the_approver(
            signature, answer.approver_name, getattr(person, "email", "") or ""
        ):
            found.append("not_the_approver")
    if not signature.trusted:
        found.append("untrusted")
    refusals = tuple(w for w in found if w in STRICT_WARNINGS) if required else ()
    evidence = SignatureEvidence(
        data,
        signature.subject,
        signature.issuer,
        signature.cert_sha256,
        signature.not_before,
        signature.not_after,
        signature.signed_at,
        signature.trusted,
        signature.trust_note,
        tuple(found),
    )
    return ReviewImport(answer, signature, refusals, evidence, tuple(found))


def describe_signature(code: str) -> str:
    """An English sentence for a signature problem or warning code."""
    if code == "untrusted":
        return "the certificate does not chain to a trusted root (reported, not required)"
    return signature_text(code)


def recheck_signatures(document, extra_roots=()) -> tuple[int, list[str]]:
    """Re-check every stored signed copy against its decision: (copies checked, one line
    per copy that no longer holds). Used by `cxcharter verify`."""
    evidence = document.signatures()
    if not evidence:
        return 0, []
    charter_id = document.snapshot().id
    problems = []
    for decision in document.decisions():
        stored = evidence.get(decision.id)
        if stored is None:
            continue
        where = f"signed copy of decision {decision.id} ({decision.approver_name})"
        result = check(stored.pdf, extra_roots)
        if not result.signed:
            problems.append(f"{where}: {describe_signature(result.problem)}")
            continue
        if result.cert_sha256 != stored.cert_sha256:
            problems.append(f"{where}: signed by another certificate than recorded")
        try:
            fields = parse_fields(result.signed_bytes, where)
        except ReviewFileError as exc:
            problems.append(f"{where}: {exc}")
            continue
        signed = {
            "charter": fields.get(rf.CHARTER, ""),
            "revision": fields.get(rf.REVISION),
            "fingerprint": fields.get(rf.FINGERPRINT),
            "approver": fields.get(rf.APPROVER),
            "decision": _decision(fields.get(rf.DECISION, "").strip()),
        }
        recorded = {
            "charter": charter_id,
            "revision": f"{decision.number}.{decision.round}",
            "fingerprint": decision.fingerprint,
            "approver": str(decision.approver_id),
            "decision": decision.decision,
        }
        differ = [key for key in recorded if (signed[key] or "").strip() != recorded[key]]
        if differ:
            problems.append(
                f"{where}: the signed form does not match the recorded decision "
                f"({', '.join(differ)})"
            )
    return len(evidence), problems
