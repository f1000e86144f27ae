"""Regenerate the screenshots in docs/ offscreen at 1280×800 from the sample charter.

    python tools/screenshots.py                                  # German, light → docs/screenshots
    python tools/screenshots.py --lang en --out docs/screenshots/en
    python tools/screenshots.py --scheme dark --out docs/screenshots/dark --only main
    python tools/screenshots.py --scale 2 --out docs/screenshots/200 --only main

The sample charter and the window speak the same language (--lang). At --scale 2
the window keeps its 1280×800 layout and the images are 2560×1600, as on a 200 % screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# (file name, page, tab index: 0 is the questions, 1… the structured tabs)
SHOTS = (
    ("section", "vision", 0),
    ("touchpoints", "journey", 1),
    ("goals", "goals", 1),
    ("bodies", "roles", 1),
    ("raci", "roles", 2),
    ("initiatives", "priorities", 1),
    ("priority-matrix", "priorities", 2),
    ("stakeholders", "stakeholders", 1),
    ("approvers", "stakeholders", 3),
    ("meetings", "ways", 1),
    ("people", "people", 0),
)
MAIN = ("overview", "section", "goals", "raci", "priority-matrix", "stakeholders")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument(
        "--only",
        metavar="NAMES",
        help="comma-separated shot names, or 'main' for " + ", ".join(MAIN),
    )
    args = parser.parse_args(argv)
    wanted = (
        None if not args.only else (set(MAIN) if args.only == "main" else set(args.only.split(",")))
    )
    width, height = (int(v) for v in args.size.split("x"))
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from shot_app import shot_app

    app, scratch, out, settings = shot_app(args.lang, "cxcharter-shots-", args.out, args.scheme)

    from cxcharter.sample import write_sample
    from cxcharter.ui.app.main_window import MainWindow

    settings.set_color_scheme(args.scheme)
    name = "Kundenservice-Charta-2027" if args.lang == "de" else "Customer-Service-Charter-2027"
    charter = scratch / f"{name}.cxcharter"
    write_sample(charter, args.lang, actor="Anna Weber")
    other = scratch / "Marketing-CX-Charter.cxcharter"
    write_sample(other, "en", actor="Anna Weber")
    settings.add_recent(other)
    settings.add_recent(charter)

    window = MainWindow()
    window.resize(width, height)
    window.show()
    app.processEvents()

    def shoot(file_name: str) -> None:
        if wanted is not None and file_name not in wanted:
            return
        settle = time.monotonic() + 0.4  # background work (the readiness check) lands, and
        while time.monotonic() < settle:  # the layout it asks for (the status-bar badge)
            app.processEvents()
            time.sleep(0.01)
        window.grab().save(str(out / f"{file_name}.png"))
        print(out / f"{file_name}.png")

    shoot("welcome")
    window.open_path(str(charter))
    shoot("overview")
    workspace = window.workspace
    for file_name, page, tab in SHOTS:
        workspace.show_page(page)
        tabs = getattr(workspace.pages[page], "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(tab)
        shoot(file_name)
    shoot_governance(window, shoot, wanted, out, width, height)
    shoot_first_hour(window, shoot, scratch, args.lang)
    window.close()
    return 0


FIRST_HOUR = ("first-screen", "checklist", "approved")
TEAM = ("Anna Weber", "Jonas Brandt", "Dr. Katrin Hoffmann")


def shoot_first_hour(window, shoot, scratch: Path, language: str) -> None:
    """A new charter just after “Your team” (the checklist's next step first), its Vision
    page beside the checklist, and an approved charter."""
    from PySide6.QtWidgets import QApplication

    from cxcharter.sample import write_sample
    from cxcharter.store.document import CharterDocument

    title = "Kundenservice-Charta 2028" if language == "de" else "Customer Service Charter 2028"
    path = scratch / "first-hour.cxcharter"
    CharterDocument.create(path, title=title, language=language, actor="Anna Weber").close()
    window.open_path(str(path))
    window.session.import_people([{"name": name} for name in TEAM])
    window.workflow.show_panel()
    window.workflow.monitor.refresh_now()
    shoot("first-screen")
    window.session.add_person("Lena Krüger")  # the next step moves on to the questions
    window.workflow.monitor.refresh_now()
    window.workspace.show_page("vision")
    shoot("checklist")
    approved = scratch / "approved.cxcharter"
    write_sample(approved, language, actor="Anna Weber")
    doc = CharterDocument.open(approved, actor="Anna Weber")
    doc.submit_for_review()
    doc.record_decision(2, "approved")
    doc.record_decision(1, "approved")
    doc.close()
    window.open_path(str(approved))
    window.workflow.show_panel()
    monitor = window.workflow.monitor
    deadline = time.monotonic() + 10  # whether the approval holds: the fingerprint's worker
    while (monitor.pending() or monitor.holds is None) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    shoot("approved")


def shoot_governance(window, shoot, wanted, out: Path, width: int, height: int) -> None:
    """The approval panel beside the overview, then the history after two review rounds
    (changes requested, approved) and a first edit of revision 2."""
    from PySide6.QtWidgets import QApplication

    from cxcharter.ui.governance.history_dialog import HistoryDialog

    app = QApplication.instance()
    workspace, workflow = window.workspace, window.workflow
    workspace.show_page("overview")
    workflow.show_panel()
    workflow.monitor.refresh_now()
    shoot("readiness")
    if wanted is not None and "history" not in wanted:
        return
    doc = window.session.document
    goals = (
        "Bitte den Zielwert für den NPS begründen."
        if doc.language == "de"
        else "Please justify the NPS target."
    )
    doc.submit_for_review()
    doc.record_decision(2, "changes_requested", section_comments={"goals": goals})
    doc.set_answer_text(
        "goals.business_link",
        doc.answer("goals.business_link").text
        + (
            " Der NPS-Zielwert folgt dem Branchenbenchmark."
            if doc.language == "de"
            else " The NPS target follows the industry benchmark."
        ),
    )
    doc.submit_for_review()
    doc.record_decision(2, "approved")
    doc.record_decision(1, "approved_with_conditions")
    doc.start_new_revision()
    window.session.set_answer_text(
        "vision.statement", doc.answer("vision.statement").text + " 2028+"
    )
    dialog = HistoryDialog(doc, window.session.catalog, window)
    dialog.resize(width, height)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out / "history.png"))
    print(out / "history.png")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
