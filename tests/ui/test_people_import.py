"""CSV import: a preview first, nothing imported until confirmed, one undo step."""

from __future__ import annotations

import pytest

from cxcharter.store.document import CharterDocument
from cxcharter.ui.sections.people.people_import import PeopleImportDialog
from cxcharter.ui.session import CharterSession

CSV = (
    "Name;E-Mail;Abteilung;Rolle\n"
    "Lena Krueger;lena@nordwind.example;Kundenservice;Analystin\n"
    ";ohne@nordwind.example;IT;\n"
    "Jonas Brandt;jonas@nordwind.example;Kundenservice;Teamleiter\n"
)


@pytest.fixture
def session(tmp_path, qtbot):
    doc = CharterDocument.create(tmp_path / "c.cxcharter", title="T", language="de", actor="tester")
    s = CharterSession(doc)
    yield s
    s.close()


def test_preview_shows_every_row_and_imports_only_on_confirmation(session, tmp_path, qtbot):
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = PeopleImportDialog(session, str(path))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert "missing" in dialog.model.index(1, 5).data()
    assert dialog.import_button.text() == "Import people (2)"
    assert session.document.people() == ()  # nothing before the user confirms
    dialog.import_button.click()
    assert [p.name for p in session.document.people()] == ["Lena Krueger", "Jonas Brandt"]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.document.people() == ()
    session.undo_stack.redo()
    assert len(session.document.people()) == 2


def test_cancel_imports_nothing(session, tmp_path, qtbot):
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = PeopleImportDialog(session, str(path))
    qtbot.addWidget(dialog)
    dialog.reject()
    assert session.document.people() == ()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a CSV"),
        (b"colour,size\nred,XL\n", "no column for the name"),
    ],
)
def test_files_that_are_not_people_lists_say_why(session, tmp_path, qtbot, content, words):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    dialog = PeopleImportDialog(session, str(path))
    qtbot.addWidget(dialog)
    assert words in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_people_already_in_the_charter_are_skipped(session, tmp_path, qtbot):
    session.document.add_person("Lena", email="lena@nordwind.example")
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = PeopleImportDialog(session, str(path))
    qtbot.addWidget(dialog)
    assert dialog.import_button.text() == "Import people (1)"


def test_the_people_page_imports_from_its_button(session, tmp_path, qtbot, monkeypatch):
    from cxcharter.ui import ask
    from cxcharter.ui.sections.people.people_page import PeoplePage

    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    page = PeoplePage(session)
    qtbot.addWidget(page)
    shown = []
    monkeypatch.setattr(ask, "open_file", lambda *_args, **_kw: str(path))

    def confirm(dialog):
        shown.append(dialog.model.rowCount())
        dialog.import_button.click()
        return True

    monkeypatch.setattr(ask, "run_dialog", confirm)
    assert page.import_button.isEnabled()
    page.import_button.click()
    assert shown == [3], "the preview came first"
    assert [p.name for p in session.document.people()] == ["Lena Krueger", "Jonas Brandt"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    monkeypatch.setattr(ask, "open_file", lambda *_args, **_kw: "")  # cancelled
    page.import_button.click()
    assert shown == [3]
