"""The audit log's hash chain: each entry's SHA-256 covers its content and the previous hash.

SQLite has no SHA-256 of its own, and a Python function cannot run inside a
trigger while `trusted_schema` is off, so the chain is computed here, in the
one place every audit entry is written (`append`). The triggers of the schema
keep the entries from being changed or deleted; the chain makes a change made
behind the application's back (triggers dropped first) visible to
`cxcharter verify`. It is tamper-evidence, not a signature: whoever can write
the file can also recompute a whole new chain; what it catches is an edit that
did not (see docs/governance.md).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

COLUMNS = ("id", "at", "actor", "action", "target", "old", "new")


def entry_hash(entry: Mapping[str, object], prev_hash: str | None) -> str:
    """SHA-256 (hex) of an entry's columns and the previous entry's hash, as compact JSON."""
    material = [entry[c] for c in COLUMNS] + [prev_hash]
    text = json.dumps(material, ensure_ascii=False, separators=(",", ":"))
    import hashlib  # lazy: opening a charter needs no hash: hashlib loads OpenSSL (~4 MB)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def last(conn: sqlite3.Connection) -> tuple[int, str | None]:
    """(id, hash) of the newest entry; (0, None) for an empty log."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, None)


def append(
    conn: sqlite3.Connection, *, at: str, actor: str, action: str, target: str, old: str, new: str
) -> int:
    """Insert one chained audit entry (inside the caller's transaction); returns its id."""
    last_id, prev = last(conn)
    entry_id = last_id + 1
    entry: dict[str, object] = {
        "id": entry_id,
        "at": at,
        "actor": actor,
        "action": action,
        "target": target,
        "old": old,
        "new": new,
    }
    conn.execute(
        "INSERT INTO audit_log (id, at, actor, action, target, old, new, prev_hash, hash) "
        "VALUES (:id, :at, :actor, :action, :target, :old, :new, :prev_hash, :hash)",
        {**entry, "prev_hash": prev, "hash": entry_hash(entry, prev)},
    )
    return entry_id


def seal(conn: sqlite3.Connection) -> int:
    """Chain the entries written before the chain existed (the 0003 migration); returns count."""
    prev = None
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        entry = dict(zip(COLUMNS, row, strict=True))
        digest = entry_hash(entry, prev)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry["id"])
        )
        prev = digest
    return len(rows)


def broken_links(conn: sqlite3.Connection) -> list[tuple[int, tuple[str, dict[str, int]]]]:
    """(entry id, what is wrong) for every entry whose hash or link does not hold; what is
    wrong as a code of domain/verify_text.py and its parameters."""
    problems: list[tuple[int, tuple[str, dict[str, int]]]] = []
    prev = None
    expected_id = 1
    for row in conn.execute(
        f"SELECT {', '.join(COLUMNS)}, prev_hash, hash FROM audit_log ORDER BY id"
    ):
        entry = dict(zip(COLUMNS, row[: len(COLUMNS)], strict=True))
        stored_prev, stored = row[len(COLUMNS)], row[len(COLUMNS) + 1]
        if entry["id"] != expected_id:
            gap = ("chain.gap", {"first": expected_id, "last": entry["id"] - 1})
            out_of_order: tuple[str, dict[str, int]] = ("chain.order", {})
            problems.append((entry["id"], gap if entry["id"] > expected_id else out_of_order))
        if stored_prev != prev:
            problems.append((entry["id"], ("chain.link", {})))
        if stored != entry_hash(entry, stored_prev):
            problems.append((entry["id"], ("chain.hash", {})))
        prev = stored
        expected_id = entry["id"] + 1
    return problems
