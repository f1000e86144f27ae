"""The look changes colours, never sizes: the light and the dark scheme (and Qt's own
Fusion before the app's style) ask for the same room on every page of the German sample.

So the fit checks (test_i18n_fit.py), which run with the light scheme as the app applies
it, hold for the dark one too.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from cxcharter.sample import write_sample
from cxcharter.ui.widgets.style import apply_style

# What the fit checks measure: the widgets that show words (a container's hints follow
# theirs, and which pages were built so far).
WORDS = (QAbstractButton, QAbstractSpinBox, QComboBox, QHeaderView, QLabel, QLineEdit, QTabBar)


def asked_room(root: QWidget) -> dict[int, tuple]:
    """What each visible widget of `root` that shows words asks for: its size hints (a
    header: each section's too), by widget."""
    asked = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, WORDS) or not widget.isVisibleTo(root):
            continue
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        entry = (
            f"{type(widget).__name__}({widget.objectName()}) {text[:40]!r}",
            widget.sizeHint().toTuple(),
            widget.minimumSizeHint().toTuple(),
        )
        if isinstance(widget, QHeaderView):
            entry += tuple(widget.sectionSizeHint(c) for c in range(widget.count()))
        asked[shiboken6.getCppPointer(widget)[0]] = entry
    return asked


def differences(first: dict[int, tuple], second: dict[int, tuple]) -> list[str]:
    """Widgets, with the same words in both, that ask for other sizes (a text that
    changed in between, such as the readiness summary when its check ends, is left out)."""
    return [
        f"{first[key][0]}: {first[key][1:]} != {second[key][1:]}"
        for key in first
        if key in second and first[key][0] == second[key][0] and first[key] != second[key]
    ]


def test_the_colour_scheme_changes_no_size(
    styled, german, window, qapp, qtbot, tmp_path, every_tab
):
    window.resize(1280, 800)
    window.showNormal()
    window.open_path(str(write_sample(tmp_path / "Beispiel.cxcharter", "de", actor="Anna")))
    window.workflow.show_panel()
    fusion = qapp.style().name()

    def walk() -> dict[str, dict[int, tuple]]:
        seen = {}
        for page, _widget, tab in every_tab(window.workspace):
            qtbot.wait(1)  # the page's layout settles
            seen[f"{page}[{tab}]"] = asked_room(window)
        return seen

    light = walk()
    apply_style(qapp, "dark")
    dark = walk()
    qapp.setStyle(fusion)  # Qt's own Fusion and palette: what the fit checks saw before
    qapp.setPalette(qapp.style().standardPalette())
    plain = walk()
    assert len(light) > 10 and all(len(asked) > 10 for asked in light.values())
    problems = []
    for where, asked in light.items():
        problems += [f"{where} dark: {d}" for d in differences(asked, dark[where])]
        problems += [f"{where} unstyled: {d}" for d in differences(asked, plain[where])]
    assert not problems, "the look changes a size:\n" + "\n".join(problems)
