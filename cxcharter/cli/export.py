"""`export`: the PDF of a charter, its review copy (`--review-copy`) and its certified
PDF (`--sign`)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from cxcharter.cli.common import (
    EXIT_OK,
    Failure,
    Refused,
    default_actor,
    refuse_the_charter_as_output,
    say,
)


def run_export(args: argparse.Namespace) -> int:
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.export.pdf import ExportError, export_pdf  # lazy: reportlab
    from cxcharter.export.pdf_record import pdf_record  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    out = args.output or str(Path(args.file).with_suffix(".pdf"))
    refuse_the_charter_as_output(out, args.file)
    omit = _omissions(args)
    if args.review_copy:
        if args.sign:
            raise Refused("cli.sign_review_copy")
        return _export_review_copy(args, out)
    signer = _org_signer(args) if args.sign else None
    doc = CharterDocument.open(args.file, actor=default_actor(), read_only=True)
    try:
        language = args.lang or doc.snapshot().language
        catalog = load_catalog(language)
        snapshot, governance = pdf_record(doc, catalog, language, revision=args.revision)
        look = doc.look()
    finally:
        doc.close()
    if signer is not None and governance.status != "approved":
        raise Refused(
            "cli.sign_not_approved", revision=governance.revision, state=governance.status
        )
    try:
        export_pdf(
            snapshot,
            catalog,
            out,
            language=language,
            paper=args.paper,
            governance=governance,
            look=look,
            edition=args.edition,
            omit=omit,
        )
        if signer is not None:
            _certify_file(out, signer)
    except ExportError as exc:
        raise _export_failure(exc) from None
    print(say("export.wrote_certified" if signer else "export.wrote", path=out))
    return EXIT_OK


def _omissions(args: argparse.Namespace) -> frozenset[str]:
    """`--omit a,b` checked: known parts, and only for a distribution copy."""
    from cxcharter.export.pdf_doc import OPTIONAL_OMISSIONS  # lazy: start-up

    parts = frozenset(p.strip() for p in args.omit.split(",") if p.strip())
    if unknown := sorted(parts - set(OPTIONAL_OMISSIONS)):
        raise Refused(
            "cli.omit_unknown", parts=", ".join(unknown), allowed=", ".join(OPTIONAL_OMISSIONS)
        )
    if parts and args.edition != "distribution":
        raise Refused("cli.omit_needs_distribution")
    if args.edition != "full" and args.review_copy:
        raise Refused("cli.review_copy_edition")
    return parts


def _org_signer(args: argparse.Namespace):
    """The organisation's signer for `export --sign`: the password from --password-file,
    CXCHARTER_SIGN_PASSWORD or a prompt; never stored."""
    from cxcharter.export.pdf_certify import CertifyError, load_signer  # lazy: pyHanko

    if args.password_file:
        try:
            with open(args.password_file, "rb") as fh:
                password = fh.read(10_000).splitlines()[0]
        except (OSError, IndexError) as exc:
            raise Refused(
                "cli.password_unreadable",
                path=args.password_file,
                errno=exc.errno if isinstance(exc, OSError) else None,
            ) from None
    elif "CXCHARTER_SIGN_PASSWORD" in os.environ:
        password = os.environ["CXCHARTER_SIGN_PASSWORD"].encode("utf-8")
    elif sys.stdin.isatty():
        password = getpass.getpass(say("export.password", path=args.sign)).encode("utf-8")
    else:
        raise Refused("cli.password_missing")
    try:
        return load_signer(args.sign, password)
    except CertifyError as exc:
        if exc.code == "unreadable":
            raise Refused("cli.cannot_read", path=args.sign, errno=exc.errno) from None
        raise Refused("cli.certify_wrong_password", path=args.sign) from None


def _certify_file(out: str, signer) -> None:
    """Replace the PDF just written by its certified version (through the one writer)."""
    from cxcharter.export.pdf import _write_atomically  # lazy: reportlab
    from cxcharter.export.pdf_certify import certify  # lazy: pyHanko

    with open(out, "rb") as fh:
        certified = certify(fh.read(), signer)
    _write_atomically(out, lambda fh: fh.write(certified))


def _export_review_copy(args: argparse.Namespace, out: str) -> int:
    from cxcharter.export.pdf import ExportError  # lazy: reportlab
    from cxcharter.export.review_export import export_review_copy  # lazy: reportlab
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    if args.revision is not None:
        raise Refused("cli.review_copy_revision")
    doc = CharterDocument.open(args.file, actor=default_actor(), read_only=True)
    try:
        export_review_copy(doc, out, paper=args.paper, language=args.lang)
    except ExportError as exc:
        raise _export_failure(exc) from None
    finally:
        doc.close()
    print(say("export.wrote_review_copy", path=out))
    return EXIT_OK


def _export_failure(exc: Exception) -> Failure:
    """An export that could not be written: by its errno where it has one."""
    number = getattr(exc, "code", None)
    if isinstance(number, int):
        return Failure("cli.cannot_write", path=getattr(exc, "path", ""), errno=number)
    reason = getattr(exc, "reason", "")
    if reason:
        return Failure(f"cli.export_{reason}")
    return Failure("cli.export", detail=str(exc))
