"""Signed approvals in the charter file (schema 0005): evidence and the signing policy.

Mixed into CharterDocument like GovernanceMixin. A decision imported from a
signed review copy is written with its evidence (`SignatureEvidence`: the PDF
bytes as imported and the signer's certificate facts) in the same transaction
and audit entry (`record_decision(..., evidence=...)`); the entry carries the
PDF's SHA-256, so `cxcharter verify` can re-check the stored copy. The policy
"approvals must be signed" is one audited setting.
"""

from __future__ import annotations

import json
import sqlite3

from cxcharter.domain.evidence import SignatureEvidence
from cxcharter.store.changes import Change
from cxcharter.store.part import DocumentPart

__all__ = ["SignatureEvidence", "SignaturesMixin"]

_COLUMNS = (
    "decision_id",
    "pdf_sha256",
    "subject",
    "issuer",
    "cert_sha256",
    "not_before",
    "not_after",
    "signed_at",
    "trusted",
    "trust_note",
    "warnings",
)


def insert_evidence(
    conn: sqlite3.Connection, decision_id: int, evidence: SignatureEvidence
) -> None:
    """Store `evidence` for `decision_id` (inside the decision's transaction)."""
    conn.execute(
        "INSERT INTO decision_signatures (decision_id, pdf, pdf_sha256, subject, issuer, "
        "cert_sha256, not_before, not_after, signed_at, trusted, trust_note, warnings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            decision_id,
            evidence.pdf,
            evidence.pdf_sha256,
            evidence.subject,
            evidence.issuer,
            evidence.cert_sha256,
            evidence.not_before,
            evidence.not_after,
            evidence.signed_at,
            int(evidence.trusted),
            evidence.trust_note,
            json.dumps(list(evidence.warnings)),
        ),
    )


class SignaturesMixin(DocumentPart):
    """Reading signature evidence and the signing policy (see store/document.py)."""

    _conn: sqlite3.Connection

    def signatures(self) -> dict[int, SignatureEvidence]:
        """{decision id: its evidence} of every decision recorded from a signed copy."""
        try:
            rows = self._conn.execute(
                "SELECT decision_id, pdf, subject, issuer, cert_sha256, not_before, "
                "not_after, signed_at, trusted, trust_note, warnings FROM decision_signatures "
                "ORDER BY id"
            ).fetchall()
        except sqlite3.OperationalError:  # opened read-only before the upgrade
            return {}
        return {
            row[0]: SignatureEvidence(
                bytes(row[1]),
                *row[2:8],  # type: ignore[misc]  # the six text columns before `trusted`
                trusted=bool(row[8]),
                trust_note=row[9],
                warnings=tuple(json.loads(row[10])),
                decision_id=row[0],
            )
            for row in rows
        }

    def signatures_required(self) -> bool:
        """The charter's setting "approvals must be signed"."""
        try:
            row = self._conn.execute(
                "SELECT signatures_required FROM approval_policy WHERE id = 1"
            ).fetchone()
        except sqlite3.OperationalError:
            return False
        return bool(row and row[0])

    def set_signatures_required(self, required: bool) -> None:
        """Set "approvals must be signed"; one audited governance step (not undoable
        through the content's undo: the window sets the old value back as a new step)."""
        required = bool(required)
        old = self.signatures_required()
        if required == old:
            return
        with self._write(content=False) as db:
            db.conn.execute(
                "INSERT INTO approval_policy (id, signatures_required) "
                "VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET "
                "signatures_required = excluded.signatures_required",
                (int(required),),
            )
            self._audit(db, "policy.signatures_required", "approval_policy", old, required)
        self._notify(Change("governance", self._revision_number()))
