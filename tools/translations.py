"""Update the Qt Linguist sources from the code and compile them (run after changing UI text).

    python tools/translations.py            # lupdate → resources/translations/*.ts, lrelease → *.qm
    python tools/translations.py --check    # exit 1 if a .ts is out of date or unfinished

English is the source language and needs no file. The compiled .qm files are
committed (see CONTRIBUTING.md), so an installed app needs no Qt tools.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "cxcharter" / "ui").rglob("*.py"))
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de",)


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease beside this Python, else on PATH."""
    for candidate in (Path(sys.executable).with_name(name), shutil.which(name)):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"{name} not found: pip install PySide6-Essentials")


def ts_file(language: str) -> Path:
    return FOLDER / f"cxcharter_{language}.ts"


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, SOURCES),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            "-target-language",
            ts.stem.split("_")[-1],
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
        text=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-removeidentical", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def messages(ts: Path) -> set[tuple[str, str]]:
    """(source, disambiguation) of every message, locations left out."""
    text = ts.read_text(encoding="utf-8")
    found = set()
    for block in re.findall(r"<message[^>]*>(.*?)</message>", text, re.S):
        source = re.search(r"<source>(.*?)</source>", block, re.S)
        comment = re.search(r"<comment>(.*?)</comment>", block, re.S)
        found.add((source.group(1) if source else "", comment.group(1) if comment else ""))
    return found


def check() -> list[str]:
    problems = []
    for language in LANGUAGES:
        ts = ts_file(language)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh)
            if messages(fresh) != messages(ts):
                problems.append(f"{ts.name} is out of date: run python tools/translations.py")
            qm = Path(tmp) / ts.with_suffix(".qm").name
            lrelease(ts, qm)
            if qm.read_bytes() != ts.with_suffix(".qm").read_bytes():
                problems.append(f"{ts.with_suffix('.qm').name} is not compiled from {ts.name}")
        if 'type="unfinished"' in ts.read_text(encoding="utf-8"):
            problems.append(f"{ts.name} has unfinished translations")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are up to date")
        return 1 if problems else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
