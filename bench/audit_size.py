"""File size of a charter after 500 small edits of a 100 KB answer (issue 12, item 15).

    python -m bench --only audit       (with the other figures' table and JSON)
    python bench/audit_size.py         (this figure alone)

Measured: the file after writing a 107 KB answer and editing it 500 times in
small steps, each edit committed through `CharterDocument.set_answer_text` (so
each is an audit entry). Floor: the same charter with only the final text written
once. Goal: ≤ 5 MB (storing the whole old and new text on every edit made it
106.5 MB). Also printed: the time `verify_file` takes to recompute every entry,
rebuild every stored diff and compare the answers (it must still say ok).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # `python bench/audit_size.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cxcharter.store.document import CharterDocument
from cxcharter.store.verify import verify_file

KEY = "vision.statement"
EDITS = 500
GOAL_MB = 5.0


def long_text() -> str:
    return "\n".join(
        f"Line {n}: we answer every customer within one working day." for n in range(1800)
    )


def small_edit(text: str, n: int) -> str:
    at = (n * 7919) % (len(text) - 10)
    return text[:at] + f"[{n}]" + text[at + 3 :]


def write(path: Path, texts: list[str]) -> float:
    """Create a charter at `path`, write each of `texts` in turn; its size in MB."""
    doc = CharterDocument.create(path, title="Audit size", language="en", actor="Benchmark")
    try:
        for text in texts:
            doc.set_answer_text(KEY, text)
    finally:
        doc.close()
    return path.stat().st_size / 1e6


def measure(work: Path) -> dict:
    versions = [long_text()]
    for n in range(EDITS):
        versions.append(small_edit(versions[-1], n))
    started = time.perf_counter()
    size = write(work / "audit-edited.cxcharter", versions)
    editing = time.perf_counter() - started
    floor = write(work / "audit-floor.cxcharter", versions[-1:])
    started = time.perf_counter()
    report = verify_file(work / "audit-edited.cxcharter")
    checking = time.perf_counter() - started
    return {
        "size_mb": size,
        "floor_mb": floor,
        "answer_kb": len(versions[0].encode()) / 1e3,
        "edits": EDITS,
        "edit_seconds": editing,
        "verify_seconds": checking,
        "verify_ok": report.ok,
        "audit_entries": report.audit_entries,
    }


def bench_audit(report, work: Path) -> dict:
    """Add the figure to bench/run.py's table."""
    found = measure(work)
    report.add(
        f"file size, {EDITS} small edits of a {found['answer_kb']:.0f} KB answer",
        found["size_mb"],
        found["floor_mb"],
        "MB on disk",
        goal=f"≤ {GOAL_MB:g} MB",
        limit=GOAL_MB / found["floor_mb"],
        floor_name="the final text written once",
    )
    print(
        f"  verify of that file: {found['verify_seconds']:.2f} s, "
        f"{found['audit_entries']} entries, ok={found['verify_ok']}",
        flush=True,
    )
    return found


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cxcharter-bench-") as tmp:
        found = measure(Path(tmp))
    verdict = "PASS" if found["size_mb"] <= GOAL_MB and found["verify_ok"] else "WARN"
    print(
        f"file size after {found['edits']} small edits of a {found['answer_kb']:.0f} KB "
        f"answer: {found['size_mb']:.2f} MB (goal ≤ {GOAL_MB:g} MB) {verdict}; the final "
        f"text written once: {found['floor_mb']:.2f} MB; edits took "
        f"{found['edit_seconds']:.1f} s; verify recomputed {found['audit_entries']} "
        f"entries in {found['verify_seconds']:.2f} s, ok={found['verify_ok']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
