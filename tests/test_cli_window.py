"""Starting the window from the command line where it cannot show: one line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxcharter import cli

ROOT = Path(__file__).resolve().parents[1]
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def headless_env(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in DISPLAY_VARIABLES}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
@pytest.mark.parametrize("argv", [[], ["team.cxcharter"]])
def test_no_display_says_what_is_missing_in_one_line(tmp_path, argv):
    result = subprocess.run(
        [sys.executable, "-m", "cxcharter", *argv],
        cwd=tmp_path,
        env=headless_env(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("cxcharter: error: ")
    assert "display" in err and "QT_QPA_PLATFORM=offscreen" in err
    assert "Reinstalling" not in err and "Traceback" not in err
    assert result.stdout == b""
    assert not (tmp_path / "team.cxcharter").exists()


@pytest.mark.parametrize(
    ("platform", "env", "missing"),
    [
        ("linux", {}, True),
        ("linux", {"DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"DISPLAY": ""}, True),
        ("freebsd13", {}, True),
        ("cygwin", {}, True),
        ("win32", {}, False),
        ("darwin", {}, False),
    ],
)
def test_which_systems_have_no_display(platform, env, missing):
    assert cli.no_display(env, platform) is missing


def test_the_commands_need_no_display(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cxcharter",
            "sample",
            str(tmp_path / "s.cxcharter"),
            "--lang",
            "en",
        ],
        cwd=tmp_path,
        env=headless_env(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
