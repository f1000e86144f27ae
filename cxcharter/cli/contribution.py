"""Asking people for what they owe: `contribution` writes one person's fillable form,
`import-contribution` merges it back field by field."""

from __future__ import annotations

import argparse
import sys
from functools import partial

from cxcharter.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Refused,
    count,
    default_actor,
    default_language,
    refuse_the_charter_as_output,
    say,
)


def run_contribution(args: argparse.Namespace) -> int:
    """Write one person's contribution form."""
    from cxcharter.domain.contribution import find_person  # lazy: start-up
    from cxcharter.export.contribution_form import (  # lazy: reportlab, pypdf
        NothingOwed,
        export_contribution_form,
    )
    from cxcharter.export.contribution_read import describe  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    refuse_the_charter_as_output(args.out, args.file)
    doc = CharterDocument.open(args.file, actor=default_actor(), read_only=True)
    try:
        person = find_person(doc.snapshot(), args.person)
        if not hasattr(person, "id"):
            raise Refused("cli.contribution_person", detail=describe(person, default_language()))
        try:
            facts = export_contribution_form(doc, person.id, args.out, language=args.lang)
        except NothingOwed:
            raise Refused("cli.owes_nothing", name=person.name) from None
    finally:
        doc.close()
    fields = count(len(facts["fields"]), "field")
    print(say("contribution.wrote", name=person.name, path=args.out, fields=fields))
    return EXIT_OK


def run_import_contribution(args: argparse.Namespace) -> int:
    """Merge a returned contribution form: three-way per field, one undoable step."""
    from cxcharter.catalog import load_catalog  # lazy: start-up
    from cxcharter.domain.contribution import plan as make_plan  # lazy: start-up
    from cxcharter.export.contribution_read import (  # lazy: pypdf
        ContributionFileError,
        describe,
        field_label,
        read_form,
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
            code = "cli.review_not_pdf" if exc.code == "not_pdf" else f"cli.contribution_{exc.code}"
            raise Refused(code, path=args.form, detail=exc.detail) from None
        language = default_language()
        if (problem := refusal(doc, form)) is not None:
            raise Refused("cli.contribution_refused", detail=describe(problem, language))
        snapshot = doc.snapshot()
        catalog = load_catalog(snapshot.language)
        plan = make_plan(snapshot, form)
        if plan.problems:
            found = "; ".join(describe(p, language) for p in plan.problems[:5])
            raise Refused("cli.contribution_problems", detail=found)
        name = snapshot.person_name(form.person)
        print(say("contribution.heading", name=name, revision=form.revision))
        for merge in plan.of("apply"):
            label = field_label(merge.field, snapshot, catalog, language)
            print(say("contribution.apply", field=label, value=_shown(merge.theirs, 80)))
        for goal, reading in plan.readings:
            when = _date(reading["date"])
            print(say("contribution.reading", goal=goal, value=_shown(reading["value"]), date=when))
        for merge in plan.of("gone"):
            print(say("contribution.gone", field=merge.field.name))
        print(say("contribution.unchanged", fields=count(len(plan.of("skip")), "field")))
        if plan.conflicts and not args.yes and not sys.stdin.isatty():
            print(say("contribution.needs_yes"), file=sys.stderr)
            return EXIT_FAILED
        label = partial(field_label, snapshot=snapshot, catalog=catalog, language=language)
        taken = _ask_conflicts(plan, label, args.yes)
        done = import_contribution(doc, form, plan, taken or set(), contributor=name)
    finally:
        doc.close()
    kept = count(len(plan.conflicts) - len(taken or ()), "conflict")
    changes = count(done.result, "change")
    who = {"name": name, "actor": args.actor}
    print(say("contribution.imported", changes=changes, conflicts=kept, **who))
    return EXIT_OK


def _shown(value: object, limit: int = 160) -> str:
    """A value on one line of the terminal, shortened; nothing says so in words."""
    from cxcharter.export.contribution_read import shown  # lazy: start-up

    return say("contribution.empty") if value in (None, "") else shown(value, limit)


def _date(value: object) -> str:
    """A reading's date as the user's language writes it."""
    from cxcharter.domain import cli_text  # lazy: start-up

    return cli_text.date(value, default_language())


def _ask_conflicts(plan, label, yes: bool) -> set[str] | None:
    """The conflicts whose contributor's value is taken; None: not confirmed."""
    taken: set[str] = set()
    for merge in plan.conflicts:
        print(say("conflict.field", field=label(merge.field)))
        print(say("conflict.charter", value=_shown(merge.current)))
        print(say("conflict.contributor", value=_shown(merge.theirs)))
        if yes:
            print(say("conflict.kept"))
            continue
        reply = input(say("conflict.ask"))
        if reply.strip().casefold() in ("t", "take", "theirs", "ü", "übernehmen"):
            taken.add(merge.field.name)
    return taken
