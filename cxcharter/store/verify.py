"""`cxcharter verify`: recompute the audit chain and every fingerprint, and say what differs.

Reads the file without trusting it (read-only, `trusted_schema` off, no
migration, nothing written), and also when its schema was changed (dropped
triggers are reported, not a reason to give up). What it proves and what it
cannot prove is written down in docs/governance.md: these are tamper-evident
records, not signatures.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from cxcharter.store import chain, connection, errors, recovery
from cxcharter.store.governance import APPROVING, fingerprint, fingerprint_of
from cxcharter.store.schema import reference_schema, schema_objects

GOVERNANCE = "0003_governance"


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One thing that does not hold. `what`: schema, audit, revision, decision or content."""

    what: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}"


@dataclass(slots=True)
class Report:
    path: Path
    chained: bool = True  # False: the file predates the audit chain (nothing to check)
    rows_read: bool = True  # False: a table was replaced, so no row was read
    audit_entries: int = 0
    rounds: int = 0
    decisions: int = 0
    state: str = ""
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatches


def _schema(conn: sqlite3.Connection, applied: tuple[str, ...]) -> list[Mismatch]:
    found = []
    reference, actual = reference_schema(applied), schema_objects(conn)
    by_name = {(t, n): s for t, n, s in actual}
    for kind, name, _sql in sorted(reference - actual):
        how = "was changed" if (kind, name) in by_name else "is missing"
        found.append(Mismatch("schema", f"{kind} {name}", f"{how} (a protection of the file "
                                                          "was removed or altered)"))
    known = {(t, n) for t, n, _ in reference}
    for kind, name, _sql in sorted(actual - reference):
        if (kind, name) not in known:
            found.append(Mismatch("schema", f"{kind} {name}", "was added by another program"))
    return found


def _audit_news(conn: sqlite3.Connection, action: str) -> dict[int, dict]:
    """{record id: the `new` JSON} of the audit entries of one action."""
    out = {}
    for (new,) in conn.execute("SELECT new FROM audit_log WHERE action = ?", (action,)):
        try:
            data = json.loads(new)
        except (TypeError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), int):
            out[data["id"]] = data
    return out


def _revisions(conn: sqlite3.Connection, report: Report) -> dict[int, tuple]:
    from cxcharter.export.interchange import InterchangeError, loads

    submitted = _audit_news(conn, "revision.submit")
    rounds = {}
    for rid, number, rnd, state, text, digest in conn.execute(
            "SELECT id, number, round, state, snapshot, fingerprint FROM revisions ORDER BY id"):
        where = f"revision {number} round {rnd}"
        rounds[rid] = (number, rnd, state, digest, None)
        if fingerprint_of(text) != digest:
            report.mismatches.append(Mismatch("revision", where, "the frozen content does not "
                                              "match its fingerprint (changed after it was "
                                              "frozen)"))
        try:
            rounds[rid] = (number, rnd, state, digest, loads(text))
        except InterchangeError as exc:
            report.mismatches.append(Mismatch("revision", where,
                                              f"the frozen content is not a charter ({exc})"))
        audit = submitted.get(rid)
        if audit is None or audit.get("fingerprint") != digest or audit.get("round") != rnd:
            report.mismatches.append(Mismatch("revision", where, "its fingerprint is not the "
                                              "one the audit log recorded at submission"))
        if state != "in_review":
            closed = _audit_news(conn, f"revision.{state}").get(rid)
            if closed is None or closed.get("fingerprint") != digest:
                report.mismatches.append(Mismatch("revision", where, f"the audit log does not "
                                                  f"record it becoming {state}"))
    report.rounds = len(rounds)
    return rounds


def _decisions(conn: sqlite3.Connection, report: Report, rounds: dict[int, tuple]) -> None:
    recorded = _audit_news(conn, "decision.record")
    comments: dict[int, dict[str, str]] = {}
    for did, section, text in conn.execute("SELECT decision_id, section, comment "
                                           "FROM decision_comments"):
        comments.setdefault(did, {})[section] = text
    by_round: dict[int, dict[int, str]] = {}
    count = 0
    for did, rid, approver, decision, comment, decided_by, digest in conn.execute(
            "SELECT id, revision_id, approver_id, decision, comment, decided_by, fingerprint "
            "FROM decisions ORDER BY id"):
        count += 1
        number, rnd = rounds.get(rid, ("?", "?", None, None, None))[:2]
        where = f"decision {did} (revision {number} round {rnd})"
        by_round.setdefault(rid, {})[approver] = decision
        if rid not in rounds or rounds[rid][3] != digest:
            report.mismatches.append(Mismatch("decision", where, "its fingerprint is not the "
                                              "one of the revision it decides on"))
        audit = recorded.get(did)
        expected = {"revision_id": rid, "approver": approver, "decision": decision,
                    "comment": comment, "decided_by": decided_by, "fingerprint": digest,
                    "sections": comments.get(did, {})}
        if audit is None or any(audit.get(k) != v for k, v in expected.items()):
            report.mismatches.append(Mismatch("decision", where, "it differs from what the "
                                              "audit log recorded when it was made"))
    report.decisions = count
    for rid, (number, rnd, state, _digest, snapshot) in rounds.items():
        if state != "approved" or snapshot is None:
            continue
        decided = by_round.get(rid, {})
        missing = [a["person"] for a in snapshot.rows_of("approver")
                   if a["required"] and decided.get(a["person"]) not in APPROVING]
        if missing:
            report.mismatches.append(Mismatch(
                "revision", f"revision {number} round {rnd}", "marked approved without the "
                f"approval of required approver(s) {', '.join(map(str, missing))}"))


def _drafts(conn: sqlite3.Connection, report: Report, rounds: dict[int, tuple]) -> None:
    """A new draft revision starts only after an approval, and the audit log says so."""
    started = {target for (target,) in conn.execute(
        "SELECT target FROM audit_log WHERE action = 'revision.start'")}
    approved = {number for number, _rnd, state, _d, _s in rounds.values()
                if state == "approved"}
    for (number,) in conn.execute("SELECT number FROM revision_drafts ORDER BY id"):
        where = f"revision {number}"
        if number - 1 not in approved:
            report.mismatches.append(Mismatch("revision", where, f"started although revision "
                                              f"{number - 1} was never approved"))
        if str(number) not in started:
            report.mismatches.append(Mismatch("revision", where, "its start is not in the "
                                              "audit log"))


def _content(conn: sqlite3.Connection, path: Path, report: Report,
             rounds: dict[int, tuple]) -> None:
    """In review or approved, the store refuses content writes: the content must match."""
    from cxcharter.store.document import CharterDocument

    doc = CharterDocument(conn, path, actor="verify", read_only="verify")
    state = doc.current_state()
    report.state = f"revision {state.revision}, {state.state.replace('_', ' ')}"
    if state.review is None:
        return
    if fingerprint(doc.snapshot()) != state.review.fingerprint:
        report.mismatches.append(Mismatch(
            "content", f"revision {state.revision}",
            f"the content differs from the frozen {state.state.replace('_', ' ')} content, "
            "although the charter cannot be edited in this state"))


def _safe_to_read(conn: sqlite3.Connection, applied: tuple[str, ...]) -> bool:
    """Whether every table of the reference is a plain table and no view exists.

    Checked before any row is read. Triggers the file brings along are dropped
    from the private copy (never from the file), so none can ever run here.
    """
    actual = {(t, n): s for t, n, s in schema_objects(conn)}
    tables = {n for t, n, _s in reference_schema(applied) if t == "table"}
    if any(t == "view" for t, _n in actual) or any(
            not actual.get(("table", n), "").upper().startswith("CREATE TABLE") for n in tables):
        return False
    for kind, name, _sql in schema_objects(conn) - reference_schema(applied):
        if kind == "trigger":
            conn.execute(f'DROP TRIGGER "{name.replace(chr(34), chr(34) * 2)}"')
    return True


def verify_file(path: str | os.PathLike) -> Report:
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
        report.mismatches += [Mismatch("audit", f"audit entry {entry}", detail)
                              for entry, detail in chain.broken_links(conn)]
        rounds = _revisions(conn, report)
        _decisions(conn, report, rounds)
        _drafts(conn, report, rounds)
        _content(conn, path, report, rounds)
    except errors.ForeignSchema:
        conn.close()
        raise
    except sqlite3.Error as exc:
        report.mismatches.append(Mismatch("schema", "file", f"cannot be read as a charter "
                                                            f"({exc})"))
    finally:
        conn.close()
    return report
