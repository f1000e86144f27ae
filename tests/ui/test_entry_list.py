"""The overview's lists are as tall as their rows, also after rows, widths or fonts change
(their height is kept between changes, so each change must let it go)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem

from cxcharter.ui.widgets.entry_list import EntryList

LONG = "A question long enough to wrap onto several lines in a narrow column " * 3


def _list(qtbot) -> EntryList:
    view = EntryList(["Question", "Owner"], "Questions")
    qtbot.addWidget(view)
    view.resize(600, 100)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_height_follows_new_rows_and_changed_text(qtbot):
    view = _list(qtbot)
    empty = view.sizeHint().height()
    view.addTopLevelItem(QTreeWidgetItem(["Short", "Anna"]))
    one = view.sizeHint().height()
    assert one > empty
    view.topLevelItem(0).setText(0, LONG)
    assert view.sizeHint().height() > one  # the text wraps now
    view.takeTopLevelItem(0)
    assert view.sizeHint().height() == empty


def test_the_height_follows_a_narrower_column_and_expanded_rows(qtbot):
    view = _list(qtbot)
    parent = QTreeWidgetItem([LONG, "Anna"])
    parent.addChild(QTreeWidgetItem(["Child", "Ben"]))
    view.addTopLevelItem(parent)
    wide = view.sizeHint().height()
    view.resize(250, 100)
    qtbot.waitUntil(lambda: view.sizeHint().height() > wide)
    narrow = view.sizeHint().height()
    parent.setExpanded(True)
    assert view.sizeHint().height() > narrow


def test_a_bigger_font_makes_the_list_taller(qtbot):
    view = _list(qtbot)
    view.addTopLevelItem(QTreeWidgetItem([LONG, "Anna"]))
    before = view.sizeHint().height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.sizeHint().height() > before
