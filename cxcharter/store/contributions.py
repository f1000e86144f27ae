"""Contribution forms in the charter file: which forms were imported, from whom.

No table of its own: the import of a form is a `contribution.import` audit entry
(target: the form id; new: the contributor and what the form applied), written in
the import's own transaction; undoing the import writes `contribution.undo` for
the same form. A form counts as imported while its newest such entry is an
import, so the record is as tamper-evident as the audit log, and an undone import
may be imported again.
"""

from __future__ import annotations

import json

from cxcharter.store.part import DocumentPart

IMPORT, UNDO = "contribution.import", "contribution.undo"


class ContributionsMixin(DocumentPart):
    def contribution_imported(self, form_id: str) -> bool:
        """Whether the form `form_id` is imported (and its import not undone)."""
        needle = json.dumps({"target": form_id})[1:-1]  # "target": "<id>"
        row = self._conn.execute(
            "SELECT action, new FROM audit_log WHERE (action IN (?, ?) AND target = ?) "
            "OR (action LIKE 'op.contribution.%' AND instr(new, ?) > 0) ORDER BY id DESC",
            (IMPORT, UNDO, form_id, needle),
        )
        for action, new in row:
            if action in (IMPORT, UNDO):
                return bool(action == IMPORT)
            changes = json.loads(new or "{}").get("changes") or ()
            for change in reversed(changes):
                if change.get("target") == form_id and change.get("action") in (IMPORT, UNDO):
                    return bool(change["action"] == IMPORT)
        return False

    def record_contribution(
        self, form_id: str, facts: dict[str, object], *, undo: bool = False
    ) -> None:
        """Mark the form imported (or its import undone): one audit entry, content write
        (refused while the charter is frozen, like the import itself)."""
        with self._write() as db:
            self._audit(db, UNDO if undo else IMPORT, form_id, None, facts)
