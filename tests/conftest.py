"""Shared test set-up: offscreen Qt, isolated settings, no real modal dialogs."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The command line answers in the locale's language: tests read English unless they set
# a German locale themselves (LANG; LC_ALL and LC_MESSAGES would win over it).
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"

import pytest
from hypothesis import settings

# Property tests: every ordinary run (CI, a developer's pytest) draws the same examples
# on every machine (derandomize; no example database to replay another run's finds),
# so a red run is a real regression, never bad luck. The soak run
# (CXCHARTER_SOAK=1, see bench/README.md) explores freely with more examples and keeps
# what it finds in .hypothesis/ so a failure replays; put such a failure into the test
# as an @example.
SOAK = os.environ.get("CXCHARTER_SOAK", "") not in ("", "0")
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("soak", derandomize=False, max_examples=1_000, print_blob=True)
settings.load_profile("soak" if SOAK else "ci")


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

    for name in (
        "error",
        "info",
        "confirm",
        "choose",
        "text",
        "open_file",
        "save_file",
        "choose_folder",
        "run_dialog",
    ):
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
