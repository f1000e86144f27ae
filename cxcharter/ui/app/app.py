"""Start the window: application identity, translations, style, error safety net."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QSize, QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cxcharter import __version__
from cxcharter.assets import resource
from cxcharter.ui import ask
from cxcharter.ui.i18n import apply_language, tr
from cxcharter.ui.settings import AppSettings
from cxcharter.ui.widgets.focus_ring import install_focus_rings
from cxcharter.ui.widgets.style import apply_style

log = logging.getLogger("cxcharter")

# The window icon from PNGs rendered from cxcharter.svg (tools/window_icons.py): an SVG
# icon loads Qt's SVG library before the first paint (~1.4 MB, a few milliseconds).
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def window_icon_file(size: int) -> Path:
    return resource("icons", f"cxcharter-{size}.png")


def window_icon() -> QIcon:
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(window_icon_file(size)), QSize(size, size))
    return icon


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName("CX Charter")
    app.setOrganizationDomain("cxcharter.invalid")
    app.setApplicationName("cxcharter")
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("CX Charter")
        app.setDesktopFileName("cxcharter")
        app.setWindowIcon(window_icon())


def _excepthook(exc_type, exc, tb) -> None:
    """A bug must never show a traceback to the user or kill their work silently."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(text)
    app = QApplication.instance()
    if app is None:
        return
    try:
        ask.error(
            app.activeWindow(),
            tr("Something went wrong"),
            tr(
                "CX Charter hit an unexpected problem. Your saved work is safe; "
                "the last change may not have been saved."
            ),
            text,
        )
    except Exception:
        pass


def _wait_for_workers() -> None:
    QThreadPool.globalInstance().waitForDone(10000)


def start_window(app: QApplication, path: str | None = None):
    """Language, look and the main window (showing `path` if given), ready for exec()."""
    from cxcharter.ui.app.main_window import MainWindow  # lazy: start-up tests observe it

    configure_application(app)
    settings = AppSettings()
    apply_language(settings.ui_language(), app)
    apply_style(app, settings.color_scheme())
    install_focus_rings(app)  # the keyboard focus is always visible
    # The desktop switched between light and dark: follow it unless a scheme is chosen.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_style(app, AppSettings().color_scheme())
    )
    # A readiness check may still be running when the application quits: let it finish
    # before Qt's objects go, or its result lands on a deleted object (a crash at exit).
    app.aboutToQuit.connect(_wait_for_workers)
    window = MainWindow(path)  # a charter opens once the window has painted
    window.show()
    return window


def collect_when_idle(window) -> None:
    """Resume the cycle collector, paused while the window started (cli.run_window), the
    first time the event loop waits with no charter left to open.

    Start-up makes tens of thousands of objects that live as long as the window (modules,
    classes, Qt's wrappers, the open charter's snapshot); the collector would walk them
    again and again while they are made (measured: ~15 ms of the sample charter's start,
    ~35 ms of the large one's). Once idle, everything alive then is moved out of the
    collector's way (`gc.freeze`); closing that first charter gives its objects back
    (`MainWindow.close_charter`)."""
    if gc.isenabled():
        return
    dispatcher = QAbstractEventDispatcher.instance()

    def resume() -> None:
        if window.opening():
            return
        dispatcher.aboutToBlock.disconnect(resume)
        gc.freeze()
        gc.enable()

    dispatcher.aboutToBlock.connect(resume)


def run_app(path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    sys.excepthook = _excepthook
    window = start_window(app, path)  # kept alive until exec() returns
    collect_when_idle(window)
    return app.exec()
