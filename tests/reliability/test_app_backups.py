"""The window keeps rolling backups, and offers the newest good one for a damaged charter."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import sample_charter, sha256

from cxcharter.store import backup
from cxcharter.ui import ask
from cxcharter.ui.app import backups as ui_backups
from cxcharter.ui.app import file_actions
from cxcharter.ui.app.backups import RollingBackups


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The backups folder (the app's data folder in real life)."""
    where = tmp_path / "app-data" / "backups"
    monkeypatch.setattr(ui_backups, "backups_folder", lambda: where)
    monkeypatch.setattr(file_actions, "backups_folder", lambda: where)
    return where


@pytest.fixture
def window(qtbot, folder):
    from PySide6.QtWidgets import QApplication  # noqa: TID251 (a GUI test)

    from cxcharter.ui.app.app import configure_application
    from cxcharter.ui.app.main_window import MainWindow
    from cxcharter.ui.settings import AppSettings

    configure_application(QApplication.instance())
    AppSettings().set_actor("Anna Weber")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def charter(tmp_path) -> Path:
    (tmp_path / "team").mkdir()
    return sample_charter(tmp_path / "team" / "Kundenservice.cxcharter")


def _rolling(window) -> RollingBackups:
    return window.session.findChild(RollingBackups)


def _reasons(folder: Path, charter: Path) -> list[str]:
    return [b.reason for b in reversed(backup.list_backups(folder, charter))]


def test_a_backup_on_open_every_interval_while_editing_and_on_close(window, charter, folder, qtbot):
    window.open_path(str(charter))
    assert _reasons(folder, charter) == [], "opening is not slowed by a backup"
    qtbot.waitUntil(lambda: _reasons(folder, charter) == ["open"], timeout=5000)
    rolling = _rolling(window)
    assert rolling.timer.isActive() and rolling.timer.interval() == 10 * 60 * 1000
    rolling.timer.setInterval(30)  # ten minutes, for a test

    qtbot.wait(120)  # no edits: the timer finds nothing to back up
    assert _reasons(folder, charter) == ["open"]
    window.session.set_answer_text("vision.statement", "Neu nach dem Öffnen")
    qtbot.waitUntil(lambda: len(_reasons(folder, charter)) == 2, timeout=2000)
    assert _reasons(folder, charter) == ["open", "timer"]
    newest = backup.list_backups(folder, charter)[0].path
    copy = backup.restore_copy(newest, folder.parent / "check.cxcharter")
    from cxcharter.store.document import CharterDocument

    doc = CharterDocument.open(copy, actor="t", read_only=True)
    assert doc.answer("vision.statement").text == "Neu nach dem Öffnen"
    doc.close()

    window.session.set_answer_text("vision.statement", "kurz vor dem Schließen")
    rolling.timer.stop()
    window.close_charter()
    assert _reasons(folder, charter)[-1] == "close"
    assert not rolling.timer.isActive()


def test_only_the_last_ten_are_kept(window, charter, folder):
    window.open_path(str(charter))
    rolling = _rolling(window)
    for n in range(14):
        window.session.set_answer_text("vision.statement", f"Fassung {n}")
        rolling.timer.timeout.emit()
    assert len(backup.list_backups(folder, charter)) == 10
    assert _reasons(folder, charter) == ["timer"] * 10


def test_a_read_only_window_makes_no_backups(window, charter, folder):
    from cxcharter.ui.app.file_lock import QtFileLock

    other = QtFileLock(charter)  # another window holds the charter
    assert other.try_lock()
    try:
        window.open_path(str(charter))
        assert window.session.read_only
        assert _rolling(window) is None
        assert not folder.exists()
    finally:
        window.close_charter()
        other.unlock()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def test_a_damaged_charter_is_offered_its_newest_good_backup_as_a_copy(
    window, charter, folder, monkeypatch
):
    window.open_path(str(charter))
    window.session.set_answer_text("vision.statement", "steht im Backup")
    _rolling(window).back_up("timer")
    window.close_charter()
    _damage(charter)
    digest = sha256(charter)
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: asked.append(text) or True)

    window.open_path(str(charter))

    assert len(asked) == 1 and "damaged" in asked[0] and str(charter) in asked[0]
    assert sha256(charter) == digest, "the damaged file is never touched"
    restored = window.session.document.path
    assert restored.parent == charter.parent and restored != charter
    assert restored.name.startswith("Kundenservice (restored ")
    assert window.session.document.answer("vision.statement").text == "steht im Backup"
    assert not window.session.read_only


def test_declining_the_backup_opens_nothing_and_writes_nothing(
    window, charter, folder, monkeypatch
):
    window.open_path(str(charter))
    window.close_charter()
    _damage(charter)
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    window.open_path(str(charter))
    assert window.session is None
    assert sorted(p.name for p in charter.parent.iterdir()) == [charter.name]


def test_a_damaged_charter_without_a_backup_is_refused_with_the_usual_message(
    window, charter, folder, monkeypatch
):
    _damage(charter)
    errors = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text, detail="": errors.append(text))
    window.open_path(str(charter))
    assert window.session is None
    assert len(errors) == 1 and "damaged" in errors[0]
