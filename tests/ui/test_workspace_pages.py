"""Opening a charter builds only the page shown; the others are built on first visit."""

from __future__ import annotations

from cxcharter.sample import write_sample
from cxcharter.ui.section_page import SectionPage


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
