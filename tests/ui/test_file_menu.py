"""File menu and first-run behaviour: copies, closing, recent files, who is editing."""

from __future__ import annotations

from cxcharter.store import errors
from cxcharter.store.document import CharterDocument
from cxcharter.ui import ask
from cxcharter.ui.settings import AppSettings
from cxcharter.ui.tables.roles import Role


def test_save_a_copy_writes_a_consistent_charter(window, fill_new_dialog, tmp_path, monkeypatch):
    fill_new_dialog(title="Original", language="en")
    window.new_charter()
    window.session.set_answer_text("vision.statement", "typed before copying")
    target = tmp_path / "copies" / "copy"
    target.parent.mkdir()
    monkeypatch.setattr(ask, "save_file", lambda *a: str(target))
    window.act_copy.trigger()
    copy = CharterDocument.open(f"{target}.cxcharter", actor="t", read_only=True)
    assert copy.answer("vision.statement").text == "typed before copying"
    assert copy.uuid == window.session.document.uuid
    copy.close()


def test_close_returns_to_welcome_and_lists_the_file(window, fill_new_dialog):
    fill_new_dialog(title="Closing", language="en")
    window.new_charter()
    path = window.session.document.path
    window.act_close.trigger()
    assert window.session is None
    assert window.stack.currentWidget() is window.welcome
    assert not window.act_export.isEnabled()
    assert window.welcome.recent.item(0).data(Role.PATH) == str(path)
    # The lock is released: another program can open it for writing.
    doc = CharterDocument.open(path, actor="t")
    assert not doc.read_only
    doc.close()


def test_open_recent_menu_opens_the_file(window, fill_new_dialog):
    fill_new_dialog(title="Recent", language="en")
    window.new_charter()
    path = window.session.document.path
    window.close_charter()
    window.recent_menu.aboutToShow.emit()
    actions = [a for a in window.recent_menu.actions() if a.statusTip() == str(path)]
    assert len(actions) == 1
    actions[0].trigger()
    assert window.session is not None and window.session.document.path == path


def test_who_is_editing_is_asked_once_and_audited(qtbot, fill_new_dialog, monkeypatch):
    from cxcharter.ui.app.main_window import MainWindow

    asked = []
    monkeypatch.setattr(ask, "text", lambda *a: asked.append(a) or "Jonas Becker")
    win = MainWindow()
    qtbot.addWidget(win)
    fill_new_dialog(title="First run", language="de")
    win.new_charter()
    win.session.set_answer_text("vision.statement", "x")
    path = win.session.document.path
    win.close_charter()
    win.open_path(str(path))
    assert len(asked) == 1
    assert AppSettings().actor() == "Jonas Becker"
    actors = {e["actor"] for e in win.session.document.audit_entries()}
    assert actors == {"Jonas Becker"}
    win.close()


def test_declining_to_name_yourself_opens_nothing(qtbot, fill_new_dialog, monkeypatch, tmp_path):
    from cxcharter.ui.app.main_window import MainWindow

    monkeypatch.setattr(ask, "text", lambda *a: None)
    win = MainWindow()
    qtbot.addWidget(win)
    fill_new_dialog(title="Nobody", language="en")
    win.new_charter()
    assert win.session is None
    assert list(tmp_path.glob("*.cxcharter")) == []
    win.close()


def test_a_failed_save_is_reported_and_not_put_on_the_undo_stack(
    window, fill_new_dialog, monkeypatch
):
    fill_new_dialog(title="Full disk", language="en")
    window.new_charter()
    doc = window.session.document

    def full(*args):
        raise errors.DiskFull("The disk is full.", path=str(doc.path))

    monkeypatch.setattr(doc, "set_status", full)
    shown = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text, detail="": shown.append(text))
    assert not window.session.set_status("vision.statement", "draft")
    assert shown and "disk is full" in shown[0]
    assert window.session.undo_stack.count() == 0


def test_new_charter_dialog_refuses_missing_title_inline(window, monkeypatch, tmp_path):
    seen = {}

    def run(dialog):
        dialog.folder.setText(str(tmp_path))
        dialog.accept()  # no title yet: stays open with an inline message
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.result() != dialog.DialogCode.Accepted
        return False

    monkeypatch.setattr(ask, "run_dialog", run)
    window.new_charter()
    assert seen["open"] and seen["error"]
    assert window.session is None


def test_a_refused_file_given_at_start_shows_why_and_then_the_welcome_screen(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from cxcharter.ui import ask
    from cxcharter.ui.app.app import configure_application
    from cxcharter.ui.app.main_window import MainWindow

    configure_application(QApplication.instance())
    AppSettings().set_actor("Anna Weber")
    bad = tmp_path / "notes.cxcharter"
    bad.write_text("not a charter")
    errors = []
    monkeypatch.setattr(ask, "error", lambda _parent, title, text, detail="": errors.append(text))
    win = MainWindow(str(bad))
    qtbot.addWidget(win)
    assert win.stack.currentWidget().objectName() == "opening"
    assert "notes.cxcharter" in win.stack.currentWidget().text()
    win.show()
    qtbot.waitUntil(lambda: bool(errors) and win.stack.currentWidget() is win.welcome)
    assert "notes.cxcharter" in errors[0]
    assert win.session is None
    assert not win.act_export.isEnabled()
    win.close()
