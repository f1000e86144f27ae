"""The stress charter: as large as promised, valid, and written through the CLI."""

from __future__ import annotations

import datetime as dt

from cxcharter import cli
from cxcharter.domain.canonical_load import dumps, loads
from cxcharter.store.document import CharterDocument
from cxcharter.stress import SIZES, build_stress

TODAY = dt.date(2026, 11, 23)


def test_large_stress_charter_has_the_promised_size_and_round_trips():
    snapshot = build_stress("en", today=TODAY)
    counts = SIZES["large"]
    assert len(snapshot.people) == counts["people"]
    assert len(snapshot.rows_of("initiative")) == counts["initiatives"]
    assert len(snapshot.rows_of("goal")) == counts["goals"]
    assert len(snapshot.rows_of("activity")) == counts["activities"]
    assert len({r["person"] for r in snapshot.rows_of("raci")}) > 90
    text = dumps(snapshot)
    assert dumps(loads(text)) == text  # valid by every rule of the format


def test_cli_writes_the_large_charter(tmp_path, capsys):
    path = tmp_path / "stress.cxcharter"
    assert cli.main(["sample", str(path), "--size", "large", "--lang", "de"]) == 0
    doc = CharterDocument.open(path, actor="t", read_only=True)
    assert len(doc.rows("initiative")) == SIZES["large"]["initiatives"]
    doc.close()
