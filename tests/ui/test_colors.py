"""Light and dark colour schemes: the setting works and text stays readable in both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyleFactory

from cxcharter.sample import write_sample
from cxcharter.ui.settings import AppSettings
from cxcharter.ui.widgets.colors import ROLES, contrast, semantic
from cxcharter.ui.widgets.style import (
    apply_style,
    dark_palette,
    is_dark,
    light_palette,
)

AA = 4.5  # WCAG AA for normal text


@pytest.fixture
def restore_style(qapp):
    app = qapp
    palette, sheet, style = QPalette(app.palette()), app.styleSheet(), app.style().name()
    yield app
    app.setStyle(QStyleFactory.create(style))
    app.setPalette(palette)
    app.setStyleSheet(sheet)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("role", sorted(ROLES))
def test_meaningful_colours_read_on_base_and_window(role, dark, restore_style):
    palette = dark_palette() if dark else light_palette()
    text = semantic(role, dark=dark)
    for background in (
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Window,
        QPalette.ColorRole.AlternateBase,
    ):
        ratio = contrast(text, palette.color(background))
        assert ratio >= AA, f"{role} on {background.name}: {ratio:.2f}"


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_palettes_own_text_reads(dark, restore_style):
    palette = dark_palette() if dark else light_palette()
    role = QPalette.ColorRole
    for text, background in (
        (role.Text, role.Base),
        (role.WindowText, role.Window),
        (role.ButtonText, role.Button),
        (role.PlaceholderText, role.Base),
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Base),
        (role.ToolTipText, role.ToolTipBase),
    ):
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= AA, f"{text.name} on {background.name}: {ratio:.2f}"


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("white"), QColor("white")) == pytest.approx(1.0)


def test_choosing_dark_and_light_in_the_view_menu(window, restore_style):
    app = restore_style
    window.menus.scheme_actions["dark"].trigger()
    assert is_dark(app)
    assert not app.styleSheet()  # the palette and painted widgets carry the scheme
    assert AppSettings().color_scheme() == "dark"
    assert window.menus.scheme_actions["dark"].isChecked()
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 128

    window.menus.scheme_actions["light"].trigger()
    assert not is_dark(app)
    assert not app.styleSheet()
    assert AppSettings().color_scheme() == "light"


def test_system_follows_the_desktop(restore_style, monkeypatch):
    app = restore_style
    hints = app.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    apply_style(app, "system")
    assert is_dark(app)
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Light)
    apply_style(app, "system")
    assert not is_dark(app)
    apply_style(app, "dark")  # a chosen scheme wins over the desktop
    assert is_dark(app)


def as_colour(value) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    return value if isinstance(value, QColor) else None


def visible_foregrounds(view: QAbstractItemView, base: QColor):
    """(text, colour, background) of the first cells that set their own text colour."""
    model = view.model()
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = min(model.columnCount(root), 40)
    except TypeError:  # a list model
        columns = 1
    rows = min(model.rowCount(root), 40)
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            colour = as_colour(index.data(Qt.ItemDataRole.ForegroundRole))
            if colour is not None:
                background = as_colour(index.data(Qt.ItemDataRole.BackgroundRole))
                yield str(index.data() or ""), colour, background or base


def test_every_table_of_the_sample_reads_in_dark_mode(
    window, restore_style, tmp_path, qtbot, every_tab
):
    """Cells with their own text colour keep AA contrast on the dark base."""
    app = restore_style
    path = tmp_path / "Sample.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    window.set_color_scheme("dark")
    window.open_path(str(path))
    workspace = window.workspace
    checked, problems = 0, []
    base = app.palette().color(QPalette.ColorRole.Base)
    for page, widget, tab in every_tab(workspace):
        for view in widget.findChildren(QAbstractItemView):
            for text, colour, under in visible_foregrounds(view, base):
                checked += 1
                if contrast(colour, under) < AA:
                    problems.append(
                        f"{page}[{tab}] {type(view).__name__}: {text[:40]!r} "
                        f"{colour.name()} on {under.name()} "
                        f"({contrast(colour, under):.2f})"
                    )
    for text, colour, under in visible_foregrounds(workspace.navigator, base):
        checked += 1
        if contrast(colour, under) < AA:
            problems.append(f"navigator: {text!r} {colour.name()} on {under.name()}")
    assert checked > 0, "the sample has coloured cells (e.g. finished sections)"
    assert not problems, "\n".join(problems)
