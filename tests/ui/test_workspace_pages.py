"""Opening a charter builds only the page shown; the others are built on first visit."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cxcharter.sample import write_sample
from cxcharter.ui.sections.section_page import SectionPage


def test_section_pages_are_built_when_first_shown(window, tmp_path, qtbot):
    path = tmp_path / "Sample.cxcharter"
    write_sample(path, "en", actor="Anna Weber")
    window.act_guidance.setChecked(False)  # a setting later pages must follow
    window.open_path(str(path))
    workspace = window.workspace
    assert workspace.current_page() == "overview"
    assert not [w for w in workspace.pages.values() if isinstance(w, SectionPage)]

    workspace.show_page("goals")
    goals = workspace.pages["goals"]
    assert isinstance(goals, SectionPage)
    assert workspace.stack.currentWidget() is goals
    assert workspace.current_page() == "goals"
    card = next(iter(goals.cards.values()))
    assert not card.guidance.isVisible()
    assert workspace.pages["goals"] is goals, "built once"

    # The order of the stack still follows the navigator after a page was built.
    workspace.step(1)
    following = workspace.model.pages()[workspace.model.pages().index("goals") + 1]
    assert workspace.current_page() == following
    assert workspace.stack.currentWidget() is workspace.pages[following]

    # A jump to a question of a page not built yet builds it and shows the question.
    key = window.session.catalog.section("ways").questions[0].key
    workspace.show_question(key)
    assert workspace.current_page() == "ways"
    assert key in workspace.pages["ways"].cards


def test_tab_titles_with_ampersands_show_it_and_columns_fit_their_headers(german, window, tmp_path):
    path = tmp_path / "Beispiel.cxcharter"
    write_sample(path, "de", actor="Anna Weber")
    window.open_path(str(path))
    workspace = window.workspace
    workspace.show_page("goals")
    tabs = workspace.pages["goals"].tabs
    # "&" would make the next letter a mnemonic and vanish ("Ziele _Kennzahlen").
    assert tabs.tabText(1) == "Ziele && Kennzahlen"
    workspace.show_page("journey")
    workspace.pages["journey"].tabs.setCurrentIndex(1)  # the touchpoints, as a user opens them
    QApplication.processEvents()
    header = workspace.pages["journey"].tabs.widget(1).table.view.horizontalHeader()
    # Every column title shows whole ("Verantwortliche Abteilung" is wider than its start).
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 4, column
