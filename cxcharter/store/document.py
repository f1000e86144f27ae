"""The open charter: every use case the UI calls, each one audited transaction.

Writes run inside `BEGIN IMMEDIATE` (sqlite-utils' own `atomic()` nests as a
savepoint inside it), so a second writer waits instead of failing half-way, and
every read an audit entry depends on (the old value, whether a row or person still
exists) happens inside that transaction: another process cannot change it between
the read and the write. A statement that finds the file busy is retried with
backoff (`errors.patiently`), so ordinary contention never reaches the caller.
Listeners hear about a change only after it is committed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import inspect
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from cxcharter.catalog import question_kinds
from cxcharter.domain import values
from cxcharter.domain.entities import KINDS, Field, check_position, check_value, check_values
from cxcharter.domain.model import Answer, CharterSnapshot, Person
from cxcharter.store import audit_text, backup, chain, connection, errors, outfile, recovery
from cxcharter.store.branding import BrandingMixin
from cxcharter.store.changes import Change
from cxcharter.store.contributions import ContributionsMixin
from cxcharter.store.governance import GovernanceMixin
from cxcharter.store.lock import FileLock, NoLock
from cxcharter.store.rows import Removed, RowsMixin, read_rows, read_settings, to_db
from cxcharter.store.schema import APPLICATION_ID, apply_migrations
from cxcharter.store.signatures import SignaturesMixin

T = TypeVar("T")

if TYPE_CHECKING:
    from sqlite_utils import Database

    from cxcharter.store.tables import Tables

ANSWER_COLUMNS = {
    "text": "text",
    "person": "person_id",
    "owner": "owner_id",
    "status": "status",
    "due": "due",
}


@dataclass(slots=True)
class Operation:
    """The changes of one running `CharterDocument.operation()`."""

    code: str
    params: dict[str, object]
    # (action, target, old, new, at)
    entries: list[tuple[str, object, object, object, str | None]] = dataclasses.field(
        default_factory=list
    )
    changes: list[Change] = dataclasses.field(default_factory=list)  # told after the commit


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _database(conn: sqlite3.Connection) -> Tables:
    """sqlite-utils over `conn`, for an upgrade or a new file (both write)."""
    from cxcharter.store.tables import Tables  # lazy: reading a charter needs no sqlite-utils

    return Tables(conn, execute_plugins=False)


def _invalid(problem: values.Problem) -> errors.InvalidValue:
    return errors.InvalidValue(values.describe(problem), field=problem.field, problem=problem)


# Public calls that only read: retried while the file is busy (outside a transaction;
# inside one, this connection holds the file). Every other public call turns a known
# sqlite3 error into a CharterError; only a bug's error stays what it is.
_READS = frozenset(
    {
        "people",
        "person",
        "answer",
        "snapshot",
        "audit_entries",
        "rows",
        "row",
        "settings",
        "setting",
        "capture_removal",
        "revisions",
        "current_state",
        "frozen_state",
        "content_fingerprint",
        "open_revision",
        "decisions",
        "open_comments",
        "compare_revisions",
        "changes_since_approval",
        "review_fields",
        "read_review",
        "look",
        "chain_head",
        "signatures",
        "signatures_required",
        "contribution_imported",
    }
)


def _guarded(fn: Callable[..., T], retry: bool) -> Callable[..., T]:
    @functools.wraps(fn)
    def call(self: CharterDocument, *args: Any, **kwargs: Any) -> T:
        if retry and not self._conn.in_transaction:
            return errors.patiently(lambda: fn(self, *args, **kwargs), str(self.path))
        try:
            return fn(self, *args, **kwargs)
        except sqlite3.Error as exc:
            known = errors.classify_sqlite(exc, str(self.path))
            if known is None:
                raise
            raise known from exc

    return call


def _no_raw_sqlite_errors(cls: type) -> type:
    """Wrap every public method of the document (see _READS)."""
    for name in dir(cls):
        attr = inspect.getattr_static(cls, name)
        if not name.startswith("_") and inspect.isfunction(attr):
            setattr(cls, name, _guarded(attr, name in _READS))
    return cls


@_no_raw_sqlite_errors
class CharterDocument(
    RowsMixin, GovernanceMixin, BrandingMixin, SignaturesMixin, ContributionsMixin
):
    """One open .cxcharter file."""

    _op: Operation | None  # the operation running now (set only while one runs)

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        actor: str,
        read_only: str = "",
        lock: FileLock | None = None,
    ) -> None:
        self._conn = conn
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it (_db)
        self.path = path
        self.actor = actor
        self.read_only_reason = read_only  # '' when writable, else a code
        self.lock_holder = ""
        self._lock = lock
        self._listeners: list[Callable[[Change], None]] = []
        self._snapshot: tuple[tuple[int, int], CharterSnapshot] | None = None
        row = errors.patiently(
            lambda: conn.execute("SELECT uuid, language, created_at FROM charter").fetchone(),
            str(path),
        )
        self.uuid, self.language, self.created_at = row

    @functools.cached_property
    def _db(self) -> Tables:
        """sqlite-utils over the same connection, for writing: imported by the first
        write, not by opening (its import cost reading a charter ~80 ms)."""
        return _database(self._conn)

    # ----------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        actor: str,
        lock: FileLock | None = None,
        read_only: bool = False,
        backup_dir: Path | None = None,
    ) -> CharterDocument:
        """Open an existing charter, refusing anything that is not one of ours.

        A writable file that needs a schema upgrade is first copied into `backup_dir`
        (if given); if that copy cannot be written, the file is not upgraded. A file
        busy in another process is tried again (errors.patiently) before Busy.
        """
        return errors.patiently(
            lambda: cls._open_once(
                path, actor=actor, lock=lock, read_only=read_only, backup_dir=backup_dir
            ),
            str(path),
        )

    @classmethod
    def _open_once(
        cls,
        path: str | os.PathLike[str],
        *,
        actor: str,
        lock: FileLock | None,
        read_only: bool,
        backup_dir: Path | None,
    ) -> CharterDocument:
        path = Path(path).absolute()
        connection.require_regular_file(path)  # a FIFO would hang the first read
        reason, holder = "", ""
        if read_only:
            reason = "requested"
        elif not os.access(path, os.W_OK):
            reason = "file_read_only"
        elif not os.access(path.parent, os.W_OK):
            reason = "folder_read_only"
        with contextlib.ExitStack() as stack:
            source = path
            if not reason:  # proven on a private copy, then rolled back in place
                recovery.roll_back_interrupted_save(path)
            elif recovery.hot_journal(path) is not None:  # read the recovered copy only
                source = stack.enter_context(recovery.recovered_copy(path))
            info = connection.inspect(source, shown=str(path))
            if not reason:
                lock = lock or NoLock()
                if not lock.try_lock():
                    reason, holder = "locked", lock.holder()
            conn = None
            try:
                if reason:
                    conn = connection.copy_to_memory(source)
                    lock = None
                else:
                    conn = connection.connect_rw(path)
                if info.needs_upgrade:
                    if not reason and backup_dir is not None:
                        backup.backup_now(conn, backup_dir, reason="pre-upgrade")
                    apply_migrations(_database(conn))
                conn.execute("PRAGMA foreign_keys = ON")
                doc = cls(conn, path, actor=actor, read_only=reason, lock=lock)
            except (sqlite3.Error, errors.CharterError) as exc:
                if conn is not None:
                    conn.close()
                if lock is not None:
                    lock.unlock()
                if isinstance(exc, errors.CharterError):
                    raise
                raise errors.classify_sqlite(exc, str(path)) or exc from None
        doc.lock_holder = holder
        return doc

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        title: str,
        language: str,
        actor: str,
        lock: FileLock | None = None,
        overwrite: bool = False,
    ) -> CharterDocument:
        """Create a new, empty charter file and open it."""
        snapshot = CharterSnapshot(
            id=str(uuid.uuid4()),
            language=language,
            created_at=_now(),
            answers=MappingProxyType({"front.title": Answer("front.title", text=title)}),
        )
        path = write_new_file(path, snapshot, actor=actor, overwrite=overwrite)
        return cls.open(path, actor=actor, lock=lock)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # --------------------------------------------------------- listening
    def add_listener(self, fn: Callable[[Change], None]) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Callable[[Change], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(fn)

    def _notify(self, change: Change) -> None:
        op = self.__dict__.get("_op")
        if op is not None:  # heard once the whole operation is committed
            if change not in op.changes:
                op.changes.append(change)
            return
        for fn in list(self._listeners):
            fn(change)

    # ------------------------------------------------------------ reading
    def people(self) -> tuple[Person, ...]:
        rows = self._conn.execute(
            "SELECT id, name, email, department, role FROM people ORDER BY id"
        )
        return tuple(Person(*row) for row in rows)

    def person(self, person_id: int) -> Person | None:
        row = self._conn.execute(
            "SELECT id, name, email, department, role FROM people WHERE id = ?", (person_id,)
        ).fetchone()
        return Person(*row) if row else None

    def answer(self, key: str) -> Answer:
        row = self._conn.execute(
            "SELECT key, text, person_id, owner_id, status, due FROM answers WHERE key = ?",
            (key,),
        ).fetchone()
        return Answer(*row) if row else Answer(key=key)

    def snapshot(self) -> CharterSnapshot:
        """An immutable copy of the whole charter, safe to hand to another thread.

        Kept until the file changes: opening a charter asks for it several times (the
        navigator, the overview, the readiness check), which read a large charter four
        times over. `total_changes` counts this connection's writes, `data_version`
        every other connection's commits, so a kept copy is never stale.
        """
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        key = (version, self._conn.total_changes)
        if self._snapshot is not None and self._snapshot[0] == key:
            return self._snapshot[1]
        snapshot = self._read_snapshot()
        self._snapshot = (key, snapshot)
        return snapshot

    def _read_snapshot(self) -> CharterSnapshot:
        rows = self._conn.execute(
            "SELECT key, text, person_id, owner_id, status, due FROM answers ORDER BY key"
        )
        answers = {row[0]: Answer(*row) for row in rows}
        structured = {name: read_rows(self._conn, kind) for name, kind in KINDS.items()}
        return CharterSnapshot(
            id=self.uuid,
            language=self.language,
            created_at=self.created_at,
            people=self.people(),
            answers=MappingProxyType(answers),
            rows=MappingProxyType(structured),
            settings=MappingProxyType(read_settings(self._conn)),
        )

    def audit_entries(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The newest `limit` entries (all when None), newest first; `old` and `new` are
        JSON of the whole values (long texts rebuilt from their stored diffs)."""
        sql = "SELECT id, at, actor, action, target, old, new FROM audit_log ORDER BY id DESC"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        cols = ("id", "at", "actor", "action", "target", "old", "new")
        found = [dict(zip(cols, row, strict=True)) for row in self._conn.execute(sql, params)]
        stored = {
            e["id"]: e
            for e in found
            if e["action"] == audit_text.ACTION and '"$' in (e["old"] or "") + (e["new"] or "")
        }
        if stored:
            for entry, _action, _target, old, new, _problem in audit_text.replay(self._conn):
                if entry in stored:
                    stored[entry]["old"] = json.dumps(old, ensure_ascii=False)
                    stored[entry]["new"] = json.dumps(new, ensure_ascii=False)
        return found

    # ------------------------------------------------------------ writing
    @contextlib.contextmanager
    def _write(self, *, content: bool = True) -> Iterator[Tables]:
        """One transaction. `content=False` for governance records, which may be written
        while the content is frozen (in review, or approved)."""
        if self.__dict__.get("_op") is not None:  # a step of an operation: its transaction
            yield self._db
            return
        if self.read_only:
            raise errors.ReadOnly(
                f"{self.path} is open read-only; the change was not saved.", path=str(self.path)
            )
        try:
            errors.patiently(lambda: self._conn.execute("BEGIN IMMEDIATE"), str(self.path))
            try:
                if content:
                    self._refuse_frozen()  # inside the transaction: no one slips in between
                yield self._db
                # A COMMIT that finds readers in the way keeps the transaction: retried.
                errors.patiently(lambda: self._conn.execute("COMMIT"), str(self.path))
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            known = errors.classify_sqlite(exc, str(self.path))
            if isinstance(known, errors.DiskFull) and self._ids_used_up():
                known = errors.IdsExhausted(
                    f"No row can be added to {self.path}: its ids are used up.",
                    path=str(self.path),
                    params={"limit": 2**63 - 1},
                )
            if known is None:
                raise
            raise known from exc

    def _ids_used_up(self) -> bool:
        """Whether a list's AUTOINCREMENT reached SQLite's largest id, which SQLite
        reports as SQLITE_FULL ("database or disk is full") on the next insert."""
        try:
            found = self._conn.execute(
                "SELECT 1 FROM sqlite_sequence WHERE seq >= 9223372036854775807 LIMIT 1"
            ).fetchone()
        except sqlite3.Error:  # the disk really failed: the reading may fail too
            return False
        return found is not None

    @contextlib.contextmanager
    def operation(
        self, code: str, params: Mapping[str, object] | None = None, *, content: bool = True
    ) -> Iterator[Operation]:
        """One user action made of several changes: one `BEGIN IMMEDIATE` transaction and
        one audit entry, listeners told once it is committed. A step that fails rolls back
        every step before it.

        Why one entry: the audit log is what a person reads ("who removed these five
        people?"), and one action that wrote five entries read as five actions. An
        operation with exactly one change writes that change's own entry (so a single
        answer edit stays an `answer.text` entry with its text diff); with several, it
        writes `op.<code>` whose `new` lists every change whole (`verify` reads the
        answer values from it)."""
        if self.__dict__.get("_op") is not None:
            raise RuntimeError("operations do not nest")
        op = Operation(code, dict(params or {}))
        try:
            with self._write(content=content) as db:
                self._op = op
                yield op
                self._op = None
                self._audit_operation(db, op)
        finally:
            self._op = None
        for change in op.changes:
            self._notify(change)

    def _audit_operation(self, db: Database, op: Operation) -> None:
        if len(op.entries) == 1:
            action, target, old, new, at = op.entries[0]
            self._audit(db, action, target, old, new, at=at)
            return
        if not op.entries:
            return
        texts = self.__dict__.setdefault("_texts", {})
        for action, target, *_rest in op.entries:
            if action == audit_text.ACTION:  # the next diff starts from this whole text
                texts.pop(str(target), None)
        record = {
            "params": op.params,
            "changes": [
                {"action": a, "target": str(t), "old": o, "new": n}
                for a, t, o, n, _at in op.entries
            ],
        }
        chain.append(
            db.conn,
            at=_now(),
            actor=self.actor,
            action=f"op.{op.code}",
            target=str(len(op.entries)),
            old="null",
            new=json.dumps(record, ensure_ascii=False, sort_keys=True),
        )

    def _audit(
        self,
        db: Database,
        action: str,
        target: object,
        old: object,
        new: object,
        *,
        at: str | None = None,
    ) -> None:
        op = self.__dict__.get("_op")
        if op is not None:  # one entry for the whole operation (operation())
            op.entries.append((action, target, old, new, at))
            return
        # Long answer texts are stored as a diff of the previous version (audit_text.py).
        stored_old, stored_new = audit_text.encode(
            db.conn, action, str(target), old, new, self.__dict__.setdefault("_texts", {})
        )
        chain.append(
            db.conn,
            at=at or _now(),
            actor=self.actor,
            action=action,
            target=str(target),
            old=stored_old,
            new=stored_new,
        )

    def _check_key(self, key: str) -> str:
        kind = question_kinds().get(key)
        if kind is None:
            raise _invalid(values.Problem("question.unknown", "key", {"value": key}))
        return kind

    def _check_person(self, person_id: object, field: str) -> None:
        if person_id is not None and self.person(cast(int, person_id)) is None:
            raise _invalid(values.Problem("person.unknown", field, {"value": person_id}))

    def _set_answer_field(self, key: str, field: str, value: object) -> None:
        self._check_key(key)
        if getattr(self.answer(key), field) == value:
            return  # nothing to do (no transaction, so also on a read-only charter)
        with self._write() as db:
            old = getattr(self.answer(key), field)  # the value this write replaces
            if old == value:
                return
            if field in ("person", "owner"):
                self._check_person(value, field)  # still there, now that no one can remove it
            db["answers"].upsert(
                {"key": key, ANSWER_COLUMNS[field]: value, "updated_at": _now()}, pk="key"
            )
            self._audit(db, f"answer.{field}", key, old, value)
        self._notify(Change("answer", key))

    def set_answer_text(self, key: str, text: str) -> None:
        if problem := values.check_text(text):
            raise _invalid(problem)
        self._set_answer_field(key, "text", text)

    def set_answer_person(self, key: str, person_id: int | None) -> None:
        if self._check_key(key) != "person":
            raise _invalid(values.Problem("question.wrong_kind", "key", {"value": key}))
        self._check_person(person_id, "person")
        self._set_answer_field(key, "person", person_id)

    def set_owner(self, key: str, person_id: int | None) -> None:
        self._check_person(person_id, "owner")
        self._set_answer_field(key, "owner", person_id)

    def set_status(self, key: str, status: str) -> None:
        if problem := values.check_status(status):
            raise _invalid(problem)
        self._set_answer_field(key, "status", status)

    def set_due(self, key: str, due: str | None) -> None:
        if problem := values.check_date(due):
            raise _invalid(problem)
        self._set_answer_field(key, "due", due or None)

    # People are rows of the kind "person" (entities.PERSON), written by the row code
    # of store/rows.py like every other kind; these name its calls for the directory.
    def add_person(self, name: str, email: str = "", department: str = "", role: str = "") -> int:
        fields = {"name": name, "email": email, "department": department, "role": role}
        return self.add_row("person", fields)

    def update_person(self, person_id: int, **fields: str) -> None:
        self.update_row("person", person_id, **fields)

    def remove_person(self, person_id: int) -> Removed:
        """Remove a person, every RACI cell, membership … on them, and clear the
        references and answers that named them; the result restores all of it."""
        return self.remove_row("person", person_id)

    def restore_person(self, removed: Removed) -> None:
        self.restore_rows(removed)

    def save_copy(self, dest: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the charter to `dest` (atomically)."""
        dest = Path(dest).absolute()
        if dest == self.path:
            raise errors.AlreadyExists(
                "A copy cannot replace the open charter itself.", path=str(dest)
            )
        return _atomic_sqlite(dest, lambda conn: self._conn.backup(conn), overwrite=True)


def _person_dict(person: Person) -> dict[str, str]:
    return {
        "name": person.name,
        "email": person.email,
        "department": person.department,
        "role": person.role,
    }


def _atomic_sqlite(
    dest: Path, fill: Callable[[sqlite3.Connection], None], *, overwrite: bool
) -> Path:
    """Build a database in a temporary file beside `dest`, then rename it into place
    (the one output writer, store/outfile.py)."""
    shown = str(dest)
    if dest.exists() and not overwrite:
        raise errors.AlreadyExists(f"{shown} already exists.", path=shown)
    try:
        with outfile.replacing(dest) as tmp:
            conn = sqlite3.connect(tmp)
            try:
                fill(conn)
                conn.commit()
            finally:
                conn.close()
    except OSError as exc:
        raise errors.classify_os(exc, shown) or exc from None
    except sqlite3.Error as exc:
        raise errors.classify_sqlite(exc, shown) or exc from None
    return dest


def _check_snapshot(snapshot: CharterSnapshot) -> values.Problem | None:
    """The rules every stored charter keeps, checked before a new file is written."""
    if problem := values.check_language(snapshot.language):
        return problem
    ids = set()
    for person in snapshot.people:
        if problem := values.check_person_fields(_person_dict(person)):
            return problem
        ids.add(person.id)
    kinds = question_kinds()
    for answer in snapshot.answers.values():
        if answer.key not in kinds:
            return values.Problem("question.unknown", "key", {"value": answer.key})
        for field in ("owner", "person"):
            value = getattr(answer, field)
            if value is not None and value not in ids:
                return values.Problem("person.unknown", field, {"value": value})
        problem = (
            values.check_text(answer.text)
            or values.check_status(answer.status)
            or values.check_date(answer.due)
        )
        if problem:
            return problem
    for name, kind in KINDS.items():
        for row in snapshot.rows_of(name):
            problem = (
                check_value(_ROW_ID, row.id)
                or check_position(row.position)
                or check_values(kind, row.values, partial=False)
            )
            if problem:
                return problem
    return None


_ROW_ID = Field("id", "ref", True)


def write_new_file(
    path: str | os.PathLike[str], snapshot: CharterSnapshot, *, actor: str, overwrite: bool = False
) -> Path:
    """Write `snapshot` as a brand-new charter file at `path` (atomically)."""
    if problem := _check_snapshot(snapshot):
        raise _invalid(problem)

    def fill(conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db = _database(conn)
        apply_migrations(db)
        conn.execute("PRAGMA foreign_keys = ON")
        with db.atomic():
            db["charter"].insert(
                {
                    "id": 1,
                    "uuid": snapshot.id,
                    "language": snapshot.language,
                    "created_at": snapshot.created_at,
                }
            )
            db["people"].insert_all(
                ({"id": p.id, **_person_dict(p)} for p in snapshot.people), pk="id"
            )
            db["answers"].insert_all(
                (
                    {
                        "key": a.key,
                        "text": a.text,
                        "person_id": a.person,
                        "owner_id": a.owner,
                        "status": a.status,
                        "due": a.due,
                        "updated_at": snapshot.created_at,
                    }
                    for a in snapshot.answers.values()
                ),
                pk="key",
            )
            for name, kind in KINDS.items():
                db[kind.table].insert_all(
                    (
                        {
                            "id": row.id,
                            **to_db(kind, row.values),
                            **({"position": row.position} if kind.ordered else {}),
                        }
                        for row in snapshot.rows_of(name)
                    ),
                    pk="id",
                )
            for name, value in snapshot.settings.items():
                db["charter_settings"].insert({"key": name, "value": value})
            chain.append(
                conn,
                at=_now(),
                actor=actor,
                action="charter.create",
                target=snapshot.id,
                old="null",
                new=json.dumps({"language": snapshot.language}),
            )

    return _atomic_sqlite(Path(path).absolute(), fill, overwrite=overwrite)
