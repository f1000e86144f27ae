"""Regenerate the README's screenshots offscreen at 1280×800 from the sample charter.

    python tools/screenshots.py [--lang de|en] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    scratch = Path(tempfile.mkdtemp(prefix="cxcharter-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from cxcharter.sample import write_sample
    from cxcharter.ui.app import configure_application
    from cxcharter.ui.main_window import MainWindow
    from cxcharter.ui.settings import AppSettings
    from cxcharter.ui.style import apply_style

    configure_application(app)
    apply_style(app)
    settings = AppSettings()
    settings.set_actor("Anna Weber")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    charter = scratch / "Kundenservice-Charta-2027.cxcharter"
    write_sample(charter, args.lang, actor="Anna Weber")
    other = scratch / "Marketing-CX-Charter.cxcharter"
    write_sample(other, "en", actor="Anna Weber")
    settings.add_recent(other)
    settings.add_recent(charter)

    window = MainWindow()
    window.resize(width, height)
    window.show()
    app.processEvents()

    def shoot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    shoot("welcome")
    window.open_path(str(charter))
    shoot("overview")
    window.workspace.show_page("vision")
    shoot("section")
    window.workspace.show_page("people")
    shoot("people")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
