"""File → Export Review Copy… and File → Import Review…: the manager's review by PDF.

A review copy is the PDF of the round in review plus form fields (export/review_copy.py);
the approver fills it in (and may sign it with a digital ID) and sends it back;
importing checks a signature (pyHanko), reads the fields of the signed revision
(pypdf), shows what will be recorded with the signature facts, and records it as
that approver's decision with the signed copy. reportlab, pypdf and pyHanko are
imported only when a step runs, never when the window starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxcharter.domain.review_form import ReviewAnswer
from cxcharter.export.review_import import ReviewFileError
from cxcharter.store.errors import CharterError, WorkflowError
from cxcharter.ui import ask
from cxcharter.ui.governance.governance_texts import workflow_text
from cxcharter.ui.i18n import tr
from cxcharter.ui.messages import error_text

if TYPE_CHECKING:
    from cxcharter.ui.app.main_window import MainWindow

MESSAGE_MS = 8000


def problem_text(problem) -> str:
    """A refused review copy (domain/review_form.py problem codes) in words."""
    params = problem.params
    texts = {
        "review.other_charter": tr("This review copy belongs to another charter."),
        "review.other_revision": tr(
            "This review copy was made for revision {revision}, not for revision {expected} "
            "in review now. Send the approver a new review copy."
        ).format(
            revision=params.get("revision", "?").partition(".")[0] or "?",
            expected=params.get("expected", "?").partition(".")[0],
        ),
        "review.other_round": tr(
            "This review copy was made for review round {revision}, not for round "
            "{expected} in review now. Send the approver a new review copy."
        ).format(revision=params.get("revision", "?"), expected=params.get("expected", "?")),
        "review.other_content": tr(
            "This review copy of round {revision} shows other content than the round in "
            "review (its fingerprint differs). Send the approver a new review copy."
        ).format(revision=params.get("revision", "?")),
        "review.ambiguous_approver": tr(
            "{count} approvers are called {name}; choose the approver from the list of the "
            "form, which tells them apart."
        ).format(count=params.get("count", 2), name=params.get("value", "")),
        "review.no_approver": tr("The approver's name is not filled in."),
        "review.not_an_approver": tr("{name} is not an approver of this charter.").format(
            name=params.get("value", "")
        ),
        "review.no_decision": tr("No decision is chosen."),
        "review.unknown_decision": tr("“{value}” is not a decision this form knows.").format(
            value=params.get("value", "")
        ),
        "review.bad_text": tr(
            "A comment is too long or contains characters that cannot be stored."
        ),
    }
    return texts.get(problem.code, problem.code)


def _decision_text(code: str) -> str:
    return {
        "approved": tr("Approved"),
        "approved_with_conditions": tr("Approved with conditions"),
        "changes_requested": tr("Changes requested"),
    }.get(code, code)


def summary_text(answer, catalog) -> str:
    """What an import will record, in plain words for the confirmation."""
    titles = {s.key: s.title for s in catalog.sections}
    lines = [
        tr("Approver: {name}").format(name=answer.shown_name),
        tr("Decision: {decision}").format(decision=_decision_text(answer.decision)),
        tr("Comment: {comment}").format(comment=answer.comment or tr("(none)")),
    ]
    lines += [
        tr("On “{section}”: {comment}").format(section=titles.get(key, key), comment=text)
        for key, text in answer.section_comments.items()
    ]
    return "\n".join(lines)


def signature_problem_text(code: str) -> str:
    """A signature problem or warning (export/review_signature.py codes) in words."""
    return {
        "unsigned": tr("The review copy is not signed."),
        "broken": tr("The signature is broken: the signed part of the file was changed."),
        "changed_after_signing": tr(
            "The signature no longer covers the document: the file was changed after it was signed."
        ),
        "unreadable": tr("The signatures of this file cannot be read."),
        "cert_expired": tr("The certificate had expired when the copy was signed."),
        "cert_not_yet_valid": tr("The certificate was not yet valid when the copy was signed."),
        "cert_expired_since": tr("The certificate has expired since the copy was signed."),
        "not_the_approver": tr("The certificate's subject does not name the approver."),
        "untrusted": tr(
            "The certificate does not chain to a trusted root (reported, not required)."
        ),
    }.get(code, code)


def signature_text(found) -> str:
    """The signature facts shown before recording: signer, issuer, validity, trust."""
    signature = found.signature
    if signature is None:
        return tr("Not signed digitally.")
    lines = [
        tr("Signed by: {subject}").format(subject=signature.subject),
        tr("Issued by: {issuer}").format(issuer=signature.issuer),
        tr("Certificate SHA-256: {sha}…").format(sha=signature.cert_sha256[:16]),
        tr("Valid from {start} to {end}").format(
            start=signature.not_before[:10], end=signature.not_after[:10]
        ),
        (
            tr("Trusted: the chain reaches a trusted root (revocation not checked).")
            if signature.trusted
            else signature_problem_text("untrusted")
        ),
    ]
    lines += [signature_problem_text(w) for w in found.warnings if w != "untrusted"]
    return "\n".join(lines)


def _refused(window: MainWindow, title: str, exc: CharterError) -> None:
    text = workflow_text(exc.reason) if isinstance(exc, WorkflowError) else error_text(exc)
    ask.error(window, title, text, exc.detail)


def export_review_copy(window: MainWindow) -> bool:
    """Ask where, then write the review copy of the round in review. True when written."""
    session = window.session
    if session is None:
        return False
    doc = session.document
    if doc.current_state(with_fingerprint=False).state != "in_review":
        ask.error(
            window,
            tr("No review copy"),
            tr("A review copy is made of a charter in review. Submit it for review first."),
        )
        return False
    target = ask.save_file(
        window,
        tr("Export Review Copy"),
        str(doc.path.with_name(f"{doc.path.stem}-review.pdf")),
        ask.PDF_FILTER,
    )
    if not target:
        return False
    if not target.lower().endswith(".pdf"):
        target += ".pdf"
    from cxcharter.export.pdf import ExportError  # lazy: reportlab
    from cxcharter.export.review_export import export_review_copy as write  # lazy: reportlab

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write(doc, target)
    except CharterError as exc:
        QApplication.restoreOverrideCursor()
        _refused(window, tr("No review copy"), exc)
        return False
    except ExportError as exc:
        QApplication.restoreOverrideCursor()
        ask.error(window, tr("The review copy was not written"), str(exc))
        return False
    QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        tr(
            "Review copy written to {file}. Send it to the "
            "approvers; import the filled-in copy with File → "
            "Import Review…."
        ).format(file=Path(target).name),
        MESSAGE_MS,
    )
    return True


def _read_copy(window: MainWindow, title: str, path: str, doc):
    """The filled-in review copy at `path`; None when it cannot be read (the user was told why)."""
    from cxcharter.export.review_import import read_review_copy  # lazy: pypdf

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a signature check takes ~1 s
    try:
        found = read_review_copy(path, doc)
    except ReviewFileError as exc:
        QApplication.restoreOverrideCursor()
        text = {
            "not_pdf": tr("{file} is not a PDF file, or it is damaged."),
            "no_fields": tr(
                "{file} is not a review copy: it has none of its form fields. "
                "Export a review copy with File → Export Review Copy…."
            ),
        }.get(exc.code, tr("{file} cannot be read."))
        ask.error(window, title, text.format(file=Path(path).name), str(exc))
        return None
    except CharterError as exc:
        QApplication.restoreOverrideCursor()
        _refused(window, title, exc)
        return None
    QApplication.restoreOverrideCursor()
    return found


def _refusals_text(refusals) -> str:
    """Why a signed review copy was refused, a line per reason."""
    lines = [signature_problem_text(code) for code in refusals]
    if set(refusals) & {
        "unsigned",
        "cert_expired",
        "cert_not_yet_valid",
        "not_the_approver",
    }:
        lines.append(tr("This charter's approvals must be signed."))
    return "\n".join(lines)


def _show_recorded(window: MainWindow, answer, state) -> None:
    """Say in the status bar what the recorded review did to the charter."""
    if state.state == "approved":
        text = tr("Review of {name} recorded. Revision {n} is approved.")
    elif state.state == "draft":
        text = tr("Review of {name} recorded: changes requested. Revision {n} is a draft again.")
    else:
        text = tr("Review of {name} recorded.")
    window.statusBar().showMessage(
        text.format(name=answer.approver_name, n=state.revision), MESSAGE_MS
    )


def import_review(window: MainWindow) -> bool:
    """Pick a filled-in review copy, show what it records, record it. True when recorded."""
    session = window.session
    if session is None:
        return False
    doc = session.document
    title = tr("Import review")
    if doc.current_state(with_fingerprint=False).state != "in_review":
        ask.error(window, title, tr("Reviews are imported while the charter is in review."))
        return False
    path = ask.open_file(window, tr("Import Review"), str(doc.path.parent), ask.PDF_FILTER)
    if not path:
        return False
    found = _read_copy(window, title, path, doc)
    if found is None:
        return False
    if found.refusals:
        ask.error(window, tr("Review not imported"), _refusals_text(found.refusals))
        return False
    answer = found.answer
    if not isinstance(answer, ReviewAnswer):
        ask.error(window, tr("Review not imported"), "\n".join(problem_text(p) for p in answer))
        return False
    if not ask.confirm(
        window,
        title,
        tr(
            "Record this review?\n\n{summary}\n\n{signature}"
            "\n\nRecorded by {actor}. A decision cannot be "
            "undone."
        ).format(
            summary=summary_text(answer, session.catalog),
            signature=signature_text(found),
            actor=doc.actor,
        ),
    ):
        return False
    try:
        state = session.record_review(answer, found.evidence)
    except CharterError as exc:
        _refused(window, tr("Review not imported"), exc)
        return False
    _show_recorded(window, answer, state)
    return True
