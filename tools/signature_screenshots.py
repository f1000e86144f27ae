"""Screenshots of signed approvals for the README, offscreen, from the sample charter.

    python tools/signature_screenshots.py                       # English → docs/screenshots/en
    python tools/signature_screenshots.py --lang de --out docs/screenshots

Makes: the Import Review confirmation of a signed copy (signed-import.png), the
Approvers tab with "approvals must be signed" (signed-approvers.png), the History
with a signed and an unsigned decision (signed-history.png) and the PDF's approval
page (pdf-signed-approval.png, with pdftoppm). The approver's certificate is a test
certificate made on the spot (tests/signing.py), signed with pyHanko.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "store"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="en")
    parser.add_argument("--out", default="docs/screenshots/en")
    args = parser.parse_args(argv)

    from shot_app import shot_app

    app, scratch, out, _settings = shot_app(args.lang, "cxcharter-signed-", args.out)

    from PySide6.QtWidgets import QMessageBox
    from ready_file import TODAY, ready_charter
    from signing import Identity, fill, sign

    from cxcharter.export.review_export import export_review_copy
    from cxcharter.store.document import CharterDocument
    from cxcharter.ui import ask
    from cxcharter.ui.app.main_window import MainWindow
    from cxcharter.ui.governance.history_dialog import HistoryDialog

    charter = ready_charter(scratch / "team.cxcharter", args.lang, actor="Anna Weber")
    doc = CharterDocument.open(charter, actor="Anna Weber")
    doc.submit_for_review(today=TODAY)
    export_review_copy(doc, scratch / "review.pdf")
    boss = doc.person(2)
    doc.close()
    filled = fill(
        (scratch / "review.pdf").read_bytes(),
        {
            "cx_approver": "2",
            "cx_decision": "Approved" if args.lang == "en" else "Freigegeben",
            "cx_comment": "Good to go." if args.lang == "en" else "Passt so.",
        },
    )
    root = Identity("Nordwind Root CA", ca=True)
    (scratch / "signed.pdf").write_bytes(
        sign(filled, Identity(boss.name, email=boss.email, issuer=root))
    )

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.open_path(str(charter))
    app.processEvents()

    def grab_confirm(parent, title, text) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.show()
        for _ in range(5):
            app.processEvents()
        box.grab().save(str(out / "signed-import.png"))
        print(out / "signed-import.png")
        box.close()
        return True

    ask.confirm = grab_confirm
    ask.open_file = lambda *_a, **_k: str(scratch / "signed.pdf")
    window.act_review_import.trigger()

    workspace = window.workspace
    workspace.show_page("stakeholders")
    page = workspace.pages["stakeholders"]
    page.tabs.setCurrentIndex(3)
    page.tabs.currentWidget().signature_policy.setChecked(True)
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / "signed-approvers.png"))
    print(out / "signed-approvers.png")

    doc = window.session.document
    doc.set_signatures_required(False)  # the others approve in the window, unsigned
    for person in doc.current_state().awaiting:
        doc.record_decision(person, "approved")
    dialog = HistoryDialog(doc, window.session.catalog, window)
    dialog.resize(1680, 520)  # wide: the "who" column holds the signer
    dialog.show()
    for _ in range(5):
        app.processEvents()
    from PySide6.QtWidgets import QSplitter

    dialog.findChild(QSplitter).setSizes([1220, 440])
    dialog.tree.setColumnWidth(0, 330)
    dialog.tree.setColumnWidth(2, 640)
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out / "signed-history.png"))
    print(out / "signed-history.png")
    dialog.close()
    window.close()

    from cxcharter import cli

    cli.main(["export", str(charter), "-o", str(scratch / "approved.pdf")])
    pages = int(
        subprocess.run(
            ["pdfinfo", str(scratch / "approved.pdf")], capture_output=True, text=True, check=True
        )
        .stdout.split("Pages:")[1]
        .split()[0]
    )
    approval = next(
        n
        for n in range(1, pages + 1)
        if "Signed digitally"
        in subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(scratch / "approved.pdf"), "-"],
            capture_output=True,
            text=True,
        ).stdout.replace("\n", " ")
        or "Digital signiert"
        in subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(scratch / "approved.pdf"), "-"],
            capture_output=True,
            text=True,
        ).stdout
    )
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            str(approval),
            "-l",
            str(approval),
            "-singlefile",
            str(scratch / "approved.pdf"),
            str(out / "pdf-signed-approval"),
        ],
        check=True,
    )
    print(out / "pdf-signed-approval.png")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-singlefile",
            "-f",
            str(_last_page(scratch / "review.pdf")),
            str(scratch / "review.pdf"),
            str(out / "pdf-review-signature"),
        ],
        check=True,
    )
    print(out / "pdf-review-signature.png")
    return 0


def _last_page(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(info.stdout.split("Pages:")[1].split()[0])


if __name__ == "__main__":
    sys.exit(main())
