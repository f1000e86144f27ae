"""Commands that make, read and write charter files: new, sample, dump, load, calendar
and install-desktop."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from cxcharter.cli.common import (
    EXIT_OK,
    Failure,
    Refused,
    default_actor,
    default_language,
    open_snapshot,
    read_input,
    refuse_the_charter_as_output,
    say,
    workflow_state,
    write_output,
    write_stdout,
)
from cxcharter.store.errors import InvalidValue


def run_new(args: argparse.Namespace) -> int:
    from cxcharter.domain import values  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    title = args.title if args.title is not None else Path(args.file).stem
    if problem := values.check_text(title, "--title", values.MAX_LINE):
        raise InvalidValue(values.describe(problem), field=problem.field, problem=problem)
    doc = CharterDocument.create(
        args.file, title=title, language=args.lang, actor=args.actor, overwrite=args.force
    )
    doc.close()
    print(say("new.created", path=args.file, language=args.lang))
    return EXIT_OK


def run_sample(args: argparse.Namespace) -> int:
    if args.size == "large":
        from cxcharter.store.document import write_new_file  # lazy: sqlite-utils
        from cxcharter.stress import build_stress  # lazy: sqlite-utils

        write_new_file(args.file, build_stress(args.lang), actor=args.actor, overwrite=args.force)
        print(say("sample.wrote_large", path=args.file, language=args.lang))
        return 0
    from cxcharter.sample import write_sample  # lazy: sqlite-utils

    write_sample(args.file, args.lang, actor=args.actor, overwrite=args.force)
    print(say("sample.wrote", path=args.file, language=args.lang))
    return EXIT_OK


def run_dump(args: argparse.Namespace) -> int:
    if args.revision is not None:
        data = _frozen_text(args.file, args.revision).encode("utf-8")
    else:
        from cxcharter.domain.canonical import dumps  # lazy: start-up

        data = dumps(open_snapshot(args.file)).encode("utf-8")
    if args.output in (None, "-"):
        write_stdout(data)
    else:
        refuse_the_charter_as_output(args.output, args.file)
        write_output(args.output, data)
    return EXIT_OK


def _frozen_text(path: str, number: int) -> str:
    """Revision `number`'s frozen canonical JSON, exactly as it was fingerprinted."""
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(path, actor=default_actor(), read_only=True)
    try:
        return doc.open_revision(number).text  # none: WorkflowError, one line, exit 2
    finally:
        doc.close()


def run_load(args: argparse.Namespace) -> int:
    from cxcharter.domain.canonical_load import loads  # lazy: start-up
    from cxcharter.store.document import write_new_file  # lazy: sqlite-utils

    data = read_input(args.json)
    if data.startswith(b"%PDF"):  # a PDF mailed around: load the record it carries
        data = intact_pdf_record(data, args.json).text.encode("utf-8")
    snapshot = loads(data)  # validated before anything is written
    write_new_file(args.file, snapshot, actor=args.actor, overwrite=args.force)
    print(say("load.created", path=args.file, source=args.json))
    return EXIT_OK


def intact_pdf_record(data: bytes, name: str):
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


def run_calendar(args: argparse.Namespace) -> int:
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.export import ics  # lazy: start-up

    snapshot = open_snapshot(args.file)
    state = workflow_state(args.file)  # answer due dates only in a draft
    catalog, today = load_catalog(snapshot.language), dt.date.today()
    data = ics.calendar_bytes(catalog, snapshot, today=today, state=state)
    note = ics.left_out_text(
        state, ics.left_out(catalog, snapshot, today, state), default_language()
    )
    if args.output == "-":
        write_stdout(data)
    else:
        out = args.output or str(Path(args.file).with_suffix(".ics"))
        refuse_the_charter_as_output(out, args.file)
        write_output(out, data)
        print(say("export.wrote", path=out))
    if note:  # why there are fewer events than in the draft (stdout may be the calendar)
        print(note, file=sys.stderr)
    return EXIT_OK


def run_install_desktop(args: argparse.Namespace) -> int:
    from cxcharter import desktop  # lazy: start-up

    try:
        done = desktop.uninstall() if args.uninstall else desktop.install()
    except OSError as exc:
        raise Failure("cli.desktop_files", errno=exc.errno) from None
    verb = "desktop.removed" if args.uninstall else "desktop.wrote"
    lines = [say(verb, path=path) for path in done.files] or [say("desktop.nothing")]
    if done.refreshed:
        lines.append(say("desktop.refreshed", tools=", ".join(done.refreshed)))
    elif not args.uninstall:
        lines.append(say("desktop.no_cache_tools"))
    write_stdout(("\n".join(lines) + "\n").encode("utf-8"))
    return EXIT_OK
