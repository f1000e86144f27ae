"""Contribution forms: what one person is asked to fill in, and how their answers merge back.

A form asks one person for what they owe (`owed.py`): the text of their open
questions, and the typed fields of the goals and initiatives they own. Every
field carries the value it started from (`base`), so an import is a three-way
merge per field: unchanged by the contributor → skipped; changed by them only →
applied; changed on both sides differently → a conflict the lead decides. Forms
returned in any order merge right, because each field compares with its own base.

Plain data, no text: problems are `values.Problem` codes, worded at the edge.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from cxcharter.catalog import Catalog
from cxcharter.domain import entities
from cxcharter.domain.model import CharterSnapshot, Person
from cxcharter.domain.owed import owed
from cxcharter.domain.values import MAX_LINE, Problem, parse_date

FORMAT = "cxcharter-contribution"
VERSION = 1
MAX_FIELD = 100_000  # characters a form's text field takes (its maxlen), and an import
# Goal and initiative fields a person types (text, number, date), in form order.
GOAL_FIELDS = ("baseline", "target", "rationale")
READING_FIELDS = ("value", "date", "note")
INITIATIVE_FIELDS = ("description",)
OPEN_STATUSES = ("idea", "planned", "in_progress")  # initiatives still being worked on


@dataclass(frozen=True, slots=True)
class FormField:
    """One field: `name` in the PDF, what it writes to, its type and its starting text.

    `kind` is "answer" (target: the question key), "goal"/"initiative" (target: the
    row id, `column`: the field), or "reading" (a new reading of goal `target`)."""

    name: str
    kind: str
    target: str | int
    column: str
    type: str  # text, line, real, date
    base: str = ""


def answer_name(key: str) -> str:
    return f"answer.{key}"


def row_name(kind: str, row_id: int, column: str) -> str:
    return f"{kind}.{row_id}.{column}"


def _shown(value: object) -> str:
    """A stored value as the text a form field starts from."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def starting_text(f: FormField, language: str) -> str:
    """The text field `f` starts from in a form of `language`: a number as that language
    writes it (German "4,125"; "4.125" would read as four thousand). The form's facts keep
    `f.base`, the stored value written the same in every language."""
    if f.type in ("int", "real") and language == "de":
        return f.base.replace(".", ",")
    return f.base


def owned_rows(snapshot: CharterSnapshot, kind: str, person: int) -> list:
    rows = [r for r in snapshot.rows_of(kind) if r.get("owner") == person]
    if kind == "initiative":
        rows = [r for r in rows if r.get("status") in OPEN_STATUSES]
    return rows


def _row_fields(kind: str, row: entities.Row, columns: tuple[str, ...]) -> list[FormField]:
    """The form's fields for `columns` of one row, each starting from the row's value."""
    declared = entities.KINDS[kind]
    return [
        FormField(
            row_name(kind, row.id, column),
            kind,
            row.id,
            column,
            declared.field(column).type,
            _shown(row.get(column)),
        )
        for column in columns
    ]


def form_fields(
    catalog: Catalog, snapshot: CharterSnapshot, person: int, today: dt.date
) -> list[FormField]:
    """Everything `person` is asked for, in form order; empty: they owe nothing."""
    item = owed(catalog, snapshot, today).get(person)
    fields: list[FormField] = []
    if item is None:
        return fields
    for open_item in item.answers:
        typed = answer_type(catalog.question(open_item.key).kind)
        if typed is None:
            continue  # a person is chosen in the window, not typed
        text = snapshot.answer(open_item.key).text
        fields.append(
            FormField(answer_name(open_item.key), "answer", open_item.key, "text", typed, text)
        )
    for row in owned_rows(snapshot, "goal", person):
        fields += _row_fields("goal", row, GOAL_FIELDS)
        for column in READING_FIELDS:
            f = entities.KINDS["reading"].field(column)
            fields.append(
                FormField(row_name("reading", row.id, column), "reading", row.id, column, f.type)
            )
    for row in owned_rows(snapshot, "initiative", person):
        fields += _row_fields("initiative", row, INITIATIVE_FIELDS)
    return fields


def answer_type(kind: str) -> str | None:
    """The form field type of a question of `kind`; None: not asked in a form."""
    return None if kind == "person" else (kind if kind in ("line", "date") else "text")


_COLUMNS = {"goal": GOAL_FIELDS, "reading": READING_FIELDS, "initiative": INITIATIVE_FIELDS}


def sound(f: FormField, question_kinds: Mapping[str, str]) -> bool:
    """Whether a field read from a returned form is one a form asks for, with the type
    it is asked with: a form whose facts were edited cannot write any other column."""
    if f.kind == "answer":
        kind = question_kinds.get(str(f.target))
        return f.column == "text" and kind is not None and answer_type(kind) == f.type
    columns = _COLUMNS.get(f.kind, ())
    if f.column not in columns or not isinstance(f.target, int):
        return False
    declared = entities.KINDS[f.kind].field(f.column).type
    return f.type == declared and f.name == row_name(f.kind, f.target, f.column)


# ------------------------------------------------------------------ who is it for
def find_person(snapshot: CharterSnapshot, query: str) -> Person | Problem:
    """The person `query` names: an id, or a name (exact, then a unique part of one,
    ignoring case). Unknown or ambiguous: a Problem listing the candidates."""
    text = " ".join(query.split())
    if text.isdigit() and (by_id := snapshot.person(int(text))) is not None:
        return by_id
    folded = text.casefold()
    exact = [p for p in snapshot.people if " ".join(p.name.split()).casefold() == folded]
    found = exact or [p for p in snapshot.people if folded and folded in p.name.casefold()]
    if len(found) == 1:
        return found[0]
    candidates = ", ".join(f"{p.name} (id {p.id})" for p in (found or snapshot.people))
    code = "contribution.ambiguous_person" if found else "contribution.unknown_person"
    return Problem(code, "person", {"value": query, "candidates": candidates})


# ------------------------------------------------------------------ reading values
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def parse_value(f: FormField, text: str, language: str = "en") -> object:
    """The typed value of a field's text; raises ValueError with a Problem.

    Numbers are read as the form's language writes them: "1.000,5" and "1.000" in
    German, "1,000.5" and "1,000" in English (a group of three digits after the
    separator); a single "," or "." with other than three digits after it is the
    decimal point in either language ("42,5", "42.5")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if f.type in ("text", "line"):
        limit = MAX_LINE if f.type == "line" else MAX_FIELD
        if len(text) > limit:
            raise _Bad(Problem("text.too_long", f.name, {"limit": limit, "length": len(text)}))
        return text
    compact = "".join(text.split()).replace("\u2212", "-")
    if not compact:
        return None
    if f.type == "date":
        for candidate in (compact, _german_date(compact)):
            try:
                if candidate and parse_date(candidate):
                    return candidate
            except ValueError:
                pass
        raise _Bad(Problem("date.invalid", f.name, {"value": text.strip()[:40]}))
    compact = _ungrouped(compact, language)
    if not _NUMBER.match(compact) or len(compact) > 40:
        raise _Bad(Problem("field.not_number", f.name, {"value": text.strip()[:40]}))
    number = float(compact.replace(",", "."))
    if not math.isfinite(number):
        raise _Bad(Problem("field.not_finite", f.name, {"value": compact}))
    return number


def _ungrouped(number: str, language: str) -> str:
    """`number` without its thousands separators, if it is written with them."""
    decimal, group = (",", ".") if language == "de" else (".", ",")
    grouped = rf"[+-]?\d{{1,3}}(?:\{group}\d{{3}})+(?:\{decimal}\d*)?"
    if re.fullmatch(grouped, number):
        return number.replace(group, "").replace(decimal, ".")
    return number


def _german_date(text: str) -> str:
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if not match:
        return ""
    day, month, year = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


class _Bad(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


# ------------------------------------------------------------------ merging
@dataclass(frozen=True, slots=True)
class Merge:
    """One field of an import: the three values and what happens to it.

    `status`: "apply" (changed by the contributor only), "conflict" (changed on both
    sides differently), "skip" (nothing to do) or "gone" (its question, goal or
    initiative is no longer there, or has another owner now: skipped and listed)."""

    field: FormField
    base: object
    current: object
    theirs: object
    status: str


@dataclass(frozen=True, slots=True)
class Plan:
    merges: tuple[Merge, ...] = ()
    problems: tuple[Problem, ...] = ()
    readings: tuple[tuple[int, dict], ...] = ()  # (goal id, reading values) to add

    def of(self, status: str) -> list[Merge]:
        return [m for m in self.merges if m.status == status]

    @property
    def conflicts(self) -> list[Merge]:
        return self.of("conflict")


@dataclass(frozen=True, slots=True)
class FormContent:
    """What a returned form carries: who and what it was made for, and the values."""

    charter: str
    revision: int
    person: int
    form_id: str
    fields: tuple[FormField, ...]
    values: Mapping[str, str] = field(default_factory=dict)
    language: str = ""  # the form's language ("" in forms made before it was recorded)


def _current(snapshot: CharterSnapshot, f: FormField, person: int) -> tuple[bool, object]:
    """(still there and still theirs, the charter's value now) of a field: a question,
    goal or initiative that has another owner now is not the contributor's to change."""
    if f.kind == "answer":
        answer = snapshot.answer(str(f.target))
        return answer.owner == person, answer.text
    rows = {r.id: r for r in snapshot.rows_of("goal" if f.kind == "reading" else f.kind)}
    row = rows.get(f.target)
    if row is None or row.get("owner") != person:
        return False, None
    if f.kind == "reading":
        return True, None
    value = row.get(f.column)
    return True, entities.normalise(entities.KINDS[f.kind].field(f.column), value)


def _plain(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _same(a: object, b: object) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    return a == b


def plan(snapshot: CharterSnapshot, form: FormContent, today: dt.date | None = None) -> Plan:
    """Merge `form` into the charter as it is now: every field's fate, or the problems
    (values that fail the form's or the domain's checks) that refuse the whole form.

    A new reading with a value and no date is dated `today` (the day of the import)."""
    language = form.language or snapshot.language
    merges: list[Merge] = []
    problems: list[Problem] = []
    readings: dict[int, dict] = {}
    for f in form.fields:
        text = form.values.get(f.name, f.base)
        as_it_was = {_plain(f.base), _plain(starting_text(f, language))}
        if _plain(text) in as_it_was and f.kind != "reading":
            merges.append(Merge(f, f.base, None, f.base, "skip"))  # left as it was
            continue
        try:
            theirs = parse_value(f, text, language)
            base = parse_value(f, f.base)  # written the same in every language
        except _Bad as exc:
            problems.append(exc.problem)
            continue
        there, current = _current(snapshot, f, form.person)
        if f.kind == "reading":
            if theirs not in (None, "") and there:
                readings.setdefault(int(f.target), {})[f.column] = theirs
            elif theirs not in (None, ""):  # the goal is gone or has another owner now
                merges.append(Merge(f, None, None, theirs, "gone"))
            continue
        if (problem := _check(f, theirs)) is not None:
            problems.append(problem)
            continue
        if not there:
            status = "gone"
        elif _same(theirs, base) or _same(theirs, current):
            status = "skip"
        elif _same(current, base):
            status = "apply"
        else:
            status = "conflict"
        merges.append(Merge(f, base, current, theirs, status))
    added = []
    for goal, reading in readings.items():
        values = {"goal": goal, **reading}
        if values.get("value") is not None and not values.get("date"):
            values["date"] = (today or dt.date.today()).isoformat()
        for column in READING_FIELDS:
            values.setdefault(column, "" if column == "note" else None)
        refused = entities.check_values(entities.KINDS["reading"], values, partial=False)
        if refused is not None:
            where = row_name("reading", goal, refused.field)
            problems.append(Problem(refused.code, where, dict(refused.params)))
        else:
            added.append((goal, values))
    return Plan(tuple(merges), tuple(problems), tuple(added))


def _check(f: FormField, value: object) -> Problem | None:
    """The domain's own rule for the field's column (range, length, date)."""
    if f.kind == "answer":
        from_domain = entities.check_value(entities.Field("text", f.type), value)
    else:
        from_domain = entities.check_value(entities.KINDS[f.kind].field(f.column), value)
    if from_domain is None:
        return None
    return Problem(from_domain.code, f.name, dict(from_domain.params))


def resolved(merge: Merge, take_theirs: bool) -> object:
    """The value a conflict ends with: the contributor's, or the charter's (kept)."""
    return merge.theirs if take_theirs else merge.current
