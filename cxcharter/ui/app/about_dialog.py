"""Help → About: version, licences, and where CX Charter keeps its data."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, QSize, QStandardPaths, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import cxcharter
from cxcharter import __version__
from cxcharter.assets import resource
from cxcharter.ui.i18n import tr
from cxcharter.ui.widgets.basics import plain_label, section_font

LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"


def app_licence_text() -> str:
    """The MIT licence of CX Charter: from the checkout, else from the installed wheel."""
    checkout = Path(cxcharter.__file__).resolve().parents[1] / "LICENSE"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    try:
        for file in importlib.metadata.distribution("cxcharter").files or []:
            if file.name == "LICENSE":
                return file.read_text(encoding="utf-8")
    except importlib.metadata.PackageNotFoundError:
        pass
    return "MIT License — Copyright (c) CX Charter developers"


def data_locations() -> list[tuple[str, str]]:
    """(what, where) of everything CX Charter stores outside the charter files."""
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return [
        (tr("Settings"), QSettings().fileName()),
        (tr("Sample charters"), str(Path(data) / "samples")),
        (tr("Application data"), data),
    ]


def _selectable(text: str) -> QLabel:
    label = plain_label(text)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About CX Charter"))
        self.resize(640, 520)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icons", "cxcharter.svg"))).pixmap(QSize(64, 64)))
        name = QLabel("CX Charter")
        name.setFont(section_font(name, 1.8))
        version = _selectable(tr("Version {version}").format(version=__version__))
        version.setObjectName("aboutVersion")
        head_text = QVBoxLayout()
        head_text.addWidget(name)
        head_text.addWidget(version)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), tr("&About"))
        self.tabs.addTab(self._licences_tab(), tr("&Licences"))
        self.tabs.addTab(self._data_tab(), tr("Your &Data"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(
            plain_label(
                tr(
                    "CX Charter guides customer-experience teams through writing their CX charter: "
                    "vision, goals, roles, priorities, stakeholders and approvals, and ways of "
                    "working — one question at a time, with guidance for each."
                )
            )
        )
        box.addWidget(
            plain_label(
                tr(
                    "Built with Qt {qt} and PySide6 {pyside}. PDFs are set in the DejaVu fonts."
                ).format(qt=qVersion(), pyside=PySide6.__version__)
            )
        )
        box.addStretch(1)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        intro = QLabel(
            tr(
                "CX Charter is free software under the MIT licence. It uses Qt and PySide6 under "
                "the GNU Lesser General Public License version 3 "
                '(<a href="{url}">LGPLv3</a>); you may replace them with your own build. The '
                "DejaVu fonts are free fonts under the Bitstream Vera licence."
            ).format(url=LGPL_URL)
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setOpenExternalLinks(True)
        intro.setWordWrap(True)
        self.licences = QPlainTextEdit()
        self.licences.setObjectName("licenceText")
        self.licences.setReadOnly(True)
        self.licences.setAccessibleName(tr("Licence texts"))
        fonts = resource("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
        self.licences.setPlainText(
            "\n\n".join(
                [
                    "CX Charter",
                    app_licence_text().strip(),
                    "—" * 20,
                    f"Qt {qVersion()} / PySide6 {PySide6.__version__}: GNU LGPL v3 ({LGPL_URL})",
                    "—" * 20,
                    fonts.strip(),
                ]
            )
        )
        box.addWidget(intro)
        box.addWidget(self.licences, 1)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(
            plain_label(
                tr(
                    "Each charter is one .cxcharter file, saved where you chose. Besides those, "
                    "CX Charter keeps only its settings (recent files, your name, the view) and "
                    "the sample charters here:"
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.locations: dict[str, QLabel] = {}
        for what, where in data_locations():
            value = _selectable(where)
            value.setAccessibleName(what)
            self.locations[what] = value
            form.addRow(what + ":", value)
        box.addLayout(form)
        box.addStretch(1)
        return page
