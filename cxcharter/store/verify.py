"""`cxcharter verify`: recompute the audit chain and every fingerprint, and say what differs.

Reads the file without trusting it (read-only, `trusted_schema` off, no
migration, nothing written), and also when its schema was changed (dropped
triggers are reported, not a reason to give up). What it proves and what it
cannot prove is written down in docs/governance.md: these are tamper-evident
records, not signatures.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cxcharter.domain import verify_text
from cxcharter.domain.canonical import fingerprint, fingerprint_of
from cxcharter.domain.canonical_load import InterchangeError, loads
from cxcharter.domain.model import Answer, CharterSnapshot
from cxcharter.store import audit_text, chain, connection, errors, recovery
from cxcharter.store.document import CharterDocument
from cxcharter.store.governance import APPROVING
from cxcharter.store.schema import reference_schema, schema_objects
from cxcharter.store.verify_records import RecordCheck

# a code of domain/verify_text.py and its parameters
Coded = tuple[str, Mapping[str, object]]
# a review round: (revision number, round, state, fingerprint, its snapshot if it loads)
Round = tuple[int, int, str, str, CharterSnapshot | None]

GOVERNANCE = "0003_governance"


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One thing that does not hold. `what`: schema, audit, revision, decision or content.
    `where` and `detail` in English; `place` and `finding`, where known, the codes and
    parameters they are worded from (domain/verify_text.py), for other languages."""

    what: str
    where: str
    detail: str
    place: Coded | None = None
    finding: Coded | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}"

    @classmethod
    def of(cls, what: str, place: Coded, finding: Coded | str) -> Mismatch:
        """A mismatch from codes (a finding that is English text keeps it as it is)."""
        if isinstance(finding, str):
            return cls(what, verify_text.place(*place), finding, place)
        return cls(what, verify_text.place(*place), verify_text.finding(*finding), place, finding)

    def words(self, language: str) -> str:
        """The mismatch in 'en' or 'de' (a finding without a code stays English)."""
        where = verify_text.place(*self.place, language) if self.place else self.where
        if self.finding is None:
            return f"{where}: {self.detail}"
        return f"{where}: {verify_text.finding(*self.finding, language)}"


@dataclass(slots=True)
class Report:
    path: Path
    chained: bool = True  # False: the file predates the audit chain (nothing to check)
    rows_read: bool = True  # False: a table was replaced, so no row was read
    audit_entries: int = 0
    head: str = ""  # the newest entry's hash: the chain head a printed PDF shows
    rounds: int = 0
    decisions: int = 0
    state: str = ""  # 'revision 2, in review': revision and workflow below, in English
    revision: int = 0
    workflow: str = ""  # the current revision's state code: draft, in_review, approved
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches


def _schema(conn: sqlite3.Connection, applied: tuple[str, ...]) -> list[Mismatch]:
    found = []
    reference, actual = reference_schema(applied), schema_objects(conn)
    by_name = {(t, n): s for t, n, s in actual}
    for kind, name, _sql in sorted(reference - actual):
        how = "schema.changed" if (kind, name) in by_name else "schema.missing"
        found.append(Mismatch.of("schema", ("schema", {"kind": kind, "name": name}), (how, {})))
    known = {(t, n) for t, n, _ in reference}
    for kind, name, _sql in sorted(actual - reference):
        if (kind, name) not in known:
            where = ("schema", {"kind": kind, "name": name})
            found.append(Mismatch.of("schema", where, ("schema.added", {})))
    return found


def _revisions(conn: sqlite3.Connection, report: Report) -> dict[int, Round]:
    """Each round's frozen content against its fingerprint; {id: (number, round, state,
    fingerprint, snapshot or None)}."""
    rounds: dict[int, Round] = {}
    for rid, number, rnd, state, text, digest in conn.execute(
        "SELECT id, number, round, state, snapshot, fingerprint FROM revisions ORDER BY id"
    ):
        where: Coded = ("round", {"number": number, "round": rnd})
        rounds[rid] = (number, rnd, state, digest, None)
        if fingerprint_of(text) != digest:
            report.mismatches.append(Mismatch.of("revision", where, ("revision.fingerprint", {})))
        try:
            rounds[rid] = (number, rnd, state, digest, loads(text))
        except InterchangeError as exc:
            found = ("revision.not_a_charter", {"error": str(exc)})
            report.mismatches.append(Mismatch.of("revision", where, found))
    report.rounds = len(rounds)
    return rounds


def _records(conn: sqlite3.Connection, report: Report, rounds: dict[int, Round]) -> None:
    """Every governance row against its audit entry (store/verify_records.py)."""
    check = RecordCheck(conn)
    check.revisions()
    by_round = check.decisions()
    check.resolutions()
    check.drafts({number for number, _rnd, state, _d, _s in rounds.values() if state == "approved"})
    report.mismatches += [Mismatch.of(*found) for found in check.found]
    report.decisions = conn.execute("SELECT count(*) FROM decisions").fetchone()[0]
    digests = {rid: r[3] for rid, r in rounds.items()}
    for did, rid, digest in conn.execute(
        "SELECT id, revision_id, fingerprint FROM decisions ORDER BY id"
    ):
        if digests.get(rid) != digest:
            where = ("decision", {"id": did, **check.round_of(rid)})
            report.mismatches.append(Mismatch.of("decision", where, ("decision.fingerprint", {})))
    for rid, (number, rnd, state, _digest, snapshot) in rounds.items():
        if state != "approved" or snapshot is None:
            continue
        decided = by_round.get(rid, {})
        missing = [
            a["person"]
            for a in snapshot.rows_of("approver")
            if a["required"] and decided.get(a["person"]) not in APPROVING
        ]
        if missing:
            where = ("round", {"number": number, "round": rnd})
            found = ("revision.approved_without", {"people": ", ".join(map(str, missing))})
            report.mismatches.append(Mismatch.of("revision", where, found))


def _history(conn: sqlite3.Connection, report: Report) -> dict[str, dict[str, tuple[int, object]]]:
    """Rebuild every entry's values (long texts are stored as diffs, store/audit_text.py);
    returns {field: {question: (entry id, its newest value)}} of the answer changes."""
    newest: dict[str, dict[str, tuple[int, object]]] = {}
    for entry, action, target, _old, new, problem in audit_text.replay(conn):
        if problem:  # the answer's history is broken from here: its content is not compared
            newest.get(action.removeprefix("answer."), {}).pop(target, None)
            if problem != audit_text.AFTER_BROKEN:
                report.mismatches.append(Mismatch.of("audit", ("entry", {"entry": entry}), problem))
        elif action.startswith("answer.") and action.count(".") == 1:
            newest.setdefault(action.removeprefix("answer."), {})[target] = (entry, new)
        elif action.startswith("op.") and isinstance(new, dict):  # one user action's changes
            for change in new.get("changes") or ():
                step = change.get("action", "") if isinstance(change, dict) else ""
                if step.startswith("answer.") and step.count(".") == 1:
                    newest.setdefault(step.removeprefix("answer."), {})[
                        str(change.get("target"))
                    ] = (entry, change.get("new"))
    return newest


def _draft_answers(
    conn: sqlite3.Connection,
    report: Report,
    rounds: dict[int, Round],
    newest: dict[str, dict[str, tuple[int, object]]],
) -> None:
    """In a draft: each answer's text, status and due date must be its newest recorded
    state, the later of its last audit entry and the last frozen round."""
    row = conn.execute(
        "SELECT id, new FROM audit_log WHERE action = 'revision.submit' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    frozen_at, frozen = 0, None
    if row is not None:
        with contextlib.suppress(ValueError, TypeError, KeyError):
            frozen_at, frozen = row[0], rounds[json.loads(row[1])["id"]][4]
    table = {
        r[0]: Answer(*r)
        for r in conn.execute("SELECT key, text, person_id, owner_id, status, due FROM answers")
    }
    keys = set(table) | {k for changes in newest.values() for k in changes}
    if frozen is not None:
        keys |= set(frozen.answers)
    for key in sorted(keys):
        now = table.get(key) or Answer(key)
        for name in ("text", "status", "due"):
            entry, value = newest.get(name, {}).get(key, (0, None))
            if frozen is not None and frozen_at > entry:
                entry, value = frozen_at, getattr(frozen.answers.get(key) or Answer(key), name)
            if entry and value != getattr(now, name):
                found = ("answer.changed", {"field": name, "entry": entry})
                report.mismatches.append(Mismatch.of("content", ("answer", {"key": key}), found))


def _content(
    conn: sqlite3.Connection,
    path: Path,
    report: Report,
    rounds: dict[int, Round],
    newest: dict[str, dict[str, tuple[int, object]]],
) -> None:
    """In review or approved, the store refuses content writes: the content must match.
    In a draft, the answers must be what their newest audit entry recorded."""
    doc = CharterDocument(conn, path, actor="verify", read_only="verify")
    state = doc.current_state()
    report.revision, report.workflow = state.revision, state.state
    report.state = f"revision {state.revision}, {state.state.replace('_', ' ')}"
    if state.review is None:
        _draft_answers(conn, report, rounds, newest)
        return
    if fingerprint(doc.snapshot()) != state.review.fingerprint:
        where = ("revision", {"number": state.revision})
        found = ("content.differs", {"state": state.state})
        report.mismatches.append(Mismatch.of("content", where, found))


def _safe_to_read(conn: sqlite3.Connection, applied: tuple[str, ...]) -> bool:
    """Whether every table of the reference is a plain table and no view exists.

    Checked before any row is read. Triggers the file brings along are dropped
    from the private copy (never from the file), so none can ever run here.
    """
    actual = {(t, n): s for t, n, s in schema_objects(conn)}
    tables = {n for t, n, _s in reference_schema(applied) if t == "table"}
    if any(t == "view" for t, _n in actual) or any(
        not actual.get(("table", n), "").upper().startswith("CREATE TABLE") for n in tables
    ):
        return False
    for kind, name, _sql in schema_objects(conn) - reference_schema(applied):
        if kind == "trigger":
            conn.execute(f'DROP TRIGGER "{name.replace(chr(34), chr(34) * 2)}"')
    return True


def verify_file(path: str | os.PathLike[str]) -> Report:
    """Check everything the file's records promise; raises CharterError for a non-charter."""
    path = Path(path).absolute()
    with recovery.readable(path) as source:  # after a crash: the privately recovered copy
        try:
            connection.inspect(source, shown=str(path))
        except errors.ForeignSchema:
            pass  # verify it anyway: a tamperer's dropped trigger is a finding, not a refusal
        conn = connection.copy_to_memory(source)  # a private copy: nothing reaches the file
    report = Report(path)
    try:
        applied = connection.read_applied(conn, str(path))
        report.mismatches += _schema(conn, applied)
        if not _safe_to_read(conn, applied):
            report.rows_read = False
            return report  # a table was replaced: reading it could run the file's own SQL
        if GOVERNANCE not in applied:
            report.chained = False
            return report
        report.audit_entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        report.head = chain.last(conn)[1] or ""
        report.mismatches += [
            Mismatch.of("audit", ("entry", {"entry": entry}), finding)
            for entry, finding in chain.broken_links(conn)
        ]
        newest = _history(conn, report)
        rounds = _revisions(conn, report)
        _records(conn, report, rounds)
        _content(conn, path, report, rounds, newest)
    except sqlite3.Error as exc:
        found = ("file.unreadable", {"error": str(exc)})
        report.mismatches.append(Mismatch.of("schema", ("file", {}), found))
    finally:
        conn.close()
    return report
