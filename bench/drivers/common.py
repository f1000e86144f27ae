"""Marks a start-up driver reports on stdout: one JSON line, then the process ends.

"painted": after the first paint of the main window (the event loop's next turn, so
the whole window has been painted), "idle": the first time after that the event
dispatcher announces it is about to wait for events (aboutToBlock). Times are
time.monotonic(), which the parent compares with its own clock reading taken just
before it started the process; "cpu_<mark>" is the process's CPU time (all its threads,
time.process_time()) at that mark, less disturbed by other work on the machine.
"""

from __future__ import annotations

import json
import os
import resource
import time

from PySide6.QtCore import QAbstractEventDispatcher, QTimer

marks: dict[str, float] = {}


def mark(name: str) -> None:
    if name not in marks:
        marks[name] = time.monotonic()
        marks[f"cpu_{name}"] = time.process_time()  # what this process spent so far


def first_paint() -> None:
    """Call from paintEvent once the content that matters is on screen."""
    if "painted" not in marks and "paint_seen" not in marks:
        marks["paint_seen"] = time.monotonic()
        QTimer.singleShot(0, _painted)


def _painted() -> None:
    mark("painted")
    QAbstractEventDispatcher.instance().aboutToBlock.connect(_idle)


def _idle() -> None:
    mark("idle")
    marks["rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(marks), flush=True)
    os._exit(0)  # no teardown: the measurement is over
