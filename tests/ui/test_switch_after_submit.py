"""Switching the UI language after the pages were rebuilt (a workflow step makes the
workspace anew) rewords every menu: the window's own menus outlive every page."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cxcharter.sample import write_sample
from cxcharter.ui import ask, i18n


def test_the_language_switches_after_a_page_visit_and_a_submit(
    window, qtbot, tmp_path, qapp, monkeypatch
):
    path = write_sample(tmp_path / "sample.cxcharter", "en", actor="Anna Weber")
    window.open_path(str(path))
    workspace = window.workspace
    workspace.show_page("goals")
    workspace.show_page("overview")
    qtbot.waitUntil(lambda: not window.workflow.monitor.pending(), timeout=5000)
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    window.act_submit.trigger()
    assert window.session.read_only
    try:
        window.set_language("de")
        qtbot.waitUntil(lambda: window.act_open.text() == "Ö&ffnen …", timeout=3000)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Datei" in titles and "&Hilfe" in titles
        assert window.menus.file_menu.title() == "&Datei"
        assert window.menus.help_menu.title() == "&Hilfe"
    finally:
        i18n.apply_language("en", qapp)
        QLocale.setDefault(QLocale.system())
