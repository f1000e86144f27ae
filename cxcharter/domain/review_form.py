"""The review copy's form fields: their names, and reading a filled-in form back. Codes only.

A review copy is the PDF of one review round plus fillable fields (AcroForm).
The PDF export writes the fields `form_fields()` lists; `cxcharter import-review`
and File → Import review… read the fields (with any PDF library) into a plain
{name: value} dict and hand it to `read_review()`, which either returns the
decision to record or the problems that refuse it. The charter id, the
revision and round ("N.R") and the fingerprint travel in read-only fields: a
copy is accepted only for the exact charter, revision and round it was made
for, and a refusal names which of them differs. The approver's choice carries
the person's id as its value (the name is what the reader sees; the id
decides), so two approvers with the same name stay two people. The store
records the result with `record_decision(..., fingerprint=..., revision=...)`,
which checks both again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cxcharter.catalog import Catalog
from cxcharter.domain.model import CharterSnapshot, Person
from cxcharter.domain.names import distinct_names
from cxcharter.domain.values import MAX_TEXT, Problem

CHARTER = "cx_charter"  # read-only: the charter's id
REVISION = "cx_revision"  # read-only: "N.R", revision N, review round R
FINGERPRINT = "cx_fingerprint"  # read-only: the round's fingerprint
APPROVER = "cx_approver"  # choice: shows an approver's name, its value is the person id
DECISION = "cx_decision"  # choice: one of DECISION_LABELS' labels (or a code)
COMMENT = "cx_comment"  # overall comment
SECTION_PREFIX = "cx_section_"  # + section key: a comment on that section
SIGNATURE = "cx_signature"  # the approver's digital signature (optional; export/review_signature)

DECISIONS = ("approved", "approved_with_conditions", "changes_requested")
DECISION_LABELS = {
    "en": {
        "approved": "Approved",
        "approved_with_conditions": "Approved with conditions",
        "changes_requested": "Changes requested",
    },
    "de": {
        "approved": "Freigegeben",
        "approved_with_conditions": "Freigegeben mit Auflagen",
        "changes_requested": "Änderungen erbeten",
    },
}


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of the review copy. `kind`: fixed (read-only text), text or choice.

    `values`, for a choice whose options are labels of something else (the
    approvers: their person ids), the value each option stands for."""

    name: str
    kind: str
    value: str = ""
    options: tuple[str, ...] = ()
    section: str = ""  # for section comments
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReviewAnswer:
    """What a filled-in review copy asks to record."""

    approver: int
    approver_name: str
    decision: str
    comment: str
    section_comments: Mapping[str, str] = field(default_factory=dict)
    fingerprint: str = ""
    revision: str = ""  # "N.R": the revision and round the copy was made for
    approver_label: str = ""  # the name as lists show it (told apart from a namesake)

    @property
    def shown_name(self) -> str:
        return self.approver_label or self.approver_name


def approver_labels(snapshot: CharterSnapshot) -> dict[int, str]:
    """{person id: label} of the snapshot's approvers, in their order, told apart."""
    ids = [a["person"] for a in snapshot.rows_of("approver")]
    people = [snapshot.person(i) or Person(i, str(i)) for i in ids]
    return distinct_names(people)


def section_field(key: str) -> str:
    return f"{SECTION_PREFIX}{key}"


def form_fields(
    catalog: Catalog, snapshot: CharterSnapshot, number: int, round_: int, fingerprint: str
) -> list[FormField]:
    """The fields a review copy of round `number.round_` (frozen `snapshot`) carries."""
    language = snapshot.language if snapshot.language in DECISION_LABELS else "en"
    labels = approver_labels(snapshot)
    return [
        FormField(CHARTER, "fixed", snapshot.id),
        FormField(REVISION, "fixed", f"{number}.{round_}"),
        FormField(FINGERPRINT, "fixed", fingerprint),
        *(FormField(section_field(s.key), "text", section=s.key) for s in catalog.sections),
        FormField(
            APPROVER, "choice", "", tuple(labels.values()), values=tuple(str(i) for i in labels)
        ),
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


def _approver(value: str, snapshot: CharterSnapshot) -> tuple[int | None, list[Problem]]:
    """The person a filled-in approver field means: its id (the choice's value), else a
    typed label or name that names exactly one approver."""
    labels = approver_labels(snapshot)
    if not value:
        return None, [Problem("review.no_approver", APPROVER, {})]
    if value.isdigit() and int(value) in labels:
        return int(value), []
    wanted = " ".join(value.split()).casefold()
    for key in (lambda i: labels[i], snapshot.person_name):
        found = [i for i in labels if " ".join(key(i).split()).casefold() == wanted]
        if len(found) == 1:
            return found[0], []
        if len(found) > 1:
            return None, [
                Problem(
                    "review.ambiguous_approver", APPROVER, {"value": value, "count": len(found)}
                )
            ]
    return None, [Problem("review.not_an_approver", APPROVER, {"value": value})]


def _round(
    fields: Mapping[str, object],
    snapshot: CharterSnapshot,
    number: int,
    round_: int,
    fingerprint: str,
) -> list[Problem]:
    """Refuses a copy of another charter, revision, round or content, naming which."""
    charter, made_for = _text(fields.get(CHARTER)), _text(fields.get(REVISION))
    expected = f"{number}.{round_}"
    params = {"value": made_for, "revision": made_for, "expected": expected}
    if charter != snapshot.id:
        return [Problem("review.other_charter", CHARTER, {"value": charter})]
    copy_number, _dot, copy_round = made_for.partition(".")
    if copy_number != str(number):
        return [Problem("review.other_revision", REVISION, params)]
    if copy_round != str(round_):
        return [Problem("review.other_round", REVISION, params)]
    if _text(fields.get(FINGERPRINT)) != fingerprint:
        return [
            Problem(
                "review.other_content",
                FINGERPRINT,
                {**params, "value": _text(fields.get(FINGERPRINT))},
            )
        ]
    return []


def read_review(
    fields: Mapping[str, object],
    snapshot: CharterSnapshot,
    fingerprint: str,
    number: int,
    round_: int,
) -> ReviewAnswer | list[Problem]:
    """The decision a filled-in review copy records, or why it is refused.

    `snapshot`, `fingerprint`, `number` and `round_` are those of the round in
    review now: a copy of another charter, revision, round or content is refused.
    """
    problems = _round(fields, snapshot, number, round_, fingerprint)
    approver, found = _approver(_text(fields.get(APPROVER)), snapshot)
    problems += found
    raw = _text(fields.get(DECISION))
    decision = _decision(raw)
    if not raw:
        problems.append(Problem("review.no_decision", DECISION, {}))
    elif decision is None:
        problems.append(Problem("review.unknown_decision", DECISION, {"value": raw}))
    comments = {
        key.removeprefix(SECTION_PREFIX): _text(value)
        for key, value in fields.items()
        if key.startswith(SECTION_PREFIX) and _text(value)
    }
    comment = _text(fields.get(COMMENT))
    for where, text in (*((section_field(k), v) for k, v in comments.items()), (COMMENT, comment)):
        if len(text) > MAX_TEXT or "\x00" in text:
            problems.append(Problem("review.bad_text", where, {}))
    if problems:
        return problems
    assert approver is not None and decision is not None  # else a problem above
    return ReviewAnswer(
        approver,
        snapshot.person_name(approver),
        decision,
        comment,
        comments,
        fingerprint,
        f"{number}.{round_}",
        approver_labels(snapshot)[approver],
    )
