"""RACI rules: one A and at least one R per activity, people without a role, who does what.

Plain data in, codes out. Activities, RACI rows and body memberships are
anything with `.id` and `.get(name)` (store rows, snapshot rows, or small
objects in tests); activities and people may also be given as ids. The RACI
rows may be given once as a `cells()` dict, which views cache. Every broken
rule is a `Problem(code, field, params)`; the UI words it, the PDF can too.
The typical CX activities offered as suggestions are data in
resources/raci_suggestions.json, named in every charter language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from cxcharter.assets import resource
from cxcharter.domain.entities import RACI_ROLES
from cxcharter.domain.values import Problem

LANGUAGES = ("en", "de")
NO_ACCOUNTABLE = "raci.no_accountable"
MANY_ACCOUNTABLE = "raci.many_accountable"
NO_RESPONSIBLE = "raci.no_responsible"
PERSON_WITHOUT_ROLE = "raci.person_without_role"
ERRORS = frozenset({NO_ACCOUNTABLE, MANY_ACCOUNTABLE, NO_RESPONSIBLE})

Cell = tuple[int, int]  # (activity id, person id)


def severity(code: str) -> str:
    """'error' for a broken RACI rule, 'warning' for someone who has nothing to do yet."""
    return "error" if code in ERRORS else "warning"


def _id(item: object) -> int:
    return item if isinstance(item, int) else item.id  # type: ignore[attr-defined]


# ------------------------------------------------------------------ the matrix
def cells(raci_rows: Iterable) -> dict[Cell, str]:
    """{(activity, person): role} of the RACI rows: what the other functions work on."""
    return {(r.get("activity"), r.get("person")): r.get("role") for r in raci_rows}


def _grid(matrix: Iterable | Mapping[Cell, str]) -> Mapping[Cell, str]:
    return matrix if isinstance(matrix, Mapping) else cells(matrix)


def by_activity(matrix: Iterable | Mapping[Cell, str]) -> dict[int, dict[int, str]]:
    """{activity: {person: role}} of RACI rows or of a cells dict."""
    out: dict[int, dict[int, str]] = {}
    for (activity, person), role in _grid(matrix).items():
        out.setdefault(activity, {})[person] = role
    return out


def activity_problems(activity: int, roles: Mapping[int, str]) -> list[Problem]:
    """What is wrong with one activity, given {person: role} of its cells."""
    accountable = tuple(p for p, role in roles.items() if role == "A")
    problems = []
    if not accountable:
        problems.append(Problem(NO_ACCOUNTABLE, "activity", {"activity": activity}))
    elif len(accountable) > 1:
        problems.append(
            Problem(
                MANY_ACCOUNTABLE,
                "activity",
                {"activity": activity, "people": accountable, "count": len(accountable)},
            )
        )
    if not any(role == "R" for role in roles.values()):
        problems.append(Problem(NO_RESPONSIBLE, "activity", {"activity": activity}))
    return problems


def check_activities(
    activities: Iterable, matrix: Iterable | Mapping[Cell, str]
) -> dict[int, list[Problem]]:
    """Problems per activity id (an empty list for a sound activity), in activity order.

    `activities` are rows or ids; `matrix` is RACI rows or a `cells()` dict.
    """
    grouped = by_activity(matrix)
    return {a: activity_problems(a, grouped.get(a, {})) for a in map(_id, activities)}


def people_without_role(
    people: Iterable, matrix: Iterable | Mapping[Cell, str], members: Iterable = ()
) -> list[int]:
    """People in no RACI cell and in no governance body, in directory order."""
    busy = {person for _activity, person in _grid(matrix)}
    busy |= {m.get("person") for m in members}
    return [pid for pid in map(_id, people) if pid not in busy]


def check_raci(
    activities: Iterable,
    matrix: Iterable | Mapping[Cell, str],
    people: Iterable,
    members: Iterable = (),
) -> list[Problem]:
    """Every broken rule: activities first (in their order), then people without a role."""
    grid = _grid(matrix)
    problems = [p for found in check_activities(activities, grid).values() for p in found]
    problems += [
        Problem(PERSON_WITHOUT_ROLE, "person", {"person": pid})
        for pid in people_without_role(people, grid, members)
    ]
    return problems


# ------------------------------------------------------------------ who does what
ROLE_FIELDS = {"R": "responsible", "A": "accountable", "C": "consulted", "I": "informed"}


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """The activities (ids, in activity order) where one person has each role."""

    person: int
    responsible: tuple[int, ...] = ()
    accountable: tuple[int, ...] = ()
    consulted: tuple[int, ...] = ()
    informed: tuple[int, ...] = ()

    def of(self, role: str) -> tuple[int, ...]:
        people: tuple[int, ...] = getattr(self, ROLE_FIELDS[role])
        return people

    @property
    def empty(self) -> bool:
        return not (self.responsible or self.accountable or self.consulted or self.informed)


def summary(
    activities: Iterable, matrix: Iterable | Mapping[Cell, str], people: Iterable
) -> dict[int, PersonSummary]:
    """For every person: where they are R, A, C and I (activities in matrix order)."""
    lists: dict[int, dict[str, list[int]]] = {_id(p): {r: [] for r in RACI_ROLES} for p in people}
    order = {a: n for n, a in enumerate(map(_id, activities))}
    found = sorted(
        (
            (order[a], a, p, role)
            for (a, p), role in _grid(matrix).items()
            if a in order and p in lists and role in RACI_ROLES
        ),
        key=lambda item: item[0],
    )
    for _n, activity, person, role in found:
        lists[person][role].append(activity)
    return {
        pid: PersonSummary(pid, *(tuple(roles[r]) for r in RACI_ROLES))
        for pid, roles in lists.items()
    }


# ------------------------------------------------------------------ suggestions
@dataclass(frozen=True, slots=True)
class Suggestion:
    """A typical CX activity, named in every charter language."""

    key: str
    name: Mapping[str, str]

    def text(self, language: str) -> str:
        return self.name.get(language) or self.name["en"]


@cache
def suggestions() -> tuple[Suggestion, ...]:
    """The typical CX activities of resources/raci_suggestions.json."""
    with resource("raci_suggestions.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    out = []
    for number, item in enumerate(raw["suggestions"]):
        names = item.get("name", {})
        if not item.get("key") or any(not names.get(lang) for lang in LANGUAGES):
            raise ValueError(
                f"raci_suggestions.json: suggestions[{number}] needs a key "
                f"and a name in {', '.join(LANGUAGES)}"
            )
        out.append(
            Suggestion(item["key"], MappingProxyType({lang: names[lang] for lang in LANGUAGES}))
        )
    return tuple(out)


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def open_suggestions(activity_names: Iterable[str]) -> list[Suggestion]:
    """Suggestions not yet in the matrix (under their name in any language)."""
    taken = {_same(name) for name in activity_names}
    return [s for s in suggestions() if not any(_same(n) in taken for n in s.name.values())]
