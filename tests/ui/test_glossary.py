"""One vocabulary and one colour code: the window and the PDF read the same glossary."""

from __future__ import annotations

import colorsys

import pytest

from cxcharter.assets import resource
from cxcharter.domain import glossary
from cxcharter.domain.entities import RACI_ROLES
from cxcharter.domain.scoring import QUADRANTS
from cxcharter.export import pdf_content, pdf_content_labels, pdf_labels
from cxcharter.export.pdf_charts import QUADRANT_TINT
from cxcharter.ui import i18n
from cxcharter.ui.sections.priorities import priority_matrix
from cxcharter.ui.sections.priorities.priority_texts import quadrant_name
from cxcharter.ui.sections.roles import raci_model
from cxcharter.ui.widgets.labels import choice_label


@pytest.fixture(params=["de", "en"])
def language(request, qapp):
    i18n.apply_language(request.param, qapp)
    yield request.param
    i18n.apply_language("en", qapp)


def test_raci_letters_quadrants_touchpoints_and_owner_are_named_alike(language):
    pdf = pdf_labels.labels(language)
    for letter in RACI_ROLES:
        word = glossary.term(language, f"raci.{letter}")
        assert choice_label(letter) == word
        assert f"{letter} {word}" in glossary.raci_legend(language)  # the PDF's legend
    for key in QUADRANTS:
        assert quadrant_name(key) == pdf[key] == glossary.term(language, f"quadrants.{key}")
        assert quadrant_name(key, plural=False) == glossary.term(language, f"quadrant.{key}")
    for code in ("touchpoint", "touchpoints"):
        assert pdf_content_labels.text(language, code) == glossary.term(language, code)
    assert i18n.tr("Touchpoints") == glossary.term(language, "touchpoints")
    assert (
        i18n.tr("Owner")
        == pdf["owner"]
        == pdf_content_labels.text(language, "owner")
        == glossary.term(language, "owner")
    )
    # The A of RACI never reads like the owner of a question.
    assert glossary.term(language, "raci.A").casefold() != pdf["owner"].casefold()


def test_german_says_touchpoint_only():
    german = resource("translations/cxcharter_de.ts").read_text(encoding="utf-8")
    assert "Kontaktpunkt" not in german


def _hue(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


def test_raci_and_quadrant_colours_are_the_same_in_window_and_pdf():
    for letter, (fill, text, tint) in glossary.RACI_COLOURS.items():
        assert raci_model.ROLE_COLOURS[letter] == (fill, text)
        assert pdf_content.RACI_COLOURS[letter] == tint
        assert abs(_hue(fill) - _hue(tint)) < 12, letter  # the print tint keeps the hue
    for key, (hue, tint) in glossary.QUADRANT_COLOURS.items():
        assert priority_matrix.HUES[key].name() == hue and QUADRANT_TINT[key] == tint


def test_the_german_guidance_names_the_raci_roles_with_the_same_words():
    guidance = resource("catalog/text.de.json").read_text(encoding="utf-8")
    assert "Accountable" not in guidance and "Kontaktpunkt" not in guidance
    for letter in RACI_ROLES:
        assert f"{letter} {glossary.term('de', f'raci.{letter}')}" in guidance
