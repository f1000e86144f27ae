"""Ops run over a real charter file, without Qt."""

from __future__ import annotations

import pytest

from cxcharter.store.document import CharterDocument


@pytest.fixture
def doc(tmp_path):
    d = CharterDocument.create(tmp_path / "c.cxcharter", title="T", language="en", actor="ann")
    yield d
    d.close()
