"""Digital signatures on review copies (pyHanko): what a signed copy proves, checked offline.

An approver may sign the review copy in their PDF reader after filling in the
decision. `check(data)` finds the newest signature and reports, as codes:
whether the bytes it covers are intact, whether anything was added after it
(refused: "the signature no longer covers the document"), the signer's
certificate (subject, issuer, SHA-256, validity), and whether its chain reaches
a trusted root (certifi's bundle, plus company roots the caller passes). No
network: CRLs and OCSP are never fetched, so revocation is not checked.

The decision must be read from the signed revision (`signed_bytes`), not from
the file's last state. pyHanko is imported only here, inside the functions,
so start-up and a plain export never load it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
from dataclasses import dataclass, field

from cxcharter.domain import error_text
from cxcharter.export.pdf_logs import quiet_logs

REFUSALS = ("unsigned", "broken", "changed_after_signing", "unreadable")


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """What the newest signature of a PDF says. `problem` is '' when the signature is
    intact and covers the whole file, else one of REFUSALS."""

    problem: str
    signed_bytes: bytes = b""  # the file as it was signed (its signed revision)
    subject: str = ""
    issuer: str = ""
    cert_sha256: str = ""
    not_before: str = ""
    not_after: str = ""
    signed_at: str = ""  # as the signer's software reported it (not a trusted time)
    trusted: bool = False  # the chain reaches a trusted root (revocation not checked)
    trust_note: str = ""
    warnings: tuple[str, ...] = field(default=())  # e.g. "cert_expired", "not_the_approver"
    email: str = ""

    @property
    def signed(self) -> bool:
        return self.problem == ""

    def facts(self) -> dict:
        """The certificate facts as stored with the decision and in its audit entry."""
        return {
            "subject": self.subject,
            "issuer": self.issuer,
            "cert_sha256": self.cert_sha256,
            "not_before": self.not_before,
            "not_after": self.not_after,
            "signed_at": self.signed_at,
            "trusted": self.trusted,
            "trust_note": self.trust_note,
            "warnings": list(self.warnings),
        }


def _quiet():
    """pyHanko logs path-building failures with tracebacks, and importing it warns
    about DSA: neither is for the user, who gets the result as codes."""
    quiet_logs("pyhanko", "pyhanko_certvalidator", "pypdf")
    context = warnings.catch_warnings()
    context.__enter__()
    warnings.simplefilter("ignore")
    return context


def system_roots() -> list:
    """The trusted roots: certifi's bundle (Mozilla's list), read offline."""
    import certifi  # lazy: pyHanko
    from asn1crypto import pem, x509  # lazy: pyHanko

    roots = []
    with open(certifi.where(), "rb") as fh:
        for _kind, _headers, der in pem.unarmor(fh.read(), multiple=True):
            roots.append(x509.Certificate.load(der))
    return roots


class BadRoot(ValueError):
    """A --trust-root file that is no certificate; `path` names it."""

    def __init__(self, message: str, path: object) -> None:
        super().__init__(message)
        self.path = str(path)


def load_roots(paths) -> list:
    """Company roots from PEM or DER files (ValueError with a line for a bad file)."""
    from asn1crypto import pem, x509  # lazy: pyHanko

    roots = []
    for path in paths:
        try:
            with open(path, "rb") as fh:
                data = fh.read(1_000_000)
            ders = (
                [d for _k, _h, d in pem.unarmor(data, multiple=True)]
                if pem.detect(data)
                else [data]
            )
            roots += [x509.Certificate.load(d) for d in ders]
            for root in roots:
                root.native  # noqa: B018 - parses it now, so a bad file fails here
        except (OSError, ValueError, TypeError) as exc:
            raise BadRoot(f"{path} is not a certificate file ({exc})", path) from None
    return roots


def _name(name) -> str:
    return name.human_friendly


def _iso(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds") if value else ""


def check(data: bytes, extra_roots=(), *, now: dt.datetime | None = None) -> SignatureCheck:
    """The newest signature of the PDF `data` (see the module docstring)."""
    context = _quiet()
    try:
        return _check(data, list(extra_roots), now or dt.datetime.now(dt.UTC))
    finally:
        context.__exit__(None, None, None)


def _check(data: bytes, extra_roots: list, now: dt.datetime) -> SignatureCheck:
    from pyhanko.pdf_utils.reader import PdfFileReader  # lazy: pyHanko
    from pyhanko.sign.diff_analysis import ModificationLevel  # lazy: pyHanko
    from pyhanko.sign.validation import validate_pdf_signature  # lazy: pyHanko
    from pyhanko.sign.validation.status import SignatureCoverageLevel  # lazy: pyHanko
    from pyhanko_certvalidator import ValidationContext  # lazy: pyHanko

    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception:  # a damaged or hostile file: pyHanko's many parse errors
        return SignatureCheck("unreadable")
    if not signatures:
        return SignatureCheck("unsigned")
    signature = signatures[-1]
    context = ValidationContext(
        trust_roots=system_roots() + extra_roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        status = validate_pdf_signature(signature, context)
    except Exception:
        return SignatureCheck("broken")
    cert = status.signing_cert
    end = signature.byte_range[2] + signature.byte_range[3]
    not_before, not_after = cert.not_valid_before, cert.not_valid_after
    signed_at = status.signer_reported_dt
    found = []
    when = signed_at or now
    if not (not_before <= when <= not_after):
        found.append("cert_expired" if when > not_after else "cert_not_yet_valid")
    elif now > not_after:
        found.append("cert_expired_since")
    emails = cert.subject.native.get("email_address") or ""
    result = dict(
        subject=_name(cert.subject),
        issuer=_name(cert.issuer),
        cert_sha256=hashlib.sha256(cert.dump()).hexdigest(),
        not_before=_iso(not_before),
        not_after=_iso(not_after),
        signed_at=_iso(signed_at),
        trusted=bool(status.trusted),
        trust_note=(
            "chain reaches a trusted root; revocation not checked"
            if status.trusted
            else "no path to a trusted root"
        ),
        signed_bytes=data[:end],
        email=str(emails),
    )
    if not (status.intact and status.valid):
        return SignatureCheck("broken", **result, warnings=tuple(found))
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    archival = (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and status.modification_level == ModificationLevel.LTA_UPDATES
    )
    if not (whole or archival):
        return SignatureCheck("changed_after_signing", **result, warnings=tuple(found))
    return SignatureCheck("", **result, warnings=tuple(found))


def names_the_approver(result: SignatureCheck, name: str, email: str = "") -> bool:
    """Whether the certificate's subject names the approver (common name or e-mail)."""

    def norm(text: str) -> str:
        return " ".join(text.split()).casefold()

    subject = norm(result.subject)
    wanted = norm(name)
    return bool(
        (wanted and f"common name: {wanted}" in subject)
        or (email and norm(email) in (norm(result.email), *subject.split(", ")))
    )


TEXTS = error_text.SIGNATURE_TEXTS["en"]  # the German is there too


def describe(code: str) -> str:
    return TEXTS.get(code, code)
