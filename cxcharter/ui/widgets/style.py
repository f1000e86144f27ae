"""The application's look: Fusion with a light or dark palette, and no style sheet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from cxcharter.ui.widgets.colors import is_dark as is_dark  # re-exported: style.is_dark
from cxcharter.ui.widgets.colors import retint

# No style sheet on the application: under one, Qt polishes and lays out every widget
# through QStyleSheetStyle, about a quarter of the CPU time of opening a charter.
# Containers paint themselves and text takes its colour from the palette
# (painted.py). The one widget that keeps a sheet of its own is a leaf: the primary
# button (welcome page, "Add person"), the only rounded, filled push button; it has no
# children for the sheet to cascade to. SHEETED lists the object names allowed a sheet in
# the main window. Outside it, the branding dialog's colour swatch keeps a one-line sheet
# (a leaf showing the user's own colour, built only when that dialog opens).
PRIMARY_BUTTON = """
#primaryButton { background: #1f5f7a; color: white; border: none; border-radius: 5px;
                 padding: 6px 16px; font-weight: 600; }
#primaryButton:hover { background: #27728f; }
#primaryButton:focus { outline: 2px solid #f2a541; }
"""
SHEETED = frozenset({"primaryButton"})


def primary_button(button):
    """Make `button` the page's primary action: the accent fill, white bold text."""
    button.setObjectName("primaryButton")
    button.setStyleSheet(PRIMARY_BUTTON)
    return button


def dark_palette() -> QPalette:
    """Fusion's palette for dark mode: calm greys, the app's accent, readable contrast."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: "#26292c",
        role.WindowText: "#e8eaed",
        role.Base: "#1d1f21",
        role.AlternateBase: "#2b2e31",
        role.ToolTipBase: "#33373b",
        role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#a4abb3",
        role.Text: "#e8eaed",
        role.Button: "#30343a",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ffffff",
        role.Light: "#454a50",
        role.Midlight: "#3a3e43",
        role.Mid: "#5a6068",
        role.Dark: "#16181a",
        role.Shadow: "#000000",
        role.Highlight: "#1f6080",
        role.HighlightedText: "#ffffff",
        role.Link: "#7cc3de",
        role.LinkVisited: "#b39ddb",
        role.Accent: "#1f6080",
    }
    for which, value in colours.items():
        palette.setColor(which, QColor(value))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7d848c"))
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette, with a selection colour white text reads on (AA)."""
    palette = QPalette(QStyleFactory.create("Fusion").standardPalette())
    for which in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Accent):
        palette.setColor(which, QColor("#1f6f94"))
    return palette


def wants_dark(app: QApplication, scheme: str) -> bool:
    if scheme in ("light", "dark"):
        return scheme == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication, scheme: str = "system") -> None:
    """Fusion with our palette, light or dark ('system' follows the desktop)."""
    app.setStyle("Fusion")
    dark = wants_dark(app, scheme)
    app.setPalette(dark_palette() if dark else light_palette())
    app.setStyleSheet("")
    # Qt posts the new palette to the widgets; deliver it now, so every widget (and a
    # test) sees the scheme at once, not after the next turn of the event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    retint(app)
