"""A RACI finding reads the same in the window, the command line and the PDF: one table of
words per language in the domain, one table of Qt-translated words in the window, keyed by
the same codes."""

from __future__ import annotations

import pytest

from cxcharter import cli
from cxcharter.domain import readiness, readiness_text
from cxcharter.domain.readiness import Finding, Place
from cxcharter.sample import write_sample
from cxcharter.store.document import CharterDocument
from cxcharter.ui import i18n
from cxcharter.ui.governance import governance_texts
from cxcharter.ui.governance.governance_texts import RACI_TEXT, finding_text, raci_text

PARAMS = {
    "raci.no_activities": {},
    "raci.no_accountable": {"activity": 3, "name": "Report metrics"},
    "raci.many_accountable": {
        "activity": 3,
        "name": "Report metrics",
        "people": (1, 2),
        "count": 2,
        "names": ("Anna Weber", "Jonas Berg"),
    },
    "raci.no_responsible": {"activity": 3, "name": "Report metrics"},
    "raci.person_without_role": {"person": 7, "name": "Idle Ida"},
}
RACI_CODES = {code for code in readiness.SEVERITY if code.startswith("raci.")}


@pytest.fixture(params=["de", "en"])
def language(request, qapp):
    i18n.apply_language(request.param, qapp)
    yield request.param
    i18n.apply_language("en", qapp)


def finding(code: str) -> Finding:
    return Finding(code, Place("roles"), dict(PARAMS[code]))


def test_both_wordings_cover_exactly_the_raci_codes():
    assert set(PARAMS) == RACI_CODES
    assert set(RACI_TEXT) == RACI_CODES
    for language in readiness_text.LANGUAGES:
        words = {c for c in readiness_text.TEXTS[language] if c.startswith("raci.")}
        assert words == RACI_CODES, language


@pytest.mark.parametrize("code", sorted(RACI_CODES))
def test_the_window_says_what_the_command_line_says(language, code):
    said = readiness_text.describe(finding(code), language)
    assert raci_text(code, finding(code).params) == said
    assert finding_text(finding(code)) == governance_texts.sentence(said)
    assert "{" not in said and "'" not in said, said  # worded, no placeholder, no repr
    if language == "de":
        assert said != readiness_text.describe(finding(code), "en")


def test_the_matrix_names_who_is_accountable_twice():
    text = raci_text("raci.many_accountable", PARAMS["raci.many_accountable"])
    assert "Anna Weber, Jonas Berg" in text


def test_a_german_charter_is_checked_in_the_words_of_the_german_window(tmp_path, capsys, qapp):
    path = write_sample(tmp_path / "s.cxcharter", "de", actor="Lea")
    doc = CharterDocument.open(path, actor="Lea")
    try:
        activity = doc.rows("activity")[0]
        for cell in doc.rows("raci"):
            if cell["activity"] == activity.id and cell["role"] == "A":
                doc.remove_row("raci", cell.id)
        name = str(activity["name"])
    finally:
        doc.close()
    cli.main(["check", str(path)])
    out = capsys.readouterr().out
    i18n.apply_language("de", qapp)
    try:
        window = raci_text("raci.no_accountable", {"name": name})
    finally:
        i18n.apply_language("en", qapp)
    assert window.startswith("Aktivität „") and window in out
