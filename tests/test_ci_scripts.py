"""The CI scripts name the project's modules where they are: a module that moved (the
window layer went into sub-packages) must not leave `.ci/wheel-smoke` importing from its
old place, which only the wheel build on a clean machine would otherwise find."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _project_imports(script: Path) -> list[str]:
    return [
        line.strip()
        for line in script.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith(("from cxcharter", "import cxcharter"))
    ]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_wheel_smoke_test_imports_modules_that_exist():
    imports = _project_imports(ROOT / ".ci" / "wheel-smoke")
    assert len(imports) >= 3
    done = _run("\n".join(imports))
    assert done.returncode == 0, done.stderr


def test_an_import_from_an_old_place_is_found(tmp_path):
    script = tmp_path / "smoke"
    script.write_text("from cxcharter.ui.main_window import MainWindow\n", encoding="utf-8")
    done = _run("\n".join(_project_imports(script)))
    assert done.returncode != 0 and "ModuleNotFoundError" in done.stderr
