"""Schema of the .cxcharter file: append-only, named migrations.

Never edit or reorder a migration that has shipped; add a new one. A test
upgrades a saved file of every earlier version (tests/store/files/).
"""

from __future__ import annotations

import sqlite3
from functools import cache

from sqlite_utils import Database, Migrations

# "CXCH" — lets `file` and our own open() tell a charter from other SQLite files.
APPLICATION_ID = 0x43584348
MIGRATION_SET = "cxcharter"

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE charter (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uuid TEXT NOT NULL,
            language TEXT NOT NULL CHECK (language IN ('en', 'de')),
            created_at TEXT NOT NULL
        );
        CREATE TABLE people (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            email TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE answers (
            key TEXT PRIMARY KEY,
            text TEXT NOT NULL DEFAULT '',
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'draft', 'ready')),
            due TEXT,
            updated_at TEXT
        );
        CREATE INDEX answers_owner ON answers(owner_id);
        CREATE INDEX answers_person ON answers(person_id);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            old TEXT,
            new TEXT
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        -- INSERT OR REPLACE deletes the old row without firing delete triggers
        -- (unless recursive_triggers is on), so refuse reusing an id outright.
        CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
        WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


def migration_names() -> tuple[str, ...]:
    return tuple(m.name for m in migrations._migrations)


def apply_migrations(db: Database) -> list[str]:
    """Bring `db` to the current schema. Foreign keys must be off (sqlite-utils rule)."""
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {len(migration_names())}")
    return pending


def schema_objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str]]:
    """(type, name, sql) of every object in a database, SQLite's own excluded."""
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return frozenset((t, n, " ".join(s.split())) for t, n, s in rows)


@cache
def reference_schema(applied: tuple[str, ...]) -> frozenset[tuple[str, str, str]]:
    """The exact schema our migrations produce after applying `applied`."""
    db = Database(memory=True, execute_plugins=False)
    migrations.ensure_migrations_table(db)
    wanted = set(applied)
    for migration in migrations._migrations:
        if migration.name in wanted:
            with db.atomic():
                migration.fn(db)
    objects = schema_objects(db.conn)
    db.close()
    return objects
