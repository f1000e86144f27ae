"""Write cxcharter/store/reference_schema.json: the schema after each migration, so opening a
file compares with it instead of building it in memory (run after adding a migration).

    python tools/reference_schema.py            # write it
    python tools/reference_schema.py --check    # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cxcharter.store.schema import REFERENCE_FILE, build_reference_schema, migration_names


def expected() -> str:
    names = migration_names()
    entries = [
        {
            "applied": list(names[:n]),
            "objects": sorted(map(list, build_reference_schema(names[:n]))),
        }
        for n in range(len(names) + 1)
    ]
    return json.dumps(entries, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    text = expected()
    current = REFERENCE_FILE.read_text(encoding="utf-8") if REFERENCE_FILE.exists() else ""
    if args.check:
        if current != text:
            print(f"{REFERENCE_FILE} is out of date: run python tools/reference_schema.py")
            return 1
        print("reference schema is up to date")
        return 0
    REFERENCE_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {REFERENCE_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
