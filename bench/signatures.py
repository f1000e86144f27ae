"""Signed review copies: how much a signature adds, and what importing one costs.

    python bench/signatures.py

Measured on the sample charter in review: the review copy filled in (as a PDF reader
saves it, an incremental update) and signed with pyHanko by a test certificate
(`tests/signing.py`). Printed: the size of the filled copy and of the signed copy
(the difference is the signature: certificate, CMS, the signed revision's xref),
and the time `read_review_copy` takes for the unsigned copy (the floor: pypdf only)
and for the signed one (pyHanko imported in the first run, the signature checked
against certifi's roots), medians of RUNS in one process, plus the first signed
import in a fresh process (the one a user waits for).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "store"))

RUNS = 5


def main() -> int:
    from ready_file import TODAY, ready_charter
    from signing import Identity, fill, sign

    from cxcharter.export.review_export import export_review_copy
    from cxcharter.export.review_import import read_review_copy
    from cxcharter.store.document import CharterDocument

    folder = Path(tempfile.mkdtemp())
    path = ready_charter(folder / "team.cxcharter")
    doc = CharterDocument.open(path, actor="Lea")
    doc.submit_for_review(today=TODAY)
    export_review_copy(doc, folder / "r.pdf")
    boss = next(p for p in doc.people() if p.name == "Dr. Katrin Hoffmann")
    filled = fill(
        (folder / "r.pdf").read_bytes(), {"cx_approver": str(boss.id), "cx_decision": "Approved"}
    )
    signed = sign(filled, Identity(boss.name))
    (folder / "filled.pdf").write_bytes(filled)
    (folder / "signed.pdf").write_bytes(signed)
    print(
        f"filled copy {len(filled) / 1024:.1f} KB, signed copy {len(signed) / 1024:.1f} KB "
        f"(+{(len(signed) - len(filled)) / 1024:.1f} KB)"
    )
    first = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, time; sys.path.insert(0, sys.argv[1]);"
            "from cxcharter.store.document import CharterDocument;"
            "from cxcharter.export.review_import import read_review_copy;"
            "d = CharterDocument.open(sys.argv[2], actor='x', read_only=True);"
            "t = time.perf_counter(); f = read_review_copy(sys.argv[3], d);"
            "print(time.perf_counter() - t, f.ok)",
            str(ROOT),
            str(path),
            str(folder / "signed.pdf"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, ok = first.stdout.split()
    print(f"first signed import in a fresh process: {float(seconds):.2f} s (ok={ok})")
    times: dict[str, list[float]] = {"unsigned": [], "signed": []}
    for run in range(RUNS):
        for name in ("unsigned", "signed") if run % 2 == 0 else ("signed", "unsigned"):
            start = time.perf_counter()
            found = read_review_copy(
                folder / ("filled.pdf" if name == "unsigned" else "signed.pdf"), doc
            )
            times[name].append(time.perf_counter() - start)
            assert found.ok, found.refusals
    floor, measured = statistics.median(times["unsigned"]), statistics.median(times["signed"])
    print(
        f"import (median of {RUNS}): unsigned {floor:.3f} s, signed {measured:.3f} s, "
        f"ratio {measured / floor:.1f}x"
    )
    doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
