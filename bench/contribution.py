"""Contribution forms: the size of the sample's busiest person's form, and what writing
and importing it costs.

    python bench/contribution.py

The busiest person is the one with the most form fields in the sample charter
(`--lang de`, the people who asked for it write German). Every field gets a new value
(texts in several scripts, numbers, a reading), the form is filled with pypdf and
imported into a fresh copy of the charter per run: `read_form`, `plan` and the op,
one transaction. Printed: the form's size (most of it is the any-script field font,
DejaVu Sans whole, compressed), the medians of RUNS for writing the form and for the
import, and, as the floor, reading the same form's fields alone with pypdf.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

RUNS = 5


def main() -> int:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # the filler's notes on emoji
    from contribution_support import fill_pypdf
    from pypdf import PdfReader

    from cxcharter.catalog import load_catalog
    from cxcharter.domain.contribution import form_fields, plan
    from cxcharter.export.contribution_form import export_contribution_form
    from cxcharter.export.contribution_read import read_form
    from cxcharter.ops.contribution import import_contribution
    from cxcharter.sample import write_sample
    from cxcharter.store.document import CharterDocument

    folder = Path(tempfile.mkdtemp())
    original = folder / "sample.cxcharter"
    write_sample(original, "de", actor="Lea")
    doc = CharterDocument.open(original, actor="Lea", read_only=True)
    snapshot, catalog = doc.snapshot(), load_catalog("de")
    fields = {p.id: form_fields(catalog, snapshot, p.id, dt.date.today()) for p in snapshot.people}
    busiest = max(fields, key=lambda pid: len(fields[pid]))
    writes = []
    for _ in range(RUNS):
        start = time.perf_counter()
        facts = export_contribution_form(doc, busiest, folder / "form.pdf")
        writes.append(time.perf_counter() - start)
    doc.close()
    values = {}
    for f in fields[busiest]:
        if f.type == "real":
            values[f.name] = "12,5"
        elif f.type == "date":
            values[f.name] = "01.12.2026"
        else:
            values[f.name] = f"{f.base}\nŁukasz Żółć, Ирина, مرحبا 🎉"[
                : 2000 if f.type == "line" else None
            ]
    filled = fill_pypdf(folder / "form.pdf", folder / "filled.pdf", values)
    imports, floors = [], []
    for run in range(RUNS):
        copy = folder / f"run{run}.cxcharter"
        shutil.copy(original, copy)
        target = CharterDocument.open(copy, actor="Lea")
        start = time.perf_counter()
        form = read_form(filled)
        done = import_contribution(target, form, plan(target.snapshot(), form), contributor="x")
        imports.append(time.perf_counter() - start)
        target.close()
        start = time.perf_counter()
        PdfReader(filled).get_fields()
        floors.append(time.perf_counter() - start)
    print(
        f"busiest person: {snapshot.person_name(busiest)}, {len(fields[busiest])} fields, "
        f"{done.result} changes imported"
    )
    print(f"form {facts['size'] / 1024:.1f} KB, filled {filled.stat().st_size / 1024:.1f} KB")
    print(f"write the form: {statistics.median(writes):.3f} s (median of {RUNS})")
    print(
        f"import: {statistics.median(imports):.3f} s; floor (pypdf reads the fields): "
        f"{statistics.median(floors):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
