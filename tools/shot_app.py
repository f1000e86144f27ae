"""What every screenshot tool sets up first: an offscreen application with a scratch profile.

`shot_app(lang, prefix, out)` makes the QApplication (offscreen unless QT_QPA_PLATFORM says
otherwise), keeps QSettings and QStandardPaths away from the user's own (a scratch folder),
loads the language and the style the way the app does, remembers "Anna Weber" as the person
who edits, and makes the output folder. Returns (app, scratch folder, output folder,
settings).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def shot_app(lang: str, prefix: str, out: str | Path, scheme: str = "light"):
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from cxcharter.ui.app.app import configure_application
    from cxcharter.ui.i18n import apply_language
    from cxcharter.ui.settings import AppSettings
    from cxcharter.ui.widgets.style import apply_style

    configure_application(app)
    apply_language(lang, app)
    apply_style(app, scheme)
    settings = AppSettings()
    settings.set_actor("Anna Weber")
    settings.set_ui_language(lang)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return app, scratch, out, settings
