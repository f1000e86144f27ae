"""The application's look: one small style sheet on top of the Fusion style."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

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
#fieldError { color: #b3261e; }
#navigator { border: none; border-right: 1px solid palette(midlight);
             background: palette(alternate-base); padding: 8px 4px; }
"""

DARK_OVERRIDES = """
#welcomeTitle, #guidanceHeading { color: #7cc3de; }
#guidance { background: rgba(124, 195, 222, 0.10); border-left: 3px solid #7cc3de; }
#requiredBadge { color: #ffd08a; }
#readOnlyBanner { background: #4a3c10; color: #ffe9a8; border-bottom: 1px solid #6b5a1f; }
#fieldError { color: #ff8a80; }
"""


def is_dark(app: QApplication) -> bool:
    palette = app.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_style(app: QApplication, scheme: str = "system") -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(LIGHT + (DARK_OVERRIDES if is_dark(app) else ""))
