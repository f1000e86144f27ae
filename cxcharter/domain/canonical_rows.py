"""The structured part of the canonical JSON: settings and one list per kind.

Generic over domain/entities.py: a row is `{"id": …, "position": … (ordered
kinds only), <field>: <value>, …}` with references by id (`"owner": 3`).
Kinds are read in declaration order, so a reference always points at rows
that were read before it; every refusal names the field.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import cast

from cxcharter.domain import values
from cxcharter.domain.entities import (
    KINDS,
    SETTINGS,
    Field,
    Kind,
    Row,
    check_position,
    check_value,
    normalise,
)
from cxcharter.domain.model import CharterSnapshot

CONTENT_FIELDS = tuple(k.table for k in KINDS.values())


def rows_to_json(snapshot: CharterSnapshot) -> tuple[dict, dict]:
    """(settings, content) as plain JSON data."""
    settings = {name: snapshot.setting(name) for name in SETTINGS}
    content = {}
    for name, kind in KINDS.items():
        rows = sorted(snapshot.rows_of(name), key=lambda r: (r.position, r.id))
        content[kind.table] = [
            {
                "id": r.id,
                **({"position": r.position} if kind.ordered else {}),
                **{f.name: r.get(f.name) for f in kind.fields},
            }
            for r in rows
        ]
    return settings, content


Fail = Callable[..., Exception]  # (path, code, **params) or (path, problem=…): the loader's
_ID = Field("id", "ref", True)  # a row's own id: a whole number 1 … 2**53 - 1


def _problem(fail: Fail, problem: values.Problem, path: str) -> Exception:
    return fail(path, problem=problem)


def settings_from_json(value: object, fail: Fail) -> dict:
    if not isinstance(value, dict):
        raise fail("settings", "json.object")
    result = {}
    for name, item in value.items():
        f = SETTINGS.get(name)
        if f is None:
            raise fail(f"settings.{name}", "json.unknown_setting", allowed=", ".join(SETTINGS))
        if problem := check_value(f, item):
            raise _problem(fail, problem, f"settings.{name}")
        result[name] = normalise(f, item)
    return {name: result.get(name, f.default) for name, f in SETTINGS.items()}


def _row(kind: Kind, item: object, path: str, ids: dict[str, set[int]], fail: Fail) -> Row:
    allowed = ("id", *(("position",) if kind.ordered else ()), *kind.names)
    if not isinstance(item, dict):
        raise fail(path, "json.object")
    for name in item:
        if name not in allowed:
            raise fail(f"{path}.{name}", "json.unknown_field", allowed=", ".join(allowed))
    row_id = item.get("id")
    if problem := check_value(_ID, row_id):
        raise _problem(fail, problem, f"{path}.id")
    if row_id in ids[kind.name]:
        raise fail(f"{path}.id", "json.duplicate_id", value=row_id)
    position = item.get("position", 0)
    if problem := check_position(position):
        raise _problem(fail, problem, f"{path}.position")
    data = {}
    for f in kind.fields:
        value = item.get(f.name, f.default)
        if problem := check_value(f, value):
            raise _problem(fail, problem, f"{path}.{f.name}")
        value = normalise(f, value)
        if f.type == "ref" and value is not None and value not in ids[f.ref]:
            raise fail(f"{path}.{f.name}", "json.unknown_ref", kind=f.ref, value=value)
        data[f.name] = value
    return Row(kind.name, cast(int, row_id), MappingProxyType(data), position)  # checked


def content_from_json(value: object, people: set[int], fail: Fail) -> dict[str, tuple[Row, ...]]:
    if not isinstance(value, dict):
        raise fail("content", "json.object")
    for name in value:
        if name not in CONTENT_FIELDS:
            raise fail(f"content.{name}", "json.unknown_list", allowed=", ".join(CONTENT_FIELDS))
    ids: dict[str, set[int]] = {"person": set(people)}
    result = {}
    for name, kind in KINDS.items():
        items = value.get(kind.table, [])
        if not isinstance(items, list):
            raise fail(f"content.{kind.table}", "json.list")
        ids[name] = set()
        seen_unique: set[tuple] = set()
        rows = []
        for i, item in enumerate(items):
            path = f"content.{kind.table}[{i}]"
            row = _row(kind, item, path, ids, fail)
            if kind.unique:
                key = tuple(row[n] for n in kind.unique)
                if key in seen_unique:
                    raise fail(path, "json.duplicate_row", fields=tuple(kind.unique))
                seen_unique.add(key)
            ids[name].add(row.id)
            rows.append(row)
        result[name] = tuple(sorted(rows, key=lambda r: (r.position, r.id)))
    return result
