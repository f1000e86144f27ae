"""How the saved charter files of earlier schema versions in this folder were made.

Each file is a charter exactly as that version of CX Charter wrote it; the
migration tests open and upgrade every one. Re-running this script is only
needed to add a file for a new schema version (never to change an old one):

    python tests/store/files/make_fixtures.py
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from cxcharter.store.schema import APPLICATION_ID, migrations

HERE = Path(__file__).resolve().parent

# file name → the first migration it must NOT have
VERSIONS = {
    "v0001-initial.cxcharter": "0002_structured_content",
    "v0002-structured-content.cxcharter": "0003_governance",
    "v0003-governance.cxcharter": "0004_branding",
    "v0004-branding.cxcharter": "0005_signatures",
}


def audit(conn: sqlite3.Connection, at: str, action: str, target: str, new: str) -> None:
    """An audit entry as that version wrote it: chained from schema 0003 on."""
    chained = any(r[1] == "hash" for r in conn.execute("PRAGMA table_info(audit_log)"))
    if chained:
        from cxcharter.store import chain

        chain.append(
            conn, at=at, actor="Anna Weber", action=action, target=target, old="null", new=new
        )
        return
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, target, old, new) VALUES "
        "(?, 'Anna Weber', ?, ?, 'null', ?)",
        (at, action, target, new),
    )


def make(name: str, stop_before: str) -> Path:
    path = HERE / name
    if path.exists():
        return path
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn, execute_plugins=False)
    migrations.apply(db, stop_before=stop_before)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        conn.execute(
            "INSERT INTO charter VALUES (1, '6b1f6a3e-6a52-4c55-9d0c-0f3b1c2a9e01', "
            "'de', '2026-11-23T09:00:00+00:00')"
        )
        conn.execute(
            "INSERT INTO people (name, email, department, role) VALUES "
            "('Anna Weber', 'anna.weber@nordwind.example', 'Kundenservice', "
            "'Leiterin Kundenservice')"
        )
        conn.execute(
            "INSERT INTO answers (key, text, owner_id, status, due, updated_at) "
            "VALUES ('front.title', 'CX-Charta Kundenservice', 1, 'draft', "
            "'2026-12-15', '2026-11-23T09:00:00+00:00')"
        )
        conn.execute(
            "INSERT INTO answers (key, text, owner_id, status, updated_at) VALUES "
            "('vision.statement', 'Wir lösen Anliegen beim ersten Kontakt. 😀', 1, "
            "'ready', '2026-11-23T09:00:00+00:00')"
        )
        audit(
            conn,
            "2026-11-23T09:00:00+00:00",
            "charter.create",
            "6b1f6a3e-6a52-4c55-9d0c-0f3b1c2a9e01",
            '{"language": "de"}',
        )
        if stop_before != "0002_structured_content":  # files with structured content
            conn.execute(
                "INSERT INTO goals (objective, metric, baseline, target, due, "
                "owner_id) VALUES ('NPS steigern', 'nps', 18, 30, '2027-12-31', 1)"
            )
            audit(
                conn, "2026-11-23T09:05:00+00:00", "goal.add", "1", '{"objective": "NPS steigern"}'
            )
    conn.close()
    return path


if __name__ == "__main__":
    for file_name, stop in VERSIONS.items():
        print(make(file_name, stop))
    sys.exit(0)
