"""Column titles stay whole: a section narrower than its title (with room for the sort
arrow) is widened to it when the table is shown and whenever the titles change (another
language). Widths set by the page are kept where they are wide enough."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView

STRETCH = QHeaderView.ResizeMode.Stretch


def fit_titles(header: QHeaderView) -> None:
    """Widen every visible section whose title needs more room than it has."""
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) == STRETCH:
            continue
        need = header.sectionSizeHint(section)
        if header.sectionSize(section) < need:
            header.resizeSection(section, need)


class _TitleKeeper(QObject):
    """Fits the titles when the header is shown and when its model's titles change."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        self.model = None
        header.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            self._follow(self.header.model())
            fit_titles(self.header)
        return False

    def _follow(self, model) -> None:
        if model is self.model:
            return
        if self.model is not None:
            self.model.headerDataChanged.disconnect(self._changed)
        self.model = model
        if model is not None:
            model.headerDataChanged.connect(self._changed)

    def _changed(self, *_args) -> None:
        fit_titles(self.header)


def keep_titles_whole(header: QHeaderView) -> None:
    _TitleKeeper(header)
