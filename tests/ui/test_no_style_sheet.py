"""The look without a style sheet: no widget is laid out through Qt's style-sheet style,
and a colour-scheme switch re-colours what is painted and what is tinted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStyleFactory, QWidget

from cxcharter.sample import write_sample
from cxcharter.ui.widgets.colors import semantic, surface
from cxcharter.ui.widgets.style import SHEETED, apply_style, dark_palette, light_palette


@pytest.fixture
def light(qapp):
    palette, sheet, style = QPalette(qapp.palette()), qapp.styleSheet(), qapp.style().name()
    apply_style(qapp, "light")  # as start_window does
    yield qapp
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.fixture
def sample(window, light, tmp_path):
    path = write_sample(tmp_path / "Sample.cxcharter", "en", actor="Anna Weber")
    window.open_path(str(path))
    return window


def test_no_widget_of_an_open_charter_has_a_style_sheet(sample, every_tab):
    workspace = sample.workspace
    seen = 0
    for _page, _widget, _tab in every_tab(workspace):
        seen += 1
    assert seen > 10  # every page and tab was built
    assert sample.findChildren(QLabel, "readOnlyBanner")
    assert light_sheet(sample) == ""
    sheeted = sorted(
        {
            w.objectName() or type(w).__name__
            for w in (sample, *sample.findChildren(QWidget))
            if w.styleSheet() and w.objectName() not in SHEETED
        }
    )
    assert sheeted == []


def light_sheet(window) -> str:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().styleSheet()


def test_a_scheme_switch_recolours_a_painted_panel_and_the_text(sample):
    workspace = sample.workspace
    section = sample.session.catalog.sections[1].key
    workspace.show_page(section)
    page = workspace.pages[section]
    card = next(iter(page.cards.values()))
    intro = page.findChild(QLabel, "sectionIntro")
    heading = card.guidance.findChild(QLabel, "guidanceHeading")

    def seen():
        image = card.guidance.grab().toImage()
        middle = image.height() // 2
        return {
            "bar": image.pixelColor(1, middle).name(),
            "card": card.grab().toImage().pixelColor(card.width() // 2, 3).name(),
            "intro": intro.palette().color(intro.foregroundRole()).name(),
            "heading": heading.palette().color(heading.foregroundRole()).name(),
        }

    before = seen()
    sample.set_color_scheme("dark")
    after = seen()
    sample.set_color_scheme("light")
    again = seen()
    for which, palette, dark, looked in (
        (False, light_palette(), False, before),
        (True, dark_palette(), True, after),
    ):
        assert looked["bar"] == semantic("accent", dark=dark).name(), which
        assert looked["heading"] == semantic("accent", dark=dark).name(), which
        assert looked["card"] == palette.color(QPalette.ColorRole.Base).name(), which
        assert looked["intro"] == palette.color(QPalette.ColorRole.PlaceholderText).name()
    assert all(before[key] != after[key] for key in before)
    assert again == before
    assert surface("banner", dark=True) != surface("banner", dark=False)
