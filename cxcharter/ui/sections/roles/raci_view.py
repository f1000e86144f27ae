"""The RACI matrix view: letters from the keyboard and the mouse, readable headers.

Columns are people, their names drawn upwards so 14 or 100 of them fit;
rows are activities, named in the vertical header (it stays put while the
cells scroll), with a red marker where a rule is broken. Typing R, A, C or I
sets the selected cells, Delete clears them, a click cycles one cell through
R → A → C → I → nothing and the context menu offers all four.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain.entities import RACI_ROLES
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.sections.roles.activity_names import BADGE_ROOM, name_lines, name_metrics
from cxcharter.ui.sections.roles.raci_model import (
    PROBLEM_COLOUR,
    ROLE_COLOURS,
    RaciMatrixModel,
    role_colours,
)
from cxcharter.ui.tables.roles import Role
from cxcharter.ui.widgets.basics import plain_label
from cxcharter.ui.widgets.colors import semantic
from cxcharter.ui.widgets.labels import choice_label
from cxcharter.ui.widgets.painted import Badge, bold

CELL_SIZE = 30
ROW_HEIGHT = 26
KEYS_HINT = QT_TR_NOOP(
    "Type R, A, C or I · Delete clears · click cycles · right-click to choose"
)  # the legend's hint and the matrix's accessible description


def popup(menu: QMenu, where: QPoint) -> None:
    """Show a menu without blocking (tests replace this: offscreen has no popups)."""
    menu.popup(where)


def _header_background(header: QHeaderView, painter: QPainter, rect: QRect, logical: int) -> None:
    """The style's own section background and frame, without text."""
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, logical)
    option.rect = rect
    option.text = ""
    header.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, header)


def _is_current(header: QHeaderView, logical: int) -> bool:
    selection = header.selectionModel()
    if selection is None:
        return False
    current = selection.currentIndex()
    if not current.isValid():
        return False
    vertical = header.orientation() == Qt.Orientation.Vertical
    return (current.row() if vertical else current.column()) == logical


class PersonHeader(QHeaderView):
    """People's names written upwards; the full name and role in the tooltip."""

    MAX_HEIGHT = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultSectionSize(CELL_SIZE)
        self.setMinimumSectionSize(24)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:
        model = self.model()
        metrics = self.fontMetrics()
        widest = 60
        if model is not None:
            bold = QFont(self.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            for column in range(model.columnCount()):
                name = model.headerData(column, Qt.Orientation.Horizontal) or ""
                widest = max(widest, metrics.horizontalAdvance(name))
        return QSize(self.length(), min(widest + 18, self.MAX_HEIGHT))

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid() or self.model() is None:
            return
        painter.save()
        _header_background(self, painter, rect, logical)
        name = str(self.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        font = QFont(self.font())
        current = _is_current(self, logical)
        font.setBold(current)
        painter.setFont(font)
        painter.setPen(semantic("accent") if current else self.palette().buttonText().color())
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        area = QRect(8, 0, rect.height() - 14, rect.width())
        text = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()


class ActivityHeader(QHeaderView):
    """Activity names; a red bar and ⚠ where the activity breaks a RACI rule."""

    MIN_WIDTH, MAX_WIDTH = 180, 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setDefaultSectionSize(ROW_HEIGHT)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._width = self.MIN_WIDTH

    def update_width(self) -> None:
        model = self.model()
        metrics = self.fontMetrics()
        widest = 0
        if model is not None:
            for row in range(model.rowCount()):
                name = model.headerData(row, Qt.Orientation.Vertical) or ""
                widest = max(widest, metrics.horizontalAdvance(name))
        self._width = max(self.MIN_WIDTH, min(widest + 40, self.MAX_WIDTH))
        self.updateGeometry()
        self.fit_rows()

    def fit_rows(self) -> None:
        """A name too long for one line makes its row two lines tall (no ellipsis)."""
        model = self.model()
        if model is None:
            return
        metrics = name_metrics(self)
        two = max(ROW_HEIGHT, 2 * metrics.lineSpacing() + 6)
        for row in range(model.rowCount()):
            name = str(model.headerData(row, Qt.Orientation.Vertical) or "")
            badge = model.headerData(row, Qt.Orientation.Vertical, Role.PROBLEMS)
            room = self._width - 8 - 6 - (BADGE_ROOM if badge else 0)
            height = ROW_HEIGHT if metrics.horizontalAdvance(name) <= room else two
            if self.sectionSize(row) != height:
                self.resizeSection(row, height)

    def sizeHint(self) -> QSize:
        return QSize(self._width, self.length())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        model = self.model()
        if not rect.isValid() or model is None:
            return
        painter.save()
        _header_background(self, painter, rect, logical)
        left = rect.left() + 8
        if model.headerData(logical, Qt.Orientation.Vertical, Role.PROBLEMS):
            red = QColor(PROBLEM_COLOUR)
            painter.fillRect(QRect(rect.left(), rect.top() + 1, 4, rect.height() - 2), red)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            size = 16
            badge = QRect(left, rect.center().y() - size // 2 + 1, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(red)
            painter.drawEllipse(badge)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QPen(QColor("#ffffff")))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), "!")
            left += size + 6
        name = str(model.headerData(logical, Qt.Orientation.Vertical) or "")
        font = QFont(self.font())
        current = _is_current(self, logical)
        font.setBold(current)
        painter.setFont(font)
        painter.setPen(semantic("accent") if current else self.palette().buttonText().color())
        area = QRect(left, rect.top(), rect.right() - 6 - left, rect.height())
        metrics = painter.fontMetrics()
        lines = name_lines(metrics, name, area.width())
        if len(lines) > 1 and area.height() < 2 * metrics.lineSpacing():
            lines = [metrics.elidedText(name, Qt.TextElideMode.ElideRight, area.width())]
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "\n".join(lines)
        )
        painter.restore()


class RaciCellDelegate(QStyledItemDelegate):
    """A letter on its colour; a selected cell keeps its colour and gets a frame.

    Painting asks the matrix model directly (no role dispatch through Qt): a
    screen of a 100-person matrix is a few hundred cells per scroll step.
    """

    SELECTED = QStyle.StateFlag.State_Selected
    CENTRE = int(Qt.AlignmentFlag.AlignCenter)

    def __init__(self, matrix: RaciMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = matrix
        self._white = QPen(QColor("#ffffff"), 1)

    def paint(self, painter: QPainter, option, index) -> None:
        letter = self.matrix.role(index.row(), index.column())
        colours = role_colours(letter)
        rect = option.rect
        selected = bool(option.state & self.SELECTED)
        if not colours and not selected:
            return  # an empty cell: the view's background and grid are all there is
        highlight = option.palette.highlight().color()
        painter.save()
        if colours:
            painter.fillRect(rect, colours[0])
            painter.setPen(colours[1])
            painter.setFont(option.font)
            painter.drawText(rect, self.CENTRE, letter)
        else:
            tint = QColor(highlight)
            tint.setAlpha(70)
            painter.fillRect(rect, tint)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            if colours:
                painter.setPen(self._white)
                painter.drawRect(rect.adjusted(2, 2, -3, -3))
        painter.restore()


class RaciView(QTableView):
    """The matrix: R, A, C, I and Delete on the keyboard, click to cycle, menu to choose."""

    moveRequested = Signal(int)  # -1 up, +1 down (Ctrl+Up / Ctrl+Down)
    renameRequested = Signal(int)  # the row (F2 or a double-click on its name)

    def __init__(self, model: RaciMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corner = plain_label(tr("People →\nActivities ↓"), wrap=False, object_name="hint")
        self.corner.setParent(self)
        self.corner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.corner.setContentsMargins(8, 0, 0, 6)
        self.corner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setHorizontalHeader(PersonHeader(self))
        self.setVerticalHeader(ActivityHeader(self))
        self.setModel(model)
        self.setItemDelegate(RaciCellDelegate(model, self))
        self.matrix = model
        self.menu: QMenu | None = None
        self._pressed = None
        self._names: tuple[str, ...] | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        normal, bold = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        self.setFont(bold)  # the letters; the names stay in the normal weight
        self.verticalHeader().setFont(normal)
        self.horizontalHeader().setFont(normal)
        self.corner.setFont(normal)  # a child: it would take the letters' weight
        self.verticalHeader().sectionDoubleClicked.connect(self.renameRequested)
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.headerDataChanged,
        ):
            signal.connect(self._names_changed)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._names_changed()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        frame = self.frameWidth()
        self.corner.setGeometry(
            frame, frame, self.verticalHeader().width(), self.horizontalHeader().height()
        )
        self.corner.setVisible(self.verticalHeader().width() > 0)
        self.corner.raise_()

    def _names_changed(self, *_args) -> None:
        names = tuple(self.matrix.activity_names())
        if names != self._names:  # not for a change of problems only
            self._names = names
            self.verticalHeader().update_width()
            self.updateGeometries()
        else:  # a badge came or went: a name may need a second line, or no more
            self.verticalHeader().fit_rows()

    def _current_changed(self, *_args) -> None:
        self.horizontalHeader().viewport().update()
        self.verticalHeader().viewport().update()

    def keyboardSearch(self, search: str) -> None:
        """Letters set roles here; they never jump to another cell."""

    # ------------------------------------------------------------ editing
    def target_spots(self) -> list[tuple[int, int]]:
        """The selected cells, or the current one when it is not among them."""
        current = self.currentIndex()
        selected = self.selectionModel().selectedIndexes()
        if current.isValid() and current not in selected:
            return [(current.row(), current.column())]
        return sorted((i.row(), i.column()) for i in selected)

    def apply(self, letter: str | None) -> bool:
        spots = self.target_spots()
        return bool(spots) and self.matrix.set_roles(spots, letter)

    def cycle(self, index) -> bool:
        if not index.isValid():
            return False
        letter = self.matrix.next_role(index.row(), index.column())
        return self.matrix.set_role(index.row(), index.column(), letter)

    def keyPressEvent(self, event) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        letter = event.text().upper()
        if plain and letter in RACI_ROLES:
            self.apply(letter)
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.apply(None)
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Space:
            self.cycle(self.currentIndex())
        elif modifiers == Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif modifiers == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_F2:
            if self.currentIndex().isValid():
                self.renameRequested.emit(self.currentIndex().row())
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            self.open_menu(self.currentIndex())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event) -> None:
        plain = (
            event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        )
        self._pressed = self.indexAt(event.position().toPoint()) if plain else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        if (
            pressed is not None
            and pressed.isValid()
            and event.button() == Qt.MouseButton.LeftButton
            and self.indexAt(event.position().toPoint()) == pressed
        ):
            self.cycle(pressed)

    def contextMenuEvent(self, event) -> None:
        if event.reason() == event.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid() and index not in self.selectionModel().selectedIndexes():
                self.setCurrentIndex(index)
        else:
            index = self.currentIndex()
        self.open_menu(index, event.globalPos() if event.reason() == event.Reason.Mouse else None)

    def open_menu(self, index, where: QPoint | None = None) -> QMenu | None:
        """The four roles and Clear for the selected cells (not modal)."""
        if not index.isValid() or self.matrix.session.read_only:
            return None
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        menu = QMenu(self)
        menu.setAccessibleName(tr("Set the role"))
        group = QActionGroup(menu)
        current = self.matrix.role(index.row(), index.column())
        for letter in RACI_ROLES:
            action = QAction(f"{letter}  {choice_label(letter)}", menu)
            action.setShortcut(QKeySequence(letter))
            action.setCheckable(True)
            action.setChecked(letter == current)
            action.setData(letter)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, x=letter: self.apply(x))
            menu.addAction(action)
        menu.addSeparator()
        clear = QAction(tr("Clear"), menu)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        clear.setEnabled(current is not None or len(self.target_spots()) > 1)
        clear.triggered.connect(lambda: self.apply(None))
        menu.addAction(clear)
        if where is None:
            rect = self.visualRect(index)
            where = self.viewport().mapToGlobal(rect.bottomLeft())
        self.menu = menu
        popup(menu, where)
        return menu


class Legend(QWidget):
    """What the colours mean (the four letters on one line) and, under them, the marker
    and how to set a letter: narrow enough beside the approval panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(6)
        lines.addLayout(row)
        for letter in RACI_ROLES:
            fill, text = ROLE_COLOURS[letter]
            chip = bold(Badge(letter, fill, None, radius=3), QFont.Weight.DemiBold)
            chip.setContentsMargins(0, 0, 0, 0)
            palette = chip.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
            chip.setPalette(palette)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setFixedSize(22, 20)
            row.addWidget(chip)
            row.addWidget(plain_label(choice_label(letter), wrap=False))
            row.addSpacing(8)
        marker = bold(Badge("!", PROBLEM_COLOUR, None, radius=9))
        marker.setContentsMargins(0, 0, 0, 0)
        palette = marker.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        marker.setPalette(palette)
        marker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        marker.setFixedSize(18, 18)
        row.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(6)
        lines.addLayout(row)
        row.addWidget(marker)
        row.addWidget(plain_label(tr("Needs attention"), wrap=False))
        row.addSpacing(16)
        self.hint = plain_label(tr_marked(KEYS_HINT), object_name="hint")
        row.addWidget(self.hint, 1)
