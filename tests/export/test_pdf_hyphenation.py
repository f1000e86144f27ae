"""The hyphenation dictionary is loaded lazily: once per language, only when needed."""

from __future__ import annotations

import datetime as dt

import pyphen

from cxcharter.catalog import load_catalog
from cxcharter.domain.model import Answer, CharterSnapshot
from cxcharter.export import pdf_text
from cxcharter.export.pdf import export_pdf

CREATED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _count_loads(monkeypatch) -> list[str]:
    loaded: list[str] = []
    real = pyphen.Pyphen

    def spy(*args, **kwargs):
        loaded.append(kwargs.get("lang", ""))
        return real(*args, **kwargs)

    pdf_text.hyphenator.cache_clear()
    pdf_text._hyphenating.cache_clear()
    monkeypatch.setattr(pyphen, "Pyphen", spy)
    return loaded


def test_an_export_whose_words_fit_never_loads_a_dictionary(tmp_path, monkeypatch):
    loaded = _count_loads(monkeypatch)
    snap = CharterSnapshot(
        id="s",
        language="de",
        created_at=CREATED.isoformat(),
        answers={"front.title": Answer("front.title", text="Kurz")},
    )
    export_pdf(snap, load_catalog("de"), tmp_path / "s.pdf", created=CREATED)
    assert loaded == []


def test_the_dictionary_of_a_language_is_loaded_once_per_process(monkeypatch):
    loaded = _count_loads(monkeypatch)
    first = pdf_text.hyphenator("de_DE")
    assert pdf_text.hyphenator("de_DE") is first and pdf_text.hyphenator("") is None
    assert loaded == ["de_DE"]
