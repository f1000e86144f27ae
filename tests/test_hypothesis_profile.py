"""Property tests draw the same examples in every ordinary run (tests/conftest.py), and
explore freely only in the soak run (CXCHARTER_SOAK=1)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SOAK = os.environ.get("CXCHARTER_SOAK", "") not in ("", "0")


def _examples() -> list:
    seen: list = []

    @settings(max_examples=25)
    @given(st.text(max_size=20), st.integers())
    def collect(text, number):
        seen.append((text, number))

    collect()
    return seen


@pytest.mark.skipif(SOAK, reason="the soak run explores freely")
def test_two_runs_draw_the_same_examples():
    assert settings.default.derandomize and settings.default.database is None
    first = _examples()
    assert len(first) > 1 and _examples() == first


@pytest.mark.skipif(not SOAK, reason="only the soak run explores")
def test_the_soak_run_explores_with_more_examples():
    assert not settings.default.derandomize and settings.default.max_examples >= 1_000
