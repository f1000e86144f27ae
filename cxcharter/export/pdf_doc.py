"""What the PDF needs beyond the snapshot: the governance record and the print options.

Plain dataclasses, no reportlab: the governance store fills `PdfGovernance`; without
one the PDF prints a first draft (revision 1, no fingerprint, no decisions).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxcharter.export.pdf_labels import labels

STATUSES = ("draft", "in_review", "approved")
DECISIONS = ("approved", "approved_with_conditions", "changes_requested", "pending")
PAPERS = ("a4", "letter")
# The full record is what is approved and archived; the distribution edition leaves out
# the stakeholder assessments (attitude, interest/influence, what they need to know)
# and the work tracking, plus any of OPTIONAL_OMISSIONS the lead chooses.
EDITIONS = ("full", "distribution")
OPTIONAL_OMISSIONS = ("contacts", "decision_log", "reading_notes")


@dataclass(frozen=True, slots=True)
class PdfDecision:
    """One approver's decision on one revision."""

    person: int | None  # a person id of the snapshot, or None for someone outside it
    decision: str  # one of DECISIONS
    date: str | None = None  # ISO yyyy-mm-dd (or a full ISO timestamp)
    comment: str = ""
    name: str = ""  # shown when `person` is None or unknown
    recorded_by: str = ""  # who entered it in the file ("recorded by X for Y")
    fingerprint: str | None = None  # what the approver saw
    decided_by: str = ""  # who decided, when not the approver named
    signed_by: str = ""  # the certificate's subject, when imported from a signed copy
    signed_cert: str = ""  # that certificate's SHA-256 (hex)


@dataclass(frozen=True, slots=True)
class PdfRevision:
    """One line of the revision history."""

    number: int
    status: str  # one of STATUSES
    date: str | None = None
    fingerprint: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class PdfGovernance:
    """The revision being printed and its record; status decides the watermark."""

    revision: int = 1
    status: str = "draft"
    fingerprint: str | None = None  # SHA-256 hex of the revision's canonical JSON
    decisions: tuple[PdfDecision, ...] | list[PdfDecision] = field(default_factory=tuple)
    revisions: tuple[PdfRevision, ...] | list[PdfRevision] = field(default_factory=tuple)
    changes_since_approved: tuple[str, ...] | list[str] | None = None
    # (entries, SHA-256 hex of the newest) of the audit chain when the PDF was made:
    # printed, it anchors the chain outside the file.
    chain_head: tuple[int, str] | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {STATUSES}")

    @property
    def approved(self) -> bool:
        return self.status == "approved"


DRAFT = PdfGovernance()


def short_fingerprint(fingerprint: str | None, length: int = 12) -> str:
    """The first `length` hex digits, enough to tell revisions apart on every page."""
    return (fingerprint or "").strip()[:length]


def grouped_fingerprint(fingerprint: str | None) -> str:
    """The full fingerprint in groups of eight, so it wraps and can be read aloud."""
    value = (fingerprint or "").strip()
    return " ".join(value[i : i + 8] for i in range(0, len(value), 8))


@dataclass(frozen=True)
class Context:
    """Everything the parts of the document read: built once per export."""

    snapshot: object  # CharterSnapshot, in the language being printed
    catalog: object  # Catalog
    governance: PdfGovernance
    layout: object  # pdf_styles.Layout
    st: dict  # pdf_styles.styles()
    created: object  # datetime.datetime
    look: object = None  # pdf_look.PdfLook: the organisation's accent and logo
    edition: str = "full"  # one of EDITIONS
    omit: frozenset = frozenset()  # OPTIONAL_OMISSIONS left out of a distribution copy

    @property
    def distribution(self) -> bool:
        return self.edition == "distribution"

    @property
    def language(self) -> str:
        return self.snapshot.language

    @property
    def L(self) -> dict[str, str]:
        return labels(self.snapshot.language)

    @property
    def width(self) -> float:
        return self.layout.text_w

    def status_label(self) -> str:
        return self.L[
            {"draft": "draft", "in_review": "in_review", "approved": "approved"}[
                self.governance.status
            ]
        ]
