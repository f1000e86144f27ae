"""The governance record of a charter file, as the PDF prints it (no Qt).

`pdf_record(document)` reads the revision being worked on, its review rounds,
the decisions recorded on them and what changed since the last approval from
the store, and returns the snapshot to print with its `PdfGovernance`.
`revision=N` prints a frozen revision instead of the current content.
"""

from __future__ import annotations

from collections import Counter

from cxcharter.catalog import Catalog
from cxcharter.domain.compare import PEOPLE, SectionChanges
from cxcharter.domain.model import CharterSnapshot
from cxcharter.export.pdf_doc import PdfDecision, PdfGovernance, PdfRevision

# A review round's state as the PDF's status words have it.
_ROUND_STATUS = {"in_review": "in_review", "approved": "approved"}
_ROUND_NOTE = {
    "en": {
        "in_review": "round {round}: in review",
        "approved": "round {round}: approved",
        "changes_requested": "round {round}: changes requested",
        "withdrawn": "round {round}: withdrawn",
    },
    "de": {
        "in_review": "Runde {round}: in Prüfung",
        "approved": "Runde {round}: freigegeben",
        "changes_requested": "Runde {round}: Änderungen erbeten",
        "withdrawn": "Runde {round}: zurückgezogen",
    },
}
_CHANGES = {
    "en": {
        "added": "{n} added",
        "removed": "{n} removed",
        "changed": "{n} changed",
        "people": "People",
    },
    "de": {
        "added": "{n} hinzugefügt",
        "removed": "{n} entfernt",
        "changed": "{n} geändert",
        "people": "Personen",
    },
}


def change_lines(changes: list[SectionChanges], catalog: Catalog, language: str) -> list[str]:
    """One line per section that changed: "Goals: 2 changed, 1 added"."""
    words = _CHANGES["de" if language == "de" else "en"]
    titles = {s.key: s.title for s in catalog.sections}
    lines = []
    for section in changes:
        if not section.changes:
            continue
        counts = Counter(c.how for c in section.changes)
        parts = [
            words[how].format(n=counts[how])
            for how in ("changed", "added", "removed")
            if counts[how]
        ]
        title = (
            words["people"]
            if section.section == PEOPLE
            else titles.get(section.section, section.section)
        )
        lines.append(f"{title}: {', '.join(parts)}")
    return lines


def pdf_record(
    document, catalog: Catalog, language: str, revision: int | None = None
) -> tuple[CharterSnapshot, PdfGovernance]:
    """The snapshot to print and its governance record (`revision`: a frozen one)."""
    notes = _ROUND_NOTE["de" if language == "de" else "en"]
    rounds = document.revisions()
    history = [
        PdfRevision(
            r.number,
            _ROUND_STATUS.get(r.state, "draft"),
            (r.closed_at or r.created_at or "")[:10] or None,
            r.fingerprint,
            notes.get(r.state, r.state).format(round=r.round),
        )
        for r in rounds
    ]
    if revision is None:
        state = document.current_state()
        snapshot = document.snapshot()
        number, status = state.revision, state.state
        fingerprint = (
            state.review.fingerprint
            if state.review is not None and state.state != "draft"
            else state.fingerprint
        )
        if not any(h.number == number for h in history):
            history.append(PdfRevision(number, "draft", None, fingerprint))
        since = document.changes_since_approval()
    else:
        frozen = document.open_revision(revision)  # a CharterError when there is none
        snapshot, number = frozen.snapshot, revision
        status = _ROUND_STATUS.get(frozen.record.state, "draft")
        fingerprint = frozen.record.fingerprint
        since = None
    signed = document.signatures()
    decisions = tuple(
        PdfDecision(
            person=d.approver_id,
            decision=d.decision,
            date=d.recorded_at[:10] or None,
            comment=d.comment,
            name=d.approver_name,
            recorded_by=d.recorded_by,
            decided_by=d.decided_by,
            fingerprint=d.fingerprint,
            signed_by=signed[d.id].subject if d.id in signed else "",
            signed_cert=signed[d.id].cert_sha256 if d.id in signed else "",
        )
        for d in document.decisions(number)
    )
    changes = change_lines(since, catalog, language) if since is not None else None
    return snapshot, PdfGovernance(
        revision=number,
        status=status,
        fingerprint=fingerprint,
        decisions=decisions,
        revisions=tuple(history),
        changes_since_approved=changes,
        chain_head=document.chain_head(),
    )
