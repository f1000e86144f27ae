"""The `cxcharter` command: open the window, or create, dump, load and export charters.

Qt and reportlab are imported only inside the commands that need them, so
`dump`, `load`, `new` and `sample` run on a server without a display; each
command imports what only it needs (`# lazy: start-up`), so `--version`, `--help`
and the window start without loading the other commands' modules.
Every known failure is one line on stderr (`cxcharter: error: …`), never a
traceback: exit 2 for bad input or a refused file, 1 for other failures. Each
carries a code (a `CharterError`'s, or a `Refused`/`Failure` of this module) that
`domain/error_text.py` words in the user's language (German for a German locale).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from cxcharter import __version__
from cxcharter.domain.wording import counted
from cxcharter.store.errors import CharterError, InvalidValue

PROG = "cxcharter"
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

EPILOG = """\
commands:
  new       create an empty charter
  sample    write the sample charter (a filled-in example)
  dump      print a charter as canonical JSON
  load      create a charter from JSON, or from the record a CX Charter PDF carries
  export    write a charter as PDF
  calendar  write the due dates, the next review and the meetings as iCalendar (.ics)
  check     list what still blocks approval (readiness check)
  verify    check the audit trail and the frozen revisions for tampering
  verify-pdf
            check that a PDF is intact and shows the approved, current revision
  import-review
            record an approver's decision from a filled-in review copy (PDF)
  contribution
            write a fillable PDF asking one person for what they owe
  import-contribution
            merge a returned contribution form into the charter
  signatures
            list the signed decisions; set whether approvals must be signed
  install-desktop
            add CX Charter to the desktop menu and open .cxcharter files with it

examples:
  cxcharter                                  open the window (needs a display; set
                                             QT_QPA_PLATFORM=offscreen for headless use)
  cxcharter team.cxcharter                   open a charter in the window
  cxcharter ./new                            open a file that is named like a command
  cxcharter new team.cxcharter --title "CX Charter 2027" --lang en
  cxcharter sample beispiel.cxcharter --lang de
  cxcharter dump team.cxcharter -o team.json
  cxcharter dump team.cxcharter | less
  cxcharter dump team.cxcharter --revision 1 -o approved-1.json
  cxcharter load team.json copy.cxcharter
  cat team.json | cxcharter load - copy.cxcharter --force
  cxcharter export team.cxcharter -o team.pdf
  cxcharter export team.cxcharter --edition distribution -o excerpt.pdf
  cxcharter calendar team.cxcharter -o team.ics
  cxcharter check team.cxcharter --json
  cxcharter verify team.cxcharter
  cxcharter verify-pdf team.pdf team.cxcharter
  cxcharter load team.pdf restored.cxcharter
  cxcharter export team.cxcharter --review-copy -o review.pdf
  cxcharter import-review team.cxcharter review-filled.pdf
  cxcharter contribution team.cxcharter --person "Anna Weber" -o anna.pdf
  cxcharter import-contribution team.cxcharter anna-filled.pdf
  cxcharter signatures team.cxcharter --require
  cxcharter export team.cxcharter --revision 1 --sign org.p12 -o approved.pdf
  cxcharter install-desktop

Run `cxcharter COMMAND --help` for the options of one command.
Exit status: 0 done, 1 failed, 2 bad input or a file that was refused.
"""


def _error_text():
    """domain/error_text.py, looked up when there is an error to word: the window's
    start (`cxcharter FILE`) does not import it, nor dataclasses with it."""
    from cxcharter.domain import error_text  # lazy: start-up (the first paint)

    return error_text


class Refused(CharterError):
    """The command refuses its input (exit 2): a code of domain/error_text.py and its
    parameters, worded in the user's language where it is printed."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(_error_text().describe(code, params), path=str(params.get("path", "")))
        self.code = code
        self.params = params


class Failure(Exception):
    """A known failure that is not the input's fault (exit 1): a code and its parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(_error_text().describe(code, params))
        self.code = code
        self.params = params


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line and come back to `main` instead of exiting."""

    def error(self, message: str):  # type: ignore[override]
        raise Refused("cli.usage", detail=message, prog=self.prog)  # argparse's own words


def _default_language() -> str:
    """'de' when the user's locale is German, else 'en' (POSIX order of the variables)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def _default_actor() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no login name in the environment or the password database
        return "unknown"


def _parser(name: str, description: str, epilog: str = "") -> _Parser:
    return _Parser(
        prog=f"{PROG} {name}".strip(),
        description=description,
        epilog=epilog or None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_writing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    parser.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="who is recorded in the audit log (default: your login name)",
    )


# ---------------------------------------------------------------- commands
def _cmd_new(args: argparse.Namespace) -> int:
    from cxcharter.domain import values  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    title = args.title if args.title is not None else Path(args.file).stem
    if problem := values.check_text(title, "--title", values.MAX_LINE):
        raise InvalidValue(values.describe(problem), field=problem.field, problem=problem)
    doc = CharterDocument.create(
        args.file, title=title, language=args.lang, actor=args.actor, overwrite=args.force
    )
    doc.close()
    print(f"created {args.file} ({args.lang})")
    return EXIT_OK


def _cmd_sample(args: argparse.Namespace) -> int:
    if args.size == "large":
        from cxcharter.store.document import write_new_file  # lazy: sqlite-utils
        from cxcharter.stress import build_stress  # lazy: sqlite-utils

        write_new_file(args.file, build_stress(args.lang), actor=args.actor, overwrite=args.force)
        print(f"wrote the large stress charter to {args.file} ({args.lang})")
        return 0
    from cxcharter.sample import write_sample  # lazy: sqlite-utils

    write_sample(args.file, args.lang, actor=args.actor, overwrite=args.force)
    print(f"wrote the sample charter to {args.file} ({args.lang})")
    return EXIT_OK


def _open_snapshot(path: str):
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(path, actor=_default_actor(), read_only=True)
    try:
        return doc.snapshot()
    finally:
        doc.close()


def _workflow_state(path: str) -> str:
    """'draft', 'in_review' or 'approved' (without the fingerprint: cheap)."""
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(path, actor=_default_actor(), read_only=True)
    try:
        return doc.frozen_state() or "draft"
    finally:
        doc.close()


def _write_stdout(data: bytes) -> None:
    """Bytes to stdout, UTF-8 whatever the locale says."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout (IDE, test) that only takes text
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    try:
        buffer.write(data)
        buffer.flush()
    except BrokenPipeError:
        # The reader (head, less …) stopped early: not an error. Point stdout at
        # /dev/null so the interpreter's final flush does not complain either.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _not_the_charter(out: str, charter: str) -> None:
    """Refuse an output path that is the charter itself (a typo must not destroy it)."""
    if Path(out).resolve() == Path(charter).resolve():
        raise Refused("cli.same_output", path=out)


def _write_output(out: str, data: bytes) -> None:
    from cxcharter.store import outfile  # lazy: start-up

    try:
        outfile.write_bytes(out, data)
    except OSError as exc:
        raise Failure("cli.cannot_write", path=out, errno=exc.errno) from None


def _cmd_dump(args: argparse.Namespace) -> int:
    if args.revision is not None:
        data = _frozen_text(args.file, args.revision).encode("utf-8")
    else:
        from cxcharter.domain.canonical import dumps  # lazy: start-up

        data = dumps(_open_snapshot(args.file)).encode("utf-8")
    if args.output in (None, "-"):
        _write_stdout(data)
    else:
        _not_the_charter(args.output, args.file)
        _write_output(args.output, data)
    return EXIT_OK


def _frozen_text(path: str, number: int) -> str:
    """Revision `number`'s frozen canonical JSON, exactly as it was fingerprinted."""
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(path, actor=_default_actor(), read_only=True)
    try:
        return doc.open_revision(number).text  # none: WorkflowError, one line, exit 2
    finally:
        doc.close()


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise Refused("cli.cannot_read", path=name, errno=exc.errno) from None


def _pdf_record(data: bytes, name: str):
    """The intact record a PDF carries: not ours or unreadable → exit 2, altered → exit 1."""
    from cxcharter.export.pdf_attach import PdfRecordError, parse_record  # lazy: start-up
    from cxcharter.export.pdf_verify import check_intact  # lazy: start-up

    try:
        found = parse_record(data, name)
    except PdfRecordError as exc:
        raise Refused(f"cli.pdf_{exc.code}", path=name, detail=str(exc)) from None
    if not found.printed:
        raise Refused("cli.no_printed_fingerprint", path=name)
    if check_intact(found, name):  # the same test, worded in the user's language
        altered = "hash" if found.computed != found.printed else "cover"
        raise Failure(
            f"cli.pdf_altered_{altered}",
            path=name,
            computed=found.computed,
            printed=found.printed,
        )
    return found


def _cmd_load(args: argparse.Namespace) -> int:
    from cxcharter.domain.canonical_load import loads  # lazy: start-up
    from cxcharter.store.document import write_new_file  # lazy: sqlite-utils

    data = _read_input(args.json)
    if data.startswith(b"%PDF"):  # a PDF mailed around: load the record it carries
        data = _pdf_record(data, args.json).text.encode("utf-8")
    snapshot = loads(data)  # validated before anything is written
    write_new_file(args.file, snapshot, actor=args.actor, overwrite=args.force)
    print(f"created {args.file} from {args.json}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.export.pdf import ExportError, export_pdf  # lazy: reportlab
    from cxcharter.export.pdf_record import pdf_record  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    out = args.output or str(Path(args.file).with_suffix(".pdf"))
    _not_the_charter(out, args.file)
    omit = _omissions(args)
    if args.review_copy:
        if args.sign:
            raise Refused("cli.sign_review_copy")
        return _export_review_copy(args, out)
    signer = _org_signer(args) if args.sign else None
    doc = CharterDocument.open(args.file, actor=_default_actor(), read_only=True)
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
    print(f"wrote {out}" + (" (certified: any later change shows as broken)" if signer else ""))
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
        password = getpass.getpass(f"password of {args.sign}: ").encode("utf-8")
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
    doc = CharterDocument.open(args.file, actor=_default_actor(), read_only=True)
    try:
        export_review_copy(doc, out, paper=args.paper, language=args.lang)
    except ExportError as exc:
        raise _export_failure(exc) from None
    finally:
        doc.close()
    print(f"wrote the review copy {out}")
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
    language = _default_language()
    lines += [
        f"warning: {_error_text().signature_text(w, language)}"
        for w in found.warnings
        if w != "untrusted"
    ]
    return lines


def _cmd_import_review(args: argparse.Namespace) -> int:
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
        language = _default_language()
        if found.refusals:
            why = "; ".join(_error_text().signature_text(code, language) for code in found.refusals)
            if set(found.refusals) & {"unsigned", *STRICT_WARNINGS}:
                why += f" ({_error_text().signature_text('must_be_signed', language)})"
            raise Refused("cli.review_refused", detail=why)
        answer = found.answer
        if not isinstance(answer, ReviewAnswer):
            why = "; ".join(
                _error_text().review_text(p.code, {**p.params, "field": p.field}, language)
                for p in answer
            )
            raise Refused("cli.review_refused", detail=why)
        lines = [
            "this review will be recorded:",
            *(f"  {x}" for x in _review_lines(answer, doc) + _signature_lines(found)),
        ]
        _write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
        if not args.yes:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                print(_words(Failure("cli.nothing_recorded")), file=sys.stderr)
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


def _cmd_contribution(args: argparse.Namespace) -> int:
    """Write one person's contribution form."""
    from cxcharter.domain.contribution import find_person  # lazy: start-up
    from cxcharter.export.contribution_form import (  # lazy: reportlab, pypdf
        NothingOwed,
        export_contribution_form,
    )
    from cxcharter.export.contribution_read import describe  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(args.file, actor=_default_actor(), read_only=True)
    try:
        person = find_person(doc.snapshot(), args.person)
        if not hasattr(person, "id"):
            raise CharterError(describe(person))
        try:
            facts = export_contribution_form(doc, person.id, args.out, language=args.lang)
        except NothingOwed:
            raise CharterError(
                f"{person.name} owes nothing a form can ask for (no open question, goal or "
                "open initiative of theirs); no form written"
            ) from None
    finally:
        doc.close()
    print(f"wrote {person.name}'s contribution form {args.out} ({len(facts['fields'])} fields)")
    return EXIT_OK


def _ask_conflicts(plan, label, yes: bool) -> set[str] | None:
    """The conflicts whose contributor's value is taken; None: not confirmed."""
    from cxcharter.export.contribution_read import shown  # lazy: start-up

    taken: set[str] = set()
    for merge in plan.conflicts:
        print(f"conflict: {label(merge.field)}")
        print(f"  charter now: {shown(merge.current)}")
        print(f"  contributor: {shown(merge.theirs)}")
        if yes:
            print("  kept the charter's value (--yes)")
            continue
        reply = input("  keep the charter's value or take the contributor's? [K/t] ")
        if reply.strip().casefold() in ("t", "take", "theirs", "ü", "übernehmen"):
            taken.add(merge.field.name)
    return taken


def _cmd_import_contribution(args: argparse.Namespace) -> int:
    """Merge a returned contribution form: three-way per field, one undoable step."""
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.domain.contribution import plan as make_plan  # lazy: start-up
    from cxcharter.export.contribution_read import (  # lazy: pypdf
        ContributionFileError,
        describe,
        field_label,
        read_form,
        shown,
    )
    from cxcharter.ops.contribution import import_contribution, refusal  # lazy: start-up
    from cxcharter.store.connection import require_regular_file  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    require_regular_file(args.form, what="contribution form")
    doc = CharterDocument.open(args.file, actor=args.actor)
    try:
        try:
            form = read_form(args.form)
        except ContributionFileError as exc:
            raise CharterError(str(exc)) from None
        if (problem := refusal(doc, form)) is not None:
            raise CharterError(f"contribution refused: {describe(problem)}")
        snapshot = doc.snapshot()
        catalog = load_catalog(snapshot.language)
        plan = make_plan(snapshot, form)
        if plan.problems:
            found = "; ".join(describe(p) for p in plan.problems[:5])
            raise CharterError(f"contribution refused, nothing changed: {found}")
        name = snapshot.person_name(form.person)
        print(f"contribution form of {name} (revision {form.revision}):")
        for merge in plan.of("apply"):
            print(
                f"  apply: {field_label(merge.field, snapshot, catalog)}: {shown(merge.theirs, 80)}"
            )
        for goal, reading in plan.readings:
            print(f"  add reading of goal {goal}: {shown(reading['value'])} on {reading['date']}")
        for merge in plan.of("gone"):
            print(f"  skipped (no longer theirs or no longer there): {merge.field.name}")
        unchanged = len(plan.of("skip"))
        print(f"  unchanged: {counted(unchanged, 'field', 'fields')}")
        if plan.conflicts and not args.yes and not sys.stdin.isatty():
            print("nothing imported: conflicts need a choice; pass --yes", file=sys.stderr)
            return EXIT_FAILED
        taken = _ask_conflicts(plan, lambda f: field_label(f, snapshot, catalog), args.yes)
        done = import_contribution(doc, form, plan, taken or set(), contributor=name)
    finally:
        doc.close()
    print(
        f"imported {counted(done.result, 'change', 'changes')} answered by {name}, imported by "
        f"{args.actor}; {counted(len(plan.conflicts) - len(taken or ()), 'conflict', 'conflicts')}"
        " kept the charter's value"
    )
    return EXIT_OK


def _cmd_calendar(args: argparse.Namespace) -> int:
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.export.ics import calendar_bytes  # lazy: start-up

    snapshot = _open_snapshot(args.file)
    data = calendar_bytes(load_catalog(snapshot.language), snapshot)
    if args.output == "-":
        _write_stdout(data)
        return EXIT_OK
    out = args.output or str(Path(args.file).with_suffix(".ics"))
    _not_the_charter(out, args.file)
    _write_output(out, data)
    print(f"wrote {out}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    """The readiness list in the charter's language; exit 1 while a blocker remains."""
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.domain import readiness, readiness_text, tracking  # lazy: start-up

    snapshot = _open_snapshot(args.file)
    state = _workflow_state(args.file)
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
        _write_stdout((json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    else:
        lines = [readiness_text.line(f, language) for f in findings]
        lines.append(readiness_text.summary(findings, language))
        _write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK if readiness.is_ready(findings) else EXIT_FAILED


def _cmd_verify(args: argparse.Namespace) -> int:
    """Every mismatch on its own line; exit 1 when there is one."""
    from cxcharter.domain.wording import counted  # lazy: start-up
    from cxcharter.store.verify import verify_file  # lazy: sqlite-utils

    report = verify_file(args.file)
    lines = [f"MISMATCH {m}" for m in report.mismatches]
    checked, broken = _recheck_signatures(args) if report.chained and report.rows_read else (0, [])
    lines += [f"MISMATCH {line}" for line in broken]
    if not report.rows_read:
        lines.append(
            "no record was read: a table of the file was replaced, and reading it "
            "could run the file's own SQL"
        )
    elif not report.chained:
        lines.append(
            "this file predates the audit chain (schema before 0003); opening it "
            "in CX Charter upgrades it and starts the chain"
        )
    else:
        lines.append(
            f"chain head: entry {report.audit_entries}, hash {report.head} (a PDF's "
            "approval page prints the head when it was made: a later file whose chain "
            "does not contain that entry was rewritten)"
        )
        lines.append(
            f"{counted(report.audit_entries, 'audit entry', 'audit entries')}, "
            f"{counted(report.rounds, 'review round', 'review rounds')}, "
            f"{counted(report.decisions, 'decision', 'decisions')}; {report.state}"
        )
        if checked:
            lines.append(
                f"{counted(checked, 'signed review copy', 'signed review copies')} re-checked "
                "against their decisions (pyHanko)"
            )
    ok = report.ok and not broken
    lines.append(
        "ok: every record matches"
        if ok
        else f"{counted(len(report.mismatches) + len(broken), 'mismatch', 'mismatches')}: "
        "the file was changed "
        "outside CX Charter"
    )
    _write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK if ok else EXIT_FAILED


def _recheck_signatures(args: argparse.Namespace) -> tuple[int, list[str]]:
    """Every stored signed review copy against its decision (pyHanko only if there are)."""
    from cxcharter.export.review_import import recheck_signatures  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: start-up

    try:
        doc = CharterDocument.open(args.file, actor=_default_actor(), read_only=True)
    except CharterError as exc:
        return 0, [f"signed review copies not re-checked: {_error_text().error_text(exc)}"]
    try:
        return recheck_signatures(doc)
    finally:
        doc.close()


def _cmd_verify_pdf(args: argparse.Namespace) -> int:
    """Intact? Which charter, revision and state? Given FILE: approved there and current?"""
    from cxcharter.domain.canonical_load import InterchangeError, loads  # lazy: start-up
    from cxcharter.export.pdf_verify import verify_pdf  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    found = _pdf_record(_read_input(args.pdf), args.pdf)
    try:
        snapshot = loads(found.text)
    except InterchangeError as exc:
        raise Refused("cli.pdf_not_a_charter", path=args.pdf, detail=_words(exc)) from None
    doc = None
    if args.file is not None:
        doc = CharterDocument.open(args.file, actor=_default_actor(), read_only=True)
    try:
        verdict = verify_pdf(found, args.pdf, snapshot, doc)
    finally:
        if doc is not None:
            doc.close()
    _write_stdout(("\n".join(verdict.lines) + "\n").encode("utf-8"))
    return verdict.status


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from cxcharter import desktop  # lazy: start-up

    try:
        done = desktop.uninstall() if args.uninstall else desktop.install()
    except OSError as exc:
        raise Failure("cli.desktop_files", errno=exc.errno) from None
    verb = "removed" if args.uninstall else "wrote"
    lines = [f"{verb} {path}" for path in done.files] or ["nothing to remove"]
    if done.refreshed:
        lines.append("refreshed: " + ", ".join(done.refreshed))
    elif not args.uninstall:
        lines.append(
            "no desktop cache tools found (update-mime-database); the file type "
            "is known after the next login"
        )
    _write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK


def no_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True where Qt would find nothing to show the window on and abort the process
    (X11/Wayland systems with neither display, and no platform chosen by hand).
    Windows and macOS always have one."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win32", "darwin")):  # Cygwin draws with X11 like Linux
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _cmd_window(args: argparse.Namespace) -> int:
    if no_display():  # before Qt: it would abort with advice to reinstall
        raise Refused("cli.no_display")
    try:
        from cxcharter.ui.app.app import run_app  # lazy: Qt
    except ImportError as exc:
        raise Failure("cli.window", detail=str(exc)) from None
    return run_app(args.file)


# ----------------------------------------------------------------- parsing
def _command_parsers() -> dict[str, tuple[_Parser, Callable[[argparse.Namespace], int]]]:
    lang_help = "language of the charter (default: from your locale: de if German, else en)"
    new = _parser(
        "new",
        "Create an empty charter file.",
        'example:\n  cxcharter new team.cxcharter --title "CX Charter 2027" --lang de',
    )
    new.add_argument("file", metavar="FILE", help="the .cxcharter file to create")
    new.add_argument("--title", help="the charter's title (default: the file name)")
    new.add_argument("--lang", choices=("de", "en"), default=_default_language(), help=lang_help)
    _add_writing_options(new)

    sample = _parser(
        "sample",
        "Write the sample charter, a filled-in example.",
        "example:\n  cxcharter sample beispiel.cxcharter --lang de",
    )
    sample.add_argument("file", metavar="FILE", help="the .cxcharter file to create")
    sample.add_argument(
        "--size",
        choices=("normal", "large"),
        default="normal",
        help="large: a stress charter with 5,000 initiatives, 500 goals and "
        "a 100 × 200 RACI (for tests and benchmarks)",
    )
    sample.add_argument("--lang", choices=("de", "en"), default=_default_language(), help=lang_help)
    _add_writing_options(sample)

    dump = _parser(
        "dump",
        "Print a charter as canonical JSON (UTF-8). The file is only read.",
        "examples:\n  cxcharter dump team.cxcharter\n"
        "  cxcharter dump team.cxcharter -o team.json\n"
        "  cxcharter dump team.cxcharter --revision 1 -o approved-1.json",
    )
    dump.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    dump.add_argument(
        "-o", "--output", metavar="OUT", help="write the JSON to OUT instead of standard output"
    )
    dump.add_argument(
        "--revision",
        type=int,
        metavar="N",
        default=None,
        help="print frozen revision N exactly as it was submitted or approved "
        "(the text its fingerprint covers; default: the charter as it is "
        "now)",
    )

    load = _parser(
        "load",
        "Create a charter from JSON (see docs/json-format.md), or from a "
        "PDF written by CX Charter: the charter is restored from the record "
        "the PDF carries (a PDF whose record was altered is refused). "
        "Invalid JSON is refused, naming the field, and nothing is written.",
        "examples:\n  cxcharter load team.json team.cxcharter\n"
        "  cxcharter load - team.cxcharter < team.json\n"
        "  cxcharter load report.pdf restored.cxcharter",
    )
    load.add_argument(
        "json", metavar="JSON", help="the JSON file or CX Charter PDF, or - for standard input"
    )
    load.add_argument("file", metavar="FILE", help="the .cxcharter file to create")
    _add_writing_options(load)

    export = _parser(
        "export",
        "Write a charter as PDF. The charter file is only read.",
        "examples:\n  cxcharter export team.cxcharter -o team.pdf\n"
        "  cxcharter export team.cxcharter --edition distribution "
        "--omit decision_log -o team-excerpt.pdf",
    )
    export.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    export.add_argument(
        "-o", "--output", metavar="OUT.pdf", help="the PDF to write (default: FILE with .pdf)"
    )
    export.add_argument(
        "--lang",
        choices=("de", "en"),
        default=None,
        help="language of the PDF's own words, dates and numbers (default: the charter's language)",
    )
    export.add_argument(
        "--paper",
        "--page-size",
        dest="paper",
        choices=("a4", "letter"),
        default="a4",
        help="paper size (default: a4)",
    )
    export.add_argument(
        "--revision",
        type=int,
        metavar="N",
        default=None,
        help="print frozen revision N as it was submitted or approved "
        "(default: the charter as it is now)",
    )
    export.add_argument(
        "--edition",
        choices=("full", "distribution"),
        default="full",
        help="full: the whole record, as approved and archived (default); "
        "distribution: an excerpt to hand out, without the stakeholder "
        "assessments (attitude, interest/influence, what they need to "
        "know) and the work tracking; every page names the revision and "
        "fingerprint it is an excerpt of",
    )
    export.add_argument(
        "--omit",
        metavar="PART[,PART]",
        default="",
        help="with --edition distribution, also leave out: contacts "
        "(e-mail addresses), decision_log, reading_notes",
    )
    export.add_argument(
        "--sign",
        metavar="ORG.p12",
        default=None,
        help="certify the PDF of an approved revision with the organisation's "
        "certificate (PKCS#12): any later change to the PDF shows as "
        "broken in PDF readers. The password is asked for, or read from "
        "--password-file or CXCHARTER_SIGN_PASSWORD; never stored",
    )
    export.add_argument(
        "--password-file",
        metavar="FILE",
        default=None,
        help="with --sign: read the certificate's password from the first line of FILE",
    )
    export.add_argument(
        "--review-copy",
        action="store_true",
        help="write a review copy: the round in review plus form fields an "
        "approver fills in (read back with `cxcharter import-review`)",
    )

    return {
        "new": (new, _cmd_new),
        "sample": (sample, _cmd_sample),
        "dump": (dump, _cmd_dump),
        "load": (load, _cmd_load),
        "export": (export, _cmd_export),
        "calendar": _calendar_parser(),
        **_governance_parsers(),
        "install-desktop": _desktop_parser(),
    }


def _calendar_parser() -> tuple[_Parser, Callable[[argparse.Namespace], int]]:
    parser = _parser(
        "calendar",
        "Write the charter's dates as an iCalendar file (RFC 5545) for any "
        "calendar program: an all-day event for each open question's and each "
        "goal's due date, each decision's follow-up and the next review, and a "
        "to-do for each meeting (its cadence is free text, so it is not turned "
        "into a recurrence). Exporting again updates the same entries. The "
        "charter file is only read.",
        "examples:\n  cxcharter calendar team.cxcharter\n"
        "  cxcharter calendar team.cxcharter -o team.ics\n"
        "  cxcharter calendar team.cxcharter -o - | less",
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.ics",
        help="the file to write, - for standard output (default: FILE with .ics)",
    )
    return parser, _cmd_calendar


def _desktop_parser() -> tuple[_Parser, Callable[[argparse.Namespace], int]]:
    parser = _parser(
        "install-desktop",
        "Add CX Charter to the desktop's application menu and register the "
        ".cxcharter file type (Linux, freedesktop.org), so a double-click on a "
        "charter opens it. Writes below $XDG_DATA_HOME (~/.local/share).",
        "examples:\n  cxcharter install-desktop\n  cxcharter install-desktop --uninstall",
    )
    parser.add_argument(
        "--uninstall",
        action="store_true",
        help="remove the menu entry, the file type and the icon again",
    )
    return parser, _cmd_install_desktop


def _governance_parsers() -> dict[str, tuple[_Parser, Callable[[argparse.Namespace], int]]]:
    check = _parser(
        "check",
        "List what still blocks submitting the charter for approval, "
        "and warnings, in the charter's language: each question as it "
        "reads, dates as the PDF writes them. In review and approved, work "
        "tracking (overdue questions, section owners) is not listed. The file is only read.",
        "exit status: 0 no blocker, 1 at least one blocker, 2 not a charter\n"
        "examples:\n  cxcharter check team.cxcharter\n"
        "  cxcharter check team.cxcharter --json",
    )
    check.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    check.add_argument(
        "--json",
        action="store_true",
        help="print the findings as JSON (code, severity, params, place; "
        "question keys and ISO dates)",
    )
    verify = _parser(
        "verify",
        "Recompute the audit trail's hash chain and the fingerprint of "
        "every frozen revision and decision, compare every review "
        "round, decision, comment and resolution with its audit entry "
        "(and a draft's answers with their newest one), and report "
        "exactly what does not match. Prints the chain head (entries, "
        "newest hash), as the PDF's approval page does, and re-checks "
        "every stored signed review copy against its decision. The "
        "file is only read. Decisions are tamper-evident records; only "
        "those from signed copies carry signatures "
        "(docs/governance.md).",
        "exit status: 0 everything matches, 1 something does not, "
        "2 not a charter\nexample:\n  cxcharter verify team.cxcharter",
    )
    verify.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    review = _parser(
        "import-review",
        "Read a filled-in review copy (a PDF written by "
        "`cxcharter export FILE --review-copy`), show what will "
        "be recorded and record it as that approver's decision. "
        "A copy of another charter or round, or from someone who "
        "is not an approver, is refused and nothing is recorded.",
        "exit status: 0 recorded, 1 nothing recorded (not confirmed), 2 refused\n"
        "example:\n  cxcharter import-review team.cxcharter review-filled.pdf",
    )
    review.add_argument("file", metavar="FILE", help="the .cxcharter file in review")
    review.add_argument("review", metavar="REVIEW.pdf", help="the filled-in review copy")
    review.add_argument(
        "--yes",
        action="store_true",
        help="record without asking (needed when not run in a terminal)",
    )
    review.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="who is recorded as having imported it (default: your login name)",
    )
    review.add_argument(
        "--trust-root",
        metavar="CERT",
        action="append",
        default=[],
        help="a company root certificate (PEM or DER) to trust besides the "
        "system's, when checking a signed copy; may be repeated",
    )
    contribution = _parser(
        "contribution",
        "Write a fillable PDF for one person with exactly what they owe: their open "
        "questions (with short guidance and the current answer to start from) and the "
        "fields of the goals and initiatives they own. Any PDF reader fills it in; "
        "`import-contribution` merges it back. The charter is only read.",
        "exit status: 0 written, 2 unknown or ambiguous person, they owe nothing, or not "
        "a charter\nexample:\n  cxcharter contribution team.cxcharter --person "
        '"Anna Weber" -o anna.pdf',
    )
    contribution.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    contribution.add_argument(
        "--person",
        required=True,
        metavar="NAME",
        help="the person's name (or a unique part of it) or id",
    )
    contribution.add_argument(
        "-o", "--out", required=True, metavar="FORM.pdf", help="the PDF to write"
    )
    contribution.add_argument(
        "--lang",
        choices=("en", "de"),
        default=None,
        help="the form's language (default: the charter's)",
    )
    contribute = _parser(
        "import-contribution",
        "Merge a returned contribution form into the charter, field by field: what the "
        "contributor left unchanged is skipped, what only they changed is applied, and "
        "a field changed in the charter meanwhile too is a conflict - asked per "
        "conflict (keep the charter's value or take theirs), or kept with --yes; a field "
        "whose question, goal or initiative has another owner now is skipped. One "
        "step in the audit log and one undo step in the window. A form of another "
        "charter, for a person who is gone, imported already, for a charter in review "
        "or approved, or with a value that fails a check is refused, changing nothing.",
        "exit status: 0 imported, 1 nothing imported (conflicts not answered), 2 refused\n"
        "example:\n  cxcharter import-contribution team.cxcharter anna-filled.pdf --yes",
    )
    contribute.add_argument("file", metavar="FILE", help="the .cxcharter file to change")
    contribute.add_argument("form", metavar="FORM.pdf", help="the filled-in contribution form")
    contribute.add_argument(
        "--yes",
        action="store_true",
        help="do not ask: conflicts keep the charter's value (and are listed)",
    )
    contribute.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="who is recorded as having imported it (default: your login name)",
    )
    verify_pdf = _parser(
        "verify-pdf",
        "Check a PDF written by CX Charter: whether its embedded record (the "
        "canonical JSON of the printed revision) still matches the fingerprint "
        "it prints, which charter, revision and state it shows, and - given the "
        "charter file - whether that revision is the one approved there and "
        "still current. Both files are only read (docs/governance.md).",
        "exit status: 0 intact (and, given FILE, approved and current), 1 altered or not the "
        "approved one, 2 not a CX Charter PDF or unreadable\nexamples:\n"
        "  cxcharter verify-pdf team.pdf\n  cxcharter verify-pdf team.pdf team.cxcharter",
    )
    verify_pdf.add_argument("pdf", metavar="REPORT.pdf", help="the PDF to check")
    verify_pdf.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        default=None,
        help="the .cxcharter file to check it against",
    )
    return {
        "check": (check, _cmd_check),
        "verify": (verify, _cmd_verify),
        "verify-pdf": (verify_pdf, _cmd_verify_pdf),
        "import-review": (review, _cmd_import_review),
        "contribution": (contribution, _cmd_contribution),
        "import-contribution": (contribute, _cmd_import_contribution),
        "signatures": _signatures_parser(),
    }


def _signatures_parser() -> tuple[_Parser, Callable[[argparse.Namespace], int]]:
    parser = _parser(
        "signatures",
        "List the decisions recorded from digitally signed review copies (signer, "
        "certificate SHA-256, trust, warnings) and whether this charter's "
        "approvals must be signed; --require or --no-require changes that "
        "setting (an audited step). When approvals must be signed, "
        "`import-review` refuses an unsigned copy, a certificate outside its "
        "validity and one whose subject does not name the approver.",
        "examples:\n  cxcharter signatures team.cxcharter\n"
        "  cxcharter signatures team.cxcharter --require",
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--require",
        dest="require",
        action="store_true",
        default=None,
        help="approvals must be signed from now on",
    )
    group.add_argument(
        "--no-require",
        dest="require",
        action="store_false",
        help="signatures are optional (recorded when present)",
    )
    parser.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="who is recorded as having changed the setting (default: your login name)",
    )
    return parser, _cmd_signatures


def _cmd_signatures(args: argparse.Namespace) -> int:
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
    _write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK


def _window_parser() -> _Parser:
    parser = _parser(
        "",
        "Write, govern and export your customer-experience (CX) charter. "
        "Without a command, opens the window.",
        EPILOG,
    )
    parser.usage = (
        f"{PROG} [FILE]\n       {PROG} {{new,sample,dump,load,export,calendar,"
        "check,verify,"
        "verify-pdf,import-review,signatures}"
        " ... (see below)"
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        default=None,
        help="a .cxcharter file to open in the window",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


# Every subcommand's name: the window's start builds none of their parsers
# (tests/test_cli.py checks this list against `_command_parsers`).
COMMANDS = frozenset(
    (
        "new",
        "sample",
        "dump",
        "load",
        "export",
        "calendar",
        "check",
        "verify",
        "verify-pdf",
        "import-review",
        "contribution",
        "import-contribution",
        "signatures",
        "install-desktop",
    )
)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, Callable[[argparse.Namespace], int]]:
    """A subcommand if argv starts with one; otherwise argv is [FILE] for the window."""
    if argv and argv[0] in COMMANDS:
        parser, run = _command_parsers()[argv[0]]
        args = parser.parse_args(argv[1:])
        if getattr(args, "actor", "") is None:
            args.actor = _default_actor()
        return args, run
    return _window_parser().parse_args(argv), _cmd_window


def _words(error: CharterError | Failure) -> str:
    """A known failure in the user's language, from its code (domain/error_text.py)."""
    language = _default_language()
    params = getattr(error, "params", {})
    if "errno" in params:  # the system's reason, worded by its number
        error.params = {**params, "reason": _error_text().os_reason(params["errno"], language)}
    return _error_text().error_text(error, language)


def _export_failure(exc: Exception) -> Failure:
    """An export that could not be written: by its errno where it has one."""
    number = getattr(exc, "code", None)
    if isinstance(number, int):
        return Failure("cli.cannot_write", path=getattr(exc, "path", ""), errno=number)
    reason = getattr(exc, "reason", "")
    if reason:
        return Failure(f"cli.export_{reason}")
    return Failure("cli.export", detail=str(exc))


def _error(message: str) -> None:
    line = " ".join(str(message).split()) or "unknown error"
    print(f"{PROG}: error: {line}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (never raises, never a traceback)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args, run = _parse(argv)
        return run(args)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except CharterError as exc:  # includes InterchangeError and Refused (usage errors too)
        _error(_words(exc))
        return EXIT_BAD_INPUT
    except Failure as exc:
        _error(_words(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error(_words(Failure("cli.interrupted")))
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        _error(_words(Failure("cli.os", errno=exc.errno, where=where)))
        return EXIT_FAILED
    except Exception as exc:  # a bug: still one line, but say what it was
        if os.environ.get("CXCHARTER_DEBUG"):
            raise
        _error(_words(Failure("cli.bug", kind=type(exc).__name__, detail=str(exc))))
        return EXIT_FAILED


def gui_main() -> int:
    """Entry point of `cxcharter-gui`: the same command line, usually just [FILE]."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
