"""The review copy's form fields: their names, and reading a filled-in form back. Codes only.

A review copy is the PDF of one review round plus fillable fields (AcroForm).
The PDF export writes the fields `form_fields()` lists; `cxcharter import-review`
and File → Import review… read the fields (with any PDF library) into a plain
{name: value} dict and hand it to `read_review()`, which either returns the
decision to record or the problems that refuse it. The fingerprint and the
charter id travel in read-only fields, so a copy of another round or another
charter is recognised. The store records the result with
`record_decision(..., fingerprint=...)`, which checks the fingerprint again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cxcharter.catalog import Catalog
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.values import MAX_TEXT, Problem

CHARTER = "cx_charter"  # read-only: the charter's id
REVISION = "cx_revision"  # read-only: "N.R", revision N, review round R
FINGERPRINT = "cx_fingerprint"  # read-only: the round's fingerprint
APPROVER = "cx_approver"  # choice: an approver's name
DECISION = "cx_decision"  # choice: one of DECISION_LABELS' labels (or a code)
COMMENT = "cx_comment"  # overall comment
SECTION_PREFIX = "cx_section_"  # + section key: a comment on that section

DECISIONS = ("approved", "approved_with_conditions", "changes_requested")
DECISION_LABELS = {
    "en": {"approved": "Approved", "approved_with_conditions": "Approved with conditions",
           "changes_requested": "Changes requested"},
    "de": {"approved": "Freigegeben", "approved_with_conditions": "Freigegeben mit Auflagen",
           "changes_requested": "Änderungen erbeten"},
}


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of the review copy. `kind`: fixed (read-only text), text or choice."""

    name: str
    kind: str
    value: str = ""
    options: tuple[str, ...] = ()
    section: str = ""  # for section comments


@dataclass(frozen=True, slots=True)
class ReviewAnswer:
    """What a filled-in review copy asks to record."""

    approver: int
    approver_name: str
    decision: str
    comment: str
    section_comments: Mapping[str, str] = field(default_factory=dict)
    fingerprint: str = ""


def section_field(key: str) -> str:
    return f"{SECTION_PREFIX}{key}"


def form_fields(catalog: Catalog, snapshot: CharterSnapshot, number: int, round_: int,
                fingerprint: str) -> list[FormField]:
    """The fields a review copy of round `number.round_` (frozen `snapshot`) carries."""
    language = snapshot.language if snapshot.language in DECISION_LABELS else "en"
    names = tuple(snapshot.person_name(a["person"]) for a in snapshot.rows_of("approver"))
    return [
        FormField(CHARTER, "fixed", snapshot.id),
        FormField(REVISION, "fixed", f"{number}.{round_}"),
        FormField(FINGERPRINT, "fixed", fingerprint),
        *(FormField(section_field(s.key), "text", section=s.key) for s in catalog.sections),
        FormField(APPROVER, "choice", "", names),
        FormField(DECISION, "choice", "", tuple(DECISION_LABELS[language].values())),
        FormField(COMMENT, "text"),
    ]


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _decision(value: str) -> str | None:
    wanted = value.casefold()
    for labels in DECISION_LABELS.values():
        for code, label in labels.items():
            if wanted in (code, label.casefold()):
                return code
    return None


def read_review(fields: Mapping[str, object], snapshot: CharterSnapshot,
                fingerprint: str) -> ReviewAnswer | list[Problem]:
    """The decision a filled-in review copy records, or why it is refused.

    `snapshot` and `fingerprint` are those of the round in review now: a copy of
    another charter, or of another round or content, is refused.
    """
    problems = []
    if _text(fields.get(CHARTER)) != snapshot.id:
        problems.append(Problem("review.other_charter", CHARTER,
                                {"value": _text(fields.get(CHARTER))}))
    elif _text(fields.get(FINGERPRINT)) != fingerprint:
        problems.append(Problem("review.other_revision", FINGERPRINT,
                                {"value": _text(fields.get(FINGERPRINT)),
                                 "revision": _text(fields.get(REVISION))}))
    name = _text(fields.get(APPROVER))
    approvers = {snapshot.person_name(a["person"]).casefold(): a["person"]
                 for a in snapshot.rows_of("approver")}
    approver = approvers.get(name.casefold())
    if not name:
        problems.append(Problem("review.no_approver", APPROVER, {}))
    elif approver is None:
        problems.append(Problem("review.not_an_approver", APPROVER, {"value": name}))
    raw = _text(fields.get(DECISION))
    decision = _decision(raw)
    if not raw:
        problems.append(Problem("review.no_decision", DECISION, {}))
    elif decision is None:
        problems.append(Problem("review.unknown_decision", DECISION, {"value": raw}))
    comments = {key.removeprefix(SECTION_PREFIX): _text(value)
                for key, value in fields.items()
                if key.startswith(SECTION_PREFIX) and _text(value)}
    comment = _text(fields.get(COMMENT))
    for where, text in (*((section_field(k), v) for k, v in comments.items()),
                        (COMMENT, comment)):
        if len(text) > MAX_TEXT or "\x00" in text:
            problems.append(Problem("review.bad_text", where, {}))
    if problems:
        return problems
    return ReviewAnswer(approver, snapshot.person_name(approver), decision, comment,
                        comments, fingerprint)
