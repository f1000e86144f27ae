"""mypy over the domain, the store and the ops (strict), with the settings in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
import tomllib
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


def test_the_domain_the_store_and_the_ops_type_check():
    result = _mypy(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


STRICT_FLAGS = {  # what `mypy --strict` turns on, flag by flag (strict is global-only)
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_return_any",
    "no_implicit_reexport",
    "strict_equality",
    "extra_checks",
    "disallow_any_generics",
}


def test_the_store_and_the_ops_are_strict_with_nothing_switched_off():
    config = tomllib.loads(Path(CONFIG).read_text(encoding="utf-8"))["tool"]["mypy"]
    assert {"cxcharter/store", "cxcharter/ops"} <= set(config["files"])
    for package in ("cxcharter.store", "cxcharter.ops"):
        [override] = [o for o in config["overrides"] if f"{package}.*" in o["module"]]
        assert {flag for flag in STRICT_FLAGS if override.get(flag) is True} == STRICT_FLAGS
        assert not override.get("disable_error_code"), package


def test_strict_mode_refuses_what_the_standard_mode_lets_through(tmp_path):
    """An untyped helper and an Any-returning function: refused in the domain, the store
    and the ops; let through in a package outside them."""
    code = (
        "from typing import Any\n\n\ndef first(values: Any) -> int:\n    return values[0]\n"
        "\n\ndef untyped(x):\n    return x\n"
    )
    packages = ("domain", "store", "ops", "export")
    for package in ("cxcharter", *(f"cxcharter/{p}" for p in packages)):
        (tmp_path / package).mkdir(exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("")
    for package in packages:
        (tmp_path / f"cxcharter/{package}/sneaky.py").write_text(code)
    result = _mypy(tmp_path, *(f"cxcharter/{p}/sneaky.py" for p in packages))
    assert result.returncode == 1
    for package in ("domain", "store", "ops"):
        assert f"cxcharter/{package}/sneaky.py:5: error" in result.stdout, result.stdout
        assert f"{package}/sneaky.py:5: error: Returning Any" in result.stdout
    assert "cxcharter/store/sneaky.py:8: error" in result.stdout  # untyped: refused there
    assert "cxcharter/ops/sneaky.py:8: error" in result.stdout
    assert "export/sneaky.py" not in result.stdout
