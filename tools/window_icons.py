"""Write resources/icons/cxcharter-<size>.png: the window icon rendered from cxcharter.svg.

The window sets its icon from these PNGs: an SVG icon loads Qt's SVG library and its
icon engine before the window's first paint (~1.4 MB of memory and a few milliseconds
of start-up). Run after changing cxcharter.svg; a test says when they are out of step.

    python tools/window_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from cxcharter.assets import resource
from cxcharter.ui.app.app import WINDOW_ICON_SIZES, window_icon_file


def render(size: int) -> QImage:
    """The SVG icon at `size` × `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(resource("icons", "cxcharter.svg"))).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    for size in WINDOW_ICON_SIZES:
        path = window_icon_file(size)
        if not render(size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
