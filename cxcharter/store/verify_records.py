"""Part of `cxcharter verify`: every governance row against the audit entry that wrote it.

Rounds, decisions, section comments, resolutions and draft starts are each
written together with one chained audit entry that carries the row's columns.
Here each row is compared with its entry field by field, and each entry with
its row: a row changed, added or deleted behind the application's back is
named with the field that differs. Entries written by versions before this
comparison carry fewer columns; a column an entry does not carry is not compared
(docs/governance.md lists them).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from cxcharter.store.governance import APPROVING

Json = dict[str, Any]  # a row of the file, or an audit entry's JSON object: as SQLite gave it
Audited = tuple[int, Json, str]  # (audit entry id, its `new` JSON, its target)


def audit_records(
    conn: sqlite3.Connection, action: str, key: Callable[[str, Json], object] | None = None
) -> dict[object, Audited]:
    """{record key: (audit entry id, its `new` JSON, its target)} of one action's entries.

    The key is the `id` in the JSON, or `key(target, data)` when given."""
    out: dict[object, Audited] = {}
    for entry, target, new in conn.execute(
        "SELECT id, target, new FROM audit_log WHERE action = ? ORDER BY id", (action,)
    ):
        try:
            data = json.loads(new)
        except (TypeError, ValueError):
            continue
        if not isinstance(data, dict):
            continue
        record = key(target, data) if key else data.get("id")
        if record is not None:
            out[record] = (entry, data, target)
    return out


def _int(text: str, _data: Json) -> int | None:
    return int(text) if str(text).isdigit() else None


def differences(
    row: Json, audit: Json, columns: Iterable[str], names: dict[str, str] | None = None
) -> list[str]:
    """'column is X, the audit log recorded Y' for each column the entry carries."""
    out = []
    for column in columns:
        key = (names or {}).get(column, column)
        if key in audit and audit[key] != row[column]:
            out.append(f"{column} is {row[column]!r}, the audit log recorded {audit[key]!r}")
    return out


def _missing(entry: int) -> str:
    return f"recorded in audit entry {entry} but is missing from the file (deleted)"


NOT_AUDITED = "is not in the audit log (added outside CX Charter)"


class RecordCheck:
    """Collects Mismatch-like tuples (what, where, detail) for verify.py."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.found: list[tuple[str, str, str]] = []
        self.rounds: dict[object, tuple[object, object]] = {}  # revision id: (number, round)

    def add(self, what: str, where: str, detail: str) -> None:
        self.found.append((what, where, detail))

    def _rows(self, sql: str) -> list[Json]:
        cursor = self.conn.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def round_name(self, revision_id: object) -> str:
        number, rnd = self.rounds.get(revision_id, ("?", "?"))
        return f"revision {number} round {rnd}"

    # ------------------------------------------------------------ rounds
    def revisions(self) -> None:
        """Each round against its submission and its closing entry."""
        submitted = audit_records(self.conn, "revision.submit")
        closed = {
            state: audit_records(self.conn, f"revision.{state}")
            for state in ("approved", "changes_requested", "withdrawn")
        }
        rows = self._rows(
            "SELECT id, number, round, state, fingerprint, created_at, "
            "created_by, closed_at, closed_by FROM revisions ORDER BY id"
        )
        for row in rows:
            self.rounds[row["id"]] = (row["number"], row["round"])
        for row in rows:
            where = self.round_name(row["id"])
            entry = submitted.get(row["id"])
            if (
                entry is None
                or entry[1].get("fingerprint") != row["fingerprint"]
                or entry[1].get("round") != row["round"]
            ):
                self.add(
                    "revision",
                    where,
                    "its fingerprint is not the one the audit log recorded at submission",
                )
            else:
                self._differ(
                    "revision",
                    where,
                    row,
                    {**entry[1], "number": _int(entry[2], {})},
                    ("number", "created_at", "created_by"),
                )
            if row["state"] == "in_review":
                if row["closed_at"] is not None or row["closed_by"] is not None:
                    self.add(
                        "revision", where, "in review, but it carries a closing date or person"
                    )
                continue
            done = closed[row["state"]].get(row["id"])
            if done is None or done[1].get("fingerprint") != row["fingerprint"]:
                self.add(
                    "revision", where, f"the audit log does not record it becoming {row['state']}"
                )
            else:
                self._differ("revision", where, row, done[1], ("closed_at", "closed_by"))
        for rid, (entry_id, data, target) in submitted.items():
            if rid not in self.rounds:
                self.rounds[rid] = (target, data.get("round", "?"))
                self.add("revision", self.round_name(rid), _missing(entry_id))

    def _differ(
        self,
        what: str,
        where: str,
        row: Json,
        audit: Json,
        columns: Iterable[str],
        names: dict[str, str] | None = None,
    ) -> None:
        found = differences(row, audit, columns, names)
        if found:
            self.add(what, where, "; ".join(found) + " (changed after it was recorded)")

    # ------------------------------------------------------------ decisions
    def decisions(self) -> dict[int, dict[int, str]]:
        """Each decision against its entry; returns {revision id: {approver: decision}}."""
        recorded = audit_records(self.conn, "decision.record")
        rows = self._rows(
            "SELECT id, revision_id, approver_id, approver_name, decision, "
            "comment, decided_by, recorded_by, recorded_at, fingerprint "
            "FROM decisions ORDER BY id"
        )
        by_round: dict[int, dict[int, str]] = {}
        ids = set()
        for row in rows:
            ids.add(row["id"])
            where = f"decision {row['id']} ({self.round_name(row['revision_id'])})"
            by_round.setdefault(row["revision_id"], {})[row["approver_id"]] = row["decision"]
            entry = recorded.get(row["id"])
            if entry is None:
                self.add("decision", where, NOT_AUDITED)
                continue
            self._differ(
                "decision",
                where,
                row,
                entry[1],
                (
                    "revision_id",
                    "approver_id",
                    "approver_name",
                    "decision",
                    "comment",
                    "decided_by",
                    "recorded_by",
                    "recorded_at",
                    "fingerprint",
                ),
                {"approver_id": "approver"},
            )
        for did, (entry_id, data, _target) in recorded.items():
            if did not in ids:
                self.add(
                    "decision",
                    f"decision {did} ({self.round_name(data.get('revision_id'))})",
                    _missing(entry_id),
                )
        self._comments(recorded)
        self._signatures(recorded)
        self._outcomes(by_round)
        return by_round

    def _signatures(self, recorded: dict[object, Audited]) -> None:
        """Each signed copy's bytes and certificate facts against its decision's entry
        (schema 0005). The signature itself is re-checked by `cxcharter verify` with
        pyHanko (export/review_import.recheck_signatures)."""
        try:
            rows = self._rows(
                "SELECT decision_id, pdf, pdf_sha256, subject, issuer, "
                "cert_sha256, not_before, not_after FROM decision_signatures "
                "ORDER BY id"
            )
        except sqlite3.OperationalError:  # a file before schema 0005
            return
        seen = set()
        for row in rows:
            did = row["decision_id"]
            seen.add(did)
            where = f"signed copy of decision {did}"
            entry = recorded.get(did)
            note = (entry[1].get("signature") if entry else None) or None
            if not isinstance(note, dict):
                self.add("decision", where, NOT_AUDITED)
                continue
            digest = hashlib.sha256(bytes(row["pdf"])).hexdigest()
            if digest != note.get("pdf_sha256") or digest != row["pdf_sha256"]:
                self.add(
                    "decision",
                    where,
                    "the stored PDF is not the one the audit log recorded (its SHA-256 differs)",
                )
            self._differ(
                "decision",
                where,
                row,
                note,
                ("subject", "issuer", "cert_sha256", "not_before", "not_after"),
            )
        for did, (entry_id, data, _target) in recorded.items():
            if isinstance(data.get("signature"), dict) and did not in seen:
                self.add("decision", f"signed copy of decision {did}", _missing(entry_id))

    def _comments(self, recorded: dict[object, Audited]) -> None:
        rows = self._rows(
            "SELECT id, decision_id, section, comment FROM decision_comments ORDER BY id"
        )
        seen: dict[object, dict[str, int]] = {}
        for row in rows:
            where = f"comment {row['id']} (decision {row['decision_id']})"
            entry = recorded.get(row["decision_id"])
            data = entry[1] if entry else {}
            sections = data.get("sections") or {}
            known = data.get("comment_ids")
            if (
                entry is None
                or row["section"] not in sections
                or (known is not None and known.get(row["section"]) != row["id"])
                or row["section"] in seen.get(row["decision_id"], {})
            ):
                self.add("decision", where, NOT_AUDITED)
                continue
            seen.setdefault(row["decision_id"], {})[row["section"]] = row["id"]
            if sections[row["section"]] != row["comment"]:
                self.add(
                    "decision",
                    where,
                    f"comment is {row['comment']!r}, the audit log "
                    f"recorded {sections[row['section']]!r}",
                )
        for did, (entry_id, data, _target) in recorded.items():
            for section in data.get("sections") or {}:
                if section not in seen.get(did, {}):
                    cid = (data.get("comment_ids") or {}).get(section)
                    self.add(
                        "decision",
                        f"comment {cid} (decision {did})"
                        if cid
                        else f"comment on {section!r} (decision {did})",
                        f"on section {section!r}: " + _missing(entry_id),
                    )

    def _outcomes(self, by_round: dict[int, dict[int, str]]) -> None:
        """A round sent back needs a "changes requested"; an approved round none."""
        for rid, state in self.conn.execute("SELECT id, state FROM revisions"):
            decided = set(by_round.get(rid, {}).values())
            if state == "changes_requested" and "changes_requested" not in decided:
                self.add(
                    "revision",
                    self.round_name(rid),
                    "sent back with changes requested, but no decision of it requests changes",
                )
            if state == "approved" and not decided <= APPROVING:
                self.add(
                    "revision",
                    self.round_name(rid),
                    "approved, but a decision of it requests changes",
                )

    # ------------------------------------------------------------ the rest
    def resolutions(self) -> None:
        resolved = audit_records(self.conn, "comment.resolve", _int)
        owner = dict(self.conn.execute("SELECT id, decision_id FROM decision_comments"))
        rows = self._rows(
            "SELECT comment_id, resolved_at, resolved_by, note FROM comment_resolutions ORDER BY id"
        )
        ids = set()
        for row in rows:
            cid = row["comment_id"]
            ids.add(cid)
            where = f"comment {cid} (decision {owner.get(cid, '?')})"
            entry = resolved.get(cid)
            if entry is None:
                self.add("decision", where, f"its resolution {NOT_AUDITED}")
                continue
            self._differ("decision", where, row, entry[1], ("resolved_at", "resolved_by", "note"))
        for cid, (entry_id, _data, _target) in resolved.items():
            if cid not in ids:
                self.add(
                    "decision",
                    f"comment {cid}" + (f" (decision {owner[cid]})" if cid in owner else ""),
                    "its resolution is " + _missing(entry_id),
                )

    def drafts(self, approved: set[int]) -> None:
        """A new draft revision starts only after an approval, and the audit log says so."""
        started = audit_records(self.conn, "revision.start", _int)
        numbers = set()
        for row in self._rows(
            "SELECT number, started_at, started_by FROM revision_drafts ORDER BY id"
        ):
            number = row["number"]
            numbers.add(number)
            where = f"revision {number}"
            if number - 1 not in approved:
                self.add(
                    "revision", where, f"started although revision {number - 1} was never approved"
                )
            entry = started.get(number)
            if entry is None:
                self.add("revision", where, "its start is not in the audit log")
            else:
                self._differ("revision", where, row, entry[1], ("started_at", "started_by"))
        for number, (entry_id, _data, _target) in started.items():
            if number not in numbers:
                self.add("revision", f"revision {number}", "its start is " + _missing(entry_id))
