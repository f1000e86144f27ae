"""Start-up stays lean: what the first window does not need is imported later."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cxcharter.sample import write_sample

LATER = (
    "reportlab",
    "cxcharter.export.pdf",
    "cxcharter.export.pdf_record",
    "cxcharter.ui.app.about_dialog",
    "cxcharter.ui.app.shortcuts_dialog",
    "cxcharter.ui.app.help_page",
    "cxcharter.ui.sections.goals.goals_page",
    "cxcharter.ui.sections.roles.roles_page",
    "cxcharter.ui.sections.priorities.priorities_page",
    "cxcharter.ui.sections.people.people_page",
    "importlib.metadata",
    "pyhanko",
    "cxcharter.export.review_signature",
    "cxcharter.sample",  # the File menu's "Open sample" and "New" only
    "cxcharter.ui.app.new_dialog",
    "cxcharter.ui.governance.history_dialog",  # opened from the Review menu
    "cxcharter.ui.governance.decision_dialog",
    # Reading a charter needs only the standard library's sqlite3; sqlite-utils (and
    # click, pluggy and dateutil with it) is imported by the first write.
    "sqlite_utils",
    "click",
    "pluggy",
    "dateutil",
    # Nothing hashes while a charter opens; hashlib (and secrets, through hmac) loads
    # OpenSSL's libcrypto, ~4 MB of the window's memory.
    "hashlib",
    "_hashlib",
    "secrets",
    # Contribution forms are merged from the Review menu only.
    "cxcharter.ops.contribution",
    "cxcharter.domain.contribution",
    # "New person…" is offered by the person choosers of pages and cards, none of
    # them built for the overview.
    "cxcharter.ui.sections.people.new_person",
)


def run_on_the_sample(script: str, tmp_path) -> dict:
    """Run `script` in a fresh offscreen process on the English sample (its own settings
    and data folders); what it printed last, as JSON."""
    path = tmp_path / "Sample.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


SCRIPT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cxcharter.ui.app.app import configure_application, start_window
from cxcharter.ui.settings import AppSettings
configure_application(app)
AppSettings().set_actor("Anna Weber")
window = start_window(app, sys.argv[1])
def done():
    import linecache
    kept = sum(len(entry[2]) for entry in linecache.cache.values() if len(entry) > 2)
    print(json.dumps({"page": window.workspace.current_page(), "source_lines_kept": kept,
                      "loaded": sorted(m for m in sys.modules if m.split(".")[0] in
                                       ("reportlab", "cxcharter", "importlib", "pyhanko",
                                        "sqlite_utils", "click", "pluggy", "dateutil",
                                        "hashlib", "_hashlib", "secrets"))}))
    app.quit()
def wait():  # the charter opens once the window has painted
    QTimer.singleShot(0, done) if window.workspace is not None else QTimer.singleShot(10, wait)
QTimer.singleShot(0, wait)
app.exec()
"""


def test_opening_a_charter_imports_no_pdf_and_no_unshown_page(tmp_path):
    result = run_on_the_sample(SCRIPT, tmp_path)
    assert result["page"] == "overview"
    loaded = set(result["loaded"])
    assert "cxcharter.ui.app.workspace" in loaded, "the check sees the app's modules"
    early = [m for m in LATER if m in loaded or any(x.startswith(m + ".") for x in loaded)]
    assert early == []
    # PySide6 reads the source of every module imported after it; the window does not
    # keep those lines (tens of thousands, ~5 MB) once the charter is open.
    assert result["source_lines_kept"] < 2000


FIRST_PAINT = """
import enum, json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
enums = []  # PySide builds a class's Python enums when the class is first imported
create = enum.EnumType._create_
def observed(cls, name, *args, **kwargs):
    enums.append(name)
    return create(cls, name, *args, **kwargs)
enum.EnumType._create_ = observed
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cxcharter.ui.app.app import configure_application, start_window
import cxcharter.ui.app.main_window as main_window
from cxcharter.ui.settings import AppSettings
configure_application(app)
AppSettings().set_actor("Anna Weber")
seen = {}
class Observed(main_window.MainWindow):
    def paintEvent(self, event):
        if not seen:
            seen["page"] = self.stack.currentWidget().objectName()
            ours = ("cxcharter", "sqlite_utils", "sqlite3")
            seen["loaded"] = sorted(m for m in sys.modules if m.startswith(ours))
            seen["enums"] = list(enums)
            if os.path.exists("/proc/self/maps"):  # Linux: which libraries are loaded
                with open("/proc/self/maps") as maps:
                    seen["svg"] = any("Svg" in line or "qsvg" in line for line in maps)
        super().paintEvent(event)
main_window.MainWindow = Observed
window = start_window(app, sys.argv[1])
def wait():
    if window.workspace is None:
        QTimer.singleShot(10, wait)
        return
    seen["opened"] = window.workspace.current_page()
    seen["welcome_built"] = "welcome" in window.__dict__
    print(json.dumps(seen))
    app.quit()
QTimer.singleShot(0, wait)
app.exec()
"""


def test_the_window_paints_before_the_charter_is_read(tmp_path):
    """First paint shows the real window saying what it opens; the store, the pages and
    the welcome screen are not imported or built for it."""
    seen = run_on_the_sample(FIRST_PAINT, tmp_path)
    assert seen["page"] == "opening"
    assert "cxcharter.ui.app.main_window" in seen["loaded"], "the check sees the app's modules"
    early = [
        m
        for m in seen["loaded"]
        if m.startswith(
            (
                "sqlite_utils",
                "sqlite3",
                "cxcharter.store.",
                "cxcharter.ui.app.workspace",
                "cxcharter.ui.app.welcome",
                "cxcharter.ui.widgets.painted",
            )
        )
    ]
    assert early == []
    # Classes the first paint does not use build no enums for it: the dialogs of
    # ask.py (QMessageBox, QLineEdit, QFileDialog, QInputDialog) and painted.py's
    # font and list view.
    assert "MenuRole" in seen["enums"], "the check sees enums being built (QAction)"
    unused = {"StandardButton", "EchoMode", "FileMode", "InputDialogOption"}
    unused |= {"Capitalization", "SelectionMode"}
    assert unused & set(seen["enums"]) == set()
    # The window icon comes from PNGs: Qt's SVG library is not loaded for the first paint.
    assert seen.get("svg", False) is False
    assert seen["opened"] == "overview"
    assert seen["welcome_built"] is False


def test_the_command_line_itself_imports_no_export_and_no_store_beyond_its_errors():
    """`cxcharter FILE` goes through cxcharter.cli before the window: its module level stays
    lean."""
    code = (
        "import sys, cxcharter.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('cxcharter.export', "
        "'cxcharter.ui', 'sqlite_utils', 'sqlite3', 'reportlab', 'PySide6'))\n"
        "    or (m.startswith('cxcharter.store.') and m != 'cxcharter.store.errors'))\n"
        "print(bad)\n"
        # The words of its errors are looked up when there is an error to word.
        "print(sorted(m for m in ('cxcharter.domain.error_text', 'cxcharter.domain.values',\n"
        "    'dataclasses') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines() == ["[]", "[]"]


HEAVY = (
    "'cxcharter.export', 'cxcharter.ui', 'sqlite_utils', 'sqlite3', 'reportlab', 'pypdf', "
    "'pyhanko', 'PIL', 'PySide6'"
)


@pytest.mark.parametrize(
    ("argv", "commands_loaded"),
    [(["--version"], False), (["--help"], False), (["export", "--help"], True)],
)
def test_version_and_help_load_no_command_module_and_nothing_heavy(argv, commands_loaded):
    """The window's way in (no command) builds no command's parser and imports no command
    module; a command's `--help` imports the command modules, still nothing heavy."""
    code = (
        "import contextlib, io, json, sys, cxcharter.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert cxcharter.cli.main({argv!r}) == 0\n"
        f"heavy = sorted(m for m in sys.modules if m.startswith(({HEAVY})))\n"
        "commands = sorted(m for m in sys.modules if m.startswith('cxcharter.cli.')\n"
        "    and m != 'cxcharter.cli.common')\n"
        "print(json.dumps([heavy, commands]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    heavy, commands = json.loads(done.stdout.strip().splitlines()[-1])
    assert heavy == []
    if commands_loaded:
        assert {"cxcharter.cli.parsers", "cxcharter.cli.export"} <= set(commands)
    else:
        assert commands == []


COLLECTOR = """
import gc, json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cxcharter.cli import main
import cxcharter.ui.app.app as app_module
from cxcharter.ui.settings import AppSettings
app_module.configure_application(app)
AppSettings().set_actor("Anna Weber")
collected = []  # collections from the moment the window starts
counting = []
def observe(phase, info):
    if phase == "stop" and counting:
        collected.append(info["generation"])
gc.callbacks.append(observe)
run = app_module.run_app
def run_app(path=None):
    counting.append(True)
    return run(path)
app_module.run_app = run_app
seen = {}
start = app_module.start_window
def observed(app, path=None):
    from PySide6.QtCore import QAbstractEventDispatcher, QTimer
    window = start(app, path)
    def idle():  # connected after the window's own resume: it runs first
        if window.workspace is None:
            return
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(idle)
        seen["opened"] = window.workspace.current_page()
        seen["collections_while_starting"] = len(collected)
        seen["enabled_when_idle"] = gc.isenabled()
        seen["set_aside"] = gc.get_freeze_count()
        window.close_charter()
        seen["set_aside_after_close"] = gc.get_freeze_count()
        app.quit()
    QTimer.singleShot(0, lambda: QAbstractEventDispatcher.instance().aboutToBlock.connect(idle))
    return window
app_module.start_window = observed
code = main(sys.argv[1:])
seen["code"] = code
seen["enabled_after"] = gc.isenabled()
print(json.dumps(seen))
"""


def test_the_cycle_collector_waits_until_the_window_is_idle(tmp_path):
    """Start-up makes tens of thousands of long-lived objects; the cycle collector does
    not walk them while they are made, runs again once the window is idle with the
    charter open, and gets them back when that charter is closed."""
    seen = run_on_the_sample(COLLECTOR, tmp_path)
    assert seen["opened"] == "overview"
    assert seen["collections_while_starting"] == 0
    assert seen["enabled_when_idle"] is True
    assert seen["set_aside"] > 10_000, "what start-up made is out of the collector's way"
    assert seen["set_aside_after_close"] == 0
    assert (seen["code"], seen["enabled_after"]) == (0, True)
