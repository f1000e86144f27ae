"""The question catalog: sections and questions, loaded from resources/catalog/.

The structure (keys, answer kinds, required flags) lives once in
`catalog.json`; the words live in `text.<lang>.json`, one file per language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from cxcharter.assets import resource

LANGUAGES = ("en", "de")
ANSWER_KINDS = ("text", "line", "person", "date")


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    section: str
    kind: str
    required: bool
    question: str
    guidance: str
    example: str


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    question: str
    intro: str
    questions: tuple[Question, ...]

    @property
    def required_keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.questions if q.required)


@dataclass(frozen=True, slots=True)
class Catalog:
    language: str
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def question(self, key: str) -> Question:
        return self._questions()[key]

    def has_question(self, key: str) -> bool:
        return key in self._questions()

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    def _questions(self) -> dict[str, Question]:
        return _index(self)


@cache
def _index(catalog: Catalog) -> dict[str, Question]:
    return {q.key: q for s in catalog.sections for q in s.questions}


def _read(name: str) -> dict:
    with resource("catalog", name).open(encoding="utf-8") as fh:
        return json.load(fh)


def load_catalog(language: str) -> Catalog:
    """The catalog in `language` ('en' or 'de'); unknown languages fall back to English."""
    return _load_catalog(language if language in LANGUAGES else "en")


@cache
def _load_catalog(language: str) -> Catalog:
    structure = _read("catalog.json")
    text = _read(f"text.{language}.json")
    sections = []
    for sec in structure["sections"]:
        stext = text["sections"][sec["key"]]
        questions = tuple(
            Question(
                key=q["key"],
                section=sec["key"],
                kind=q["kind"],
                required=bool(q["required"]),
                question=text["questions"][q["key"]]["question"],
                guidance=text["questions"][q["key"]]["guidance"],
                example=text["questions"][q["key"]]["example"],
            )
            for q in sec["questions"]
        )
        sections.append(
            Section(
                key=sec["key"],
                title=stext["title"],
                question=stext["question"],
                intro=stext["intro"],
                questions=questions,
            )
        )
    return Catalog(language=language, sections=tuple(sections))


@cache
def question_kinds() -> dict[str, str]:
    """Every question key and its answer kind, from the structure alone."""
    structure = _read("catalog.json")
    return {q["key"]: q["kind"] for s in structure["sections"] for q in s["questions"]}
