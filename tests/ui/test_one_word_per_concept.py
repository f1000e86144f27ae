"""One word per concept on every page: the visible texts of a page (labels, headers,
buttons, tabs, placeholders) call a touchpoint a touchpoint — never "Kontaktpunkt" —
and keep "Verantwortlich" for the owner, never for a RACI letter (docs/glossary.md)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cxcharter.domain.glossary import term


def visible_texts(root: QWidget) -> list[str]:
    """The words a reader sees on `root` now, apart from the charter's own content."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [
                str(widget.model().headerData(c, widget.orientation()) or "")
                for c in range(widget.count())
                if not widget.isSectionHidden(c)
            ]
        texts.append(widget.toolTip())
    return [re.sub(r"<[^>]+>", " ", t).replace("&", "") for t in texts if t]


# Words the glossary rules out, per language: (pattern, what to write instead).
NOT_OURS = {
    "de": [
        (r"kontaktpunkt", "Touchpoint"),  # so never both on one page
        (r"phase der customer journey", "Journey-Phase"),  # the goal form's word, and the map's
        (
            r"nachverfolgungsdatum|^nachverfolgung$",
            "Nachhalten",
        ),  # a decision's follow-up, as the PDF
        (r"\bzuständig(e|er)?\s*:?$", "Verantwortlich (the owner)"),  # a label, not prose
    ],
    "en": [(r"contact[- ]point", "touchpoint")],
}
RACI_WORDS = {"de": r"verantwortlich", "en": r"\bowner\b"}  # the owner is no RACI letter


def wrong_words(texts: list[str], language: str, *, raci: bool = False) -> list[str]:
    """The texts of one page that break the glossary: a second word for a touchpoint or
    for the owner, or on the RACI matrix the owner's word for a RACI letter."""
    problems = []
    for text in texts:
        for pattern, instead in NOT_OURS[language]:
            if re.search(pattern, text.strip(), re.IGNORECASE):
                problems.append(f"{text!r}: write {instead!r}")
        if raci and re.search(RACI_WORDS[language], text, re.IGNORECASE):
            problems.append(f"{text!r}: the owner's word on the RACI matrix")
    return problems


def test_the_check_finds_a_second_word():
    """The check itself: a page that mixes the words is caught (so the walk can fail)."""
    page = ["Touchpoint", "Neuer Kontaktpunkt: Name, dann Eingabetaste", "Zuständig:"]
    assert len(wrong_words(page, "de")) == 2
    assert wrong_words(["Contact point"], "en")
    assert wrong_words(["Verantwortlich", "R Durchführend"], "de", raci=True)
    assert not wrong_words(["Touchpoints", "Verantwortlich", "wer ist zuständig?"], "de")


def test_the_raci_letters_are_not_the_owner():
    for language in ("de", "en"):  # the owner is never a RACI letter
        legend = " ".join(term(language, f"raci.{letter}") for letter in "RACI")
        assert term(language, "owner").lower() not in legend.lower()


@pytest.fixture(params=["de", "en"])
def sample_window(request, window, tmp_path):
    """The sample charter open in the window, window and charter in one language."""
    from cxcharter.sample import write_sample

    language = request.param
    if language == "de":
        request.getfixturevalue("german")
    window.resize(1280, 800)
    path = write_sample(tmp_path / "Beispiel.cxcharter", language, actor="Anna")
    window.open_path(str(path))
    return window, language


def test_one_word_per_concept_on_every_page(sample_window, every_tab):
    window, language = sample_window
    problems, seen = [], set()
    for page, widget, tab in every_tab(window.workspace):
        raci = page == "roles" and tab is not None and "RACI" in tab
        texts = visible_texts(widget)
        seen.update(texts)
        found = wrong_words(texts, language, raci=raci)
        problems += [f"{page}[{tab}]: {p}" for p in found]
    assert not problems, "\n".join(problems)
    for code in ("touchpoints", "owner", "raci.A"):  # the walk did read the pages
        assert term(language, code) in seen
