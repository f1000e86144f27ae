"""`cxcharter install-desktop`: the menu entry, the file type, the icon — and removal."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from cxcharter import desktop
from cxcharter.cli import main


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_entry_mime_type_and_icon(home, capsys):
    assert main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    paths = desktop.targets(home)
    for path in paths.values():
        assert path.is_file() and f"wrote {path}" in out
    entry = read_entry(paths["desktop"])
    assert entry["Type"] == "Application" and entry["Name"] == "CX Charter"
    assert entry["MimeType"] == "application/x-cxcharter;"
    assert entry["Icon"] == "cxcharter"
    command = shlex.split(entry["Exec"])
    assert command[-1] == "%f", "the file the user opened is passed on"
    assert shutil.which(command[0]) or command[:3][1:] == ["-m", "cxcharter"]
    mime = ET.parse(paths["mime"]).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind.get("type") == "application/x-cxcharter"
    assert kind.find("m:glob", ns).get("pattern") == "*.cxcharter"
    assert paths["icon"].read_bytes().lstrip().startswith(b"<")


def test_install_twice_is_harmless_and_uninstall_removes_exactly_its_files(home, capsys):
    assert main(["install-desktop"]) == 0
    assert main(["install-desktop"]) == 0
    other = home / "applications" / "other.desktop"
    other.write_text("[Desktop Entry]\nName=Other\n", encoding="utf-8")
    assert main(["install-desktop", "--uninstall"]) == 0
    assert not any(p.exists() for p in desktop.targets(home).values())
    assert other.exists(), "nothing else is touched"
    capsys.readouterr()
    assert main(["install-desktop", "--uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_exec_line_quotes_paths_with_spaces_and_percent():
    line = desktop.launcher()
    assert "%" not in line.replace("%%", "")
    entry = desktop.desktop_entry("'/opt/my apps/cxcharter-gui'")
    assert "Exec='/opt/my apps/cxcharter-gui' %f" in entry


@pytest.mark.skipif(
    shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed"
)
def test_the_mime_database_knows_the_file_type(home):
    desktop.install()
    globs = (home / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-cxcharter:*.cxcharter" in globs


def test_an_unwritable_data_folder_is_one_line_not_a_traceback(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["install-desktop"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cxcharter: error: cannot write the desktop files")
    assert "Traceback" not in err


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_the_entry_validates(home):
    desktop.install()
    done = subprocess.run(
        ["desktop-file-validate", str(desktop.targets(home)["desktop"])],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
