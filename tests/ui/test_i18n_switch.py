"""The UI language: follows the desktop, can be overridden, switches live without reopening."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from cxcharter.ui import i18n
from cxcharter.ui.app.workspace import scroll_area
from cxcharter.ui.settings import AppSettings
from cxcharter.ui.widgets.fields import format_date, format_number, format_percent


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Whatever a test switches to, the next test starts in the source language again."""
    yield
    i18n.apply_language("en", qapp)
    QLocale.setDefault(QLocale.system())


def test_system_language_follows_the_desktop(qapp, monkeypatch):
    monkeypatch.setattr(
        i18n, "system_locale", lambda: QLocale(QLocale.Language.German, QLocale.Country.Austria)
    )
    assert i18n.apply_language("system", qapp) == "de"
    assert i18n.tr("&Open…") == "Ö&ffnen …"
    assert QLocale().territory() == QLocale.Country.Austria  # the desktop's own region
    # Qt's own words (standard buttons, file dialogs) are German too.
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    monkeypatch.setattr(
        i18n, "system_locale", lambda: QLocale(QLocale.Language.English, QLocale.Country.Ireland)
    )
    assert i18n.apply_language("system", qapp) == "en"
    assert i18n.tr("&Open…") == "&Open…"
    assert i18n.installed_translators() == []


def test_override_beats_the_desktop(qapp, monkeypatch):
    monkeypatch.setattr(
        i18n,
        "system_locale",
        lambda: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    )
    assert i18n.apply_language("de", qapp) == "de"
    assert QLocale().language() == QLocale.Language.German
    monkeypatch.setattr(
        i18n, "system_locale", lambda: QLocale(QLocale.Language.German, QLocale.Country.Germany)
    )
    assert i18n.apply_language("en", qapp) == "en"
    assert i18n.tr("P&eople") == "P&eople"


def test_dates_numbers_and_percentages_follow_the_ui_locale(qapp):
    day = dt.date(2027, 3, 31)
    i18n.apply_language("de", qapp)
    assert format_date(day) == "31.03.2027"
    assert format_date("2027-03-31") == "31.03.2027"
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234.5) == "1.234,5"
    assert format_percent(0.6) == "60\u00a0%"
    i18n.apply_language("en", qapp)
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert format_date(day, locale) == "31/03/2027"
    assert format_number(1234.5, locale) == "1,234.5"
    assert format_percent(0.6, locale) == "60%"
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert format_date(day, us) == "3/31/2027", "four-digit years everywhere"
    assert format_date("not a date") == "not a date"
    assert format_date(None) == ""


def _open_vision(window, fill_new_dialog):
    fill_new_dialog(title="Live", language="de")
    window.new_charter()
    window.workspace.show_page("vision")
    return window.workspace.pages["vision"]


def test_switching_language_rewords_the_open_window_at_once(window, qtbot, fill_new_dialog):
    vision = _open_vision(window, fill_new_dialog)
    window.session.set_status("vision.statement", "draft")
    card = vision.cards["vision.scope"]
    card.input_widget().setFocus()
    qtbot.waitUntil(lambda: scroll_area(vision).verticalScrollBar().maximum() > 200)
    scroll_area(vision).verticalScrollBar().setValue(200)
    assert window.act_open.text() == "&Open…"
    assert window.workspace.pages["overview"].header.title.text() == "Overview"
    old_workspace = window.workspace

    german = window.menus.language_actions["de"]
    german.trigger()

    qtbot.waitUntil(lambda: window.act_open.text() == "Ö&ffnen …")
    assert AppSettings().ui_language() == "de"
    assert german.isChecked()
    assert window.menus.file_menu.title() == "&Datei"
    assert window.act_undo.text() == "&Rückgängig: Status ändern"  # undo text reworded too
    # Same charter, same page, same scroll position, same question in focus.
    assert window.workspace is not old_workspace and window.session is not None
    assert window.workspace.current_page() == "vision"
    vision = window.workspace.pages["vision"]
    qtbot.waitUntil(lambda: scroll_area(vision).verticalScrollBar().value() == 200)
    assert window.focusWidget() is vision.cards["vision.scope"].input_widget()
    assert window.workspace.pages["overview"].header.title.text() == "Übersicht"
    assert vision.cards["vision.statement"].status.currentText() == "Entwurf"
    nav = window.workspace.model
    assert nav.index(0).data().startswith("Übersicht")
    assert window.save_state.text() == "Alle Änderungen automatisch gespeichert"

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.act_open.text() == "&Open…")
    assert (
        window.workspace.pages["vision"].cards["vision.statement"].status.currentText() == "Draft"
    )


def test_welcome_page_and_later_dialogs_follow_the_switch(window, qtbot):
    window.set_language("de")
    qtbot.waitUntil(lambda: window.welcome.new_button.text() == "&Neue Charta …")
    assert window.welcome.empty_recent.text().startswith("Noch keine")
    assert "Strg+N" in window.welcome.new_button.toolTip()
    from cxcharter.ui.app.new_dialog import NewCharterDialog

    dialog = NewCharterDialog("", window)
    assert dialog.windowTitle() == "Neue Charta"
    assert dialog.language.currentData() == "de", "a new charter's language follows the UI"
    dialog.deleteLater()


def test_the_date_fields_follow_the_ui_locale(window, qtbot, fill_new_dialog):
    vision = _open_vision(window, fill_new_dialog)
    window.session.set_due("vision.statement", "2027-03-31")
    assert vision.cards["vision.statement"].due.text() == "2027-03-31"  # C locale: ISO
    window.set_language("de")
    qtbot.waitUntil(lambda: window.workspace.pages["vision"] is not vision)
    due = window.workspace.pages["vision"].cards["vision.statement"].due
    assert due.date() == QDate(2027, 3, 31)
    assert due.text() == "31.03.2027"


def test_undo_texts_of_rows_follow_a_language_switch(window, qtbot, fill_new_dialog):
    window.set_language("de")
    qtbot.waitUntil(lambda: window.act_open.text() == "Ö&ffnen …")
    fill_new_dialog(title="Live", language="en")
    window.new_charter()
    assert window.session.add_row("criterion", {"name": "Reach"}) is not None
    assert window.act_undo.text() == "&Rückgängig: Eintrag hinzufügen"
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.act_open.text() == "&Open…")
    assert window.act_undo.text() == "&Undo Add entry"
    window.session.undo()
    assert window.act_redo.text() == "&Redo Add entry"
