"""Shared helpers of the reliability tests: sizes (CI or soak), charters, child processes.

CI runs the small sizes. `CXCHARTER_SOAK=1 pytest tests/reliability` runs the long
variant (more kills, more saves, more hypothesis examples); see bench/README.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from cxcharter.sample import write_sample

SOAK = os.environ.get("CXCHARTER_SOAK", "") not in ("", "0")
CHILDREN = Path(__file__).resolve().parent / "children"
TODAY = dt.date(2026, 11, 23)
ACTOR = "Zuverlässigkeit"


def sized(ci: int, soak: int) -> int:
    """The CI size, or the soak size when CXCHARTER_SOAK=1."""
    return soak if SOAK else ci


CI_SEED = 20261207  # every ordinary run draws the same choices; the soak run new ones


def seeded_random() -> tuple[random.Random, int]:
    """A random source and its seed: fixed in an ordinary run, new in the soak run
    (CXCHARTER_SEED=N repeats a soak run's choices)."""
    chosen = os.environ.get("CXCHARTER_SEED")
    seed = int(chosen) if chosen else (time.time_ns() % 2**32 if SOAK else CI_SEED)
    return random.Random(seed), seed


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample_charter(path: Path, language: str = "de") -> Path:
    return write_sample(path, language, actor=ACTOR, today=TODAY)


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


class Child:
    """tests/reliability/children/SCRIPT in its own process; complete stdout lines are kept.

    A line counts only once its newline arrived: a child killed while printing
    has not confirmed that line.
    """

    def __init__(self, script: str, *args: object, stdin: bool = False) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILDREN / script), *map(str, args)],
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
            env={**os.environ, "PYTHONUNBUFFERED": "1", "QT_QPA_PLATFORM": "offscreen"},
        )
        self.lines: list[str] = []
        self.err = ""
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.endswith("\n"):
                self.lines.append(line[:-1])
                self._queue.put(line[:-1])
        self._queue.put(None)

    def wait_for(self, prefix: str, timeout: float = 60) -> str:
        """Block until the child prints a line starting with `prefix`."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                self.proc.wait(10)
                raise AssertionError(
                    f"the child ended before {prefix!r}: {self.proc.stderr.read()[-3000:]}"
                )
            if line.startswith(prefix):
                return line
        self.kill()
        raise AssertionError(f"the child never printed {prefix!r} within {timeout} s")

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """SIGKILL: no handler, no cleanup, no flush runs in the child."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        self.close()

    def close(self, timeout: float = 30) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(timeout)
        self.err = self.proc.stderr.read()
        for stream in (self.proc.stdout, self.proc.stderr, self.proc.stdin):
            if stream is not None:
                stream.close()
        return code
