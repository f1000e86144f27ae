"""Run every benchmark of issue 6 against its floor, print a table, write JSON.

    python -m bench [--runs N] [--only startup,pdf,edit,audit] [--out PATH]
    python bench/run.py …                                     (the same)

Each figure is measured side by side with its floor in the same run, alternating
(floor first on even runs, measured first on odd ones), and reported as the ratio
of the medians: these machines are noisy, a ratio much less so. PASS/WARN compares
with the goals of issue 6; the exit status is 0 unless the benchmark itself broke.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # `python bench/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.pdf_floor import floor_pdf
from bench.stress import TODAY, size_of, stress_snapshot
from cxcharter.catalog import load_catalog
from cxcharter.export.pdf import export_pdf
from cxcharter.sample import build_sample
from cxcharter.store import connection
from cxcharter.store.document import CharterDocument, write_new_file
from cxcharter.stress import build_stress

HERE = Path(__file__).resolve().parent
DRIVERS = HERE / "drivers"
RESULTS = HERE / "results"
CREATED = dt.datetime(2026, 11, 23, 9, 0)
EDITS = 1000
SECTIONS = ("startup", "pdf", "edit", "audit")


# ------------------------------------------------------------------ helpers
def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def alternate(
    runs: int,
    floor: Callable[[], float],
    measured: Callable[[], float],
) -> tuple[list[float], list[float]]:
    """Run both `runs` times, alternating which goes first; returns both series."""
    floors, values = [], []
    for n in range(runs):
        if n % 2 == 0:
            floors.append(floor())
            values.append(measured())
        else:
            values.append(measured())
            floors.append(floor())
    return floors, values


class Report:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(
        self,
        figure: str,
        value: float,
        floor: float,
        unit: str,
        *,
        goal: str = "report",
        limit: float | None = None,
        ratio: float | None = None,
        floor_name: str = "",
        raw: dict | None = None,
    ) -> None:
        ratio = ratio if ratio is not None else (value / floor if floor else float("inf"))
        verdict = "" if limit is None else ("PASS" if ratio <= limit else "WARN")
        self.rows.append(
            {
                "figure": figure,
                "value": value,
                "floor": floor,
                "unit": unit,
                "ratio": ratio,
                "goal": goal,
                "verdict": verdict,
                "floor_name": floor_name,
                "raw": raw or {},
            }
        )
        print(
            f"  {figure}: {_fmt(value, unit)} vs {_fmt(floor, unit)} → {ratio:.2f}× {verdict}",
            flush=True,
        )

    def table(self) -> str:
        head = ("figure", "measured", "floor", "ratio", "goal", "")
        lines = [head] + [
            (
                r["figure"],
                _fmt(r["value"], r["unit"]),
                _fmt(r["floor"], r["unit"]),
                f"{r['ratio']:.2f}×",
                r["goal"],
                r["verdict"],
            )
            for r in self.rows
        ]
        widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
        out = []
        for n, line in enumerate(lines):
            out.append(
                "  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
            )
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
        return "\n".join(out)


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.2f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}"


# ------------------------------------------------------------------ start-up
class Startup:
    """Fresh processes, offscreen, with their own settings and data folders."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"),
        }
        # Measure the app as installed, with its bytecode compiled (pip does that on
        # install): a PYTHONDONTWRITEBYTECODE environment would otherwise compile every
        # module of the app and of sqlite-utils again in every start.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        import cxcharter

        subprocess.run(
            [
                sys.executable,
                "-m",
                "compileall",
                "-q",
                "-j",
                "0",
                sysconfig.get_paths()["purelib"],
                str(Path(cxcharter.__file__).parent),
            ],
            env=self.env,
            check=False,
            capture_output=True,
            timeout=600,
        )
        # The window asks once who is editing; answer it before measuring.
        subprocess.run(
            [
                sys.executable,
                "-c",
                (
                    "from PySide6.QtCore import QCoreApplication\n"
                    "from cxcharter.ui.app.app import configure_application\n"
                    "from cxcharter.ui.settings import AppSettings\n"
                    "app = QCoreApplication([]); configure_application(app)\n"
                    "AppSettings().set_actor('Benchmark')\n"
                ),
            ],
            env=self.env,
            check=True,
            timeout=120,
        )

    def run(self, driver: str, *args: object, importtime: bool = False) -> dict:
        lock = [Path(a).with_name(f".{Path(a).name}.lock") for a in args]
        for path in lock:
            path.unlink(missing_ok=True)
        cmd = [
            sys.executable,
            *(["-X", "importtime"] if importtime else []),
            str(DRIVERS / driver),
            *map(str, args),
        ]
        start = time.monotonic()
        done = subprocess.run(
            cmd, env=self.env, capture_output=True, text=True, timeout=600, cwd=DRIVERS
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"{driver} failed ({done.returncode}): {done.stderr[-2000:]}")
        marks = json.loads(lines[-1])
        result = {k: v if k.startswith("cpu_") else v - start for k, v in marks.items()}
        result.pop("rss_kb")
        result["rss_mb"] = marks["rss_kb"] / 1024
        if importtime:
            result["importtime"] = done.stderr
        return result


def bench_startup(report: Report, runs: int, work: Path, sample: Path, large: Path) -> dict:
    """The four start-up figures, each against the bare window measured in the same run."""
    print("start-up (fresh processes, offscreen) …", flush=True)
    st = Startup(work)
    floors, apps, larges = [], [], []
    for n in range(runs):
        order = [("floor", floors), ("app", apps), ("large", larges)]
        for name, into in order if n % 2 == 0 else order[::-1]:
            if name == "floor":
                into.append(st.run("floor.py"))
            else:
                into.append(st.run("app.py", sample if name == "app" else large))

    def series(items: list[dict], key: str) -> list[float]:
        return [item[key] for item in items]

    floor_paint, floor_idle = median(series(floors, "painted")), median(series(floors, "idle"))
    report.add(
        "first paint of the real window",
        median(series(apps, "window_painted")),
        floor_paint,
        "s",
        goal="≤ 1.5×",
        limit=1.5,
        floor_name="bare QMainWindow + label, first paint",
        raw={"app": series(apps, "window_painted"), "floor": series(floors, "painted")},
    )
    report.add(
        "sample charter painted and idle",
        median(series(apps, "idle")),
        floor_idle,
        "s",
        goal="≤ 2×",
        limit=2.0,
        floor_name="bare QMainWindow + label, idle",
        raw={"app": series(apps, "idle"), "floor": series(floors, "idle")},
    )
    report.add(
        "large charter painted and idle",
        median(series(larges, "idle")),
        floor_idle,
        "s",
        goal="≤ 2.5×",
        limit=2.5,
        floor_name="bare QMainWindow + label, idle",
        raw={"large": series(larges, "idle"), "floor": series(floors, "idle")},
    )
    report.add(
        "peak memory, sample charter open",
        median(series(apps, "rss_mb")),
        median(series(floors, "rss_mb")),
        "MB",
        goal="≤ 1.5×",
        limit=1.5,
        floor_name="bare Qt window",
        raw={
            "sample": series(apps, "rss_mb"),
            "floor": series(floors, "rss_mb"),
            "large": series(larges, "rss_mb"),
        },
    )
    cpu_floor = median(series(floors, "cpu_idle"))
    report.add(
        "CPU time to the first paint",
        median(series(apps, "cpu_window_painted")),
        median(series(floors, "cpu_painted")),
        "s",
        floor_name="bare QMainWindow + label, first paint",
    )
    for name, items in (("sample", apps), ("large", larges)):
        report.add(
            f"CPU time to idle, {name} charter",
            median(series(items, "cpu_idle")),
            cpu_floor,
            "s",
            floor_name="bare QMainWindow + label, idle",
        )
    report.add(
        "peak memory, large charter open",
        median(series(larges, "rss_mb")),
        median(series(floors, "rss_mb")),
        "MB",
        floor_name="bare Qt window",
    )
    return {"imports": import_findings(st, sample)}


HEAVY = (
    "reportlab",
    "cxcharter.export.pdf",
    "pypdf",
    "PIL",
    "numpy",
    "sqlite_utils",
    "click",
    "dateutil",
    "pluggy",
    "hashlib",
)


def import_findings(st: Startup, sample: Path) -> dict:
    """What the app imports before it is idle with the sample open (python -X importtime)."""
    text = st.run("app.py", sample, importtime=True)["importtime"]
    rows = []
    for line in text.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((match[4], int(match[2]), len(match[3]) // 2))
    top_level = sorted(((n, us) for n, us, depth in rows if depth == 0), key=lambda r: -r[1])
    heavy = {name: us / 1000 for name, us, _ in rows if name in HEAVY}
    findings = {
        "reportlab_imported": any(
            n == "reportlab" or n.startswith("reportlab.") for n, _, _ in rows
        ),
        "pdf_module_imported": any(n == "cxcharter.export.pdf" for n, _, _ in rows),
        "heavy_ms": heavy,
        "top_level_ms": {name: us / 1000 for name, us in top_level[:12]},
    }
    print(
        f"  imports before idle: reportlab {'YES' if findings['reportlab_imported'] else 'no'}, "
        f"cxcharter.export.pdf {'YES' if findings['pdf_module_imported'] else 'no'}; "
        f"heavy: {', '.join(f'{k} {v:.0f} ms' for k, v in heavy.items()) or 'none'}",
        flush=True,
    )
    return findings


# ------------------------------------------------------------------ PDF
def bench_pdf(report: Report, runs: int, work: Path) -> dict:
    print("PDF export …", flush=True)
    catalog = load_catalog("en")
    charters = {"sample": build_sample("en", today=TODAY)}
    for factor in (1, 2, 4):
        charters[f"stress {factor}×"] = stress_snapshot(factor)
    medians, sizes = {}, {}
    for name, snapshot in charters.items():
        sizes[name] = size_of(snapshot)

        def app(snapshot=snapshot) -> float:
            start = time.perf_counter()
            export_pdf(snapshot, catalog, work / "app.pdf", created=CREATED)
            return time.perf_counter() - start

        def floor(snapshot=snapshot) -> float:
            start = time.perf_counter()
            floor_pdf(snapshot, catalog, work / "floor.pdf")
            return time.perf_counter() - start

        floors, apps = alternate(runs, floor, app)
        medians[name] = median(apps)
        report.add(
            f"PDF export, {name}",
            median(apps),
            median(floors),
            "s",
            goal="≤ 1.5×",
            limit=1.5,
            floor_name="plain reportlab document, same text",
            raw={"app": apps, "floor": floors, "size": sizes[name]},
        )
    growth = medians["stress 4×"] / medians["stress 1×"]
    report.add(
        "PDF export growth, stress 4× vs 1×",
        medians["stress 4×"],
        medians["stress 1×"],
        "s",
        goal="≤ 4.5×",
        limit=4.5,
        ratio=growth,
        floor_name="the same export at 1×",
    )
    return {"sizes": sizes}


# ------------------------------------------------------------------ edits
def bench_edits(report: Report, work: Path, sample: Path) -> dict:
    print(f"edit latency ({EDITS} edits, alternating with a bare UPDATE) …", flush=True)
    path = work / "edits.cxcharter"
    shutil.copy(sample, path)
    doc = CharterDocument.open(path, actor="Benchmark")
    bare = sqlite3.connect(str(path), timeout=connection.BUSY_TIMEOUT_MS / 1000)
    connection.configure(bare)  # the same pragmas: busy timeout, synchronous FULL …
    bare.execute("PRAGMA journal_mode = DELETE")
    app_ms, floor_ms = [], []
    try:
        for n in range(EDITS):

            def edit(n=n) -> float:
                start = time.perf_counter()
                doc.set_answer_text("vision.statement", f"Benchmark edit {n}")
                return (time.perf_counter() - start) * 1000

            def update(n=n) -> float:
                start = time.perf_counter()
                bare.execute(
                    "UPDATE answers SET text = ? WHERE key = ?",
                    (f"Bare update {n}", "vision.scope"),
                )
                bare.commit()
                return (time.perf_counter() - start) * 1000

            if n % 2 == 0:
                floor_ms.append(update())
                app_ms.append(edit())
            else:
                app_ms.append(edit())
                floor_ms.append(update())
    finally:
        doc.close()
        bare.close()
    p50, p99 = percentile(app_ms, 50), percentile(app_ms, 99)
    f50, f99 = percentile(floor_ms, 50), percentile(floor_ms, 99)
    report.add(
        "edit latency p50 (answer → committed)",
        p50,
        f50,
        "ms",
        floor_name="bare sqlite3 UPDATE + COMMIT, same file and pragmas",
    )
    report.add(
        "edit latency p99 (answer → committed)",
        p99,
        f99,
        "ms",
        goal="p99 ≤ 20 ms",
        floor_name="bare sqlite3 UPDATE + COMMIT, same file and pragmas",
    )
    report.rows[-1]["verdict"] = "PASS" if p99 <= 20 else "WARN"
    return {"edit_ms": app_ms, "bare_ms": floor_ms}


# ------------------------------------------------------------------ main
def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (at least 5)")
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated subset of {', '.join(SECTIONS)}",
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    report, extra = Report(), {}
    print(f"CX Charter benchmarks, {runs} runs per figure; machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="cxcharter-bench-") as tmp:
        work = Path(tmp)
        sample = write_new_file(
            work / "sample.cxcharter", build_sample("en", today=TODAY), actor="Benchmark"
        )
        if "startup" in only:
            # As a German user opens them: the German sample and `sample --size large`.
            german = write_new_file(
                work / "Beispiel.cxcharter", build_sample("de", today=TODAY), actor="Benchmark"
            )
            large = write_new_file(
                work / "large.cxcharter", build_stress("de", "large"), actor="Benchmark"
            )
            extra["startup"] = bench_startup(report, runs, work, german, large)
        if "pdf" in only:
            extra["pdf"] = bench_pdf(report, runs, work)
        if "edit" in only:
            extra["edit"] = bench_edits(report, work, sample)
        if "audit" in only:
            from bench.audit_size import bench_audit

            extra["audit"] = bench_audit(report, work)
    print()
    print(report.table())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        args.out.write_text(
            json.dumps(
                {"machine": machine(), "runs": runs, "figures": report.rows, "details": extra},
                indent=2,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
