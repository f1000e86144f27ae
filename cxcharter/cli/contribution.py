"""Asking people for what they owe: `contribution` writes one person's fillable form,
`import-contribution` merges it back field by field."""

from __future__ import annotations

import argparse
import sys

from cxcharter.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    default_actor,
)
from cxcharter.domain.wording import counted
from cxcharter.store.errors import CharterError


def run_contribution(args: argparse.Namespace) -> int:
    """Write one person's contribution form."""
    from cxcharter.domain.contribution import find_person  # lazy: start-up
    from cxcharter.export.contribution_form import (  # lazy: reportlab, pypdf
        NothingOwed,
        export_contribution_form,
    )
    from cxcharter.export.contribution_read import describe  # lazy: start-up
    from cxcharter.store.document import CharterDocument  # lazy: sqlite-utils

    doc = CharterDocument.open(args.file, actor=default_actor(), read_only=True)
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


def run_import_contribution(args: argparse.Namespace) -> int:
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
