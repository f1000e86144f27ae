"""Schema of the .cxcharter file: append-only, named migrations.

Never edit or reorder a migration that has shipped; add a new one. A test
upgrades a saved file of every earlier version (tests/store/files/).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from cxcharter.store import chain

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

# "CXCH" — lets `file` and our own open() tell a charter from other SQLite files.
APPLICATION_ID = 0x43584348
MIGRATION_SET = "cxcharter"

# The migrations in order, registered at import; sqlite-utils' `Migrations` is built
# from them on the first upgrade or write (`migrations`): reading a charter needs only
# their names, and importing sqlite-utils (with click, pluggy, dateutil) cost opening
# a charter ~80 ms.
_REGISTERED: list[tuple[str, Callable[[Database], None]]] = []


def _migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        _REGISTERED.append((name, fn))
        return fn

    return register


@cache
def _built() -> Migrations:
    from sqlite_utils import Migrations  # lazy: opening a charter to read it does not need it

    built = Migrations(MIGRATION_SET)
    for name, fn in _REGISTERED:
        built(name=name)(fn)
    return built


def __getattr__(name: str) -> Migrations:
    """`schema.migrations`: sqlite-utils' Migrations with ours, built when first asked for."""
    if name == "migrations":
        return _built()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@_migration("0001_initial")
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
    if _built.cache_info().currsize:  # built: it may have gained one (a test's)
        return tuple(m.name for m in _built()._migrations)
    return tuple(name for name, _fn in _REGISTERED)


def apply_migrations(db: Database) -> list[str]:
    """Bring `db` to the current schema. Foreign keys must be off (sqlite-utils rule)."""
    migrations = _built()
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        # All pending migrations in one transaction (each one a savepoint in it): a file
        # killed mid-upgrade is at the old schema or the new one, never in between.
        with db.atomic():
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {len(migration_names())}")
    return pending


def schema_objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str]]:
    """(type, name, sql) of every object in a database, SQLite's own excluded."""
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return frozenset((t, n, " ".join(s.split())) for t, n, s in rows)


REFERENCE_FILE = Path(__file__).with_name("reference_schema.json")


@cache
def _precomputed() -> dict[tuple[str, ...], frozenset[tuple[str, str, str]]]:
    """The reference schemas written by `python tools/reference_schema.py`: building them
    in memory cost every open ~35 ms. Used only while they match the migrations."""
    try:
        stored = json.loads(REFERENCE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        tuple(entry["applied"]): frozenset(tuple(o) for o in entry["objects"]) for entry in stored
    }


@cache
def reference_schema(applied: tuple[str, ...]) -> frozenset[tuple[str, str, str]]:
    """The exact schema our migrations produce after applying `applied`."""
    known = _precomputed().get(applied)
    return known if known is not None else build_reference_schema(applied)


def build_reference_schema(applied: tuple[str, ...]) -> frozenset[tuple[str, str, str]]:
    """Apply `applied` to an empty database in memory and read its schema."""
    from sqlite_utils import Database  # lazy: only when no precomputed schema matches

    migrations = _built()
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


@_migration("0002_structured_content")
def _structured(db: Database) -> None:
    """Goals, roles, priorities, stakeholders, ways of working, touchpoints.

    Mirrors cxcharter/domain/entities.py at the time of writing; a test keeps
    the two in step. Never edit: add a new migration instead.
    """
    db.executescript(
        """
        CREATE TABLE charter_settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE custom_metrics (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', low REAL, high REAL,
            direction TEXT NOT NULL DEFAULT 'higher', definition TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE touchpoints (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL, phase TEXT NOT NULL DEFAULT 'service',
            channel TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            objective TEXT NOT NULL, rationale TEXT NOT NULL DEFAULT '',
            "primary" INTEGER NOT NULL DEFAULT 0, metric TEXT NOT NULL DEFAULT '',
            custom_metric_id INTEGER REFERENCES custom_metrics(id) ON DELETE SET NULL,
            baseline REAL, baseline_date TEXT, target REAL, due TEXT,
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            phase TEXT,
            touchpoint_id INTEGER REFERENCES touchpoints(id) ON DELETE SET NULL,
            data_source TEXT NOT NULL DEFAULT '', cadence TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE readings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            date TEXT NOT NULL, value REAL NOT NULL, note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE bodies (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            type TEXT NOT NULL DEFAULT 'working_group', name TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT '', authority TEXT NOT NULL DEFAULT '',
            cadence TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE body_members (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            UNIQUE (body_id, person_id)
        );
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL
        );
        CREATE TABLE raci (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('R', 'A', 'C', 'I')),
            UNIQUE (activity_id, person_id)
        );
        CREATE TABLE initiatives (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', phase TEXT,
            touchpoint_id INTEGER REFERENCES touchpoints(id) ON DELETE SET NULL,
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'idea', quarter TEXT,
            impact REAL, effort REAL, confidence REAL, ease REAL, reach REAL, moscow TEXT,
            pinned_rank INTEGER, pin_reason TEXT NOT NULL DEFAULT '',
            drop_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE initiative_goals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            UNIQUE (initiative_id, goal_id)
        );
        CREATE TABLE criteria (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL, weight REAL NOT NULL DEFAULT 1.0,
            higher_is_better INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE criterion_scores (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
            criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
            score REAL,
            UNIQUE (initiative_id, criterion_id)
        );
        CREATE TABLE stakeholders (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            interest INTEGER, influence INTEGER, attitude TEXT NOT NULL DEFAULT 'neutral',
            needs TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '', cadence TEXT NOT NULL DEFAULT '',
            informer_id INTEGER REFERENCES people(id) ON DELETE SET NULL
        );
        CREATE TABLE decision_rights (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            decision TEXT NOT NULL,
            approver_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            threshold TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE approvers (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            person_id INTEGER NOT NULL UNIQUE REFERENCES people(id) ON DELETE CASCADE,
            required INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL, cadence TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            agenda TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE meeting_participants (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            UNIQUE (meeting_id, person_id)
        );
        CREATE TABLE escalation_steps (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE decision_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL DEFAULT 0,
            date TEXT, request TEXT NOT NULL, decision TEXT NOT NULL DEFAULT '',
            rationale TEXT NOT NULL DEFAULT '',
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL, follow_up TEXT
        );
        CREATE INDEX readings_goal ON readings(goal_id, date);
        CREATE INDEX raci_person ON raci(person_id);
        CREATE INDEX goals_owner ON goals(owner_id);
        CREATE INDEX initiatives_owner ON initiatives(owner_id);
        CREATE INDEX criterion_scores_criterion ON criterion_scores(criterion_id);
        CREATE INDEX initiative_goals_goal ON initiative_goals(goal_id);
        CREATE INDEX body_members_person ON body_members(person_id);
        CREATE INDEX meeting_participants_person ON meeting_participants(person_id);
        """
    )


_APPEND_ONLY = "BEGIN SELECT RAISE(ABORT, '{what} append-only'); END"


def _append_only(table: str, what: str) -> list[str]:
    """Triggers that refuse DELETE, and INSERT OR REPLACE of an existing row, on `table`."""
    body = _APPEND_ONLY.format(what=what)
    return [
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} {body}",
        f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
        f"WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id) {body}",
    ]


@_migration("0003_governance")
def _governance(db: Database) -> None:
    """Review rounds with frozen snapshots, decisions, comments; the audit log's hash chain.

    Every table here is append-only; the one change the triggers allow is a
    review round's state moving once from 'in_review' to its outcome. Statements
    run one by one (not executescript, which would commit mid-migration).
    """
    conn = db.conn
    statements = [
        "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT",
        "ALTER TABLE audit_log ADD COLUMN hash TEXT",
        # Each submission for review freezes the content: revision `number`, review
        # `round` of it; `snapshot` is the canonical JSON, `fingerprint` its SHA-256.
        """CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL CHECK (number >= 1),
            round INTEGER NOT NULL CHECK (round >= 1),
            state TEXT NOT NULL DEFAULT 'in_review'
                CHECK (state IN ('in_review', 'approved', 'changes_requested', 'withdrawn')),
            snapshot TEXT NOT NULL,
            fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            closed_at TEXT,
            closed_by TEXT,
            UNIQUE (number, round)
        )""",
        "CREATE UNIQUE INDEX revisions_one_in_review ON revisions(state) WHERE state = 'in_review'",
        "CREATE UNIQUE INDEX revisions_one_approval ON revisions(number) WHERE state = 'approved'",
        """CREATE TRIGGER revisions_frozen BEFORE UPDATE ON revisions
        WHEN OLD.state != 'in_review' OR NEW.state = 'in_review'
            OR NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number
            OR NEW.round IS NOT OLD.round OR NEW.snapshot IS NOT OLD.snapshot
            OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.created_at IS NOT OLD.created_at
            OR NEW.created_by IS NOT OLD.created_by
        BEGIN SELECT RAISE(ABORT, 'a frozen revision cannot be changed'); END""",
        *_append_only("revisions", "revisions are"),
        # Draft revision N+1 starts when an approved charter is edited again.
        """CREATE TABLE revision_drafts (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE CHECK (number >= 2),
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL
        )""",
        # An approver's decision on one review round. No foreign key to people:
        # removing a person must never touch a recorded decision.
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            revision_id INTEGER NOT NULL REFERENCES revisions(id),
            approver_id INTEGER NOT NULL,
            approver_name TEXT NOT NULL,
            decision TEXT NOT NULL
                CHECK (decision IN ('approved', 'approved_with_conditions',
                                    'changes_requested')),
            comment TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            UNIQUE (revision_id, approver_id)
        )""",
        """CREATE TRIGGER decisions_on_the_frozen_content BEFORE INSERT ON decisions
        WHEN NEW.fingerprint IS NOT (SELECT fingerprint FROM revisions
                                     WHERE id = NEW.revision_id)
            OR (SELECT state FROM revisions WHERE id = NEW.revision_id) IS NOT 'in_review'
        BEGIN SELECT RAISE(ABORT,
            'a decision must be on the fingerprint of a revision in review'); END""",
        # Section comments of a decision; a resolution is its own, later record.
        """CREATE TABLE decision_comments (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL REFERENCES decisions(id),
            section TEXT NOT NULL,
            comment TEXT NOT NULL
        )""",
        """CREATE TABLE comment_resolutions (
            id INTEGER PRIMARY KEY,
            comment_id INTEGER NOT NULL UNIQUE REFERENCES decision_comments(id),
            resolved_at TEXT NOT NULL,
            resolved_by TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""",
    ]
    for table, what in (
        ("revision_drafts", "revision drafts are"),
        ("decisions", "recorded decisions are"),
        ("decision_comments", "recorded comments are"),
        ("comment_resolutions", "comment resolutions are"),
    ):
        statements += _append_only(table, what)
        statements.append(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            + _APPEND_ONLY.format(what=what)
        )
    for sql in statements:
        conn.execute(sql)
    # Chain the entries written so far: the one time audit rows are updated.
    conn.execute("DROP TRIGGER audit_log_no_update")
    chain.seal(conn)
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    conn.execute("CREATE INDEX decisions_revision ON decisions(revision_id)")
    conn.execute("CREATE INDEX decision_comments_decision ON decision_comments(decision_id)")


@_migration("0004_branding")
def _branding(db: Database) -> None:
    """The organisation's look: a logo and an accent colour, one row per charter.

    Presentation, not approved content: outside the canonical JSON and its
    fingerprint, and writable while the content is frozen. The CHECKs are a last
    line of defence; the store validates with the domain's rules first.
    """
    db.conn.execute("""CREATE TABLE branding (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        logo BLOB CHECK (logo IS NULL OR length(logo) <= 1048576),
        logo_type TEXT CHECK (logo_type IS NULL OR logo_type IN ('png', 'jpeg')),
        accent TEXT CHECK (accent IS NULL OR (length(accent) = 7 AND accent GLOB
                                              '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'))
    )""")


@_migration("0005_signatures")
def _signatures(db: Database) -> None:
    """Signed approvals: the evidence of a signed review copy, and the charter's policy.

    `decision_signatures` keeps, per decision recorded from a signed copy, the
    PDF as imported and the facts of the signer's certificate; append-only like
    the decision it belongs to (its SHA-256 is in the decision's audit entry).
    `approval_policy` holds the setting "approvals must be signed".
    """
    statements = [
        """CREATE TABLE decision_signatures (
            id INTEGER PRIMARY KEY,
            decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions(id),
            pdf BLOB NOT NULL,
            pdf_sha256 TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
            subject TEXT NOT NULL,
            issuer TEXT NOT NULL,
            cert_sha256 TEXT NOT NULL CHECK (length(cert_sha256) = 64),
            not_before TEXT NOT NULL,
            not_after TEXT NOT NULL,
            signed_at TEXT NOT NULL DEFAULT '',
            trusted INTEGER NOT NULL CHECK (trusted IN (0, 1)),
            trust_note TEXT NOT NULL DEFAULT '',
            warnings TEXT NOT NULL DEFAULT '[]'
        )""",
        *_append_only("decision_signatures", "signature evidence is"),
        "CREATE TRIGGER decision_signatures_no_update BEFORE UPDATE ON decision_signatures "
        + _APPEND_ONLY.format(what="signature evidence is"),
        """CREATE TABLE approval_policy (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            signatures_required INTEGER NOT NULL DEFAULT 0
                CHECK (signatures_required IN (0, 1))
        )""",
    ]
    for sql in statements:
        db.conn.execute(sql)
