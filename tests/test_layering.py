"""Qt stays in cxcharter/ui: the core imports with PySide6 blocked, and ruff bans it elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

IMPORT_ALL_BUT_UI = r"""
import importlib, pkgutil, runpy, sys

for name in ("PySide6", "shiboken6"):
    sys.modules[name] = None  # any import of Qt now raises ImportError

import cxcharter

def walk(package):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name == "cxcharter.ui" or info.name.startswith("cxcharter.ui."):
            continue  # the one place Qt belongs
        if info.name == "cxcharter.__main__":
            continue  # runs the program; checked below
        module = importlib.import_module(info.name)
        yield info.name
        if info.ispkg:
            yield from walk(module)

imported = sorted(["cxcharter", *walk(cxcharter)])
print("\n".join(imported))

sys.argv = ["cxcharter", "--version"]
try:
    runpy.run_module("cxcharter", run_name="__main__")
except SystemExit as exc:
    assert exc.code == 0, exc.code
assert not any(name.startswith("cxcharter.ui") for name in sys.modules), "ui was imported"
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def test_the_core_imports_without_qt():
    result = subprocess.run([sys.executable, "-c", IMPORT_ALL_BUT_UI], cwd=ROOT, env=_env(),
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    # The walk covered every module of the core (a folder without __init__.py is
    # invisible to pkgutil, so this also catches a missing one).
    on_disk = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "cxcharter").rglob("*.py")
    }
    core = {name for name in on_disk
            if not name.startswith("cxcharter.ui") and name != "cxcharter.__main__"}
    assert {"cxcharter.cli", "cxcharter.store.document", "cxcharter.domain.canonical"} <= core
    assert core <= imported
    assert not any(name.startswith("cxcharter.ui") for name in imported)


def test_ruff_is_clean_and_bans_qt_outside_ui():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "cxcharter", "tests"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_ruff_rule_catches_a_qt_import_in_the_core():
    bad = "from PySide6.QtCore import QObject\n\n\nclass Model(QObject):\n    pass\n"
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache",
         "--stdin-filename", "cxcharter/store/sneaky.py", "-"],
        cwd=ROOT, input=bad, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 1
    assert "TID251" in result.stdout
    allowed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache",
         "--stdin-filename", "cxcharter/ui/fine.py", "-"],
        cwd=ROOT, input=bad, capture_output=True, text=True, timeout=120, check=False,
    )
    assert "TID251" not in allowed.stdout
