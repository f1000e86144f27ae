"""Contribution forms in the window: "Contribution form…" in who owes what, File → Import
Contribution…, the dialog with a choice per conflict, and one undo step for the import."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from contribution_support import fill_pypdf, make_charter, person_id

from cxcharter.ui import ask
from cxcharter.ui.governance.contribution_flow import ContributionDialog
from cxcharter.ui.tables.roles import Role


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the file dialogs; drive the import dialog; record what the user was shown."""
    seen: dict = {"error": [], "info": [], "save": "", "open": "", "dialogs": [], "take": ()}

    def run_dialog(dialog):
        seen["dialogs"].append(dialog)
        if isinstance(dialog, ContributionDialog):
            for name in seen["take"]:
                dialog.take_theirs(name)
        return seen.get("accept", True)

    monkeypatch.setattr(
        ask, "error", lambda _p, title, text, detail="": seen["error"].append((title, text))
    )
    monkeypatch.setattr(ask, "info", lambda _p, title, text: seen["info"].append((title, text)))
    monkeypatch.setattr(ask, "save_file", lambda *_a, **_k: seen["save"])
    monkeypatch.setattr(ask, "open_file", lambda *_a, **_k: seen["open"])
    monkeypatch.setattr(ask, "run_dialog", run_dialog)
    return seen


@pytest.fixture
def opened(window, tmp_path, dialogs):
    path = make_charter(tmp_path / "team.cxcharter")
    window.open_path(str(path))
    return window


def request_form(window, dialogs, tmp_path, name: str) -> Path:
    """Select the person in "who owes what" and trigger "Contribution form…"."""
    overview = window.workspace.overview
    overview.refresh()
    pid = person_id(window.session.document.path, name)
    tree = overview.owed
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Role.PERSON_ID) == pid
    )
    tree.setCurrentItem(item)
    assert overview.form_action.isEnabled()
    dialogs["save"] = str(tmp_path / f"form-{pid}")  # no suffix: the window adds .pdf
    overview.form_action.trigger()
    out = tmp_path / f"form-{pid}.pdf"
    assert dialogs["error"] == [] and out.exists()
    return out


def test_a_form_is_written_from_who_owes_what_and_imported_as_one_undo_step(
    opened, dialogs, tmp_path
):
    window = opened
    doc = window.session.document
    before = doc.snapshot()
    form = request_form(window, dialogs, tmp_path, "Łukasz Żółć")
    goal = doc.rows("goal")[0].id
    filled = fill_pypdf(
        form,
        tmp_path / "filled.pdf",
        {
            "answer.vision.statement": "Wir reparieren schnell.",
            f"goal.{goal}.target": "45",
            f"reading.{goal}.value": "36",
            f"reading.{goal}.date": "2026-12-01",
        },
    )
    dialogs["open"] = str(filled)
    window.act_contribution_import.trigger()
    assert dialogs["error"] == []
    (dialog,) = dialogs["dialogs"]
    assert dialog.plan.conflicts == [] and len(dialog.plan.of("apply")) == 2
    after = doc.snapshot()
    assert after.answer("vision.statement").text == "Wir reparieren schnell."
    assert after.rows_of("goal")[0]["target"] == 45.0 and len(after.rows_of("reading")) == 1
    entry = doc.audit_entries(1)[0]
    assert entry["actor"] == "Anna Weber" and "Łukasz Żółć" in entry["new"]

    assert window.act_undo.text().replace("&", "").endswith("Import contribution")
    window.act_undo.trigger()  # one step takes all of it back
    undone = doc.snapshot()
    assert undone.answers == before.answers and undone.rows == before.rows
    window.act_redo.trigger()
    assert doc.snapshot().answer("vision.statement").text == "Wir reparieren schnell."


def test_a_conflict_is_shown_side_by_side_and_chosen(opened, dialogs, tmp_path):
    window = opened
    doc = window.session.document
    form = request_form(window, dialogs, tmp_path, "Ирина Петрова")
    window.session.set_answer_text("vision.scope", "The lead's scope")
    filled = fill_pypdf(form, tmp_path / "f.pdf", {"answer.vision.scope": "Иринин вариант"})
    dialogs["open"] = str(filled)
    dialogs["take"] = ("answer.vision.scope",)
    window.act_contribution_import.trigger()
    (dialog,) = dialogs["dialogs"]
    (conflict,) = dialog.plan.conflicts
    assert (conflict.current, conflict.theirs) == ("The lead's scope", "Иринин вариант")
    shown = {box.toPlainText() for box in dialog.findChildren(QPlainTextEdit)}
    assert {"The lead's scope", "Иринин вариант"} <= shown
    assert dialog.taken() == {"answer.vision.scope"}
    assert doc.snapshot().answer("vision.scope").text == "Иринин вариант"


def test_cancelling_the_dialog_changes_nothing(opened, dialogs, tmp_path):
    window = opened
    doc = window.session.document
    form = request_form(window, dialogs, tmp_path, "Ирина Петрова")
    filled = fill_pypdf(form, tmp_path / "f.pdf", {"answer.vision.scope": "No"})
    before = doc.snapshot()
    dialogs["open"], dialogs["accept"] = str(filled), False
    window.act_contribution_import.trigger()
    assert doc.snapshot() == before


def test_a_form_imported_twice_is_refused_with_a_message(opened, dialogs, tmp_path):
    window = opened
    form = request_form(window, dialogs, tmp_path, "Ирина Петрова")
    filled = fill_pypdf(form, tmp_path / "f.pdf", {"answer.vision.scope": "Once"})
    dialogs["open"] = str(filled)
    window.act_contribution_import.trigger()
    window.act_contribution_import.trigger()
    assert dialogs["error"] == [
        ("Contribution not imported", "This contribution form has been imported already.")
    ]


def test_someone_who_owes_nothing_is_told_so(opened, dialogs, tmp_path):
    from cxcharter.ui.governance import contribution_flow

    window = opened  # Anna owes nothing, so who owes what does not list her: the flow
    pid = person_id(window.session.document.path, "Anna Weber")  # itself still says so
    dialogs["save"] = str(tmp_path / "anna.pdf")
    assert not contribution_flow.export_form(window, pid)
    assert dialogs["info"] and "owes nothing" in dialogs["info"][0][1]
    assert not (tmp_path / "anna.pdf").exists()


def test_a_field_that_is_no_longer_theirs_is_listed_as_skipped(opened, dialogs, tmp_path):
    from PySide6.QtWidgets import QLabel

    window = opened
    doc = window.session.document
    form = request_form(window, dialogs, tmp_path, "Ирина Петрова")
    window.session.set_owner("vision.scope", person_id(doc.path, "Anna Weber"))
    filled = fill_pypdf(form, tmp_path / "f.pdf", {"answer.vision.scope": "Not mine"})
    dialogs["open"] = str(filled)
    window.act_contribution_import.trigger()
    (dialog,) = dialogs["dialogs"]
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("Skipped, no longer Ирина Петрова's") for t in texts)
    assert doc.snapshot().answer("vision.scope").text == "Private customers in Germany."


def test_the_import_dialog_counts_one_and_many_in_words(qapp):
    from cxcharter.ui.governance.contribution_flow import _counts

    one = _counts("Ana", 1, 1, 1)
    assert one.startswith("Ana changed one field. One field is unchanged. One conflict:")
    many = _counts("Ana", 3, 6, 2)
    assert "3 fields." in many and "6 fields are unchanged" in many and "2 conflicts:" in many
    assert "(s)" not in one + many
    assert "conflict" not in _counts("Ana", 2, 0, 0)
