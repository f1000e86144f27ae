"""The approvers' side: `import-review` records a filled-in review copy as a decision,
`signatures` lists the signed ones and sets whether approvals must be signed."""

from __future__ import annotations

import argparse
import sys

from cxcharter.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Failure,
    Refused,
    default_language,
    words,
    write_stdout,
)
from cxcharter.domain import error_text


def run_import_review(args: argparse.Namespace) -> int:
    """Show what a filled-in review copy records; record it with --yes or after y."""
    from cxcharter.domain.review_form import ReviewAnswer  # lazy: start-up
    from cxcharter.export.review_import import (  # lazy: start-up
        STRICT_WARNINGS,
        ReviewFileError,
        read_review_copy,
    )
    from cxcharter.export.review_signature import load_roots  # lazy: start-up
    from cxcharter.store.connection import require_regular_file  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    try:  # the command's own arguments first: a bad --trust-root says so
        roots = load_roots(args.trust_root or ())
    except ValueError as exc:
        raise Refused("cli.trust_root", path=getattr(exc, "path", "")) from None
    require_regular_file(args.review, what="review copy")  # a FIFO would hang the reader
    doc = CharterDocument.open(args.file, actor=args.actor)
    try:
        try:
            found = read_review_copy(args.review, doc, roots)
        except ReviewFileError as exc:
            raise Refused(f"cli.review_{exc.code}", path=args.review, detail=str(exc)) from None
        language = default_language()
        if found.refusals:
            why = "; ".join(error_text.signature_text(code, language) for code in found.refusals)
            if set(found.refusals) & {"unsigned", *STRICT_WARNINGS}:
                why += f" ({error_text.signature_text('must_be_signed', language)})"
            raise Refused("cli.review_refused", detail=why)
        answer = found.answer
        if not isinstance(answer, ReviewAnswer):
            why = "; ".join(
                error_text.review_text(p.code, {**p.params, "field": p.field}, language)
                for p in answer
            )
            raise Refused("cli.review_refused", detail=why)
        lines = [
            "this review will be recorded:",
            *(f"  {x}" for x in _review_lines(answer, doc) + _signature_lines(found)),
        ]
        write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
        if not args.yes:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                print(words(Failure("cli.nothing_recorded")), file=sys.stderr)
                return EXIT_FAILED
            reply = input("record it? [y/N] ").strip().casefold()
            if reply not in ("y", "yes", "j", "ja"):
                print("nothing recorded")
                return EXIT_FAILED
        state = doc.record_review(answer, found.evidence)
    finally:
        doc.close()
    kept = " with its signed copy" if found.evidence is not None else ""
    print(
        f"recorded {answer.approver_name}'s decision{kept}; the charter is now "
        f"{state.state.replace('_', ' ')}"
    )
    return EXIT_OK


def _review_lines(answer, doc) -> list[str]:
    from cxcharter.catalog import load_catalog  # lazy: start-up

    titles = {s.key: s.title for s in load_catalog(doc.snapshot().language).sections}
    lines = [
        f"approver: {answer.shown_name}",
        f"decision: {answer.decision.replace('_', ' ')}",
        f"comment: {answer.comment or '(none)'}",
    ]
    lines += [f"on {titles.get(key, key)}: {text}" for key, text in answer.section_comments.items()]
    return lines


def _signature_lines(found) -> list[str]:
    signature = found.signature
    if signature is None or not signature.signed:
        return ["signature: none (the copy is not signed)"]
    lines = [
        f"signed by: {signature.subject}",
        f"issued by: {signature.issuer}",
        f"certificate SHA-256: {signature.cert_sha256}",
        f"valid: {signature.not_before} to {signature.not_after}; signed at "
        f"{signature.signed_at or '(not stated)'}",
        "trust: "
        + (
            "the chain reaches a trusted root"
            if signature.trusted
            else "no path to a trusted root (reported, not required)"
        )
        + "; revocation not checked",
    ]
    language = default_language()
    lines += [
        f"warning: {error_text.signature_text(w, language)}"
        for w in found.warnings
        if w != "untrusted"
    ]
    return lines


def run_signatures(args: argparse.Namespace) -> int:
    from cxcharter.store.document import CharterDocument  # lazy: start-up

    doc = CharterDocument.open(args.file, actor=args.actor, read_only=args.require is None)
    try:
        if args.require is not None:
            doc.set_signatures_required(args.require)
        evidence = doc.signatures()
        lines = ["approvals must be signed: " + ("yes" if doc.signatures_required() else "no")]
        for d in doc.decisions():
            kept = evidence.get(d.id)
            head = (
                f"revision {d.number}.{d.round} {d.approver_name}: {d.decision.replace('_', ' ')}, "
            )
            if kept is None:
                lines.append(head + "not signed")
                continue
            lines.append(
                head + f"signed by {kept.subject}; certificate SHA-256 "
                f"{kept.cert_sha256}; "
                + ("trusted" if kept.trusted else "not trusted")
                + (f"; warnings: {', '.join(kept.warnings)}" if kept.warnings else "")
            )
    finally:
        doc.close()
    write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK
