"""People as every list shows them: two people of the same name told apart."""

from __future__ import annotations

from collections.abc import Iterable

from cxcharter.domain.model import Person


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def distinct_names(people: Iterable[Person]) -> dict[int, str]:
    """{person id: how to show them in a list}: the name, and for two or more people of
    the same name also their e-mail (else department, else number) to tell them apart."""
    people = list(people)
    by_name: dict[str, list[Person]] = {}
    for p in people:
        by_name.setdefault(_key(p.name), []).append(p)
    out = {}
    for p in people:
        same = by_name[_key(p.name)]
        if len(same) == 1:
            out[p.id] = p.name
            continue
        extra = next(
            (
                x
                for x, attr in ((p.email, "email"), (p.department, "department"))
                if x and sum(getattr(o, attr) == x for o in same) == 1
            ),
            f"#{p.id}",
        )
        out[p.id] = f"{p.name} ({extra})"
    return out
