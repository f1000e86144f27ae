"""Owner · status · due in one compact line under a question; the front matter has none;
the Vision page fits beside the approval panel without scrolling sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cxcharter.sample import write_sample


def open_sample(window, tmp_path, qtbot):
    window.resize(1280, 800)
    path = write_sample(tmp_path / "s.cxcharter", "de", actor="Anna Weber")
    window.open_path(str(path))
    return window.workspace


def test_front_matter_has_no_tracking_and_the_others_one_line(window, tmp_path, qtbot, german):
    workspace = open_sample(window, tmp_path, qtbot)
    workspace.show_page("front")
    front = workspace.pages["front"]
    for card in front.cards.values():
        assert not card.tracking.isVisibleTo(card), card.question.key
    workspace.show_page("vision")
    vision = workspace.pages["vision"]
    qtbot.waitUntil(lambda: all(c.isVisible() for c in vision.cards.values()))
    for card in vision.cards.values():
        line = card.tracking
        assert line.isVisibleTo(card)
        rows = {w.geometry().center().y() for w in (card.owner, card.status, card.due)}
        assert len(rows) == 1, "owner, status and due in one line"
        assert line.height() <= 2 * card.owner.sizeHint().height()


def test_the_vision_page_fits_beside_the_approval_panel(window, tmp_path, qtbot, german):
    workspace = open_sample(window, tmp_path, qtbot)
    window.workflow.show_panel()
    workspace.show_page("vision")
    page = workspace.pages["vision"]
    qtbot.waitUntil(lambda: page.isVisible())
    bar = page.scroll.horizontalScrollBar()
    QApplication.processEvents()  # the layout settles
    assert bar.maximum() == 0, f"scrolls sideways by {bar.maximum()} px"
    for card in page.cards.values():
        assert card.minimumSizeHint().width() <= page.scroll.viewport().width()
