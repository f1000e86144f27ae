"""Commands that check a charter or a PDF of it: check (readiness), verify (the audit
trail and frozen revisions) and verify-pdf."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from cxcharter.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Refused,
    count,
    default_actor,
    default_language,
    open_snapshot,
    read_input,
    say,
    state_words,
    words,
    workflow_state,
    write_stdout,
)
from cxcharter.cli.files import intact_pdf_record
from cxcharter.store.errors import CharterError


def run_check(args: argparse.Namespace) -> int:
    """The readiness list in the charter's language; exit 1 while a blocker remains."""
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.domain import readiness, readiness_text, tracking  # lazy: start-up

    snapshot = open_snapshot(args.file)
    state = workflow_state(args.file)
    language = snapshot.language
    # In review and approved no work tracking (overdue, section owners): as the window.
    found = readiness.check(load_catalog(language), snapshot, dt.date.today())
    findings = tracking.findings_in(state, found)
    if args.json:
        data = [
            {
                "severity": f.severity,
                "code": f.code,
                "params": f.params,
                "place": {
                    "section": f.place.section,
                    "question": f.place.question,
                    "kind": f.place.kind,
                    "row": f.place.row,
                },
                "message": readiness_text.describe(f, language, iso_dates=True),
            }
            for f in findings
        ]
        write_stdout((json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    else:
        lines = [readiness_text.line(f, language) for f in findings]
        lines.append(readiness_text.summary(findings, language))
        write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK if readiness.is_ready(findings) else EXIT_FAILED


def run_verify(args: argparse.Namespace) -> int:
    """Every mismatch on its own line; exit 1 when there is one."""
    from cxcharter.store.verify import verify_file  # lazy: sqlite-utils

    report = verify_file(args.file)
    checked, broken = _recheck_signatures(args) if report.chained and report.rows_read else (0, [])
    # Each mismatch in the user's language; a signed copy's re-check and a long text's
    # history that does not rebuild say what is wrong in English, behind the user's lead.
    found = [m.words(default_language()) for m in report.mismatches] + broken
    lines = [say("verify.mismatch", detail=line) for line in found]
    if not report.rows_read:
        lines.append(say("verify.no_rows"))
    elif not report.chained:
        lines.append(say("verify.unchained"))
    else:
        lines.append(say("verify.head", entry=report.audit_entries, hash=report.head))
        lines.append(
            say(
                "verify.counts",
                entries=count(report.audit_entries, "audit_entry"),
                rounds=count(report.rounds, "review_round"),
                decisions=count(report.decisions, "decision"),
                revision=report.revision,
                state=state_words(report.workflow),
            )
        )
        if checked:
            lines.append(say("verify.rechecked", copies=count(checked, "signed_copy")))
    ok = report.ok and not broken
    lines.append(
        say("verify.ok") if ok else say("verify.failed", mismatches=count(len(found), "mismatch"))
    )
    write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK if ok else EXIT_FAILED


def _recheck_signatures(args: argparse.Namespace) -> tuple[int, list[str]]:
    """Every stored signed review copy against its decision (pyHanko only if there are)."""
    from cxcharter.export.review_import import recheck_signatures  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: start-up

    try:
        doc = CharterDocument.open(args.file, actor=default_actor(), read_only=True)
    except CharterError as exc:
        return 0, [say("verify.not_rechecked", reason=words(exc))]
    try:
        return recheck_signatures(doc)
    finally:
        doc.close()


def run_verify_pdf(args: argparse.Namespace) -> int:
    """Intact? Which charter, revision and state? Given FILE: approved there and current?"""
    from cxcharter.domain.canonical_load import InterchangeError, loads  # lazy: start-up
    from cxcharter.export.pdf_verify import verify_pdf  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    found = intact_pdf_record(read_input(args.pdf), args.pdf)
    try:
        snapshot = loads(found.text)
    except InterchangeError as exc:
        raise Refused("cli.pdf_not_a_charter", path=args.pdf, detail=words(exc)) from None
    doc = None
    if args.file is not None:
        doc = CharterDocument.open(args.file, actor=default_actor(), read_only=True)
    try:
        verdict = verify_pdf(found, args.pdf, snapshot, doc, language=default_language())
    finally:
        if doc is not None:
            doc.close()
    write_stdout(("\n".join(verdict.lines) + "\n").encode("utf-8"))
    return verdict.status
