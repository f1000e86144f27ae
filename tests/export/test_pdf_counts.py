"""Every count the PDF prints takes the singular for one and the plural for two.

"1 Einträge", "1 Fragen", "1 questions" were printed before: one charter per case
holds exactly one (or two) of each counted thing — audit entries, questions not yet
ready, goals beyond the brief's table, findings beyond the appendix's list, required
approvals, an initiative's score — and the PDF's text is searched for the phrase.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from types import MappingProxyType

import pypdf
import pytest

from cxcharter.catalog import load_catalog
from cxcharter.domain import readiness
from cxcharter.domain.progress import UNTRACKED_SECTIONS
from cxcharter.export import pdf_approval, pdf_brief
from cxcharter.export.pdf import export_pdf
from cxcharter.export.pdf_doc import PdfGovernance
from cxcharter.export.pdf_labels import LABELS, counted
from cxcharter.sample import build_sample

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

EXPECTED = {
    ("en", 1): [
        "1 entry, with the hash",
        "1 question not yet marked ready by its owner (appendix)",
        "1 question not yet marked ready by its owner is listed below, with its owner",
        "1 more goal in chapter",
        "1 more finding: run",
        "(0 of 1 required approval recorded; still open:",
        "score 1 ",
    ],
    ("en", 2): [
        "2 entries, the newest with the hash",
        "2 questions not yet marked ready by their owners (appendix)",
        "2 questions not yet marked ready by their owners are listed below, with owners",
        "2 more goals in chapter",
        "2 more findings: run",
        "(0 of 2 required approvals recorded; still open:",
        "score 2 ",
    ],
    ("de", 1): [
        "1 Eintrag, mit dem Hash",
        "1 Frage noch nicht als fertig markiert (Anhang)",
        "1 Frage noch nicht als fertig markiert; sie steht unten",
        "1 weiteres Ziel in Kapitel",
        "1 weiterer Befund:",
        "(0 von 1 erforderlichen Freigabe erteilt; offen:",
        "1 Punkt ",
    ],
    ("de", 2): [
        "2 Einträge, der neueste mit dem Hash",
        "2 Fragen noch nicht als fertig markiert (Anhang)",
        "2 Fragen noch nicht als fertig markiert; sie stehen unten",
        "2 weitere Ziele in Kapitel",
        "2 weitere Befunde:",
        "(0 von 2 erforderlichen Freigaben erteilt; offen:",
        "2 Punkte ",
    ],
}
# A one with a plural noun, as printed before.
WRONG = re.compile(
    r"\b1 (entries|questions|more goals|more findings|required approvals|Einträge|Fragen|"
    r"weitere Ziele|weitere Befunde|erforderlichen Freigaben|Punkte)\b"
)


def _replace_rows(snapshot, kind: str, change) -> object:
    rows = dict(snapshot.rows)
    rows[kind] = tuple(
        dataclasses.replace(r, values=MappingProxyType({**r.values, **change(n, r)}))
        for n, r in enumerate(snapshot.rows_of(kind))
    )
    return dataclasses.replace(snapshot, rows=MappingProxyType(rows))


def _charter(language: str, count: int):
    """The sample with `count` of each counted thing."""
    snapshot = build_sample(language, today=dt.date(2026, 11, 1))
    keys = [k for k in snapshot.answers if k.split(".", 1)[0] not in UNTRACKED_SECTIONS]
    answers = {
        key: dataclasses.replace(a, status="draft" if key in keys[:count] else "ready")
        for key, a in snapshot.answers.items()
    }
    snapshot = dataclasses.replace(snapshot, answers=MappingProxyType(answers))
    snapshot = _replace_rows(snapshot, "approver", lambda n, _r: {"required": n < count})
    # impact ÷ effort: every initiative scores exactly `count`
    snapshot = _replace_rows(snapshot, "initiative", lambda _n, _r: {"impact": 2 * count,
                                                                    "effort": 2})  # fmt: skip
    snapshot = _replace_rows(snapshot, "goal", lambda _n, _r: {"owner": None})  # findings
    settings = {**snapshot.settings, "scoring_method": "impact_effort"}
    return dataclasses.replace(snapshot, settings=MappingProxyType(settings))


@pytest.mark.parametrize("count", [1, 2])
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_pdf_counts_one_and_two_in_the_right_form(tmp_path, monkeypatch, language, count):
    snapshot, catalog = _charter(language, count), load_catalog(language)
    found = [
        f
        for f in readiness.check(catalog, snapshot, CREATED.date())
        if f.code not in pdf_approval._LISTED_AS_QUESTIONS
    ]
    assert len(found) > count  # so that `count` of them are left out of the appendix
    monkeypatch.setattr(pdf_approval, "MAX_FINDINGS", len(found) - count)
    monkeypatch.setattr(pdf_brief, "MAX_GOALS", len(snapshot.rows_of("goal")) - count)
    out = tmp_path / "c.pdf"
    export_pdf(
        snapshot,
        catalog,
        out,
        created=CREATED,
        governance=PdfGovernance(chain_head=(count, "ab" * 32)),
    )
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(out).pages).split())
    missing = [phrase for phrase in EXPECTED[language, count] if phrase not in text]
    assert not missing
    assert not WRONG.search(text), WRONG.search(text)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_counted_label_has_both_forms_in_both_languages(language):
    table = LABELS[language]
    ones = [key[: -len(".one")] for key in table if key.endswith(".one")]
    assert {k for k in LABELS["en"] if k.endswith(".one")} == {
        k for k in LABELS["de"] if k.endswith(".one")
    }
    assert "readiness" in ones and "chain_head" in ones
    values = dict(n=1, count=1, answered=0, approved=0, required=1, chapter=4, hash="ab")
    for key in ones:
        assert counted(table, key, 1, **values) == table[f"{key}.one"].format(**values)
        assert counted(table, key, 2, **values) == table[key].format(**values)
        assert counted(table, key, 0, **values) == table[key].format(**values)
