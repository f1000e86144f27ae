"""A signed review copy kept with its decision: the PDF as imported and the signer's
certificate facts (plain data: the export reads them, the store keeps them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SignatureEvidence:
    """A signed review copy kept with its decision."""

    pdf: bytes
    subject: str
    issuer: str
    cert_sha256: str
    not_before: str
    not_after: str
    signed_at: str = ""
    trusted: bool = False
    trust_note: str = ""
    warnings: tuple[str, ...] = ()
    decision_id: int = 0

    @property
    def signer(self) -> str:
        """The subject's common name (what a short list shows), else the whole subject."""
        for part in self.subject.split(", "):
            if part.startswith("Common Name: "):
                return part.removeprefix("Common Name: ")
        return self.subject

    @property
    def pdf_sha256(self) -> str:
        import hashlib  # lazy: opening a charter needs no hash: hashlib loads OpenSSL (~4 MB)

        return hashlib.sha256(self.pdf).hexdigest()

    def audit_note(self) -> dict:
        """What the decision's audit entry says about the evidence (not the bytes)."""
        return {
            "pdf_sha256": self.pdf_sha256,
            "bytes": len(self.pdf),
            "subject": self.subject,
            "issuer": self.issuer,
            "cert_sha256": self.cert_sha256,
            "not_before": self.not_before,
            "not_after": self.not_after,
            "signed_at": self.signed_at,
            "trusted": self.trusted,
            "warnings": list(self.warnings),
        }
