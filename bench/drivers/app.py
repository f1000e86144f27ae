"""The app's real start-up (`cxcharter FILE`), with the window's first paint, the first
paint of the open charter and the moment it starts opening the file marked.

    python app.py FILE

The window class is subclassed only to observe paintEvent and open_path; the start
runs through cxcharter.cli.main exactly as the `cxcharter` command does.
"""

import sys

from common import first_paint, mark

import cxcharter.ui.app.main_window as main_window


class Observed(main_window.MainWindow):
    def paintEvent(self, event):
        mark("window_painted")  # the real window's first paint, whatever it shows
        super().paintEvent(event)
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            first_paint()  # the charter's content is on screen, not the welcome page

    def open_path(self, path):
        mark("open_start")
        return super().open_path(path)


main_window.MainWindow = Observed

from cxcharter.cli import main  # noqa: E402 (after the observer is in place)

sys.exit(main(sys.argv[1:]))
