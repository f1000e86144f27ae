"""The precomputed reference schema is the one the migrations build, for every prefix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cxcharter.store import schema

ROOT = Path(__file__).resolve().parents[2]


def test_the_stored_reference_matches_the_migrations():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "reference_schema.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_prefix_of_the_migrations_is_precomputed():
    names = schema.migration_names()
    stored = schema._precomputed()
    for n in range(len(names) + 1):
        assert stored[names[:n]] == schema.build_reference_schema(names[:n])


def test_a_history_that_is_not_precomputed_is_built(monkeypatch):
    monkeypatch.setattr(schema, "_precomputed", lambda: {})
    schema.reference_schema.cache_clear()
    try:
        names = schema.migration_names()
        assert schema.reference_schema(names) == schema.build_reference_schema(names)
    finally:
        schema.reference_schema.cache_clear()
