"""`cxcharter import-contribution`: the three-way merge per field, refusals, one step."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "store"))
from contribution_support import fill_pdfium, fill_pypdf, make_charter, person_id
from ready_file import TODAY, ready_charter

from cxcharter import cli
from cxcharter.store.document import CharterDocument


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def charter(tmp_path) -> Path:
    return make_charter(tmp_path / "team.cxcharter")


def form(capsys, charter: Path, tmp_path: Path, person: str) -> Path:
    out = tmp_path / f"form-{person_id(charter, person)}.pdf"
    code, _, err = run(capsys, "contribution", charter, "--person", person, "-o", out)
    assert code == 0, err
    return out


def state(charter: Path):
    doc = CharterDocument.open(charter, actor="t", read_only=True)
    try:
        return doc.snapshot(), doc.audit_entries()
    finally:
        doc.close()


def edit(charter: Path, fn) -> None:
    doc = CharterDocument.open(charter, actor="Lea")
    try:
        fn(doc)
    finally:
        doc.close()


def goal_id(charter: Path) -> int:
    return state(charter)[0].rows_of("goal")[0].id


def test_forms_returned_in_any_order_all_apply(capsys, charter, tmp_path):
    names = ("Łukasz Żółć", "Ирина Петрова", "سارة الأحمد")
    forms = [form(capsys, charter, tmp_path, n) for n in names]
    answers = {
        "Łukasz Żółć": ("answer.vision.statement", "Wir reparieren schnell – Grüße"),
        "Ирина Петрова": ("answer.vision.scope", "Все клиенты в Европе"),
        "سارة الأحمد": ("answer.journey.customers", "عملاؤنا في كل مكان"),
    }
    filled = [
        fill_pypdf(f, tmp_path / f"filled-{i}.pdf", dict([answers[n]]))
        for i, (f, n) in enumerate(zip(forms, names, strict=True))
    ]
    for path in (filled[2], filled[0], filled[1]):  # back in another order
        code, out, err = run(capsys, "import-contribution", charter, path, "--yes")
        assert (code, err) == (0, ""), err
        assert "imported 1 change answered by" in out
    snapshot = state(charter)[0]
    for field, text in answers.values():
        assert snapshot.answer(field.removeprefix("answer.")).text == text


def test_a_field_left_as_it_was_does_not_undo_an_edit_made_meanwhile(capsys, charter, tmp_path):
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    edit(charter, lambda d: d.set_answer_text("vision.scope", "Edited by the lead"))
    filled = fill_pypdf(path, tmp_path / "f.pdf", {})  # returned untouched
    code, out, _ = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 0 and "unchanged: 1 field\n" in out
    assert state(charter)[0].answer("vision.scope").text == "Edited by the lead"


def test_a_conflict_keeps_the_charters_value_with_yes_and_lists_both(capsys, charter, tmp_path):
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    edit(charter, lambda d: d.set_answer_text("vision.scope", "Edited by the lead"))
    filled = fill_pdfium(path, tmp_path / "f.pdf", {"answer.vision.scope": "Ирина's scope"})
    code, out, _ = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 0
    assert "conflict:" in out and "charter now: Edited by the lead" in out
    assert "contributor: Ирина's scope" in out and "1 conflict kept" in out
    assert state(charter)[0].answer("vision.scope").text == "Edited by the lead"


def test_a_conflict_is_asked_and_can_take_theirs(capsys, charter, tmp_path, monkeypatch):
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    edit(charter, lambda d: d.set_answer_text("vision.scope", "Edited by the lead"))
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.scope": "Theirs"})
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "t")
    code, out, _ = run(capsys, "import-contribution", charter, filled)
    assert code == 0 and "0 conflicts kept" in out
    assert state(charter)[0].answer("vision.scope").text == "Theirs"


def test_conflicts_without_yes_and_without_a_terminal_import_nothing(capsys, charter, tmp_path):
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    edit(charter, lambda d: d.set_answer_text("vision.scope", "Edited by the lead"))
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.scope": "Theirs"})
    before = state(charter)
    code, _, err = run(capsys, "import-contribution", charter, filled)
    assert code == 1 and "pass --yes" in err
    assert state(charter) == before


def test_goal_fields_and_a_new_reading_apply_as_one_audit_entry_naming_both(
    capsys, charter, tmp_path
):
    path = form(capsys, charter, tmp_path, "Łukasz Żółć")
    goal = goal_id(charter)
    values = {
        f"goal.{goal}.target": "42,5",
        f"reading.{goal}.value": "35",
        f"reading.{goal}.date": "01.12.2026",
        f"reading.{goal}.note": "Q4 survey",
    }
    filled = fill_pypdf(path, tmp_path / "f.pdf", values)
    entries_before = len(state(charter)[1])
    code, out, _ = run(
        capsys, "import-contribution", charter, filled, "--yes", "--actor", "Lea Lead"
    )
    assert code == 0 and "answered by Łukasz Żółć, imported by Lea Lead" in out
    snapshot, entries = state(charter)
    assert snapshot.rows_of("goal")[0]["target"] == 42.5
    (reading,) = snapshot.rows_of("reading")
    assert (reading["value"], reading["date"], reading["note"]) == (35.0, "2026-12-01", "Q4 survey")
    assert len(entries) == entries_before + 1
    entry = entries[0]
    assert entry["action"] == "op.contribution.import" and entry["actor"] == "Lea Lead"
    assert '"contributor": "Łukasz Żółć"' in entry["new"]


def test_a_german_form_takes_thousands_separators_and_dates_a_reading_without_a_date(
    capsys, charter, tmp_path
):
    out = tmp_path / "formular.pdf"
    code, _, err = run(
        capsys, "contribution", charter, "--person", "Łukasz Żółć", "--lang", "de", "-o", out
    )
    assert code == 0, err
    goal = goal_id(charter)
    values = {f"goal.{goal}.target": "1.250,5", f"reading.{goal}.value": "1.000"}
    filled = fill_pypdf(out, tmp_path / "f.pdf", values)
    code, _, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 0, err
    snapshot, _ = state(charter)
    assert snapshot.rows_of("goal")[0]["target"] == 1250.5
    (reading,) = snapshot.rows_of("reading")
    assert (reading["value"], reading["date"]) == (1000.0, dt.date.today().isoformat())


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("answer.vision.statement", "x" * 100_001, "is too long (100001 characters"),
        ("goal.{goal}.target", "1e400", "must be a finite number"),
        ("goal.{goal}.target", "lots", "must be a number, not 'lots'"),
        ("reading.{goal}.date", "31.02.2026", "is not a date"),
        ("reading.{goal}.date", "2026-12-01", "reading.{goal}.value: is required"),
    ],
)
def test_a_value_that_fails_a_check_refuses_the_form_naming_the_field(
    capsys, charter, tmp_path, field, value, says
):
    goal = goal_id(charter)
    path = form(capsys, charter, tmp_path, "Łukasz Żółć")
    field = field.format(goal=goal)
    filled = fill_pypdf(path, tmp_path / "f.pdf", {field: value})
    before = state(charter)
    code, _, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 2 and "nothing changed" in err
    assert says.format(goal=goal) in err
    if "required" not in says:
        assert field in err
    assert state(charter) == before


def test_a_form_is_imported_once(capsys, charter, tmp_path):
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.scope": "Once"})
    assert run(capsys, "import-contribution", charter, filled, "--yes")[0] == 0
    edit(charter, lambda d: d.set_answer_text("vision.scope", "Later"))
    code, _, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 2 and "imported already" in err
    assert state(charter)[0].answer("vision.scope").text == "Later"


def test_another_charters_form_is_refused(capsys, charter, tmp_path):
    other = make_charter(tmp_path / "other.cxcharter")
    path = form(capsys, other, tmp_path, "Ирина Петрова")
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.scope": "Wrong place"})
    before = state(charter)
    code, _, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 2 and "belongs to another charter" in err
    assert state(charter) == before


def test_a_form_for_a_person_who_is_gone_is_refused(capsys, charter, tmp_path):
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.scope": "Gone"})
    edit(charter, lambda d: d.remove_person(person_id(charter, "Ирина Петрова")))
    code, _, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 2 and "no longer in the charter" in err


def test_a_charter_gone_into_review_since_refuses_the_form(capsys, tmp_path):
    charter = ready_charter(tmp_path / "ready.cxcharter")
    doc = CharterDocument.open(charter, actor="Lea", read_only=True)
    try:
        owner = next(g["owner"] for g in doc.rows("goal") if g.get("owner"))
        name = doc.person(owner).name
        goal = next(g.id for g in doc.rows("goal") if g.get("owner") == owner)
    finally:
        doc.close()
    path = form(capsys, charter, tmp_path, name)
    filled = fill_pypdf(path, tmp_path / "f.pdf", {f"goal.{goal}.rationale": "Because."})
    edit(charter, lambda d: d.submit_for_review(today=TODAY))
    before = state(charter)
    code, _, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 2 and "the charter is in review" in err
    assert state(charter) == before


def test_a_pdf_that_is_not_a_form_or_is_damaged_is_refused(capsys, charter, tmp_path):
    export = tmp_path / "charter.pdf"
    assert run(capsys, "export", charter, "-o", export)[0] == 0
    code, _, err = run(capsys, "import-contribution", charter, export, "--yes")
    assert code == 2 and "is not a contribution form" in err
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    code, _, err = run(capsys, "import-contribution", charter, junk, "--yes")
    assert code == 2 and "Traceback" not in err
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    damaged = fill_pypdf(path, tmp_path / "d.pdf", {"cx.meta": '{"format": "cxcharter-contr'})
    code, _, err = run(capsys, "import-contribution", charter, damaged, "--yes")
    assert code == 2 and "damaged contribution form" in err


@pytest.mark.parametrize(
    "text",
    [
        "Grüße, Maße, Öl",
        "Łukasz Żółć",
        "Ирина Петрова",
        "مرحبا بكم في الفريق",
        "Party 🎉👍🏽",
        "<b>&amp; AT&T <img src=x>",
    ],
)
def test_any_script_round_trips(capsys, charter, tmp_path, text):
    path = form(capsys, charter, tmp_path, "Łukasz Żółć")
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.statement": text})
    assert run(capsys, "import-contribution", charter, filled, "--yes")[0] == 0
    assert state(charter)[0].answer("vision.statement").text == text


@pytest.mark.parametrize(
    ("column", "typed", "value"),
    [("owner", "real", "2"), ("objective", "line", "Hijacked"), ("phase", "line", "loyalty")],
)
def test_a_form_whose_facts_name_another_column_is_refused_as_damaged(
    capsys, charter, tmp_path, column, typed, value
):
    import json

    from pypdf import PdfReader

    path = form(capsys, charter, tmp_path, "Łukasz Żółć")
    meta = json.loads(PdfReader(path).get_fields()["cx.meta"]["/V"])
    goal = goal_id(charter)
    meta["fields"].append([f"goal.{goal}.{column}", "goal", goal, column, typed, ""])
    tampered = fill_pypdf(
        path, tmp_path / "t.pdf", {"cx.meta": json.dumps(meta), f"goal.{goal}.{column}": value}
    )
    before = state(charter)
    code, _, err = run(capsys, "import-contribution", charter, tampered, "--yes")
    assert code == 2 and "damaged contribution form" in err
    assert state(charter) == before


def test_a_question_given_to_someone_else_meanwhile_is_skipped_and_listed(
    capsys, charter, tmp_path
):
    path = form(capsys, charter, tmp_path, "Ирина Петрова")
    anna = person_id(charter, "Anna Weber")
    edit(charter, lambda d: d.set_owner("vision.scope", anna))
    filled = fill_pypdf(path, tmp_path / "f.pdf", {"answer.vision.scope": "Not mine now"})
    code, out, _ = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 0 and "skipped (no longer theirs or no longer there): answer.vision.scope" in out
    assert state(charter)[0].answer("vision.scope").text == "Private customers in Germany."


def test_a_reading_for_a_goal_given_to_someone_else_meanwhile_is_skipped_and_listed(
    capsys, charter, tmp_path
):
    path = form(capsys, charter, tmp_path, "Łukasz Żółć")
    goal = goal_id(charter)
    anna = person_id(charter, "Anna Weber")
    edit(charter, lambda d: d.update_row("goal", goal, owner=anna))
    values = {f"reading.{goal}.value": "1,250.5", f"reading.{goal}.date": "2026-11-01"}
    filled = fill_pypdf(path, tmp_path / "f.pdf", values)
    code, out, _ = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 0
    assert f"skipped (no longer theirs or no longer there): reading.{goal}.value" in out
    assert f"skipped (no longer theirs or no longer there): reading.{goal}.date" in out
    assert state(charter)[0].rows_of("reading") == ()


def test_a_german_form_shows_a_stored_decimal_as_german_and_applies_a_change_to_it(
    capsys, charter, tmp_path
):
    """4.125 stored: the German form shows "4,125" (not "4.125", four thousand to a German
    reader), and the contributor's "4,5" applies - no conflict with an untouched charter."""
    goal = goal_id(charter)
    edit(charter, lambda d: d.update_row("goal", goal, baseline=4.125))
    out = tmp_path / "formular.pdf"
    code, _, err = run(
        capsys, "contribution", charter, "--person", "Łukasz Żółć", "--lang", "de", "-o", out
    )
    assert code == 0, err
    from pypdf import PdfReader  # lazy: only this test reads a form's starting texts

    starting = {k: v.get("/V") for k, v in PdfReader(out).get_fields().items()}
    assert starting[f"goal.{goal}.baseline"] == "4,125"
    filled = fill_pypdf(out, tmp_path / "f.pdf", {f"goal.{goal}.baseline": "4,5"})
    code, out_text, err = run(capsys, "import-contribution", charter, filled, "--yes")
    assert code == 0, err
    assert "conflict:" not in out_text and "imported 1 change" in out_text
    assert state(charter)[0].rows_of("goal")[0]["baseline"] == 4.5


@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_form_written_onto_the_charter_itself_is_refused(
    capsys, charter, tmp_path, through_a_link
):
    target = charter
    if through_a_link:
        target = tmp_path / "link.cxcharter"
        target.symlink_to(charter)
    before = charter.read_bytes()
    code, _, err = run(capsys, "contribution", charter, "--person", "Łukasz Żółć", "-o", target)
    assert code == 2 and "is the charter itself" in err
    assert charter.read_bytes() == before
