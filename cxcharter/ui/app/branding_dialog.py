"""Charter → Branding…: the organisation's logo and accent colour for the PDF.

Each change is saved at once and is one undo step (Edit → Undo after the dialog
closes). The look is presentation, not approved content, so it may be changed
while the charter is in review or approved. A logo file is checked with Qt's
QImageReader before it is read (PNG or JPEG, at most 1 MB and 4000 × 4000
pixels); the store checks it again from its bytes.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcharter.domain import branding
from cxcharter.domain.branding import Look
from cxcharter.ui import ask
from cxcharter.ui.i18n import tr
from cxcharter.ui.widgets.basics import plain_label

LOGO_FILTER = "PNG, JPEG (*.png *.jpg *.jpeg)"
PREVIEW = (220, 80)


def choose_colour(parent: QWidget, current: str) -> str | None:
    """The colour picker; tests replace this function (no real modal in a test)."""
    colour = QColorDialog.getColor(QColor(current), parent, tr("Accent Colour"))
    return colour.name() if colour.isValid() else None


def check_logo_file(path: str) -> str:
    """Why the file at `path` cannot be the logo (translated), or "" when it can."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        return tr("The file cannot be read: {error}").format(error=exc.strerror or exc)
    if size > branding.MAX_LOGO_BYTES:
        return tr("The logo is too big ({size} KB); at most 1024 KB.").format(size=size // 1024)
    reader = QImageReader(path)
    if bytes(reader.format().data()) not in (b"png", b"jpeg", b"jpg"):
        return tr("The logo must be a PNG or JPEG image.")
    dims = reader.size()
    limit = branding.MAX_LOGO_SIDE
    if not (0 < dims.width() <= limit and 0 < dims.height() <= limit):
        return tr(
            "The logo is too large ({width} × {height} pixels); at most {limit} × {limit}."
        ).format(width=dims.width(), height=dims.height(), limit=limit)
    return ""


class BrandingDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Branding"))
        self._build_fields()
        self.problem = plain_label("")
        self.problem.setObjectName("problem")

        form = self._build_form()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                tr(
                    "The logo and the accent colour appear on the PDF's cover and in its page "
                    "headers. They are not part of the approved content: changing them needs no "
                    "new approval and does not change the fingerprint."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self._run("logo", None))
        self.accent.editingFinished.connect(self._accent_typed)
        self.pick.clicked.connect(self._pick)
        self.default.clicked.connect(lambda: self._run("accent", None))
        writable = not session.document.read_only
        for widget in (self.choose_logo, self.remove_logo, self.accent, self.pick, self.default):
            widget.setEnabled(writable)
        self.refresh()

    def _build_fields(self) -> None:
        """The logo's preview and buttons, the accent colour's field, swatch and buttons."""
        self.preview = QLabel()
        self.preview.setObjectName("logo_preview")
        self.preview.setMinimumSize(*PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(tr("Choose &Logo…"))
        self.remove_logo = QPushButton(tr("&Remove Logo"))
        self.accent = QLineEdit()
        self.accent.setObjectName("accent")
        self.accent.setPlaceholderText("#1e5470")
        self.accent.setMaxLength(7)
        self.accent.setMinimumWidth(self.accent.fontMetrics().horizontalAdvance("#1e5470WW") + 12)
        self.accent.setAccessibleName(tr("Accent colour"))
        self.swatch = QLabel()
        self.swatch.setFixedSize(28, 20)
        self.pick = QPushButton(tr("Choose &Colour…"))
        self.default = QPushButton(tr("&Default Colour"))

    def _build_form(self) -> QFormLayout:
        """The logo and the accent colour, each on a labelled row."""
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        accent_row = QHBoxLayout()
        for widget in (self.accent, self.swatch, self.pick, self.default):
            accent_row.addWidget(widget)
        form = QFormLayout()
        logo_label = QLabel(tr("Logo image:"))
        logo_label.setBuddy(self.choose_logo)
        form.addRow(logo_label, self.preview)
        form.addRow("", logo_buttons)
        accent_label = QLabel(tr("&Accent colour:"))
        accent_label.setBuddy(self.accent)
        form.addRow(accent_label, accent_row)
        return form

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        look: Look = self.session.document.look()
        if look.logo:
            image = QImage.fromData(QByteArray(look.logo))
            pixmap = QPixmap.fromImage(image).scaled(
                *PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.preview.setPixmap(pixmap)
            self.preview.setText("")
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("No logo"))
        self.remove_logo.setEnabled(bool(look.logo) and not self.session.document.read_only)
        self.accent.setText(look.accent or "")
        colour = look.accent or "#1e5470"
        self.swatch.setStyleSheet(f"background: {colour}; border: 1px solid palette(mid);")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    # ------------------------------------------------------------ changing
    def _run(self, what: str, value: object) -> bool:
        self.show_problem("")
        if getattr(self.session.document.look(), what) == value:
            return True
        done = self.session.set_look(what, value)
        self.refresh()
        return done

    def _choose_logo(self) -> None:
        path = ask.open_file(self, tr("Choose Logo"), "", LOGO_FILTER)
        if not path:
            return
        problem = check_logo_file(path)
        if not problem:
            try:
                with open(path, "rb") as fh:
                    data = fh.read(branding.MAX_LOGO_BYTES + 1)
            except OSError as exc:
                problem = tr("The file cannot be read: {error}").format(error=exc.strerror or exc)
        if problem:
            self.show_problem(problem)
            return
        self._run("logo", data)

    def _accent_typed(self) -> None:
        value = self.accent.text().strip()
        if not value:
            self._run("accent", None)
        elif branding.check_accent(value) is not None:
            self.show_problem(tr("“{value}” is not a colour like #1f6f8b.").format(value=value))
        else:
            self._run("accent", branding.normal_accent(value))

    def _pick(self) -> None:
        colour = choose_colour(self, self.accent.text() or "#1e5470")
        if colour:
            self._run("accent", colour)


def show_branding(window) -> None:
    """Open the dialog for the window's charter."""
    if window.session is None:
        return
    dialog = BrandingDialog(window.session, window)
    ask.run_dialog(dialog)
