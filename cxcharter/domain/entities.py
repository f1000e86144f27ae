"""The structured parts of a charter, declared once: goals, RACI, initiatives, …

Each kind of row is a `Kind` with typed `Field`s. The store, the JSON
interchange, the undo commands and the table models are generic over these
declarations, so a new column is one line here plus a migration.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import cast

from cxcharter.domain.values import (
    MAX_ID,
    MAX_INT,
    MAX_LINE,
    MAX_POSITION,
    MAX_REAL,
    MAX_TEXT,
    HugeNumber,
    Problem,
    check_person_fields,
    check_text,
    parse_date,
    shown_number,
)

JOURNEY_PHASES = ("awareness", "consideration", "purchase", "service", "loyalty")
DIRECTIONS = ("higher", "lower")
BODY_TYPES = ("sponsor", "steering", "core_team", "working_group", "ambassadors")
RACI_ROLES = ("R", "A", "C", "I")
INITIATIVE_STATUSES = ("idea", "planned", "in_progress", "done", "dropped")
MOSCOW = ("must", "should", "could", "wont")
ATTITUDES = ("champion", "neutral", "sceptical")
SCORING_METHODS = ("impact_effort", "ice", "rice", "moscow", "weighted")
DECISION_RULES = ("consensus", "consent", "owner", "majority")
QUARTER = re.compile(r"^\d{4}-Q[1-4]$")


@dataclass(frozen=True, slots=True)
class Field:
    """One column. `type`: text, line, int, real, bool, date, quarter, enum or ref."""

    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # for type "ref": the kind referred to ("person" for people)
    cascade: bool = False  # for refs: deleting the target deletes this row
    low: float | None = None
    high: float | None = None
    default: object = None

    @property
    def column(self) -> str:
        return f"{self.name}_id" if self.type == "ref" else self.name


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    table: str
    fields: tuple[Field, ...]
    ordered: bool = True  # rows keep a user-chosen order (a `position` column)
    unique: tuple[str, ...] = ()  # fields that identify a row of a link table
    order_by: tuple[str, ...] = ()  # an unordered kind's order (then by id): its fields
    # A rule over the values of a new row or an update, checked before the fields'
    # own (a person's: a name that is not blank, its own problem codes).
    rule: Callable[[Mapping[str, object]], Problem | None] | None = None

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name}.{name}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def defaults(self) -> dict:
        return {f.name: f.default for f in self.fields}


def _line(name: str, required: bool = False) -> Field:
    return Field(name, "line", required, default="")


def _text(name: str) -> Field:
    return Field(name, "text", default="")


def _person(name: str, *, cascade: bool = False, required: bool = False) -> Field:
    return Field(name, "ref", required, ref="person", cascade=cascade)


def _ref(name: str, kind: str, *, cascade: bool = False, required: bool = False) -> Field:
    return Field(name, "ref", required, ref=kind, cascade=cascade)


def _enum(
    name: str, choices: tuple[str, ...], default: str | None = None, required: bool = False
) -> Field:
    return Field(name, "enum", required, choices=choices, default=default)


def _score(name: str, low: float = 1, high: float = 5) -> Field:
    return Field(name, "real", low=low, high=high)


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "custom_metric",
            "custom_metrics",
            (
                _line("name", True),
                _line("unit"),
                Field("low", "real"),
                Field("high", "real"),
                _enum("direction", DIRECTIONS, "higher", True),
                _text("definition"),
            ),
        ),
        Kind(
            "touchpoint",
            "touchpoints",
            (
                _line("name", True),
                _enum("phase", JOURNEY_PHASES, "service", True),
                _line("channel"),
                _line("department"),
                _text("notes"),
            ),
        ),
        Kind(
            "goal",
            "goals",
            (
                _line("objective", True),
                _text("rationale"),
                Field("primary", "bool", default=False),
                _line("metric"),
                _ref("custom_metric", "custom_metric"),
                Field("baseline", "real"),
                Field("baseline_date", "date"),
                Field("target", "real"),
                Field("due", "date"),
                _person("owner"),
                _enum("phase", JOURNEY_PHASES),
                _ref("touchpoint", "touchpoint"),
                _line("data_source"),
                _line("cadence"),
            ),
        ),
        Kind(
            "reading",
            "readings",
            (
                _ref("goal", "goal", cascade=True, required=True),
                Field("date", "date", True),
                Field("value", "real", True),
                _line("note"),
            ),
            ordered=False,
            order_by=("goal", "date"),
        ),
        Kind(
            "body",
            "bodies",
            (
                _enum("type", BODY_TYPES, "working_group", True),
                _line("name", True),
                _text("purpose"),
                _text("authority"),
                _line("cadence"),
            ),
        ),
        Kind(
            "body_member",
            "body_members",
            (
                _ref("body", "body", cascade=True, required=True),
                _person("person", cascade=True, required=True),
            ),
            ordered=False,
            unique=("body", "person"),
        ),
        Kind("activity", "activities", (_line("name", True),)),
        Kind(
            "raci",
            "raci",
            (
                _ref("activity", "activity", cascade=True, required=True),
                _person("person", cascade=True, required=True),
                _enum("role", RACI_ROLES, None, True),
            ),
            ordered=False,
            unique=("activity", "person"),
        ),
        Kind(
            "initiative",
            "initiatives",
            (
                _line("title", True),
                _text("description"),
                _enum("phase", JOURNEY_PHASES),
                _ref("touchpoint", "touchpoint"),
                _person("owner"),
                _enum("status", INITIATIVE_STATUSES, "idea", True),
                Field("quarter", "quarter"),
                _score("impact", 1, 10),
                _score("effort", 1, 10),
                _score("confidence", 0, 100),
                _score("ease", 1, 10),
                Field("reach", "real", low=0),
                _enum("moscow", MOSCOW),
                Field("pinned_rank", "int", low=1),
                _line("pin_reason"),
                _text("drop_reason"),
            ),
        ),
        Kind(
            "initiative_goal",
            "initiative_goals",
            (
                _ref("initiative", "initiative", cascade=True, required=True),
                _ref("goal", "goal", cascade=True, required=True),
            ),
            ordered=False,
            unique=("initiative", "goal"),
        ),
        Kind(
            "criterion",
            "criteria",
            (
                _line("name", True),
                Field("weight", "real", True, low=0, high=100, default=1.0),
                Field("higher_is_better", "bool", default=True),
            ),
        ),
        Kind(
            "criterion_score",
            "criterion_scores",
            (
                _ref("initiative", "initiative", cascade=True, required=True),
                _ref("criterion", "criterion", cascade=True, required=True),
                _score("score", 1, 5),
            ),
            ordered=False,
            unique=("initiative", "criterion"),
        ),
        Kind(
            "stakeholder",
            "stakeholders",
            (
                _line("name", True),
                _person("person"),
                Field("interest", "int", low=1, high=5, default=3),
                Field("influence", "int", low=1, high=5, default=3),
                _enum("attitude", ATTITUDES, "neutral", True),
                _text("needs"),
                _text("message"),
                _line("channel"),
                _line("cadence"),
                _person("informer"),
            ),
        ),
        Kind(
            "decision_right",
            "decision_rights",
            (_line("decision", True), _person("approver"), _line("threshold"), _text("notes")),
        ),
        Kind(
            "approver",
            "approvers",
            (
                _person("person", cascade=True, required=True),
                Field("required", "bool", default=True),
            ),
            unique=("person",),
        ),
        Kind(
            "meeting",
            "meetings",
            (
                _line("name", True),
                _line("cadence"),
                _text("purpose"),
                _person("owner"),
                _text("agenda"),
            ),
        ),
        Kind(
            "meeting_participant",
            "meeting_participants",
            (
                _ref("meeting", "meeting", cascade=True, required=True),
                _person("person", cascade=True, required=True),
            ),
            ordered=False,
            unique=("meeting", "person"),
        ),
        Kind(
            "escalation_step",
            "escalation_steps",
            (_person("person", cascade=True, required=True), _line("note")),
        ),
        Kind(
            "decision",
            "decision_log",
            (
                Field("date", "date"),
                _line("request", True),
                _text("decision"),
                _text("rationale"),
                _person("owner"),
                Field("follow_up", "date"),
            ),
        ),
    )
}

# The people directory is a kind like the others: read and written by the same row
# code, its rows referred to by every `_person` field. It is not in KINDS, the
# structured content: a snapshot, the canonical JSON and the PDF carry the people in
# their own list (`CharterSnapshot.people`), before every kind that refers to them.
PERSON = Kind(
    "person",
    "people",
    (_line("name", True), _line("email"), _line("department"), _line("role")),
    ordered=False,
    rule=check_person_fields,
)

# Every kind by its name: the structured content and the people.
ALL_KINDS: Mapping[str, Kind] = MappingProxyType({**KINDS, PERSON.name: PERSON})

# Charter-wide choices, stored as key → value.
SETTINGS: dict[str, Field] = {
    f.name: f
    for f in (
        _enum("scoring_method", SCORING_METHODS, "impact_effort", True),
        _enum("decision_rule", DECISION_RULES, "consent", True),
        _text("decision_rule_text"),
        Field("next_review", "date"),
    )
}


@dataclass(frozen=True, slots=True)
class Row:
    """One stored row of a kind: its id, its order and its values by field name."""

    kind: str
    id: int
    values: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    position: int = 0

    def __getitem__(self, name: str) -> object:
        return self.values[name]

    def get(self, name: str, default: object = None) -> object:
        return self.values.get(name, default)


def referrers(target: str) -> list[tuple[Kind, Field]]:
    """Every (kind, field) that points at rows of `target` ('person' for people)."""
    return [(k, f) for k in KINDS.values() for f in k.fields if f.type == "ref" and f.ref == target]


def check_value(f: Field, value: object, path: str = "") -> Problem | None:
    """Type and range of one value; None and '' are 'empty' and allowed unless required."""
    where = path or f.name
    empty = value is None or value == ""
    if empty:
        return Problem("field.required", where, {}) if f.required else None
    if f.type in ("text", "line"):
        return check_text(value, where, MAX_TEXT if f.type == "text" else MAX_LINE)
    if f.type == "bool":
        return None if isinstance(value, bool) else Problem("field.not_bool", where, {})
    if f.type in ("int", "real", "ref"):
        return _check_number(f, value, where)
    if f.type == "enum" and value not in f.choices:
        return Problem(
            "field.not_choice", where, {"value": str(value), "choices": ", ".join(f.choices)}
        )
    if f.type == "date":
        try:
            parse_date(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return Problem("date.invalid", where, {"value": str(value)})
    if f.type == "quarter" and not (isinstance(value, str) and QUARTER.match(value)):
        return Problem("field.not_quarter", where, {"value": str(value)})
    return None


def bounds(f: Field) -> tuple[float, float]:
    """The range of a number field: its own, else the house limits (ids: values.MAX_ID)."""
    if f.type == "ref":
        return 1, MAX_ID
    limit = MAX_INT if f.type == "int" else MAX_REAL
    return (-limit if f.low is None else f.low), (limit if f.high is None else f.high)


def _check_number(f: Field, value: object, where: str) -> Problem | None:
    """Every number that reaches the store is finite and inside its field's range."""
    low, high = bounds(f)
    out_of_range = Problem(
        "field.out_of_range",
        where,
        {"value": shown_number(value), "low": shown_number(low), "high": shown_number(high)},
    )
    if isinstance(value, HugeNumber):
        return out_of_range
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if f.type in ("int", "ref") and not (is_number and isinstance(value, int)):
        return Problem("field.not_int", where, {"value": str(value)})
    if not is_number or value != value:  # NaN != NaN
        return Problem("field.not_number", where, {"value": str(value)})
    if isinstance(value, float) and math.isinf(value):
        return Problem("field.not_finite", where, {"value": str(value)})
    if not low <= cast(float, value) <= high:  # a number: checked above
        return out_of_range
    return None


def check_position(value: object, where: str = "position") -> Problem | None:
    """A row's place in its list: a whole number 0 … MAX_POSITION."""
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem("field.not_int", where, {"value": str(value)})
    if not 0 <= value <= MAX_POSITION:
        return Problem(
            "field.out_of_range",
            where,
            {"value": shown_number(value), "low": 0, "high": MAX_POSITION},
        )
    return None


def check_values(kind: Kind, values: Mapping[str, object], *, partial: bool) -> Problem | None:
    """All values of a new row (partial=False) or of an update (partial=True)."""
    if kind.rule is not None and (problem := kind.rule(values)):
        return problem
    for name in values:
        if name not in kind.names:
            return Problem("field.unknown", name, {"kind": kind.name})
    for f in kind.fields:
        if f.name in values:
            if problem := check_value(f, values[f.name]):
                return problem
        elif not partial and f.required and f.default is None:
            return Problem("field.required", f.name, {})
    return None


def normalise(f: Field, value: object) -> object:
    """Empty text stays ''; an empty optional number, date or ref is None."""
    if value == "" and f.type not in ("text", "line"):
        return None
    if f.type == "real" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
