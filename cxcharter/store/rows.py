"""Generic, audited storage of the structured content declared in domain/entities.py.

Mixed into CharterDocument: every method is one `BEGIN IMMEDIATE` transaction
with one audit entry, and tells listeners `Change("rows", kind)` afterwards. What
the audit entry or the undo record depends on (old values, referenced rows, what a
removal takes with it) is read inside that transaction.
Removing a row returns everything its removal took with it (cascaded rows,
cleared references), so undo puts back exactly what was there. People are rows of
the kind "person" (entities.PERSON) like any other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

from cxcharter.domain import values
from cxcharter.domain.entities import (
    ALL_KINDS,
    SETTINGS,
    Kind,
    Row,
    check_position,
    check_value,
    check_values,
    referrers,
)
from cxcharter.domain.entities import normalise as _normalise
from cxcharter.domain.values import MAX_POSITION
from cxcharter.store import errors, part
from cxcharter.store.changes import Change
from cxcharter.store.part import DocumentPart

# Answers are not rows of a kind, but they name people: their owner, a "person" answer.
ANSWER_REFS: dict[str, tuple[str, ...]] = {"person": ("owner_id", "person_id")}

if TYPE_CHECKING:
    from cxcharter.store.tables import Tables


@dataclass(frozen=True, slots=True)
class Removed:
    """Rows a removal deleted (the row itself first) and references it cleared."""

    rows: tuple[Row, ...]
    cleared: tuple[tuple[str, int, str, int], ...]  # (kind, row id, field, old target id)
    answers: tuple[tuple[str, str, int], ...] = ()  # (column, question key, old target id)


def _invalid(problem: values.Problem) -> errors.InvalidValue:
    return errors.InvalidValue(values.describe(problem), field=problem.field, problem=problem)


def kind_of(name: str) -> Kind:
    try:
        return ALL_KINDS[name]
    except KeyError:
        raise _invalid(values.Problem("field.unknown", "kind", {"kind": name})) from None


def to_db(kind: Kind, data: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in data.items():
        f = kind.field(name)
        value = _normalise(f, value)
        out[f.column] = int(cast(bool, value)) if f.type == "bool" and value is not None else value
    return out


def _select(kind: Kind) -> tuple[str, str]:
    cols = ", ".join(f'"{f.column}"' for f in kind.fields)
    by = [f'"{kind.field(name).column}"' for name in kind.order_by]
    order = "position, id" if kind.ordered else ", ".join([*by, "id"])
    position = "position" if kind.ordered else "0"
    return f"SELECT id, {position}, {cols} FROM {kind.table}", order


def row_from_db(kind: Kind, record: tuple[Any, ...]) -> Row:
    row_id, position, *cells = record
    data = {}
    for f, cell in zip(kind.fields, cells, strict=True):
        data[f.name] = bool(cell) if f.type == "bool" and cell is not None else cell
    return Row(kind.name, row_id, MappingProxyType(data), position)


def read_rows(conn: sqlite3.Connection, kind: Kind) -> tuple[Row, ...]:
    sql, order = _select(kind)
    return tuple(row_from_db(kind, r) for r in conn.execute(f"{sql} ORDER BY {order}"))


def read_settings(conn: sqlite3.Connection) -> dict[str, object]:
    stored = dict(conn.execute("SELECT key, value FROM charter_settings"))
    return {name: stored.get(name, f.default) for name, f in SETTINGS.items()}


class RowsMixin(DocumentPart):
    """Structured-content use cases of CharterDocument (see store/document.py)."""

    _conn: sqlite3.Connection

    # ------------------------------------------------------------ reading
    def rows(self, kind: str) -> tuple[Row, ...]:
        return read_rows(self._conn, kind_of(kind))

    def row(self, kind: str, row_id: int) -> Row | None:
        k = kind_of(kind)
        sql, _ = _select(k)
        record = self._conn.execute(f"{sql} WHERE id = ?", (row_id,)).fetchone()
        return row_from_db(k, record) if record else None

    def settings(self) -> dict[str, object]:
        return read_settings(self._conn)

    def setting(self, name: str) -> object:
        return self.settings()[name]

    # ------------------------------------------------------------ checks
    def _exists(self, target: str, row_id: object) -> bool:
        table = ALL_KINDS[target].table
        return (
            self._conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
            is not None
        )

    def _check(self, kind: Kind, data: Mapping[str, object], *, partial: bool) -> None:
        if problem := check_values(kind, data, partial=partial):
            raise _invalid(problem)
        for name, value in data.items():
            f = kind.field(name)
            if f.type == "ref" and value not in (None, "") and not self._exists(f.ref, value):
                raise _invalid(values.Problem("row.unknown", name, {"kind": f.ref, "value": value}))

    def _find_link(self, kind: Kind, match: Mapping[str, object]) -> Row | None:
        sql, _ = _select(kind)
        where = " AND ".join(f'"{kind.field(n).column}" = ?' for n in kind.unique)
        record = self._conn.execute(
            f"{sql} WHERE {where}", tuple(match[n] for n in kind.unique)
        ).fetchone()
        return row_from_db(kind, record) if record else None

    # ------------------------------------------------------------ writing
    def add_row(self, kind: str, data: Mapping[str, object], *, position: int | None = None) -> int:
        """Add a row (at the end, or at `position` among the ordered rows)."""
        k = kind_of(kind)
        full = {**k.defaults(), **data}
        if problem := check_values(k, full, partial=False):
            raise _invalid(problem)
        if position is not None and (problem := check_position(position)):
            raise _invalid(problem)
        with self._write() as db:
            self._check(k, full, partial=False)  # referenced rows exist, inside the write
            if k.unique and self._find_link(k, full) is not None:
                raise _invalid(values.Problem("row.duplicate", k.name, {"kind": k.name}))
            record = to_db(k, full)
            if k.ordered:
                record["position"] = self._slot(k, position)
            self._room_for_an_id(k)
            row_id = db[k.table].insert(record).last_pk
            self._audit(db, f"{kind}.add", row_id, None, dict(full))
        self._notify_rows(kind)
        return part.row_id(row_id)

    def _room_for_an_id(self, k: Kind) -> None:
        """Refuse a new row whose id would pass `values.MAX_ID` (`load` accepts ids up to
        it, so the next one could): `dump` would write an id `load` refuses, and at
        SQLite's own end AUTOINCREMENT reports a full disk."""
        top = self._conn.execute(f"SELECT max(id) FROM {k.table}").fetchone()[0] or 0
        used = self._conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (k.table,)
        ).fetchone()
        if max(top, used[0] if used else 0) >= values.MAX_ID:
            raise errors.IdsExhausted(
                f"No row can be added to {k.table} of {self.path}: its ids are used up "
                f"(up to {values.MAX_ID}); nothing was changed.",
                path=str(self.path),
                params={"limit": values.MAX_ID},
            )

    def _slot(self, k: Kind, position: int | None) -> int:
        top = self._conn.execute(f"SELECT max(position) FROM {k.table}").fetchone()[0]
        if top is not None and top >= MAX_POSITION:  # no room after the last row
            if position is not None:  # the same place among the rows after renumbering
                position = self._conn.execute(
                    f"SELECT count(*) FROM {k.table} WHERE position < ?", (position,)
                ).fetchone()[0]
            ids = [
                r[0] for r in self._conn.execute(f"SELECT id FROM {k.table} ORDER BY position, id")
            ]
            self._conn.executemany(
                f"UPDATE {k.table} SET position = ? WHERE id = ?",
                [(i, rid) for i, rid in enumerate(ids)],
            )
            top = len(ids) - 1
        if position is None:
            return 0 if top is None else top + 1
        self._conn.execute(
            f"UPDATE {k.table} SET position = position + 1 WHERE position >= ?", (position,)
        )
        return position

    def update_row(self, kind: str, row_id: int, **data: object) -> None:
        k = kind_of(kind)
        if problem := check_values(k, data, partial=True):
            raise _invalid(problem)
        new = {n: _normalise(k.field(n), v) for n, v in data.items()}
        if self._changes(kind, row_id, new) is None:
            return  # nothing to do (no transaction, so also on a read-only charter)
        with self._write() as db:
            old = self._changes(kind, row_id, new)  # inside: the values this write replaces
            if old is None:
                return
            self._check(k, data, partial=True)
            db[k.table].update(row_id, to_db(k, data))
            self._audit(db, f"{kind}.update", row_id, old, new)
        self._notify_rows(kind, row_id, frozenset(data))

    def _changes(
        self, kind: str, row_id: int, new: Mapping[str, object]
    ) -> dict[str, object] | None:
        """The old values of the fields `new` changes, or None when it changes nothing."""
        before = self.row(kind, row_id)
        if before is None:
            raise _invalid(values.Problem("row.unknown", "id", {"kind": kind, "value": row_id}))
        old = {n: before[n] for n in new}
        return None if old == new else old

    def move_row(self, kind: str, row_id: int, index: int) -> int:
        """Move a row to `index` in its kind's order; returns its old index."""
        k = kind_of(kind)
        ids = [r.id for r in self.rows(kind)]
        if row_id in ids and ids.index(row_id) == max(0, min(index, len(ids) - 1)):
            return ids.index(row_id)  # nothing to do (also on a read-only charter)
        with self._write() as db:  # the order is read inside: another writer may add rows
            ids = [r.id for r in self.rows(kind)]
            if row_id not in ids:
                raise _invalid(values.Problem("row.unknown", "id", {"kind": kind, "value": row_id}))
            old = ids.index(row_id)
            index = max(0, min(index, len(ids) - 1))
            if old == index:
                return old
            ids.insert(index, ids.pop(old))
            db.conn.executemany(
                f"UPDATE {k.table} SET position = ? WHERE id = ?",
                [(pos, rid) for pos, rid in enumerate(ids)],
            )
            self._audit(db, f"{kind}.move", row_id, old, index)
        self._notify_rows(kind)
        return old

    def _dependents(
        self,
        target: str,
        row_id: int,
        rows: list[Row],
        cleared: list[tuple[str, int, str, int]],
    ) -> None:
        for k, f in referrers(target):
            sql, _ = _select(k)
            for record in self._conn.execute(f'{sql} WHERE "{f.column}" = ?', (row_id,)):
                row = row_from_db(k, record)
                if f.cascade:
                    rows.append(row)
                    self._dependents(k.name, row.id, rows, cleared)
                else:
                    cleared.append((k.name, row.id, f.name, row_id))

    def capture_removal(
        self, target: str, row_id: int
    ) -> tuple[list[Row], list[tuple[str, int, str, int]]]:
        """What deleting `target` row `row_id` would take with it."""
        rows: list[Row] = []
        cleared: list[tuple[str, int, str, int]] = []
        self._dependents(target, row_id, rows, cleared)
        return rows, cleared

    def remove_row(self, kind: str, row_id: int) -> Removed:
        if self.row(kind, row_id) is None:
            raise _invalid(values.Problem("row.unknown", "id", {"kind": kind, "value": row_id}))
        with self._write() as db:  # what the removal takes is read inside it (for undo)
            row = self.row(kind, row_id)
            if row is None:
                raise _invalid(values.Problem("row.unknown", "id", {"kind": kind, "value": row_id}))
            rows, cleared = self.capture_removal(kind, row_id)
            answers = self._answers_naming(kind, row_id)
            db[kind_of(kind).table].delete(row_id)  # the schema cascades / clears the rest
            self._audit(db, f"{kind}.remove", row_id, dict(row.values), None)
        removed = Removed((row, *rows), tuple(cleared), answers)
        self._notify_removed(removed)
        return removed

    def _answers_naming(self, kind: str, row_id: int) -> tuple[tuple[str, str, int], ...]:
        """The answers that name this row (a person): their removal clears them."""
        return tuple(
            (column, key, row_id)
            for column in ANSWER_REFS.get(kind, ())
            for (key,) in self._conn.execute(
                f"SELECT key FROM answers WHERE {column} = ? ORDER BY key", (row_id,)
            )
        )

    def restore_rows(self, removed: Removed) -> None:
        """Undo a removal: the same ids and positions, every reference back."""
        with self._write() as db:
            self.restore_in_transaction(db, removed)
            first = removed.rows[0] if removed.rows else None
            if first is not None:
                self._audit(db, f"{first.kind}.restore", first.id, None, dict(first.values))
        self._notify_removed(removed)

    def restore_in_transaction(self, db: Tables, removed: Removed) -> None:
        for row in removed.rows:
            k = kind_of(row.kind)
            record = {"id": row.id, **to_db(k, row.values)}
            if k.ordered:
                record["position"] = row.position
            db[k.table].insert(record)
        for kind, rid, field, target in removed.cleared:
            k = kind_of(kind)
            db[k.table].update(rid, {k.field(field).column: target})
        for column, key, target in removed.answers:
            db["answers"].update(key, {column: target})

    def _notify_removed(self, removed: Removed) -> None:
        for kind in dict.fromkeys([r.kind for r in removed.rows] + [c[0] for c in removed.cleared]):
            self._notify_rows(kind)

    def set_link(
        self, kind: str, match: Mapping[str, object], data: Mapping[str, object] | None
    ) -> Row | None:
        """Set or clear (data=None) the link row identified by `match`; returns the old row."""
        k = kind_of(kind)
        if set(match) != set(k.unique):
            raise _invalid(values.Problem("field.unknown", "match", {"kind": kind}))
        if data is not None and (problem := check_values(k, {**data, **match}, partial=True)):
            raise _invalid(problem)  # the values themselves; the whole row inside the write
        if self._link_unchanged(k, match, data):
            return self._find_link(k, match)  # nothing to do (also on a read-only charter)
        with self._write() as db:  # the old row is read inside: it is what undo restores
            old = self._find_link(k, match)
            if self._link_unchanged(k, match, data):
                return old
            if data is None:
                assert old is not None  # clearing a link that is not there changes nothing
                db[k.table].delete(old.id)
                self._audit(db, f"{kind}.remove", old.id, dict(old.values), None)
            elif old is None:
                full = {**k.defaults(), **data, **match}
                self._check(k, full, partial=False)
                record = to_db(k, full)
                if k.ordered:
                    record["position"] = self._slot(k, None)
                self._room_for_an_id(k)
                new_id = db[k.table].insert(record).last_pk
                self._audit(db, f"{kind}.add", new_id, None, dict(full))
            else:
                self._check(k, {**dict(old.values), **data, **match}, partial=False)
                db[k.table].update(old.id, to_db(k, data))
                self._audit(db, f"{kind}.update", old.id, {n: old[n] for n in data}, dict(data))
        self._notify_rows(kind)
        return old

    def _link_unchanged(
        self, k: Kind, match: Mapping[str, object], data: Mapping[str, object] | None
    ) -> bool:
        old = self._find_link(k, match)
        if data is None:
            return old is None
        if old is None:
            return False
        full = {**k.defaults(), **dict(old.values), **data, **match}
        return all(old[n] == _normalise(k.field(n), v) for n, v in full.items())

    def set_setting(self, name: str, value: object) -> None:
        f = SETTINGS.get(name)
        if f is None:
            raise _invalid(values.Problem("setting.unknown", "name", {"value": name}))
        if problem := check_value(f, value):
            raise _invalid(problem)
        value = _normalise(f, value)
        if self.setting(name) == value:
            return  # nothing to do (also on a read-only charter)
        with self._write() as db:
            old = self.setting(name)  # inside: the value this write replaces
            if old == value:
                return
            db["charter_settings"].upsert({"key": name, "value": value}, pk="key")
            self._audit(db, "setting.update", name, old, value)
        self._notify_rows("settings")

    def _notify_rows(
        self, kind: str, row_id: int | None = None, fields: frozenset[str] = frozenset()
    ) -> None:
        self._notify(Change("rows", kind, row_id, fields))
