"""The contribution import as an op: one transaction, one audit entry, undone in one step."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from contribution_support import fill_pypdf, make_charter, person_id

from cxcharter.catalog import load_catalog
from cxcharter.domain.contribution import plan
from cxcharter.export.contribution_form import form_bytes
from cxcharter.export.contribution_read import read_form
from cxcharter.ops.contribution import ContributionRefused, import_contribution
from cxcharter.store.document import CharterDocument


@pytest.fixture
def doc(tmp_path):
    d = CharterDocument.open(make_charter(tmp_path / "c.cxcharter"), actor="Lea")
    yield d
    d.close()


def returned(doc, tmp_path, name: str, values: dict) -> object:
    person = person_id(doc.path, name)
    data, _meta = form_bytes(load_catalog("en"), doc.snapshot(), person, 1)
    (tmp_path / "form.pdf").write_bytes(data)
    goal = doc.rows("goal")[0].id
    values = {k.format(goal=goal): v for k, v in values.items()}
    return read_form(fill_pypdf(tmp_path / "form.pdf", tmp_path / "filled.pdf", values))


VALUES = {
    "answer.vision.statement": "We fix things fast.",
    "goal.{goal}.baseline": "30",
    "goal.{goal}.rationale": "",
    "reading.{goal}.value": "33",
    "reading.{goal}.date": "2026-12-01",
}


def test_undo_restores_everything_in_one_step_and_redo_applies_it_again(doc, tmp_path):
    before = doc.snapshot()
    entries = len(doc.audit_entries())
    form = returned(doc, tmp_path, "Łukasz Żółć", VALUES)
    done = import_contribution(doc, form, plan(before, form), contributor="Łukasz Żółć")
    assert done.undoable and done.result == 4
    assert len(doc.audit_entries()) == entries + 1  # one entry for the whole import
    after = doc.snapshot()
    assert after.answer("vision.statement").text == "We fix things fast."
    assert after.rows_of("goal")[0]["baseline"] == 30.0
    assert after.rows_of("goal")[0]["rationale"] == ""
    assert len(after.rows_of("reading")) == 1
    assert doc.contribution_imported(form.form_id)

    redo = done.inverse(doc)  # one step back
    restored = doc.snapshot()
    assert restored.answers == before.answers and restored.rows == before.rows
    assert not doc.contribution_imported(form.form_id)  # may be imported again

    redo.inverse(doc)
    again = doc.snapshot()
    assert again.answer("vision.statement").text == "We fix things fast."
    assert len(again.rows_of("reading")) == 1 and doc.contribution_imported(form.form_id)


def test_a_second_import_of_the_same_form_is_refused_inside_the_transaction(doc, tmp_path):
    form = returned(doc, tmp_path, "Ирина Петрова", {"answer.vision.scope": "Once"})
    import_contribution(doc, form, plan(doc.snapshot(), form), contributor="Ирина Петрова")
    doc.set_answer_text("vision.scope", "Later")
    with pytest.raises(ContributionRefused):
        import_contribution(doc, form, plan(doc.snapshot(), form), contributor="Ирина Петрова")
    assert doc.snapshot().answer("vision.scope").text == "Later"


def test_a_chosen_conflict_takes_theirs(doc, tmp_path):
    form = returned(doc, tmp_path, "Ирина Петрова", {"answer.vision.scope": "Theirs"})
    doc.set_answer_text("vision.scope", "Ours")
    merged = plan(doc.snapshot(), form)
    (conflict,) = merged.conflicts
    assert (conflict.base, conflict.current, conflict.theirs) == (
        "Private customers in Germany.",
        "Ours",
        "Theirs",
    )
    import_contribution(doc, form, merged, {"answer.vision.scope"}, contributor="Ирина")
    assert doc.snapshot().answer("vision.scope").text == "Theirs"


def test_verify_reads_an_import_and_its_undo_as_ordinary_edits(doc, tmp_path):
    from cxcharter.store.verify import verify_file

    form = returned(doc, tmp_path, "Łukasz Żółć", VALUES)
    done = import_contribution(doc, form, plan(doc.snapshot(), form), contributor="Łukasz")
    redo = done.inverse(doc)
    redo.inverse(doc)
    report = verify_file(doc.path)
    assert report.ok, report


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Contribution form answered by Łukasz Żółć, imported by Lea: 4 changes"),
        ("de", "Beitragsformular beantwortet von Łukasz Żółć, importiert von Lea: 4 Änderungen"),
    ],
)
def test_the_audit_entry_reads_as_a_sentence_naming_both_people(doc, tmp_path, language, said):
    from cxcharter.store.audit_text import contribution_line

    form = returned(doc, tmp_path, "Łukasz Żółć", VALUES)
    done = import_contribution(doc, form, plan(doc.snapshot(), form), contributor="Łukasz Żółć")
    assert contribution_line(doc.audit_entries(1)[0], language) == said
    done.inverse(doc)
    assert "Lea" in contribution_line(doc.audit_entries(1)[0], language)
    doc.set_answer_text("vision.scope", "x")
    assert contribution_line(doc.audit_entries(1)[0], language) is None


@pytest.mark.parametrize(
    ("language", "n", "said"),
    [
        ("en", 1, "imported by Lea: 1 change"),
        ("en", 0, "imported by Lea: 0 changes"),
        ("de", 1, "importiert von Lea: 1 Änderung"),
        ("de", 2, "importiert von Lea: 2 Änderungen"),
    ],
)
def test_the_audit_sentence_counts_one_change_in_the_singular(language, n, said):
    import json

    from cxcharter.store.audit_text import contribution_line

    entry = {
        "action": "contribution.import",
        "actor": "Lea",
        "new": json.dumps({"contributor": "Ana", "n": n}),
    }
    line = contribution_line(entry, language)
    assert line is not None and line.endswith(said)
