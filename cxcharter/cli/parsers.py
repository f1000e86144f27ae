"""Every command's arguments, one function per command: its parser (argparse, with the
`--help` text) and the function of the command module that runs it."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cxcharter.cli import checks, contribution, export, files, review
from cxcharter.cli.common import (
    _Parser,
    add_writing_options,
    command_parser,
    default_language,
)

Command = tuple[_Parser, Callable[[argparse.Namespace], int]]

LANG_HELP = "language of the charter (default: from your locale: de if German, else en)"


def command_parsers() -> dict[str, Command]:
    """Every subcommand's parser and runner, by name (`COMMANDS` lists the names)."""
    return {
        "new": _new_parser(),
        "sample": _sample_parser(),
        "dump": _dump_parser(),
        "load": _load_parser(),
        "export": _export_parser(),
        "calendar": _calendar_parser(),
        "check": _check_parser(),
        "verify": _verify_parser(),
        "verify-pdf": _verify_pdf_parser(),
        "import-review": _import_review_parser(),
        "contribution": _contribution_parser(),
        "import-contribution": _import_contribution_parser(),
        "signatures": _signatures_parser(),
        "install-desktop": _desktop_parser(),
    }


def _new_parser() -> Command:
    parser = command_parser(
        "new",
        "Create an empty charter file.",
        'example:\n  cxcharter new team.cxcharter --title "CX Charter 2027" --lang de',
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to create")
    parser.add_argument("--title", help="the charter's title (default: the file name)")
    parser.add_argument("--lang", choices=("de", "en"), default=default_language(), help=LANG_HELP)
    add_writing_options(parser)
    return parser, files.run_new


def _sample_parser() -> Command:
    parser = command_parser(
        "sample",
        "Write the sample charter, a filled-in example.",
        "example:\n  cxcharter sample beispiel.cxcharter --lang de",
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to create")
    parser.add_argument(
        "--size",
        choices=("normal", "large"),
        default="normal",
        help="large: a stress charter with 5,000 initiatives, 500 goals and "
        "a 100 × 200 RACI (for tests and benchmarks)",
    )
    parser.add_argument("--lang", choices=("de", "en"), default=default_language(), help=LANG_HELP)
    add_writing_options(parser)
    return parser, files.run_sample


def _dump_parser() -> Command:
    parser = command_parser(
        "dump",
        "Print a charter as canonical JSON (UTF-8). The file is only read.",
        "examples:\n  cxcharter dump team.cxcharter\n"
        "  cxcharter dump team.cxcharter -o team.json\n"
        "  cxcharter dump team.cxcharter --revision 1 -o approved-1.json",
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write the JSON to OUT instead of standard output"
    )
    parser.add_argument(
        "--revision",
        type=int,
        metavar="N",
        default=None,
        help="print frozen revision N exactly as it was submitted or approved "
        "(the text its fingerprint covers; default: the charter as it is "
        "now)",
    )
    return parser, files.run_dump


def _load_parser() -> Command:
    parser = command_parser(
        "load",
        "Create a charter from JSON (see docs/json-format.md), or from a "
        "PDF written by CX Charter: the charter is restored from the record "
        "the PDF carries (a PDF whose record was altered is refused). "
        "Invalid JSON is refused, naming the field, and nothing is written.",
        "examples:\n  cxcharter load team.json team.cxcharter\n"
        "  cxcharter load - team.cxcharter < team.json\n"
        "  cxcharter load report.pdf restored.cxcharter",
    )
    parser.add_argument(
        "json", metavar="JSON", help="the JSON file or CX Charter PDF, or - for standard input"
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to create")
    add_writing_options(parser)
    return parser, files.run_load


def _export_parser() -> Command:
    parser = command_parser(
        "export",
        "Write a charter as PDF. The charter file is only read.",
        "examples:\n  cxcharter export team.cxcharter -o team.pdf\n"
        "  cxcharter export team.cxcharter --edition distribution "
        "--omit decision_log -o team-excerpt.pdf",
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf", help="the PDF to write (default: FILE with .pdf)"
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        default=None,
        help="language of the PDF's own words, dates and numbers (default: the charter's language)",
    )
    parser.add_argument(
        "--paper",
        "--page-size",
        dest="paper",
        choices=("a4", "letter"),
        default="a4",
        help="paper size (default: a4)",
    )
    parser.add_argument(
        "--revision",
        type=int,
        metavar="N",
        default=None,
        help="print frozen revision N as it was submitted or approved "
        "(default: the charter as it is now)",
    )
    parser.add_argument(
        "--edition",
        choices=("full", "distribution"),
        default="full",
        help="full: the whole record, as approved and archived (default); "
        "distribution: an excerpt to hand out, without the stakeholder "
        "assessments (attitude, interest/influence, what they need to "
        "know) and the work tracking; every page names the revision and "
        "fingerprint it is an excerpt of",
    )
    parser.add_argument(
        "--omit",
        metavar="PART[,PART]",
        default="",
        help="with --edition distribution, also leave out: contacts "
        "(e-mail addresses), decision_log, reading_notes",
    )
    _add_signing_and_review_copy(parser)
    return parser, export.run_export


def _add_signing_and_review_copy(parser: _Parser) -> None:
    """`export --sign` (a certified PDF) and `--review-copy` (a PDF to fill in)."""
    parser.add_argument(
        "--sign",
        metavar="ORG.p12",
        default=None,
        help="certify the PDF of an approved revision with the organisation's "
        "certificate (PKCS#12): any later change to the PDF shows as "
        "broken in PDF readers. The password is asked for, or read from "
        "--password-file or CXCHARTER_SIGN_PASSWORD; never stored",
    )
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        default=None,
        help="with --sign: read the certificate's password from the first line of FILE",
    )
    parser.add_argument(
        "--review-copy",
        action="store_true",
        help="write a review copy: the round in review plus form fields an "
        "approver fills in (read back with `cxcharter import-review`)",
    )


def _check_parser() -> Command:
    parser = command_parser(
        "check",
        "List what still blocks submitting the charter for approval, "
        "and warnings, in the charter's language: each question as it "
        "reads, dates as the PDF writes them. In review and approved, work "
        "tracking (overdue questions, section owners) is not listed. The file is only read.",
        "exit status: 0 no blocker, 1 at least one blocker, 2 not a charter\n"
        "examples:\n  cxcharter check team.cxcharter\n"
        "  cxcharter check team.cxcharter --json",
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the findings as JSON (code, severity, params, place; "
        "question keys and ISO dates)",
    )
    return parser, checks.run_check


def _verify_parser() -> Command:
    parser = command_parser(
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
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    return parser, checks.run_verify


def _import_review_parser() -> Command:
    parser = command_parser(
        "import-review",
        "Read a filled-in review copy (a PDF written by "
        "`cxcharter export FILE --review-copy`), show what will "
        "be recorded and record it as that approver's decision. "
        "A copy of another charter or round, or from someone who "
        "is not an approver, is refused and nothing is recorded.",
        "exit status: 0 recorded, 1 nothing recorded (not confirmed), 2 refused\n"
        "example:\n  cxcharter import-review team.cxcharter review-filled.pdf",
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file in review")
    parser.add_argument("review", metavar="REVIEW.pdf", help="the filled-in review copy")
    parser.add_argument(
        "--yes",
        action="store_true",
        help="record without asking (needed when not run in a terminal)",
    )
    parser.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="who is recorded as having imported it (default: your login name)",
    )
    parser.add_argument(
        "--trust-root",
        metavar="CERT",
        action="append",
        default=[],
        help="a company root certificate (PEM or DER) to trust besides the "
        "system's, when checking a signed copy; may be repeated",
    )
    return parser, review.run_import_review


def _contribution_parser() -> Command:
    parser = command_parser(
        "contribution",
        "Write a fillable PDF for one person with exactly what they owe: their open "
        "questions (with short guidance and the current answer to start from) and the "
        "fields of the goals and initiatives they own. Any PDF reader fills it in; "
        "`import-contribution` merges it back. The charter is only read.",
        "exit status: 0 written, 2 unknown or ambiguous person, they owe nothing, or not "
        "a charter\nexample:\n  cxcharter contribution team.cxcharter --person "
        '"Anna Weber" -o anna.pdf',
    )
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to read")
    parser.add_argument(
        "--person",
        required=True,
        metavar="NAME",
        help="the person's name (or a unique part of it) or id",
    )
    parser.add_argument("-o", "--out", required=True, metavar="FORM.pdf", help="the PDF to write")
    parser.add_argument(
        "--lang",
        choices=("en", "de"),
        default=None,
        help="the form's language (default: the charter's)",
    )
    return parser, contribution.run_contribution


def _import_contribution_parser() -> Command:
    parser = command_parser(
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
    parser.add_argument("file", metavar="FILE", help="the .cxcharter file to change")
    parser.add_argument("form", metavar="FORM.pdf", help="the filled-in contribution form")
    parser.add_argument(
        "--yes",
        action="store_true",
        help="do not ask: conflicts keep the charter's value (and are listed)",
    )
    parser.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="who is recorded as having imported it (default: your login name)",
    )
    return parser, contribution.run_import_contribution


def _verify_pdf_parser() -> Command:
    parser = command_parser(
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
    parser.add_argument("pdf", metavar="REPORT.pdf", help="the PDF to check")
    parser.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        default=None,
        help="the .cxcharter file to check it against",
    )
    return parser, checks.run_verify_pdf


def _calendar_parser() -> Command:
    parser = command_parser(
        "calendar",
        "Write the charter's dates as an iCalendar file (RFC 5545) for any "
        "calendar program: an all-day event for each open question's and each "
        "goal's due date, each decision's follow-up and the next review, and a "
        "to-do for each meeting (its cadence is free text, so it is not turned "
        "into a recurrence). Open questions' due dates are work tracking: a "
        "charter in review or approved leaves them out and says so in one line "
        "on standard error. Exporting again updates the same entries. The "
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
    return parser, files.run_calendar


def _desktop_parser() -> Command:
    parser = command_parser(
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
    return parser, files.run_install_desktop


def _signatures_parser() -> Command:
    parser = command_parser(
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
    return parser, review.run_signatures
