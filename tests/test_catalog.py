"""The question catalog and the sample charters: complete, consistent, in both languages."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from functools import cache

import pytest

from cxcharter.assets import resource
from cxcharter.catalog import ANSWER_KINDS, LANGUAGES, load_catalog, question_kinds
from cxcharter.domain.values import STATUSES

MIN_QUESTIONS_PER_SECTION = 4


@cache
def _json(*parts: str) -> dict:
    with resource(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)


def structure() -> dict:
    return _json("catalog", "catalog.json")


def text(language: str) -> dict:
    return _json("catalog", f"text.{language}.json")


def sample(language: str) -> dict:
    return _json("samples", f"sample.{language}.json")


def structure_section_keys() -> list[str]:
    return [s["key"] for s in structure()["sections"]]


def structure_question_keys() -> list[str]:
    return [q["key"] for s in structure()["sections"] for q in s["questions"]]


def _strings(value: object, path: str = ""):
    """Every string inside a JSON value, with where it sits."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{path}/{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{path}/{i}")


# --- the catalog ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_loads_every_section_and_question_in_order(language):
    catalog = load_catalog(language)
    assert catalog.language == language
    assert [s.key for s in catalog.sections] == structure_section_keys()
    assert [q.key for q in catalog.questions] == structure_question_keys()
    kinds = question_kinds()
    for q in catalog.questions:
        assert q.kind == kinds[q.key]
        assert catalog.has_question(q.key)
        assert catalog.question(q.key) == q


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_file_has_exactly_the_catalog_keys(language):
    words = text(language)
    assert words["language"] == language
    assert set(words) == {"language", "sections", "questions"}
    assert list(words["sections"]) == structure_section_keys()
    assert sorted(words["questions"]) == sorted(structure_question_keys())
    for key, section in words["sections"].items():
        assert set(section) == {"title", "question", "intro"}, key
    for key, question in words["questions"].items():
        assert set(question) == {"question", "guidance", "example"}, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_file_has_no_empty_strings(language):
    strings = list(_strings(text(language)))
    assert len(strings) > 100
    blank = [path for path, value in strings if not value.strip()]
    assert blank == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_guidance_is_substantial_and_questions_are_questions(language):
    for q in load_catalog(language).questions:
        words = len(q.guidance.split())
        assert 50 <= words <= 180, (q.key, words)
        assert q.question.rstrip().endswith("?"), q.key
        assert q.question == q.question.strip() and "\n" not in q.question, q.key
    for s in load_catalog(language).sections:
        assert s.question.rstrip().endswith("?"), s.key
        assert len(s.title) <= 30, s.key


def test_every_section_has_enough_questions():
    for section in structure()["sections"]:
        assert len(section["questions"]) >= MIN_QUESTIONS_PER_SECTION, section["key"]


def test_every_kind_is_known_and_required_is_a_flag():
    for key in structure_question_keys():
        assert question_kinds()[key] in ANSWER_KINDS, key
    for section in structure()["sections"]:
        for q in section["questions"]:
            assert isinstance(q["required"], bool), q["key"]
        assert any(q["required"] for q in section["questions"]), section["key"]


def test_keys_are_unique_and_belong_to_their_section():
    sections = Counter(structure_section_keys())
    questions = Counter(structure_question_keys())
    assert [k for k, n in sections.items() if n > 1] == []
    assert [k for k, n in questions.items() if n > 1] == []
    for section in structure()["sections"]:
        for q in section["questions"]:
            assert q["key"].startswith(section["key"] + "."), q["key"]


def test_german_differs_from_english():
    en, de = load_catalog("en"), load_catalog("de")
    for sen, sde in zip(en.sections, de.sections, strict=True):
        assert sen.question != sde.question, sen.key
        assert sen.intro != sde.intro, sen.key
    for qen, qde in zip(en.questions, de.questions, strict=True):
        assert qen.key == qde.key
        assert qen.question != qde.question, qen.key
        assert qen.guidance != qde.guidance, qen.key
        assert qen.example != qde.example, qen.key


def test_german_text_is_written_with_real_umlauts():
    german = " ".join(value for _, value in _strings(text("de")))
    assert any(ch in german for ch in "äöüß")
    for spelled_out in (" fuer ", " ueber ", " koennen ", " muessen ", " Massnahme"):
        assert spelled_out not in german, spelled_out


def test_unknown_language_falls_back_to_english():
    assert load_catalog("fr") == load_catalog("en")


# --- the sample charters --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_answers_every_catalog_question(language):
    data = sample(language)
    assert data["language"] == language
    assert sorted(data["answers"]) == sorted(structure_question_keys())


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_people_are_complete_and_unique(language):
    people = sample(language)["people"]
    assert len(people) >= 10
    for p in people:
        assert set(p) == {"ref", "name", "email", "department", "role"}, p
        assert all(isinstance(v, str) and v.strip() for v in p.values()), p
        assert p["email"].endswith("@nordwind.example"), p
    for field in ("ref", "name", "email"):
        values = [p[field] for p in people]
        assert len(values) == len(set(values)), field


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_refs_statuses_and_dues_are_valid(language):
    data = sample(language)
    refs = {p["ref"] for p in data["people"]}
    for key, answer in data["answers"].items():
        assert answer["owner"] in refs, key
        assert answer["status"] in STATUSES, key
        due = answer["due_in_days"]
        assert due is None or (isinstance(due, int) and not isinstance(due, bool)), key
        if "person" in answer:
            assert answer["person"] in refs, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_answers_fit_their_kind(language):
    kinds = question_kinds()
    refs = {p["ref"] for p in sample(language)["people"]}
    for key, answer in sample(language)["answers"].items():
        kind = kinds[key]
        if kind == "person":
            assert answer.get("person") in refs, key
            assert answer["text"] == "", key
            continue
        assert answer.get("person") is None, key
        assert answer["text"].strip(), key
        if kind == "date":
            assert len(answer["text"]) == 10, key
            dt.date.fromisoformat(answer["text"])  # raises for anything but yyyy-mm-dd
        elif kind == "line":
            assert "\n" not in answer["text"], key
        else:
            assert len(answer["text"].split()) >= 20, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_spreads_ownership_and_status(language):
    answers = sample(language)["answers"].values()
    assert len({a["owner"] for a in answers}) >= 6
    statuses = Counter(a["status"] for a in answers)
    assert statuses["ready"] > 0 and statuses["draft"] > 0
    dues = [a["due_in_days"] for a in answers if a["due_in_days"] is not None]
    assert any(d < 0 for d in dues), "the sample should show overdue answers"
    assert any(d > 0 for d in dues)


def test_samples_have_the_same_people_and_facts_in_both_languages():
    en, de = sample("en"), sample("de")
    people_en = [(p["ref"], p["name"], p["email"]) for p in en["people"]]
    people_de = [(p["ref"], p["name"], p["email"]) for p in de["people"]]
    assert people_en == people_de
    facts = ("owner", "status", "due_in_days", "person")
    for key in structure_question_keys():
        a_en, a_de = en["answers"][key], de["answers"][key]
        assert [a_en.get(f) for f in facts] == [a_de.get(f) for f in facts], key


def test_german_sample_is_not_the_english_one():
    en, de = sample("en"), sample("de")
    kinds = question_kinds()
    for key in structure_question_keys():
        if kinds[key] in ("text", "line"):
            assert en["answers"][key]["text"] != de["answers"][key]["text"], key
    departments_en = {p["department"] for p in en["people"]}
    departments_de = {p["department"] for p in de["people"]}
    assert departments_en != departments_de
