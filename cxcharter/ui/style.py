"""The application's look: one small style sheet on top of the Fusion style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

LIGHT = """
#welcomePanel { background: palette(base); border: 1px solid palette(midlight);
                border-radius: 10px; }
#welcomeTitle { color: #1f5f7a; }
#primaryButton { background: #1f5f7a; color: white; border: none; border-radius: 5px;
                 padding: 6px 16px; font-weight: 600; }
#primaryButton:hover { background: #27728f; }
#primaryButton:focus { outline: 2px solid #f2a541; }
#pageBody { background: palette(window); }
#pageSubtitle, #sectionIntro, #hint { color: palette(placeholder-text); }
#questionCard { background: palette(base); border: 1px solid palette(midlight);
                border-radius: 8px; }
#guidance { background: rgba(31, 95, 122, 0.07); border-left: 3px solid #1f5f7a;
            border-radius: 4px; }
#guidanceHeading { color: #1f5f7a; }
#requiredBadge { color: #8a4b00; background: rgba(242, 165, 65, 0.22); border-radius: 8px;
                 padding: 2px 8px; }
#optionalBadge { color: palette(placeholder-text); border: 1px solid palette(midlight);
                 border-radius: 8px; padding: 2px 8px; }
#answeredMark { color: #2e7d32; font-weight: bold; padding: 0 6px; }
#readOnlyBanner { background: #fff3cd; color: #5c4400; padding: 8px 16px;
                  border-bottom: 1px solid #e6d38f; }
#readOnlyBannerRow { background: #fff3cd; border-bottom: 1px solid #e6d38f; }
#readOnlyBannerRow #readOnlyBanner { border-bottom: none; }
#fieldError { color: #b3261e; }
#navigator { border: none; border-right: 1px solid palette(midlight);
             background: palette(alternate-base); padding: 8px 4px; }
"""

DARK_OVERRIDES = """
#welcomeTitle, #guidanceHeading { color: #7cc3de; }
#guidance { background: rgba(124, 195, 222, 0.10); border-left: 3px solid #7cc3de; }
#requiredBadge { color: #ffd08a; }
#readOnlyBanner { background: #4a3c10; color: #ffe9a8; border-bottom: 1px solid #6b5a1f; }
#readOnlyBannerRow { background: #4a3c10; border-bottom: 1px solid #6b5a1f; }
#readOnlyBannerRow #readOnlyBanner { border-bottom: none; }
#fieldError { color: #ff8a80; }
"""


def is_dark(app: QApplication | None = None) -> bool:
    """Whether the application's palette is a dark one (text light on dark)."""
    app = app or QApplication.instance()
    palette = app.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """Fusion's palette for dark mode: calm greys, the app's accent, readable contrast."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: "#26292c", role.WindowText: "#e8eaed", role.Base: "#1d1f21",
        role.AlternateBase: "#2b2e31", role.ToolTipBase: "#33373b", role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#a4abb3", role.Text: "#e8eaed", role.Button: "#30343a",
        role.ButtonText: "#e8eaed", role.BrightText: "#ffffff", role.Light: "#454a50",
        role.Midlight: "#3a3e43", role.Mid: "#5a6068", role.Dark: "#16181a",
        role.Shadow: "#000000", role.Highlight: "#1f6080", role.HighlightedText: "#ffffff",
        role.Link: "#7cc3de", role.LinkVisited: "#b39ddb", role.Accent: "#1f6080",
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
    """Fusion with our style sheet, light or dark ('system' follows the desktop)."""
    app.setStyle("Fusion")
    dark = wants_dark(app, scheme)
    app.setPalette(dark_palette() if dark else light_palette())
    app.setStyleSheet(LIGHT + (DARK_OVERRIDES if dark else ""))
