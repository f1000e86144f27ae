"""Colours that carry meaning (error, warning, done, accent), light and dark.

Text drawn in one of these colours must stay readable on the palette's base and
window colours: each pair below meets WCAG AA (4.5:1) on Fusion's light palette and
on `style.dark_palette()` (tests/ui/test_colors.py measures it). Fills and dots may
use the same hues; they need 3:1 only.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TINT = "cxTint"  # dynamic property: the colour name a widget's text is drawn in (painted.tint)


def is_dark(app: QApplication | None = None) -> bool:
    """Whether the application's palette is a dark one (text light on dark)."""
    app = app or QApplication.instance()
    palette = app.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# role: (on light, on dark)
ROLES = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5300", "#ffb74d"),
    "ok": ("#276b2b", "#81c784"),
    "accent": ("#1f5f7a", "#7cc3de"),
    "muted": ("#56677a", "#a4b3c2"),
}


def semantic(role: str, dark: bool | None = None) -> QColor:
    """The colour of `role` for the current palette (or for `dark` when given)."""
    light_value, dark_value = ROLES[role]
    use_dark = is_dark() if dark is None else dark
    return QColor(dark_value if use_dark else light_value)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1…21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# Surfaces and the text on them (not on base/window, so not in ROLES): (on light, on dark).
# "#AARRGGBB" is a translucent wash over what lies beneath.
SURFACES = {
    "banner": ("#fff3cd", "#4a3c10"),  # the read-only banner
    "banner-text": ("#5c4400", "#ffe9a8"),
    "banner-border": ("#e6d38f", "#6b5a1f"),
    "guidance": ("#121f5f7a", "#1a7cc3de"),  # the accent, washed out
    "required": ("#38f2a541", "#38f2a541"),  # the "Required" badge
    "required-text": ("#8a4b00", "#ffd08a"),
    "notice": ("#2ef2a541", "#2ef2a541"),  # a banner inside a page (goals)
    "notice-border": ("#73c77700", "#73c77700"),
    "hover": ("#0f1f5f7a", "#0f1f5f7a"),  # a clickable row under the mouse
    "focus": ("#1f1f5f7a", "#1f1f5f7a"),  # the same row with the keyboard focus
    "progress": ("#9cc6d6", "#9cc6d6"),
    "progress-done": ("#a5d6a7", "#a5d6a7"),
}


def surface(name: str, dark: bool | None = None) -> QColor:
    """The colour of surface `name` for the current palette (or for `dark` when given)."""
    light_value, dark_value = SURFACES[name]
    use_dark = is_dark() if dark is None else dark
    return QColor(dark_value if use_dark else light_value)


def colour(name: str, dark: bool | None = None) -> QColor:
    """A meaningful colour or a surface, by name."""
    return semantic(name, dark) if name in ROLES else surface(name, dark)


def apply_tint(widget: QWidget, name: str) -> None:
    """Draw `widget`'s text in colour `name` for the current palette."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, colour(name))
    widget.setPalette(palette)


def retint(app: QApplication) -> None:
    """Colour every tinted widget (painted.tint) for the application's current palette.

    Here, not in painted.py, because apply_style calls it before the window's first
    paint: painted.py imports the widget classes it paints, and importing a Qt class
    builds its Python enums (QFont, QPainter, QListView …: ~27 of them)."""
    for widget in app.allWidgets():
        name = widget.property(TINT)
        if name:
            apply_tint(widget, name)
