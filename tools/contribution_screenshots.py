"""Screenshots of contribution forms for the README, offscreen, from the sample charter.

    python tools/contribution_screenshots.py                    # German → docs/screenshots
    python tools/contribution_screenshots.py --lang en --out docs/screenshots/en

Makes: the first page of the busiest person's contribution form (contribution-form.png,
with pdftoppm) and File → Import Contribution… with changes to apply and one conflict
(contribution-import.png): the form filled in with pypdf, the scope edited in the
charter meanwhile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args(argv)

    from shot_app import shot_app

    app, scratch, out, _settings = shot_app(args.lang, "cxcharter-contribution-", args.out)

    from contribution_support import fill_pypdf

    from cxcharter.catalog import load_catalog
    from cxcharter.domain.contribution import form_fields
    from cxcharter.export.contribution_form import export_contribution_form
    from cxcharter.sample import write_sample
    from cxcharter.store.document import CharterDocument
    from cxcharter.ui import ask
    from cxcharter.ui.app.main_window import MainWindow

    charter = scratch / "team.cxcharter"
    write_sample(charter, args.lang, actor="Anna Weber")
    doc = CharterDocument.open(charter, actor="Anna Weber")
    snapshot = doc.snapshot()
    catalog = load_catalog(args.lang)
    fields = {p.id: form_fields(catalog, snapshot, p.id, dt.date.today()) for p in snapshot.people}
    person = max(fields, key=lambda pid: (len(fields[pid]), -pid))
    export_contribution_form(doc, person, scratch / "form.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
         str(scratch / "form.pdf"), str(out / "contribution-form")],
        check=True,
    )  # fmt: skip
    print(out / "contribution-form.png")
    values = {}
    by_kind = {f.kind: f for f in reversed(fields[person])}
    answers = [f for f in fields[person] if f.kind == "answer" and f.type == "text"]
    if answers:
        values[answers[0].name] = answers[0].base + (
            "\nDazu neu: die Nordwind-Connect-App." if args.lang == "de" else "\nNew: the app."
        )
    for f in fields[person]:
        if f.kind == "goal" and f.column == "target":
            values[f.name] = "22"
        elif f.kind == "reading" and f.column == "value":
            values[f.name] = "27"
        elif f.kind == "reading" and f.column == "date":
            values[f.name] = "01.12.2026"
    if "initiative" in by_kind:
        values[by_kind["initiative"].name] = (
            "Kunden sehen den Reparaturstatus per SMS und in der App."
            if args.lang == "de"
            else "Customers see the repair status by SMS and in the app."
        )
        doc.update_row(
            "initiative",
            int(by_kind["initiative"].target),
            description=(
                "Reparaturstatus per SMS (geändert von der Leitung)."
                if args.lang == "de"
                else "Repair status by SMS (edited by the lead)."
            ),
        )
    doc.close()
    fill_pypdf(scratch / "form.pdf", scratch / "filled.pdf", values)

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_path(str(charter))
    app.processEvents()

    def grab(dialog) -> bool:
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / "contribution-import.png"))
        print(out / "contribution-import.png")
        dialog.close()
        return False  # nothing imported: this is only the picture

    ask.run_dialog = grab
    ask.error = lambda _p, title, text, detail="": print("error:", title, text, detail)
    ask.open_file = lambda *_a, **_k: str(scratch / "filled.pdf")
    window.act_contribution_import.trigger()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
