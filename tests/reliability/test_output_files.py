"""Every output file goes through one writer (store/outfile.py): an exclusive temporary
file in the target's folder, fsync, atomic rename; leftovers of killed runs are removed.

A symlink planted under a temporary name is never followed (the old writers used a
fixed `.NAME.part` and overwrote whatever it pointed at), and a run killed half-way
leaves nothing behind once the next write in that folder starts.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time

import pytest
from reliability_support import sample_charter

from cxcharter import cli
from cxcharter.store import outfile

VICTIM = b"someone else's file\n"


def _victim(tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    victim = other / "important.txt"
    victim.write_bytes(VICTIM)
    return victim


@pytest.mark.parametrize("command", ["dump", "calendar"])
def test_a_planted_symlink_is_not_followed(tmp_path, command):
    charter = sample_charter(tmp_path / "team.cxcharter")
    victim = _victim(tmp_path)
    out = tmp_path / ("team.json" if command == "dump" else "team.ics")
    (tmp_path / f".{out.name}.part").symlink_to(victim)  # the old fixed temporary name
    assert cli.main([command, str(charter), "-o", str(out)]) == 0
    assert victim.read_bytes() == VICTIM
    assert out.stat().st_size > 0 and not out.is_symlink()


def test_the_temporary_file_is_created_exclusively(tmp_path, monkeypatch):
    victim = _victim(tmp_path)
    monkeypatch.setattr(secrets, "token_hex", lambda n: "0" * (2 * n))  # outfile asks it
    planted = outfile._temporary_name(tmp_path / "out.json")
    planted.symlink_to(victim)
    with pytest.raises(FileExistsError):
        outfile.write_bytes(tmp_path / "out.json", b"{}")
    assert victim.read_bytes() == VICTIM
    assert not (tmp_path / "out.json").exists()


def test_a_new_file_gets_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path):
    old = os.umask(0o022)
    try:
        fresh = outfile.write_bytes(tmp_path / "new.ics", b"x")
    finally:
        os.umask(old)
    assert fresh.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
    kept = tmp_path / "kept.ics"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    outfile.write_bytes(kept, b"new")
    assert kept.read_bytes() == b"new" and kept.stat().st_mode & 0o777 == 0o640


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_killed_runs_are_removed_and_nothing_else(tmp_path):
    dead, host = _dead_pid(), outfile._host()
    ours = [
        f"{outfile.PREFIX}{host}-{dead}-0123abcd-team.pdf.part",
        f"{outfile.PREFIX}{host}-{dead}-0123abcd-c.cxcharter.part-journal",
    ]
    running = f"{outfile.PREFIX}{host}-{os.getpid()}-89abcdef-team.pdf.part"  # alive: kept
    elsewhere = f"{outfile.PREFIX}abcdef-{dead}-0123abcd-team.pdf.part"  # other machine
    legacy = [".team.pdf.part", ".team.pdf.1a2b3c4d.part", ".team.pdf.1a2b3c4d.part-journal"]
    foreign = [".other.pdf.part", ".team.pdf.notes", "team.pdf.part", ".bashrc"]
    for name in [*ours, running, elsewhere, *legacy, *foreign]:
        (tmp_path / name).write_bytes(b"half")
    hour_ago = time.time() - 3600
    for name in [*legacy, ".other.pdf.part"]:
        os.utime(tmp_path / name, (hour_ago, hour_ago))
    outfile.write_bytes(tmp_path / "team.pdf", b"%PDF")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([running, elsewhere, *foreign, "team.pdf"])


KILL_AT_FSYNC = """
import os, signal, sys
from cxcharter import cli
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
sys.exit(cli.main(sys.argv[1:]))
"""


def _killed(*argv: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILL_AT_FSYNC, *argv], timeout=120, capture_output=True, check=False
    )
    assert done.returncode == -9, done.stderr


@pytest.mark.parametrize("command", ["dump", "load", "calendar", "export"])
def test_a_killed_write_leaves_nothing_after_the_next_one(tmp_path, command):
    charter = sample_charter(tmp_path / "team.cxcharter")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    if command == "load":
        source = tmp_path / "team.json"
        assert cli.main(["dump", str(charter), "-o", str(source)]) == 0
        argv = ["load", str(source), str(out_dir / "copy.cxcharter"), "--force"]
    else:
        argv = [command, str(charter), "-o", str(out_dir / f"team.{command}")]
    for _ in range(2):  # the second killed run removes the first's: they never pile up
        _killed(*argv)
        assert len([p for p in out_dir.iterdir() if p.name.startswith(".")]) == 1
    assert cli.main(argv) == 0
    assert [p.name for p in out_dir.iterdir()] == [
        argv[2 if command == "load" else 3].rsplit("/", 1)[1]
    ]
    if command == "dump":
        assert json.loads((out_dir / "team.dump").read_text("utf-8"))["format"] == "cxcharter"
