"""The history dialog in German at 1280×800: who recorded which decision reads whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from cxcharter.sample import write_sample
from cxcharter.ui.governance.history_dialog import HistoryDialog


def cells(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            yield model.index(row, column, parent)
        yield from cells(model, model.index(row, 0, parent))


def cut_cells(tree) -> list[str]:
    """Cells whose text does not fit their cell (wrapped, as the tree wraps) and whose
    tooltip does not carry it either."""
    cut = []
    for index in cells(tree.model()):
        text = index.data()
        rect = tree.visualRect(index)
        if not isinstance(text, str) or not text or rect.width() <= 0:
            continue
        room = rect.width() - 12  # the item's text margins
        wrap = int(Qt.TextFlag.TextWordWrap) if tree.wordWrap() else 0
        box = tree.fontMetrics().boundingRect(0, 0, room, 100_000, wrap, text)
        if box.width() <= room and box.height() <= rect.height():
            continue
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if not (isinstance(tip, str) and text in tip):
            cut.append(text)
    return cut


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_history_cell_reads_whole_in_german_at_1280_by_800(german, window, qtbot, tmp_path):
    window.open_path(str(write_sample(tmp_path / "Beispiel.cxcharter", "de", actor="Anna Weber")))
    doc = window.session.document
    doc.submit_for_review()
    doc.record_decision(2, "changes_requested", section_comments={"goals": "Bitte begründen."})
    doc.submit_for_review()
    doc.record_decision(2, "approved")
    doc.record_decision(1, "approved_with_conditions")
    doc.start_new_revision()
    dialog = HistoryDialog(doc, window.session.catalog, window)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    dialog.tree.expandAll()
    QApplication.processEvents()
    assert dialog.tree.model().rowCount() >= 2
    assert not cut_cells(dialog.tree)
    assert dialog.view.width() >= 380  # the content beside it keeps a readable width
    dialog.close()


def test_a_decision_made_by_someone_other_than_the_approver_says_for_whom(window, tmp_path):
    window.open_path(str(write_sample(tmp_path / "sample.cxcharter", "en", actor="Anna Weber")))
    doc = window.session.document
    doc.submit_for_review()
    doc.record_decision(2, "approved", decided_by="Office of the COO")
    dialog = HistoryDialog(doc, window.session.catalog, window)
    decision = dialog.model.item(0).child(0).child(0, 2).text()
    assert decision == "recorded by Anna Weber for Office of the COO; not signed"
    dialog.close()
