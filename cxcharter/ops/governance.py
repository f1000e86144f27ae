"""The review workflow: submit, withdraw, decide, record a review, start a new revision,
resolve a comment. Not undoable (a decision is a record, not an edit).

Each is already one transaction of the store, and writes the audit entries that
`verify` checks record by record (revision.submit, decision.*, …); they are not
folded into one `op.*` entry, which verify could not read."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cxcharter.ops.done import Done
from cxcharter.store.changes import Change

if TYPE_CHECKING:
    from cxcharter.domain.review_form import ReviewAnswer
    from cxcharter.store.document import CharterDocument
    from cxcharter.store.signatures import SignatureEvidence


def _done(doc: CharterDocument, code: str, result: object = None) -> Done:

    number = doc.current_state(with_fingerprint=False).revision
    return Done(code, {}, (Change("governance", number),), None, result=result)


def submit_for_review(
    doc: CharterDocument, actor: str | None = None, *, today: dt.date | None = None
) -> Done:
    return _done(doc, "review.submit", doc.submit_for_review(actor, today=today))


def withdraw(doc: CharterDocument) -> Done:
    return _done(doc, "review.withdraw", doc.withdraw())


def record_decision(doc: CharterDocument, approver: int, decision: str, **kwargs: Any) -> Done:
    """`kwargs`: those of CharterDocument.record_decision (comment, who decided, …)."""
    return _done(doc, "review.decide", doc.record_decision(approver, decision, **kwargs))


def record_review(
    doc: CharterDocument, answer: ReviewAnswer, evidence: SignatureEvidence | None = None
) -> Done:
    """A filled-in review copy's decision; `evidence`: its checked signature, if signed."""
    return _done(doc, "review.import", doc.record_review(answer, evidence))


def start_new_revision(doc: CharterDocument) -> Done:
    return _done(doc, "revision.start", doc.start_new_revision())


def resolve_comment(doc: CharterDocument, comment_id: int, note: str = "") -> Done:
    doc.resolve_comment(comment_id, note)
    return _done(doc, "comment.resolve", None)


def set_signatures_required(doc: CharterDocument, required: bool) -> Done:
    """Whether approvals must be signed: a governance setting, allowed while the content is
    frozen, and one undo step (undone by setting the old value back, itself audited)."""
    with doc.operation("policy.signatures", content=False) as op:
        old = doc.signatures_required()
        doc.set_signatures_required(required)
    return Done(
        "policy.signatures", {}, tuple(op.changes), lambda d: set_signatures_required(d, old)
    )
