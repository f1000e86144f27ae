"""“Your team” after New Charter: names typed become people in one undo step; Skip adds
nobody; Import CSV… goes through the People page's import."""

from __future__ import annotations

from cxcharter.ui import ask
from cxcharter.ui.app.team_step import TeamDialog
from cxcharter.ui.sections.people.people_import import PeopleImportDialog


def names(window) -> list[str]:
    return [p.name for p in window.session.document.people()]


def test_the_team_typed_after_new_charter_is_one_undo_step(window, fill_new_dialog):
    fill_new_dialog(title="Team", language="en", team=("Anna Weber", "Jonas Becker"))
    window.new_charter()
    assert names(window) == ["Anna Weber", "Jonas Becker"]
    assert len(window.session.history.undo_entries) == 1
    window.session.undo()
    assert names(window) == []


def test_skipping_the_team_adds_nobody(window, fill_new_dialog):
    fill_new_dialog(title="Team", language="en")
    window.new_charter()
    assert window.session is not None and names(window) == []


def test_import_csv_from_the_team_step(window, fill_new_dialog, tmp_path, monkeypatch):
    csv = tmp_path / "team.csv"
    csv.write_text("name,email\nAnna Weber,anna@example.com\nCem Aydin,cem@example.com\n")
    fill_new_dialog(title="Team", language="en")
    new_run = ask.run_dialog

    def run(dialog):
        if isinstance(dialog, TeamDialog):
            dialog.import_button.click()
            return dialog.result() == dialog.DialogCode.Accepted
        if isinstance(dialog, PeopleImportDialog):
            dialog.accept()
            return True
        return new_run(dialog)

    monkeypatch.setattr(ask, "run_dialog", run)
    monkeypatch.setattr(ask, "open_file", lambda *_a, **_k: str(csv))
    window.new_charter()
    assert window.workspace.current_page() == "people"
    assert names(window) == ["Anna Weber", "Cem Aydin"]
