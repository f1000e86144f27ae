"""The document keeps its snapshot until the file changes, by itself or by anyone else."""

from __future__ import annotations

import pytest

from cxcharter.store import errors
from cxcharter.store.document import CharterDocument


@pytest.fixture
def doc(tmp_path):
    document = CharterDocument.create(
        tmp_path / "c.cxcharter", title="Charta", language="de", actor="Anna"
    )
    yield document
    document.close()


def test_asking_twice_reads_once(doc):
    assert doc.snapshot() is doc.snapshot()


def test_an_edit_is_in_the_next_snapshot(doc):
    before = doc.snapshot()
    doc.set_answer_text("vision.statement", "Kunden fühlen sich verstanden.")
    after = doc.snapshot()
    assert after is not before
    assert after.answer("vision.statement").text == "Kunden fühlen sich verstanden."
    person = doc.add_person("Ben Braun")
    assert any(p.id == person for p in doc.snapshot().people)


def test_another_process_s_commit_is_in_the_next_snapshot(doc):
    before = doc.snapshot()
    other = CharterDocument.open(doc.path, actor="Ben")
    try:
        other.set_answer_text("vision.statement", "Von Ben.")
    finally:
        other.close()
    assert doc.snapshot() is not before
    assert doc.snapshot().answer("vision.statement").text == "Von Ben."


def test_a_refused_edit_leaves_the_snapshot_true(doc):
    doc.set_answer_text("vision.statement", "Erst.")
    kept = doc.snapshot()
    with pytest.raises(errors.CharterError):
        doc.set_due("vision.statement", "31.12.2026")  # not a date in the stored form
    assert doc.snapshot().answer("vision.statement").text == "Erst."
    assert doc.snapshot().answer("vision.statement").due == kept.answer("vision.statement").due
