"""The `cxcharter` command: open the window, or create, dump, load, check and export
charters.

Where each command lives:

- this module: `main` and `gui_main` (the entry points), telling a command from a FILE
  for the window, the window itself, and the one-line error at the edge;
- `files.py`: new, sample, dump, load, calendar, install-desktop;
- `checks.py`: check, verify, verify-pdf;
- `export.py`: export (the PDF, its review copy and its certified copy);
- `review.py`: import-review, signatures;
- `contribution.py`: contribution, import-contribution;
- `parsers.py`: every command's arguments (argparse), one function per command;
- `common.py`: what they share (`Refused`, `Failure`, the parser, output helpers).

Qt and reportlab are imported only inside the commands that need them, so
`dump`, `load`, `new` and `sample` run on a server without a display; each
command imports what only it needs (`# lazy: start-up`), so `--version`, `--help`
and the window start without loading the other commands' modules (the window's
start does not import the command modules at all).
Every known failure is one line on stderr (`cxcharter: error: …`), never a
traceback: exit 2 for bad input or a refused file, 1 for other failures. Each
carries a code (a `CharterError`'s, or a `Refused`/`Failure` of `common.py`) that
`domain/error_text.py` words in the user's language (German for a German locale); the
lines a command prints for a person are worded the same way, from `domain/cli_text.py`
(`common.say`).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Mapping, Sequence

from cxcharter import __version__
from cxcharter.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    PROG,
    Failure,
    Refused,
    _Parser,
    command_parser,
    default_actor,
    words,
)
from cxcharter.store.errors import CharterError

__all__ = ["COMMANDS", "COMMAND_ORDER", "Failure", "Refused", "gui_main", "main", "no_display"]

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
What the commands print (results, questions, errors) is in German when the locale is
(LC_ALL, LC_MESSAGES or LANG starting with de), else in English; check speaks the
charter's language. --json, dump, hashes and exit statuses are the same in both.
Exit status: 0 done, 1 failed, 2 bad input or a file that was refused.
"""


def _window_parser() -> _Parser:
    parser = command_parser(
        "",
        "Write, govern and export your customer-experience (CX) charter. "
        "Without a command, opens the window.",
        EPILOG,
    )
    parser.usage = f"{PROG} [FILE]\n       {PROG} {{{','.join(COMMAND_ORDER)}}} ... (see below)"
    parser.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        default=None,
        help="a .cxcharter file to open in the window",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def no_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True where Qt would find nothing to show the window on and abort the process
    (X11/Wayland systems with neither display, and no platform chosen by hand).
    Windows and macOS always have one."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win32", "darwin")):  # Cygwin draws with X11 like Linux
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_window(args: argparse.Namespace) -> int:
    if no_display():  # before Qt: it would abort with advice to reinstall
        raise Refused("cli.no_display")
    # The cycle collector waits while the window starts: the window resumes it the first
    # time it is idle (ui/app/app.py, collect_when_idle), and so does this, whatever happens.
    gc.disable()
    try:
        try:
            from cxcharter.ui.app.app import run_app  # lazy: Qt
        except ImportError as exc:
            raise Failure("cli.window", detail=str(exc)) from None
        return run_app(args.file)
    finally:
        gc.enable()


# Every subcommand's name, in the order of `--help`: the window's start builds none of
# their parsers (tests/test_cli.py checks this list against `parsers.command_parsers`,
# tests/test_cli_words.py the usage line).
COMMAND_ORDER = (
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
COMMANDS = frozenset(COMMAND_ORDER)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, Callable[[argparse.Namespace], int]]:
    """A subcommand if argv starts with one; otherwise argv is [FILE] for the window."""
    if argv and argv[0] in COMMANDS:
        from cxcharter.cli.parsers import command_parsers  # lazy: start-up

        parser, run = command_parsers()[argv[0]]
        args = parser.parse_args(argv[1:])
        if getattr(args, "actor", "") is None:
            args.actor = default_actor()
        return args, run
    return _window_parser().parse_args(argv), run_window


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
        _error(words(exc))
        return EXIT_BAD_INPUT
    except Failure as exc:
        _error(words(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error(words(Failure("cli.interrupted")))
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        _error(words(Failure("cli.os", errno=exc.errno, where=where)))
        return EXIT_FAILED
    except Exception as exc:  # a bug: still one line, but say what it was
        if os.environ.get("CXCHARTER_DEBUG"):
            raise
        _error(words(Failure("cli.bug", kind=type(exc).__name__, detail=str(exc))))
        return EXIT_FAILED


def gui_main() -> int:
    """Entry point of `cxcharter-gui`: the same command line, usually just [FILE]."""
    return main(sys.argv[1:])
