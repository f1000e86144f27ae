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
    cli_text,
    default_language,
    say,
    state_words,
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
            say("review.will_record"),
            *(f"  {x}" for x in _review_lines(answer, doc) + _signature_lines(found)),
        ]
        write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
        if not args.yes:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                print(words(Failure("cli.nothing_recorded")), file=sys.stderr)
                return EXIT_FAILED
            reply = input(say("review.ask")).strip().casefold()
            if reply not in ("y", "yes", "j", "ja"):
                print(say("review.nothing_recorded"))
                return EXIT_FAILED
        state = doc.record_review(answer, found.evidence)
    finally:
        doc.close()
    key = "review.recorded_signed" if found.evidence is not None else "review.recorded"
    print(say(key, name=answer.approver_name, state=state_words(state.state)))
    return EXIT_OK


def _review_lines(answer, doc) -> list[str]:
    from cxcharter.catalog import load_catalog  # lazy: start-up

    titles = {s.key: s.title for s in load_catalog(doc.snapshot().language).sections}
    lines = [
        say("review.approver", name=answer.shown_name),
        say("review.decision", decision=state_words(answer.decision)),
        say("review.comment", comment=answer.comment or say("review.no_comment")),
    ]
    lines += [
        say("review.on_section", section=titles.get(key, key), text=text)
        for key, text in answer.section_comments.items()
    ]
    return lines


def _signature_lines(found) -> list[str]:
    signature = found.signature
    if signature is None or not signature.signed:
        return [say("review.unsigned")]
    language = default_language()

    def when(value: str) -> str:
        return cli_text().moment(value, language) if value else say("review.not_stated")

    lines = [
        say("review.signed_by", subject=signature.subject),
        say("review.issued_by", issuer=signature.issuer),
        say("review.certificate", sha256=signature.cert_sha256),
        say(
            "review.valid",
            start=when(signature.not_before),
            end=when(signature.not_after),
            signed_at=when(signature.signed_at),
        ),
        say("review.trusted" if signature.trusted else "review.untrusted"),
    ]
    lines += [
        say("review.warning", warning=error_text.signature_text(w, language))
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
        required = doc.signatures_required()
        lines = [say("signatures.required" if required else "signatures.optional")]
        for d in doc.decisions():
            kept = evidence.get(d.id)
            facts = {
                "revision": d.number,
                "round": d.round,
                "name": d.approver_name,
                "decision": state_words(d.decision),
            }
            if kept is None:
                lines.append(say("signatures.unsigned", **facts))
                continue
            lines.append(
                say(
                    "signatures.signed",
                    subject=kept.subject,
                    sha256=kept.cert_sha256,
                    trust=say("signatures.trusted" if kept.trusted else "signatures.not_trusted"),
                    warnings=_warnings(kept.warnings),
                    **facts,
                )
            )
    finally:
        doc.close()
    write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK


def _warnings(codes: tuple[str, ...] | list[str]) -> str:
    """A signed decision's warnings: their codes in English (as they always were), their
    words in German."""
    if not codes:
        return ""
    language = default_language()
    shown = codes if language == "en" else [error_text.signature_text(c, language) for c in codes]
    return say("signatures.warnings", warnings=", ".join(shown))
