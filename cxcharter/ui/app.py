"""Start the window: application identity, translations, style, error safety net."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cxcharter import __version__
from cxcharter.assets import resource

log = logging.getLogger("cxcharter")


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName("CX Charter")
    app.setOrganizationDomain("cxcharter.invalid")
    app.setApplicationName("cxcharter")
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("CX Charter")
        app.setDesktopFileName("cxcharter")
        app.setWindowIcon(QIcon(str(resource("icons", "cxcharter.svg"))))


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list:
    """Qt's own strings in the user's language (our own .qm files join them later)."""
    locale = locale or QLocale()
    translators = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def _excepthook(exc_type, exc, tb) -> None:
    """A bug must never show a traceback to the user or kill their work silently."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(text)
    app = QApplication.instance()
    if app is None:
        return
    from cxcharter.ui import ask

    try:
        ask.error(app.activeWindow(), QCoreApplication.translate("app", "Something went wrong"),
                  QCoreApplication.translate(
                      "app", "CX Charter hit an unexpected problem. Your saved work is safe; "
                      "the last change may not have been saved."), text)
    except Exception:
        pass


def run_app(path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    install_translators(app)
    from cxcharter.ui.style import apply_style

    apply_style(app)
    sys.excepthook = _excepthook
    from cxcharter.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if path:
        window.open_path(path)
    return app.exec()
