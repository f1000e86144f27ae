"""What every command shares: its refusals and failures, its parser, its defaults and
the way it reads input and writes output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path

from cxcharter.store.errors import CharterError

PROG = "cxcharter"
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


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


def default_language() -> str:
    """'de' when the user's locale is German, else 'en' (POSIX order of the variables)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def default_actor() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no login name in the environment or the password database
        return "unknown"


def command_parser(name: str, description: str, epilog: str = "") -> _Parser:
    return _Parser(
        prog=f"{PROG} {name}".strip(),
        description=description,
        epilog=epilog or None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_writing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    parser.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="who is recorded in the audit log (default: your login name)",
    )


def open_snapshot(path: str):
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(path, actor=default_actor(), read_only=True)
    try:
        return doc.snapshot()
    finally:
        doc.close()


def workflow_state(path: str) -> str:
    """'draft', 'in_review' or 'approved' (without the fingerprint: cheap)."""
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(path, actor=default_actor(), read_only=True)
    try:
        return doc.frozen_state() or "draft"
    finally:
        doc.close()


def read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise Refused("cli.cannot_read", path=name, errno=exc.errno) from None


def write_stdout(data: bytes) -> None:
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


def refuse_the_charter_as_output(out: str, charter: str) -> None:
    """Refuse an output path that is the charter itself (a typo must not destroy it)."""
    if Path(out).resolve() == Path(charter).resolve():
        raise Refused("cli.same_output", path=out)


def write_output(out: str, data: bytes) -> None:
    from cxcharter.store import outfile  # lazy: start-up

    try:
        outfile.write_bytes(out, data)
    except OSError as exc:
        raise Failure("cli.cannot_write", path=out, errno=exc.errno) from None


def cli_text():
    """domain/cli_text.py, the words of what the commands print, looked up by a command
    when it prints (not at the window's start)."""
    from cxcharter.domain import cli_text  # lazy: start-up (only commands print)

    return cli_text


def say(key: str, /, **params: object) -> str:
    """A line of domain/cli_text.py in the user's language (the locale)."""
    return cli_text().say(key, default_language(), **params)


def count(number: int, noun: str) -> str:
    """'2 review rounds', '2 Prüfrunden': a count in the user's language."""
    return cli_text().count(number, noun, default_language())


def state_words(code: str) -> str:
    """A state or decision code in the user's language ('in_review' → 'in Prüfung')."""
    return cli_text().state(code, default_language())


def words(error: CharterError | Failure) -> str:
    """A known failure in the user's language, from its code (domain/error_text.py)."""
    language = default_language()
    params = getattr(error, "params", {})
    if "errno" in params:  # the system's reason, worded by its number
        error.params = {**params, "reason": _error_text().os_reason(params["errno"], language)}
    return _error_text().error_text(error, language)
