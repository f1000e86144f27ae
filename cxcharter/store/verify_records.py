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
Coded = tuple[str, dict[str, Any]]  # a code of domain/verify_text.py and its parameters


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
) -> list[tuple[str, object, object]]:
    """(column, value in the file, value the audit log recorded) for each column the entry
    carries and the row does not match ('column is X, the audit log recorded Y')."""
    out = []
    for column in columns:
        key = (names or {}).get(column, column)
        if key in audit and audit[key] != row[column]:
            out.append((column, row[column], audit[key]))
    return out


def _missing(entry: int, code: str = "record.deleted") -> Coded:
    return (code, {"entry": entry})


NOT_AUDITED: Coded = ("record.not_audited", {})


class RecordCheck:
    """Collects Mismatch-like tuples (what, place, finding) for verify.py: the place and
    the finding as codes of domain/verify_text.py with their parameters."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.found: list[tuple[str, Coded, Coded]] = []
        self.rounds: dict[object, tuple[object, object]] = {}  # revision id: (number, round)

    def add(self, what: str, where: Coded, finding: Coded) -> None:
        self.found.append((what, where, finding))

    def _rows(self, sql: str) -> list[Json]:
        cursor = self.conn.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def round_of(self, revision_id: object) -> dict[str, object]:
        """The revision number and round of a round's id, as a place's parameters."""
        number, rnd = self.rounds.get(revision_id, ("?", "?"))
        return {"number": number, "round": rnd}

    def round_name(self, revision_id: object) -> Coded:
        return ("round", self.round_of(revision_id))

    def decision_name(self, decision_id: object, revision_id: object) -> Coded:
        return ("decision", {"id": decision_id, **self.round_of(revision_id)})

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
                self.add("revision", where, ("record.submission", {}))
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
                    self.add("revision", where, ("record.open_but_closed", {}))
                continue
            done = closed[row["state"]].get(row["id"])
            if done is None or done[1].get("fingerprint") != row["fingerprint"]:
                self.add("revision", where, ("record.not_closed", {"state": row["state"]}))
            else:
                self._differ("revision", where, row, done[1], ("closed_at", "closed_by"))
        for rid, (entry_id, data, target) in submitted.items():
            if rid not in self.rounds:
                self.rounds[rid] = (target, data.get("round", "?"))
                self.add("revision", self.round_name(rid), _missing(entry_id))

    def _differ(
        self,
        what: str,
        where: Coded,
        row: Json,
        audit: Json,
        columns: Iterable[str],
        names: dict[str, str] | None = None,
    ) -> None:
        found = differences(row, audit, columns, names)
        if found:
            self.add(what, where, ("record.changed", {"differences": found}))

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
            where = self.decision_name(row["id"], row["revision_id"])
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
                where = self.decision_name(did, data.get("revision_id"))
                self.add("decision", where, _missing(entry_id))
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
            where: Coded = ("signed_copy", {"decision": did})
            entry = recorded.get(did)
            note = (entry[1].get("signature") if entry else None) or None
            if not isinstance(note, dict):
                self.add("decision", where, NOT_AUDITED)
                continue
            digest = hashlib.sha256(bytes(row["pdf"])).hexdigest()
            if digest != note.get("pdf_sha256") or digest != row["pdf_sha256"]:
                self.add("decision", where, ("record.pdf_differs", {}))
            self._differ(
                "decision",
                where,
                row,
                note,
                ("subject", "issuer", "cert_sha256", "not_before", "not_after"),
            )
        for did, (entry_id, data, _target) in recorded.items():
            if isinstance(data.get("signature"), dict) and did not in seen:
                self.add("decision", ("signed_copy", {"decision": did}), _missing(entry_id))

    def _comments(self, recorded: dict[object, Audited]) -> None:
        rows = self._rows(
            "SELECT id, decision_id, section, comment FROM decision_comments ORDER BY id"
        )
        seen: dict[object, dict[str, int]] = {}
        for row in rows:
            where: Coded = ("comment", {"id": row["id"], "decision": row["decision_id"]})
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
                now, then = repr(row["comment"]), repr(sections[row["section"]])
                changed = {"column": "comment", "now": now, "recorded": then}
                self.add("decision", where, ("record.difference", changed))
        for did, (entry_id, data, _target) in recorded.items():
            for section in data.get("sections") or {}:
                if section not in seen.get(did, {}):
                    cid = (data.get("comment_ids") or {}).get(section)
                    place: Coded = (
                        ("comment", {"id": cid, "decision": did})
                        if cid
                        else ("comment_on", {"section": section, "decision": did})
                    )
                    gone = ("record.section_deleted", {"section": section, "entry": entry_id})
                    self.add("decision", place, gone)

    def _outcomes(self, by_round: dict[int, dict[int, str]]) -> None:
        """A round sent back needs a "changes requested"; an approved round none."""
        for rid, state in self.conn.execute("SELECT id, state FROM revisions"):
            decided = set(by_round.get(rid, {}).values())
            if state == "changes_requested" and "changes_requested" not in decided:
                self.add("revision", self.round_name(rid), ("record.sent_back_without", {}))
            if state == "approved" and not decided <= APPROVING:
                self.add("revision", self.round_name(rid), ("record.approved_with_request", {}))

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
            where: Coded = ("comment", {"id": cid, "decision": owner.get(cid, "?")})
            entry = resolved.get(cid)
            if entry is None:
                self.add("decision", where, ("record.resolution_not_audited", {}))
                continue
            self._differ("decision", where, row, entry[1], ("resolved_at", "resolved_by", "note"))
        for cid, (entry_id, _data, _target) in resolved.items():
            if cid not in ids:
                place: Coded = (
                    ("comment", {"id": cid, "decision": owner[cid]})
                    if cid in owner
                    else ("comment_alone", {"id": cid})
                )
                self.add("decision", place, _missing(entry_id, "record.resolution_deleted"))

    def drafts(self, approved: set[int]) -> None:
        """A new draft revision starts only after an approval, and the audit log says so."""
        started = audit_records(self.conn, "revision.start", _int)
        numbers = set()
        for row in self._rows(
            "SELECT number, started_at, started_by FROM revision_drafts ORDER BY id"
        ):
            number = row["number"]
            numbers.add(number)
            where: Coded = ("revision", {"number": number})
            if number - 1 not in approved:
                found = ("record.started_unapproved", {"previous": number - 1})
                self.add("revision", where, found)
            entry = started.get(number)
            if entry is None:
                self.add("revision", where, ("record.start_not_audited", {}))
            else:
                self._differ("revision", where, row, entry[1], ("started_at", "started_by"))
        for number, (entry_id, _data, _target) in started.items():
            if number not in numbers:
                where = ("revision", {"number": number})
                self.add("revision", where, _missing(entry_id, "record.start_deleted"))
