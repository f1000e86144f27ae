"""Quitting while the readiness check runs in its worker ends the process cleanly: the
worker finishes before Qt's objects go (its result landing on a deleted object crashed
the process now and then, exit -11)."""

from __future__ import annotations

import subprocess
import sys

from cxcharter.sample import write_sample

SCRIPT = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from cxcharter.domain import readiness
app = QApplication([])
from cxcharter.ui.app.app import configure_application, start_window
from cxcharter.ui.settings import AppSettings
configure_application(app)
AppSettings().set_actor("Anna Weber")
slow = readiness.check
def check(*args):
    time.sleep(0.3)  # a large charter: the worker is still busy when the user quits
    return slow(*args)
readiness.check = check
window = start_window(app, sys.argv[1])
def wait():
    workflow = window.workflow
    if workflow is not None and workflow.monitor._running:
        app.quit()
    else:
        QTimer.singleShot(5, wait)
QTimer.singleShot(0, wait)
app.exec()
print("workers left:", QThreadPool.globalInstance().activeThreadCount())
"""


def test_quitting_while_the_check_runs(tmp_path):
    path = tmp_path / "Sample.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "workers left: 0"
