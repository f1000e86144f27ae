"""Shared test set-up: offscreen Qt, isolated settings, no real modal dialogs."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest


@pytest.fixture(autouse=True)
def _isolated_qt_settings(request, tmp_path_factory):
    """Each GUI test gets its own QSettings and data folders; others stay Qt-free."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QSettings, QStandardPaths

    folder = tmp_path_factory.mktemp("settings")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def _no_real_dialogs(request, monkeypatch):
    """Any modal dialog a test did not expect fails the test instead of hanging it."""
    if "qtbot" not in request.fixturenames:
        return

    from cxcharter.ui import ask

    def unexpected(name):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected dialog ask.{name}{args[1:3]}")

        return fail

    for name in ("error", "info", "confirm", "choose", "text", "open_file", "save_file",
                 "choose_folder", "run_dialog"):
        monkeypatch.setattr(ask, name, unexpected(name))


@pytest.fixture(autouse=True)
def _no_leftover_threads(request):
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    pool.waitForDone(5000)
    assert pool.activeThreadCount() == 0, "a test left a worker thread running"
