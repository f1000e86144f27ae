"""Importing a returned contribution form: one op, one transaction, one audit entry,
one undo step.

`refusal(doc, form)` says why a form cannot be imported at all (another charter,
a person who is gone, imported already, a frozen charter); `import_contribution`
applies a `domain.contribution.Plan` with the lead's choice per conflict. The
audit entry is `op.contribution.import` (or the single change's own entry when
only the form's record is written) naming the contributor; its actor is the lead
who imported it. Undo restores every value, removes the readings the form added
and marks the form as not imported, in one step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from cxcharter.domain.contribution import FormContent, Plan
from cxcharter.domain.errors import CharterError
from cxcharter.domain.values import Problem
from cxcharter.ops.done import Done

if TYPE_CHECKING:
    from cxcharter.store.document import CharterDocument

CODE, UNDO_CODE = "contribution.import", "contribution.undo"
Write = tuple[str, object, str, object]  # (kind, question key or row id, column, value)


class ContributionRefused(CharterError):
    """The form cannot be imported; `problem` keeps the code for the window's words."""

    code = "contribution"

    def __init__(self, message: str, problem: Problem) -> None:
        super().__init__(message)
        self.problem = problem


def refusal(doc: CharterDocument, form: FormContent) -> Problem | None:
    """Why `form` cannot be imported into `doc` at all, or None."""
    if form.charter != doc.uuid:
        return Problem("contribution.other_charter", "form", {})
    person = doc.person(form.person)
    if person is None:
        return Problem("contribution.person_gone", "form", {"value": form.person})
    if doc.contribution_imported(form.form_id):
        return Problem("contribution.already_imported", "form", {"value": person.name})
    state = doc.frozen_state()
    if state:
        return Problem("contribution.frozen", "form", {"state": state})
    return None


def writes_of(plan: Plan, take_theirs: Collection[str] = ()) -> list[Write]:
    """The values to write: every field changed by the contributor only, and every
    conflict whose field name is in `take_theirs` (the others keep the charter's)."""
    chosen = [m for m in plan.conflicts if m.field.name in take_theirs]
    return [
        (m.field.kind, m.field.target, m.field.column, m.theirs)
        for m in [*plan.of("apply"), *chosen]
    ]


def import_contribution(
    doc: CharterDocument,
    form: FormContent,
    plan: Plan,
    take_theirs: Collection[str] = (),
    *,
    contributor: str,
) -> Done:
    """Apply `plan` (made from `form`); raises ContributionRefused (nothing changed)."""
    if plan.problems:
        raise ContributionRefused("the form's values are refused", plan.problems[0])
    facts = {
        "contributor": contributor,
        "person": form.person,
        "form": form.form_id,
        "revision": form.revision,
    }
    return _apply(
        doc, CODE, facts, writes_of(plan, take_theirs), [dict(r) for _g, r in plan.readings], ()
    )


def _apply(
    doc: CharterDocument,
    code: str,
    facts: dict[str, object],
    writes: Sequence[Write],
    add: Sequence[dict[str, object]],
    remove: Sequence[int],
) -> Done:
    form_id = str(facts["form"])
    undo = code == UNDO_CODE
    params = {**facts, "n": len(writes) + len(add)}
    with doc.operation(code, params) as op:
        if (problem := refusal_inside(doc, form_id, undo)) is not None:
            raise ContributionRefused(problem.code, problem)
        old: list[Write] = []
        for kind, target, column, value in writes:
            if kind == "answer":
                old.append((kind, target, column, doc.answer(str(target)).text))
                doc.set_answer_text(str(target), str(value or ""))
            else:
                row = doc.row(kind, int(str(target)))
                old.append((kind, target, column, row.get(column) if row else None))
                doc.update_row(kind, int(str(target)), **{column: value})
        removed = []
        for reading in remove:
            row = doc.row("reading", reading)
            if row is not None:
                removed.append({n: row.get(n) for n in ("goal", "date", "value", "note")})
                doc.remove_row("reading", reading)
        added = [doc.add_row("reading", values) for values in add]
        doc.record_contribution(form_id, {**facts, "n": params["n"]}, undo=undo)
    back = CODE if undo else UNDO_CODE
    return Done(
        code,
        params,
        tuple(op.changes),
        lambda d: _apply(d, back, facts, list(reversed(old)), removed, added),
        result=len(writes) + len(add),
    )


def refusal_inside(doc: CharterDocument, form_id: str, undo: bool) -> Problem | None:
    """Checked inside the transaction: no second import of the same form slips in."""
    if not undo and doc.contribution_imported(form_id):
        return Problem("contribution.already_imported", "form", {"value": ""})
    return None
