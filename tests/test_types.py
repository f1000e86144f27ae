"""mypy over the domain (strict) and the store, with the settings in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = str(ROOT / "pyproject.toml")


def _mypy(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", CONFIG, "--no-incremental", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_the_domain_and_the_store_type_check():
    result = _mypy(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_the_domain_is_checked_strictly_and_the_store_in_the_standard_mode(tmp_path):
    """The same Any-returning function: refused in the domain, let through in the store."""
    code = "from typing import Any\n\n\ndef first(values: Any) -> int:\n    return values[0]\n"
    for package in ("cxcharter", "cxcharter/domain", "cxcharter/store"):
        (tmp_path / package).mkdir(exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "cxcharter/domain/sneaky.py").write_text(code)
    (tmp_path / "cxcharter/store/sneaky.py").write_text(code)
    result = _mypy(tmp_path, "cxcharter/domain/sneaky.py", "cxcharter/store/sneaky.py")
    assert result.returncode == 1
    assert "cxcharter/domain/sneaky.py:5: error" in result.stdout
    assert "[no-any-return]" in result.stdout
    assert "store/sneaky.py" not in result.stdout
