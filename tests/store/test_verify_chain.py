"""The audit chain holds against edits that also repair the links they break.

Written after two protections of store/chain.py could be switched off with every
test of test_verify.py still passing (see docs/reliability.md):

- each entry's hash must cover the previous entry's hash (that is what makes it a
  chain): otherwise an edit that recomputes its own hash and re-points the next
  entry's `prev_hash` goes unnoticed;
- a gap in the ids is reported as missing entries (not only as a broken link).
"""

from __future__ import annotations

import sqlite3

from test_verify import NO_UPDATE, reviewed, where  # noqa: F401 (a fixture)

from cxcharter.store.chain import COLUMNS, entry_hash
from cxcharter.store.verify import verify_file


def test_an_edit_that_also_repairs_the_next_link_is_caught(reviewed):  # noqa: F811
    conn = sqlite3.connect(reviewed)
    conn.execute("DROP TRIGGER audit_log_no_update")
    row = conn.execute(
        f"SELECT {', '.join(COLUMNS)}, prev_hash FROM audit_log WHERE id = 3"
    ).fetchone()
    entry = dict(zip(COLUMNS, row, strict=False))
    entry["actor"] = "mallory"
    forged = entry_hash(entry, row[-1])
    conn.execute("UPDATE audit_log SET actor = 'mallory', hash = ? WHERE id = 3", (forged,))
    conn.execute("UPDATE audit_log SET prev_hash = ? WHERE id = 4", (forged,))  # re-linked
    conn.execute(NO_UPDATE)
    conn.commit()
    conn.close()
    report = verify_file(reviewed)
    assert where(report) == ["audit entry 4"]
    assert "does not match its hash" in report.mismatches[0].detail


def test_a_deleted_entry_is_named_as_missing(reviewed):  # noqa: F811
    conn = sqlite3.connect(reviewed)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 5")
    conn.commit()
    conn.close()
    report = verify_file(reviewed)
    details = [m.detail for m in report.mismatches if m.where == "audit entry 6"]
    assert any("entries 5…5 are missing" in d for d in details), details
