"""The window icon's PNGs are cxcharter.svg rendered (tools/window_icons.py writes them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

from cxcharter.ui.app.app import WINDOW_ICON_SIZES, window_icon, window_icon_file

TOOL = Path(__file__).resolve().parents[2] / "tools" / "window_icons.py"


def _tool():
    spec = importlib.util.spec_from_file_location("window_icons", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_pngs_are_the_svg_rendered(qapp):
    render = _tool().render
    for size in WINDOW_ICON_SIZES:
        stored = QImage(str(window_icon_file(size))).convertToFormat(
            QImage.Format.Format_ARGB32_Premultiplied
        )
        fresh = render(size)
        assert (stored.width(), stored.height()) == (size, size)
        step = max(1, size // 16)
        worst = max(
            abs(a - b)
            for y in range(0, size, step)
            for x in range(0, size, step)
            for a, b in zip(
                stored.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 8, f"cxcharter-{size}.png is out of step: run tools/window_icons.py"


def test_the_window_icon_has_every_size(qapp):
    icon = window_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert sizes == {(n, n) for n in WINDOW_ICON_SIZES}
