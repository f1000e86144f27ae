"""Help → How to Write a CX Charter: every section and question with its guidance.

Generated from the question catalog in the UI language, so it always matches the
questions the app asks. All catalog text is escaped before it becomes HTML.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cxcharter.catalog import Catalog, load_catalog
from cxcharter.ui.i18n import current_language, tr


def _paragraphs(text: str) -> str:
    return "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>"
        for part in text.split("\n\n")
        if part.strip()
    )


def howto_html(catalog: Catalog) -> str:
    """The whole guide as (escaped) HTML."""
    title, contents = tr("How to write a CX charter"), tr("Contents")
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        _paragraphs(
            tr(
                "A CX charter answers a few questions every customer-experience team must "
                "agree on. Work through them section by section: each question below comes "
                "with why it matters, what a good answer contains, and an example.\n\n"
                "Give every question an owner and a due date, answer in your own words, "
                "and set the status to “Ready for review” when an answer is done. The "
                "overview shows what is still open."
            )
        ),
        f"<h2>{html.escape(contents)}</h2><ol>",
    ]
    for section in catalog.sections:
        parts.append(
            f'<li><a href="#{html.escape(section.key)}">'
            f"{html.escape(section.title)}</a> — {html.escape(section.question)}</li>"
        )
    parts.append("</ol>")
    required, optional = tr("required"), tr("optional")
    example = tr("Example")
    for number, section in enumerate(catalog.sections, start=1):
        parts.append(
            f'<h2><a name="{html.escape(section.key)}"></a>'
            f"{number}. {html.escape(section.title)}</h2>"
        )
        parts.append(f"<p><b>{html.escape(section.question)}</b></p>")
        parts.append(_paragraphs(section.intro))
        for q_number, question in enumerate(section.questions, start=1):
            kind = required if question.required else optional
            parts.append(
                f"<h3>{number}.{q_number} {html.escape(question.question)} "
                f'<span style="font-weight: normal">({html.escape(kind)})</span></h3>'
            )
            parts.append(_paragraphs(question.guidance))
            if question.example:
                parts.append(
                    f"<blockquote><i>{html.escape(example)}:</i> "
                    f"{html.escape(question.example)}</blockquote>"
                )
    return "\n".join(parts)


class HowToWindow(QDialog):
    """A reading window beside the main window; follows the UI language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("howToWindow")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(760, 720)
        self.browser = QTextBrowser()
        self.browser.setObjectName("howToText")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("How to Write a CX Charter"))
        self.browser.setAccessibleName(tr("How to write a CX charter"))
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(howto_html(load_catalog(current_language())))
        self.browser.verticalScrollBar().setValue(position)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def show_for(cls, parent: QWidget) -> HowToWindow:
        """The one guide of `parent`, opened or brought to the front."""
        window = parent.findChild(cls, "howToWindow")
        if window is None:
            window = cls(parent)
        window.show()
        window.raise_()
        window.activateWindow()
        return window
