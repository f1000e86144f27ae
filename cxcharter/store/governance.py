"""The approval workflow of CharterDocument: Draft → In review → Approved, or back to Draft.

Mixed into CharterDocument like RowsMixin. Submitting freezes the content as a
review round of revision N: its canonical JSON (the `cxcharter dump` text) and
the SHA-256 of that text, the fingerprint. Approvers decide on a round; the
database refuses to change or delete a round's content, a decision or a
comment (schema 0003), and the store refuses every content write while the
charter is in review or approved (`_refuse_frozen`, called by `_write`).
Every step is one transaction with one chained audit entry, and listeners hear
`Change("governance", revision number)` after it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxcharter.catalog import load_catalog
from cxcharter.domain import readiness, values
from cxcharter.domain.canonical import canonical_json, fingerprint, fingerprint_of
from cxcharter.domain.canonical_load import loads
from cxcharter.domain.compare import SectionChanges, compare
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.review_form import FormField, ReviewAnswer, form_fields, read_review
from cxcharter.domain.values import Problem
from cxcharter.store import chain, errors
from cxcharter.store.changes import Change
from cxcharter.store.part import DocumentPart
from cxcharter.store.signatures import SignatureEvidence, insert_evidence

if TYPE_CHECKING:
    from sqlite_utils import Database

DRAFT, IN_REVIEW, APPROVED = "draft", "in_review", "approved"
DECISIONS = ("approved", "approved_with_conditions", "changes_requested")
APPROVING = frozenset({"approved", "approved_with_conditions"})

_REVISION_COLUMNS = (
    "id",
    "number",
    "round",
    "state",
    "fingerprint",
    "created_at",
    "created_by",
    "closed_at",
    "closed_by",
)
_DECISION_COLUMNS = (
    "id",
    "revision_id",
    "approver_id",
    "approver_name",
    "decision",
    "comment",
    "decided_by",
    "recorded_by",
    "recorded_at",
    "fingerprint",
)


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    """One review round of revision `number`: what was frozen, by whom, and how it ended.

    `state`: in_review, approved, changes_requested or withdrawn.
    """

    id: int
    number: int
    round: int
    state: str
    fingerprint: str
    created_at: str
    created_by: str
    closed_at: str | None
    closed_by: str | None


@dataclass(frozen=True, slots=True)
class SectionComment:
    id: int
    decision_id: int
    section: str
    comment: str
    approver_name: str
    resolved_at: str | None = None
    resolved_by: str | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


@dataclass(frozen=True, slots=True)
class Decision:
    """An approver's decision on one review round ("recorded by X for Y")."""

    id: int
    revision_id: int
    approver_id: int
    approver_name: str
    decision: str
    comment: str
    decided_by: str
    recorded_by: str
    recorded_at: str
    fingerprint: str
    number: int
    round: int
    comments: tuple[SectionComment, ...] = ()


@dataclass(frozen=True, slots=True)
class GovernanceState:
    """What the window shows: which revision, its state, and whether the approval holds."""

    revision: int  # the revision being worked on (or in review, or approved)
    state: str  # draft, in_review or approved
    review: RevisionRecord | None  # the round in review, or the approved round of `revision`
    approved: RevisionRecord | None  # the newest approved round of any revision
    fingerprint: str  # of the content as it is now
    awaiting: tuple[int, ...] = ()  # required approvers (person ids) yet to decide

    @property
    def approval_holds(self) -> bool:
        """The newest approval was given to exactly the content the file holds now."""
        return self.approved is not None and self.approved.fingerprint == self.fingerprint


@dataclass(frozen=True, slots=True)
class FrozenRevision:
    record: RevisionRecord
    snapshot: CharterSnapshot
    text: str  # the canonical JSON the fingerprint was computed over


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _in_review(state: GovernanceState) -> RevisionRecord:
    """The round of a state in review (current_state sets `review` there)."""
    if state.review is None:
        raise _workflow("This step needs a charter in review.", "not_in_review")
    return state.review


def _workflow(message: str, reason: str, **params: object) -> errors.WorkflowError:
    """A refused step: its reason code and what the words name (`params`)."""
    return errors.WorkflowError(message, reason=reason, params=params)


class GovernanceMixin(DocumentPart):
    """Governance use cases of CharterDocument (see store/document.py)."""

    _conn: sqlite3.Connection
    actor: str
    language: str

    # ------------------------------------------------------------ reading
    def revisions(self) -> list[RevisionRecord]:
        """Every review round, oldest first."""
        rows = self._conn.execute(
            f"SELECT {', '.join(_REVISION_COLUMNS)} FROM revisions ORDER BY id"
        )
        return [RevisionRecord(*row) for row in rows]

    def _record(self, revision_id: int) -> RevisionRecord | None:
        row = self._conn.execute(
            f"SELECT {', '.join(_REVISION_COLUMNS)} FROM revisions WHERE id = ?", (revision_id,)
        ).fetchone()
        return RevisionRecord(*row) if row else None

    def _written(self, revision_id: int | None) -> RevisionRecord:
        """The round just written in this transaction (its row is there)."""
        record = self._record(revision_id) if revision_id is not None else None
        if record is None:
            raise RuntimeError(f"revision row {revision_id} was not written")
        return record

    def _revision_number(self) -> int:
        row = self._conn.execute(
            "SELECT max(coalesce((SELECT max(number) FROM revision_drafts), 1), "
            "coalesce((SELECT max(number) FROM revisions), 1))"
        ).fetchone()
        return int(row[0])

    def _latest_round(self, number: int) -> RevisionRecord | None:
        rounds = [r for r in self.revisions() if r.number == number]
        return rounds[-1] if rounds else None

    def current_state(self, *, with_fingerprint: bool = True) -> GovernanceState:
        """Where the charter stands. `with_fingerprint=False` leaves `fingerprint` empty
        (and `approval_holds` False): the window computes it off the UI thread."""
        number = self._revision_number()
        latest = self._latest_round(number)
        approved = [r for r in self.revisions() if r.state == APPROVED]
        awaiting: tuple[int, ...]
        state, review, awaiting = DRAFT, None, ()
        if latest is not None and latest.state in (IN_REVIEW, APPROVED):
            state, review = latest.state, latest
            if state == IN_REVIEW:
                awaiting = self._awaiting(latest)
        return GovernanceState(
            number,
            state,
            review,
            approved[-1] if approved else None,
            self.content_fingerprint() if with_fingerprint else "",
            awaiting,
        )

    def frozen_state(self) -> str:
        """'in_review' or 'approved' while content writes are refused, else ''.

        Cheap (no fingerprint): the window asks it on every governance change.
        """
        latest = self._latest_round(self._revision_number())
        return latest.state if latest is not None and latest.state in (IN_REVIEW, APPROVED) else ""

    def content_fingerprint(self) -> str:
        """The fingerprint of the content as it is now.

        Every content write appends an audit entry, so the newest entry's hash names
        the content's version: the (costly) canonical JSON is computed once per change.
        """
        key = chain.last(self._conn)
        cached = getattr(self, "_fingerprint_cache", None)
        if cached is None or cached[0] != key:
            cached = (key, fingerprint(self.snapshot()))
            self._fingerprint_cache = cached
        return cached[1]

    def chain_head(self) -> tuple[int, str | None]:
        """(number of audit entries, hash of the newest): printed or mailed, it anchors the
        chain outside the file (a rewritten tail no longer contains it)."""
        count = self._conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        return count, chain.last(self._conn)[1]

    def open_revision(self, number: int, round: int | None = None) -> FrozenRevision:
        """A revision's frozen content, read-only: its approved round, else its newest one."""
        rounds = [
            r
            for r in self.revisions()
            if r.number == number and (round is None or r.round == round)
        ]
        if not rounds:
            raise _workflow(
                f"There is no frozen revision {number}"
                + (f" round {round}." if round is not None else "."),
                "no_such_revision",
                revision=number if round is None else f"{number}.{round}",
            )
        approved = [r for r in rounds if r.state == APPROVED]
        record = approved[-1] if approved else rounds[-1]
        return self._frozen(record)

    def _frozen(self, record: RevisionRecord) -> FrozenRevision:
        """A round's frozen content; parsed once per open document (it never changes)."""
        cache = self.__dict__.setdefault("_frozen_cache", {})
        if record.id not in cache:
            text = self._conn.execute(
                "SELECT snapshot FROM revisions WHERE id = ?", (record.id,)
            ).fetchone()[0]
            cache[record.id] = (loads(text), text)
        snapshot, text = cache[record.id]
        return FrozenRevision(record, snapshot, text)

    def decisions(self, number: int | None = None) -> list[Decision]:
        """Decisions of revision `number` (every round), or of all revisions; oldest first."""
        sql = (
            f"SELECT {', '.join('d.' + c for c in _DECISION_COLUMNS)}, r.number, r.round "
            "FROM decisions d JOIN revisions r ON r.id = d.revision_id"
        )
        params: tuple[int, ...] = ()
        if number is not None:
            sql += " WHERE r.number = ?"
            params = (number,)
        found = []
        for row in self._conn.execute(sql + " ORDER BY d.id", params).fetchall():
            comments = tuple(self._comments("WHERE c.decision_id = ?", (row[0],)))
            found.append(Decision(*row, comments=comments))  # type: ignore[misc]  # 12 columns
        return found

    def _comments(self, where: str, params: tuple[object, ...]) -> list[SectionComment]:
        rows = self._conn.execute(
            "SELECT c.id, c.decision_id, c.section, c.comment, d.approver_name, "
            "s.resolved_at, s.resolved_by FROM decision_comments c "
            "JOIN decisions d ON d.id = c.decision_id "
            f"LEFT JOIN comment_resolutions s ON s.comment_id = c.id {where} ORDER BY c.id",
            params,
        )
        return [SectionComment(*row) for row in rows]

    def open_comments(self, section: str | None = None) -> list[SectionComment]:
        """Section comments of the approvers not yet resolved (optionally of one section)."""
        if section is None:
            return self._comments("WHERE s.id IS NULL", ())
        return self._comments("WHERE s.id IS NULL AND c.section = ?", (section,))

    def _awaiting(self, record: RevisionRecord) -> tuple[int, ...]:
        decided = {
            r[0]
            for r in self._conn.execute(
                "SELECT approver_id FROM decisions WHERE revision_id = ?", (record.id,)
            )
        }
        frozen = self._frozen(record).snapshot
        return tuple(
            a["person"]
            for a in frozen.rows_of("approver")
            if a["required"] and a["person"] not in decided
        )

    def compare_revisions(self, old: int, new: int | None = None) -> list[SectionChanges]:
        """Section by section, what changed from revision `old` to `new` (None: the content
        as it is now)."""
        before = self.open_revision(old).snapshot
        after = self.snapshot() if new is None else self.open_revision(new).snapshot
        return compare(before, after, load_catalog(self.language))

    def changes_since_approval(self) -> list[SectionChanges] | None:
        """What changed since the newest approval; None when nothing was ever approved."""
        approved = self.current_state().approved
        if approved is None:
            return None
        return compare(
            self._frozen(approved).snapshot, self.snapshot(), load_catalog(self.language)
        )

    # ------------------------------------------------------------ the guard
    def _refuse_frozen(self) -> None:
        """Called by `_write` for every content change: refused in review and once approved."""
        number = self._revision_number()
        latest = self._latest_round(number)
        if latest is None or latest.state not in (IN_REVIEW, APPROVED):
            return
        if latest.state == IN_REVIEW:
            raise errors.Frozen(
                f"Revision {number} is in review; its content is read-only "
                "until it is withdrawn or sent back with changes requested.",
                state=IN_REVIEW,
                params={"revision": number},
            )
        raise errors.Frozen(
            f"Revision {number} is approved and cannot change; start "
            f"revision {number + 1} to edit the charter.",
            state=APPROVED,
            params={"revision": number, "next": number + 1},
        )

    # ------------------------------------------------------------ the workflow
    def submit_for_review(
        self, actor: str | None = None, *, today: dt.date | None = None
    ) -> RevisionRecord:
        """Freeze the content as the next review round of the current revision.

        Refused (errors.NotReady, with the blockers) while the readiness check finds a
        blocker, and (errors.WorkflowError) unless the charter is a draft.
        """
        with self._write(content=False) as db:  # the content cannot move under our feet
            state = self.current_state()
            if state.state != DRAFT:
                raise _workflow(
                    f"Revision {state.revision} is "
                    f"{state.state.replace('_', ' ')}; only a draft can be "
                    "submitted for review.",
                    "not_draft",
                    revision=state.revision,
                    state=state.state,
                )
            snapshot = self.snapshot()
            found = readiness.check(
                load_catalog(snapshot.language), snapshot, today or dt.date.today()
            )
            if blocking := readiness.blockers(found):
                raise errors.NotReady(
                    "The charter is not ready for review: "
                    + (
                        "1 blocker remains"
                        if len(blocking) == 1
                        else f"{len(blocking)} blockers remain"
                    )
                    + " (see `cxcharter check`).",
                    findings=tuple(blocking),
                )
            text = canonical_json(snapshot)
            digest = fingerprint_of(text)
            number = state.revision
            round_ = db.conn.execute(
                "SELECT coalesce(max(round), 0) + 1 FROM revisions WHERE number = ?", (number,)
            ).fetchone()[0]
            now, by = _now(), actor or self.actor
            cursor = db.conn.execute(
                "INSERT INTO revisions (number, round, state, snapshot, fingerprint, "
                "created_at, created_by) VALUES (?, ?, 'in_review', ?, ?, ?, ?)",
                (number, round_, text, digest, now, by),
            )
            revision_id = cursor.lastrowid
            # Every column of the row goes into its audit entry: verify compares them.
            self._audit(
                db,
                "revision.submit",
                number,
                None,
                {
                    "id": revision_id,
                    "round": round_,
                    "fingerprint": digest,
                    "created_at": now,
                    "created_by": by,
                },
                at=now,
            )
        self._notify_governance(number)
        return self._written(revision_id)

    def _close(self, db: Database, record: RevisionRecord, state: str, actor: str) -> None:
        now = _now()
        db.conn.execute(
            "UPDATE revisions SET state = ?, closed_at = ?, closed_by = ? WHERE id = ?",
            (state, now, actor, record.id),
        )
        self._audit(
            db,
            f"revision.{state}",
            record.number,
            IN_REVIEW,
            {
                "id": record.id,
                "round": record.round,
                "state": state,
                "fingerprint": record.fingerprint,
                "closed_at": now,
                "closed_by": actor,
            },
            at=now,
        )

    def withdraw(self, actor: str | None = None) -> RevisionRecord:
        """Take the round out of review: the charter is a draft again."""
        if self.current_state().state != IN_REVIEW:  # before any transaction (read-only too)
            raise _workflow("Only a charter in review can be withdrawn.", "not_in_review")
        with self._write(content=False) as db:
            state = self.current_state()  # again inside: another process may have decided
            if state.state != IN_REVIEW:
                raise _workflow("Only a charter in review can be withdrawn.", "not_in_review")
            review = _in_review(state)
            self._close(db, review, "withdrawn", actor or self.actor)
        self._notify_governance(state.revision)
        return self._written(review.id)

    def record_decision(
        self,
        approver: int,
        decision: str,
        *,
        comment: str = "",
        section_comments: Mapping[str, str] | None = None,
        decided_by: str | None = None,
        fingerprint: str | None = None,
        revision: str | None = None,
        evidence: SignatureEvidence | None = None,
    ) -> GovernanceState:
        """Record approver `approver`'s decision on the round in review. Not undoable.

        `decided_by`: who decided (default: the approver's name); the document's
        actor is recorded as who recorded it. `fingerprint` and `revision` ("N.R"),
        when given (a review copy), must be the round's. Any "changes_requested" sends
        the charter back to draft; every required approver approving approves the
        revision. `evidence` (store/signatures.SignatureEvidence): the signed copy it
        came from, kept with the decision; without it, a charter whose approvals must
        be signed refuses the decision.
        """
        state = self.current_state()
        if state.state != IN_REVIEW:
            raise _workflow(
                "Decisions are recorded on a charter in review; this one is "
                f"{state.state.replace('_', ' ')}.",
                "not_in_review",
            )
        record = _in_review(state)
        if decision not in DECISIONS:
            raise errors.InvalidValue(
                f"unknown decision {decision!r} (use {', '.join(DECISIONS)})", field="decision"
            )
        if fingerprint is not None and fingerprint != record.fingerprint:
            raise _workflow(
                "This decision was made on other content (fingerprint "
                f"{fingerprint[:12]}…), not on revision {record.number} in "
                f"review ({record.fingerprint[:12]}…).",
                "fingerprint_mismatch",
            )
        if revision is not None and revision != f"{record.number}.{record.round}":
            raise _workflow(
                f"This decision was made on revision.round {revision}, not on "
                f"{record.number}.{record.round} in review.",
                "round_mismatch",
            )
        frozen = self._frozen(record).snapshot
        approvers = {a["person"]: a for a in frozen.rows_of("approver")}
        if approver not in approvers:
            raise _workflow(
                f"Person {approver} is not an approver of revision {record.number}.",
                "not_an_approver",
            )
        if self._conn.execute(
            "SELECT 1 FROM decisions WHERE revision_id = ? AND approver_id = ?",
            (record.id, approver),
        ).fetchone():
            raise _workflow(
                f"{frozen.person_name(approver)} has already decided on this round.",
                "already_decided",
            )
        if evidence is None and self.signatures_required():
            raise _workflow(
                "This charter's approvals must be signed: import the approver's "
                "signed review copy.",
                "signature_required",
            )
        comments = self._checked_comments(comment, section_comments or {})
        name = frozen.person_name(approver)
        with self._write(content=False) as db:
            # Checked again inside: another process may have decided or withdrawn meanwhile.
            if self.current_state().review != record:
                raise _workflow(
                    "The review round changed while this decision was being "
                    "recorded; nothing was recorded.",
                    "not_in_review",
                )
            if self._conn.execute(
                "SELECT 1 FROM decisions WHERE revision_id = ? AND approver_id = ?",
                (record.id, approver),
            ).fetchone():
                raise _workflow(f"{name} has already decided on this round.", "already_decided")
            now = _now()
            decision_id = db.conn.execute(
                "INSERT INTO decisions (revision_id, approver_id, approver_name, decision, "
                "comment, decided_by, recorded_by, recorded_at, fingerprint) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    approver,
                    name,
                    decision,
                    comment,
                    decided_by or name,
                    self.actor,
                    now,
                    record.fingerprint,
                ),
            ).lastrowid
            if decision_id is None:  # an INSERT always sets it
                raise RuntimeError("the decision was not written")
            if evidence is not None:
                insert_evidence(db.conn, decision_id, evidence)
            comment_ids = {}
            for section, text in comments.items():
                comment_ids[section] = db.conn.execute(
                    "INSERT INTO decision_comments (decision_id, section, comment) "
                    "VALUES (?, ?, ?)",
                    (decision_id, section, text),
                ).lastrowid
            self._audit(
                db,
                "decision.record",
                record.number,
                None,
                {
                    "id": decision_id,
                    "revision_id": record.id,
                    "approver": approver,
                    "approver_name": name,
                    "decision": decision,
                    "decided_by": decided_by or name,
                    "comment": comment,
                    "sections": comments,
                    "comment_ids": comment_ids,
                    "fingerprint": record.fingerprint,
                    "recorded_by": self.actor,
                    "recorded_at": now,
                    **({"signature": evidence.audit_note()} if evidence else {}),
                },
                at=now,
            )
            outcome = self._outcome(db, record, approvers)
            if outcome:
                self._close(db, record, outcome, self.actor)
        self._notify_governance(record.number)
        return self.current_state()

    def _checked_comments(self, comment: str, sections: Mapping[str, str]) -> dict[str, str]:
        if problem := values.check_text(comment, "comment"):
            raise errors.InvalidValue(values.describe(problem), field="comment", problem=problem)
        keys = {s.key for s in load_catalog(self.language).sections}
        out = {}
        for section, text in sections.items():
            if section not in keys:
                raise errors.InvalidValue(f"there is no section {section!r}", field="section")
            if problem := values.check_text(text, f"comment.{section}"):
                raise errors.InvalidValue(
                    values.describe(problem), field=problem.field, problem=problem
                )
            if text.strip():
                out[section] = text
        return out

    def _outcome(
        self, db: Database, record: RevisionRecord, approvers: Mapping[int, Mapping[str, object]]
    ) -> str | None:
        decided = dict(
            db.conn.execute(
                "SELECT approver_id, decision FROM decisions WHERE revision_id = ?", (record.id,)
            ).fetchall()
        )
        if "changes_requested" in decided.values():
            return "changes_requested"
        required = [p for p, a in approvers.items() if a["required"]]
        if required and all(decided.get(p) in APPROVING for p in required):
            return APPROVED
        return None

    # ------------------------------------------------------------ review copies
    def review_fields(self) -> list[FormField]:
        """The form fields of a review copy of the round in review (domain/review_form.py)."""
        state = self.current_state()
        if state.state != IN_REVIEW:
            raise _workflow("A review copy is made of a charter in review.", "not_in_review")
        review = _in_review(state)
        frozen = self._frozen(review)
        return form_fields(
            load_catalog(frozen.snapshot.language),
            frozen.snapshot,
            review.number,
            review.round,
            review.fingerprint,
        )

    def read_review(self, fields: Mapping[str, object]) -> ReviewAnswer | list[Problem]:
        """What a filled-in review copy would record (a ReviewAnswer), or the list of
        problems (values.Problem codes) that refuse it. Records nothing."""
        state = self.current_state()
        if state.state != IN_REVIEW:
            raise _workflow("Reviews are imported while the charter is in review.", "not_in_review")
        review = _in_review(state)
        return read_review(
            fields,
            self._frozen(review).snapshot,
            review.fingerprint,
            review.number,
            review.round,
        )

    def record_review(
        self, answer: ReviewAnswer, evidence: SignatureEvidence | None = None
    ) -> GovernanceState:
        """Record a ReviewAnswer of `read_review` as that approver's decision, with the
        signed copy's `evidence` when it was signed."""
        return self.record_decision(
            answer.approver,
            answer.decision,
            comment=answer.comment,
            section_comments=answer.section_comments,
            decided_by=answer.approver_name,
            fingerprint=answer.fingerprint,
            revision=answer.revision,
            evidence=evidence,
        )

    def start_new_revision(self, actor: str | None = None) -> int:
        """After an approval: open draft revision N+1 (the approved one stays as it is)."""
        state = self.current_state()
        if state.state != APPROVED:
            raise _workflow(
                "A new revision starts from an approved charter; this one is "
                f"{state.state.replace('_', ' ')}.",
                "not_approved",
                state=state.state,
            )
        number = state.revision + 1
        with self._write(content=False) as db:
            now, by = _now(), actor or self.actor
            db.conn.execute(
                "INSERT INTO revision_drafts (number, started_at, started_by) VALUES (?, ?, ?)",
                (number, now, by),
            )
            self._audit(
                db,
                "revision.start",
                number,
                None,
                {"based_on": _in_review(state).id, "started_at": now, "started_by": by},
                at=now,
            )
        self._notify_governance(number)
        return number

    def resolve_comment(self, comment_id: int, note: str = "") -> None:
        """Mark an approver's section comment as dealt with (it stays in the history)."""
        if not self._comments("WHERE c.id = ?", (comment_id,)):
            raise errors.InvalidValue(f"there is no comment {comment_id}", field="comment")
        if problem := values.check_text(note, "note"):
            raise errors.InvalidValue(values.describe(problem), problem=problem, field="note")
        if self._conn.execute(
            "SELECT 1 FROM comment_resolutions WHERE comment_id = ?", (comment_id,)
        ).fetchone():
            return
        with self._write(content=False) as db:
            now = _now()
            db.conn.execute(
                "INSERT INTO comment_resolutions (comment_id, resolved_at, "
                "resolved_by, note) VALUES (?, ?, ?, ?)",
                (comment_id, now, self.actor, note),
            )
            self._audit(
                db,
                "comment.resolve",
                comment_id,
                None,
                {"note": note, "resolved_at": now, "resolved_by": self.actor},
                at=now,
            )
        self._notify_governance(self._revision_number())

    def _notify_governance(self, number: int) -> None:
        self._notify(Change("governance", number))
