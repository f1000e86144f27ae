"""The whole first-day flow of a CX lead, driven through the real widgets."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from cxcharter.store.document import CharterDocument
from cxcharter.ui import ask
from cxcharter.ui.sections.question_card import QuestionCard


def card(window, key: str) -> QuestionCard:
    section = key.split(".")[0]
    window.workspace.show_page(section)
    return window.workspace.pages[section].cards[key]


def test_welcome_screen_first(window):
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.new_button.isVisible()
    assert not window.act_export.isEnabled()
    assert window.windowTitle() == "CX Charter"


def test_new_german_charter_type_assign_undo_reopen(
    window, qtbot, fill_new_dialog, tmp_path, monkeypatch
):
    fill_new_dialog(title="Kundenservice-Charta 2027", language="de")
    window.new_charter()
    assert window.session is not None
    path = window.session.document.path
    assert path.parent == tmp_path and path.suffix == ".cxcharter"
    assert window.session.document.language == "de"
    vision = window.workspace.pages["vision"]
    assert vision.header.title.text() != "Vision" or "Vision" in vision.header.title.text()
    assert "Kundenservice-Charta 2027" in window.windowTitle()

    # Type an answer into the real editor (QTest types ASCII only); saved within a second.
    statement = card(window, "vision.statement")
    editor = statement.input_widget()
    editor.setFocus()
    qtbot.keyClicks(editor, "Wir helfen beim ersten Kontakt.")
    doc = window.session.document
    qtbot.waitUntil(lambda: doc.answer("vision.statement").text.endswith("Kontakt."), timeout=1500)
    stack = window.session.undo_stack
    assert stack.count() == 1, "a typing burst is one undo step"

    # Add a person, make them owner through the card's combo box.
    assert window.session.add_person("Jonas Becker", department="Kundenservice")
    person_id = doc.people()[0].id
    statement.owner.setCurrentIndex(statement.owner.findData(person_id))
    assert doc.answer("vision.statement").owner == person_id
    statement.status.setCurrentIndex(statement.status.findData("draft"))
    assert doc.answer("vision.statement").status == "draft"

    # Undo the status, then the owner; redo the owner. The widgets follow the store.
    window.act_undo.trigger()
    assert doc.answer("vision.statement").status == "not_started"
    assert statement.status.currentData() == "not_started"
    window.act_undo.trigger()
    assert doc.answer("vision.statement").owner is None
    assert statement.owner.currentData() is None
    window.act_redo.trigger()
    assert doc.answer("vision.statement").owner == person_id

    # Undo everything: owner, person, then the whole typed text in one step.
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert doc.people() == ()
    window.act_undo.trigger()
    assert doc.answer("vision.statement").text == ""
    assert not stack.canUndo()
    assert editor.toPlainText() == ""
    while window.session.undo_stack.canRedo():
        window.act_redo.trigger()
    assert editor.toPlainText() == "Wir helfen beim ersten Kontakt."

    # Due date through the date field.
    from PySide6.QtCore import QDate

    statement.due.setDate(QDate(2027, 3, 31))
    statement.due.editingFinished.emit()
    assert doc.answer("vision.statement").due == "2027-03-31"

    # Quit, start again, reopen from the recent list: every word is where it was.
    window.close()
    from cxcharter.ui.app.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    recent = again.welcome.recent
    assert recent.count() == 1
    recent.setCurrentRow(0)
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert again.session is not None and again.session.document.path == path
    reopened = again.session.document.answer("vision.statement")
    assert reopened.text == "Wir helfen beim ersten Kontakt."
    assert reopened.owner == person_id and reopened.due == "2027-03-31"
    assert card(again, "vision.statement").input_widget().toPlainText() == reopened.text
    again.close()


def test_export_pdf_from_the_window(window, qtbot, fill_new_dialog, tmp_path, monkeypatch):
    fill_new_dialog(title="Charter <b>&amp; AT&T", language="en")
    window.new_charter()
    out = tmp_path / "charter.pdf"
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)  # the full record
    monkeypatch.setattr(ask, "save_file", lambda *a: str(out))
    offered = []
    monkeypatch.setattr(
        ask, "choose", lambda parent, title, text, options: offered.append(options) or -1
    )
    window.act_export.trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    assert offered and len(offered[0]) == 2


def test_export_dialog_offers_an_excerpt_for_distribution(
    window, qtbot, fill_new_dialog, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    fill_new_dialog(title="Excerpt test", language="en")
    window.new_charter()
    suggested = []

    def choose_distribution(dialog):
        assert not dialog.leave_out["decision_log"].isEnabled()  # full record: nothing to omit
        dialog.distribution.setChecked(True)
        dialog.leave_out["decision_log"].setChecked(True)
        return True

    out = tmp_path / "excerpt.pdf"
    monkeypatch.setattr(ask, "run_dialog", choose_distribution)
    monkeypatch.setattr(
        ask, "save_file", lambda parent, caption, name, filter_: suggested.append(name) or str(out)
    )
    monkeypatch.setattr(ask, "choose", lambda *a: -1)
    window.act_export.trigger()
    qtbot.waitUntil(lambda: window.export is None, timeout=20000)
    pages = [p.extract_text() for p in PdfReader(out).pages]
    assert all("Excerpt of revision 1" in p for p in pages)
    assert suggested[0].endswith(".excerpt.pdf")


def test_cancelling_the_export_dialog_writes_nothing(window, qtbot, fill_new_dialog, monkeypatch):
    fill_new_dialog(title="Cancelled", language="en")
    window.new_charter()
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: False)
    window.act_export.trigger()  # save_file would fail the test: it is never asked
    assert window.export is None


def test_second_window_gets_the_file_read_only(window, qtbot, fill_new_dialog):
    fill_new_dialog(title="Shared", language="en")
    window.new_charter()
    path = window.session.document.path
    from cxcharter.ui.app.main_window import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    other.open_path(str(path))
    assert other.session is not None and other.session.read_only
    assert other.workspace.banner.isVisible()
    assert "read-only" in other.workspace.banner.text()
    editor = card(other, "vision.statement").input_widget()
    assert editor.isReadOnly()
    assert "read-only" in other.windowTitle()
    other.close()
    # The first window still writes.
    assert window.session.set_answer_text("vision.statement", "still mine")
    assert (
        CharterDocument.open(path, actor="t", read_only=True).answer("vision.statement").text
        == "still mine"
    )


@pytest.mark.parametrize(
    "content", [b"", b"hello, not a charter", b"\x89PNG\r\n\x1a\n" + b"x" * 200]
)
def test_hostile_files_get_a_message_not_a_traceback(window, tmp_path, monkeypatch, content):
    bad = tmp_path / "bad.cxcharter"
    bad.write_bytes(content)
    errors = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text, detail="": errors.append(text))
    window.open_path(str(bad))
    assert window.session is None
    assert window.stack.currentWidget() is window.welcome
    assert len(errors) == 1 and str(bad) in errors[0]
    assert bad.read_bytes() == content


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> & <img src='/etc/passwd'/>",
        "Kundenzufriedenheit 😀👍🏽 steigern",
        "مرحبا بالعالم — שלום עולם",
        "x" * 1_000_000,
    ],
)
def test_hostile_text_saved_and_reloaded_exactly(window, qtbot, fill_new_dialog, text):
    fill_new_dialog(title="Hostile", language="en")
    window.new_charter()
    from PySide6.QtWidgets import QApplication

    statement = card(window, "vision.statement")
    QApplication.clipboard().setText(text)
    statement.input_widget().paste()  # as a user would bring in a megabyte
    statement.flush()
    path = window.session.document.path
    window.close_charter()
    doc = CharterDocument.open(path, actor="t", read_only=True)
    assert doc.answer("vision.statement").text == text
    doc.close()
    window.open_path(str(path))  # and it shows again when reopened
    assert card(window, "vision.statement").input_widget().toPlainText() == text


def test_keyboard_moves_between_sections(window, fill_new_dialog):
    fill_new_dialog(title="Keys", language="en")
    window.new_charter()
    pages = window.workspace.model.pages()
    assert window.workspace.current_page() == pages[0]
    window.act_next.trigger()
    assert window.workspace.current_page() == pages[1]
    window.act_prev.trigger()
    window.act_prev.trigger()
    assert window.workspace.current_page() == pages[-1]


def test_pyside_void_calls_do_not_abort_the_interpreter():
    """PySide6 6.12.0 on Python < 3.12 aborts (none_dealloc) after a few thousand void calls.

    Run in a child process so that an abort fails this test instead of the whole run.
    """
    code = (
        "from PySide6.QtWidgets import QApplication, QLineEdit\n"
        "app = QApplication([])\n"
        "edit = QLineEdit()\n"
        "for i in range(20_000):\n"
        "    edit.setText(str(i))\n"
        "    edit.setCursorPosition(0)\n"
        "print(edit.text())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "19999"
