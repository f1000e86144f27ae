"""Canonical JSON: byte-identical round trips, strict loading that names the field."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxcharter.catalog import question_kinds
from cxcharter.domain import canonical_load as interchange
from cxcharter.domain.canonical_load import InterchangeError, dumps, from_json_dict, loads
from cxcharter.domain.entities import KINDS
from cxcharter.domain.model import Answer, CharterSnapshot, Person
from cxcharter.store.document import CharterDocument, write_new_file
from cxcharter.store.errors import InvalidValue

ROOT = Path(__file__).resolve().parents[2]
ACTOR = "tester"
KEY = "vision.statement"


@pytest.fixture
def doc(tmp_path):
    document = CharterDocument.create(
        tmp_path / "c.cxcharter", title="Charta", language="de", actor=ACTOR
    )
    yield document
    document.close()


def filled(doc) -> CharterSnapshot:
    anna = doc.add_person("Anna Schmidt", "anna@example.com", "Service", "Leitung")
    ben = doc.add_person("Ben Wolf", department="IT")
    doc.set_answer_person("front.charter_owner", anna)
    doc.set_answer_text(KEY, "Jeder Kontakt fühlt sich leicht an.")
    doc.set_owner(KEY, ben)
    doc.set_status(KEY, "draft")
    doc.set_due(KEY, "2026-12-15")
    doc.set_answer_text("goals.metrics", "NPS von 12 auf 30\nCES ≤ 2,0")
    return doc.snapshot()


def store_and_reload(snapshot: CharterSnapshot, path: Path) -> CharterSnapshot:
    write_new_file(path, snapshot, actor=ACTOR)
    again = CharterDocument.open(path, actor=ACTOR, read_only=True)
    try:
        return again.snapshot()
    finally:
        again.close()


# ------------------------------------------------------------- dumping
def test_shape_and_order():
    snapshot = CharterSnapshot(
        id="0b5c0a8e-2f59-4d43-9a43-0c5b9c6f4f10",
        language="en",
        created_at="2026-11-23T09:00:00+00:00",
        people=(Person(2, "Zoe"), Person(1, "Adam", "a@x.org", "Sales", "Rep")),
        answers=MappingProxyType(
            {
                "vision.statement": Answer("vision.statement", "v", owner=2, status="ready"),
                "front.title": Answer("front.title", "T", due="2026-12-15"),
            }
        ),
    )
    data = interchange.to_json_dict(snapshot)
    settings, content = data.pop("settings"), data.pop("content")
    assert settings["scoring_method"] == "impact_effort"
    assert set(content) == {k.table for k in KINDS.values()}
    assert all(rows == [] for rows in content.values())
    assert data == {
        "format": "cxcharter",
        "format_version": 1,
        "charter": {"id": snapshot.id, "language": "en", "created_at": "2026-11-23T09:00:00+00:00"},
        "people": [
            {"id": 1, "name": "Adam", "email": "a@x.org", "department": "Sales", "role": "Rep"},
            {"id": 2, "name": "Zoe", "email": "", "department": "", "role": ""},
        ],
        "answers": [
            {
                "key": "front.title",
                "text": "T",
                "person": None,
                "owner": None,
                "status": "not_started",
                "due": "2026-12-15",
            },
            {
                "key": "vision.statement",
                "text": "v",
                "person": None,
                "owner": 2,
                "status": "ready",
                "due": None,
            },
        ],
    }
    text = dumps(snapshot)
    full = interchange.to_json_dict(snapshot)
    assert text == json.dumps(full, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_round_trip_is_byte_identical(doc, tmp_path):
    snapshot = filled(doc)
    first = dumps(snapshot)
    loaded = loads(first)
    assert loaded == snapshot
    assert dumps(loaded) == first
    # … and through a new charter file too.
    assert dumps(store_and_reload(loaded, tmp_path / "again.cxcharter")) == first


def test_non_ascii_is_written_as_itself(doc):
    doc.set_answer_text(KEY, "Größe ✓")
    text = dumps(doc.snapshot())
    assert "Größe ✓" in text and "\\u00f6" not in text


def test_loading_accepts_bytes_a_bom_and_hand_written_defaults(doc):
    text = dumps(filled(doc))
    assert loads(text.encode("utf-8")) == loads(text)
    assert loads("\ufeff" + text) == loads(text)
    short = {
        "format": "cxcharter",
        "format_version": 1,
        "charter": {
            "id": "0B5C0A8E-2F59-4D43-9A43-0C5B9C6F4F10",
            "language": "en",
            "created_at": "2026-11-23T09:00:00+01:00",
        },
        "people": [{"id": 3, "name": "Ada"}],
        "answers": [{"key": "front.title", "text": "Hi"}, {"key": KEY, "owner": 3}],
    }
    snapshot = from_json_dict(short)
    assert snapshot.id == "0b5c0a8e-2f59-4d43-9a43-0c5b9c6f4f10"
    assert snapshot.people == (Person(3, "Ada"),)
    assert snapshot.answer("front.title") == Answer("front.title", "Hi")
    assert snapshot.answer(KEY).owner == 3


def test_the_documented_example_is_canonical_and_valid():
    doc_text = (ROOT / "docs" / "json-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", doc_text, re.S).group(1)
    assert dumps(loads(example)) == example


# ------------------------------------------------------------- loading
def base() -> dict:
    return {
        "format": "cxcharter",
        "format_version": 1,
        "charter": {
            "id": "0b5c0a8e-2f59-4d43-9a43-0c5b9c6f4f10",
            "language": "de",
            "created_at": "2026-11-23T09:00:00+00:00",
        },
        "people": [
            {"id": 1, "name": "Anna", "email": "", "department": "Service", "role": ""},
            {"id": 2, "name": "Ben", "email": "", "department": "IT", "role": ""},
            {"id": 3, "name": "Cem", "email": "", "department": "Vertrieb", "role": ""},
        ],
        "answers": [
            {
                "key": "front.title",
                "text": "T",
                "person": None,
                "owner": 1,
                "status": "draft",
                "due": None,
            },
            {
                "key": "front.charter_owner",
                "text": "",
                "person": 2,
                "owner": 1,
                "status": "ready",
                "due": "2026-12-15",
            },
            {
                "key": "goals.metrics",
                "text": "NPS",
                "person": None,
                "owner": None,
                "status": "not_started",
                "due": None,
            },
            {"key": KEY, "text": "V", "person": None, "owner": 3, "status": "draft", "due": None},
        ],
    }


def test_the_base_document_is_valid():
    assert len(from_json_dict(base()).answers) == 4


def _set(path: str, value):
    """A mutation of base(): set (or with ... delete) the value at a dotted path."""

    def mutate(data):
        parts = re.findall(r"[^.\[\]]+", path)
        target = data
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
        if value is ...:
            del target[last]
        else:
            target[last] = value
        return data

    return mutate


def _dup_person(data):
    data["people"][2]["id"] = 1
    return data


def _dup_answer(data):
    data["answers"][3]["key"] = "front.title"
    return data


BAD = [
    (
        _set("answers[3].status", "done"),
        "answers[3].status: unknown status 'done' (use not_started, draft or ready)",
    ),
    (_set("people[2].name", "   "), "people[2].name: a person needs a name"),
    (_set("people[2].name", ...), "people[2].name: is missing"),
    (_set("charter.language", "fr"), "charter.language: unknown language 'fr' (use en or de)"),
    (_set("charter.language", None), "charter.language: must be text, not null"),
    (_set("answers[2].key", "goals.colour"), "answers[2].key: there is no question 'goals.colour'"),
    (_set("answers[2].key", ...), "answers[2].key: is missing"),
    (_dup_answer, "answers[3].key: duplicate answer for 'front.title'"),
    (_dup_person, "people[2].id: duplicate id 1"),
    (_set("answers[0].owner", 7), "answers[0].owner: there is no person with id 7"),
    (_set("answers[1].person", 9), "answers[1].person: there is no person with id 9"),
    (_set("answers[0].owner", True), "answers[0].owner: must be a whole number"),
    (_set("people[0].id", True), "people[0].id: must be a whole number"),
    (_set("people[0].id", "1"), "people[0].id: must be a whole number"),
    (_set("people[0].id", 1.0), "people[0].id: must be a whole number"),
    (_set("people[0].id", 0), "people[0].id: 0 is out of range"),
    (_set("people[0].id", 2**63), "people[0].id:"),
    (_set("people[1].email", 5), "people[1].email: must be text"),
    (_set("people[1].role", "x" * 2001), "people[1].role: is too long"),
    (_set("people[1].phone", "+49"), "people[1].phone: unknown field"),
    (_set("answers[0].colour", "red"), "answers[0].colour: unknown field"),
    (_set("charter.title", "T"), "charter.title: unknown field"),
    (_set("extra", {}), "extra: unknown field"),
    (_set("people", ...), "people: is missing"),
    (_set("charter", ...), "charter: is missing"),
    (_set("people", {}), "people: must be a list"),
    (_set("answers[1]", "front.title"), "answers[1]: must be an object"),
    (_set("charter", []), "charter: must be an object"),
    (_set("answers[2].text", 5), "answers[2].text: must be text"),
    (_set("answers[2].text", "a\x00b"), "answers[2].text: contains a NUL character"),
    (_set("answers[2].text", "a\ud800b"), "answers[2].text: contains an unpaired surrogate"),
    (_set("answers[2].due", "15.12.2026"), "answers[2].due: '15.12.2026' is not a date"),
    (
        _set("answers[2].due", 20261215),
        "answers[2].due: must be a date as text (yyyy-mm-dd) or null, not a number",
    ),
    (_set("answers[2].status", None), "answers[2].status: must be text, not null"),
    (_set("charter.id", "not-a-uuid"), "charter.id: 'not-a-uuid' is not a UUID"),
    (_set("charter.created_at", "gestern"), "charter.created_at: 'gestern' is not a date"),
    (_set("charter.created_at", "2026-11-23T09:00:00"), "charter.created_at:"),
    (_set("format", "vcard"), "format: 'vcard' is not a CX Charter document"),
    (_set("format", ...), "format: is missing"),
    (
        _set("format_version", 2),
        "format_version: format_version 2 is newer than this CX Charter understands",
    ),
    (_set("format_version", "1"), "format_version: must be a whole number"),
    (_set("format_version", True), "format_version: must be a whole number"),
    (_set("format_version", 0), "format_version: unknown format_version 0"),
]


@pytest.mark.parametrize(("mutate", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_data_is_refused_naming_the_field(mutate, message):
    data = mutate(copy.deepcopy(base()))
    with pytest.raises(InterchangeError) as info:
        from_json_dict(data)
    assert str(info.value).startswith(message), str(info.value)
    assert info.value.field == message.split(":")[0]
    assert info.value.code == "invalid_json"
    assert isinstance(info.value, InvalidValue)
    assert "\n" not in str(info.value)
    # The same through text: loads and from_json_dict agree.
    if "\ud800" not in json.dumps(data):
        with pytest.raises(InterchangeError, match=re.escape(message)):
            loads(json.dumps(data))


@pytest.mark.parametrize("data", [[], "cxcharter", None, 1])
def test_the_top_level_must_be_an_object(data):
    with pytest.raises(InterchangeError, match="must be an object"):
        from_json_dict(data)


BAD_TEXT = [
    ("{", "invalid JSON at line 1, column 2"),
    ('{\n  "format": "cxcharter",\n  oops\n}', "invalid JSON at line 3, column 3"),
    ("", "invalid JSON at line 1, column 1"),
    ('{"format": "cxcharter", "format": "x"}', "format: appears twice"),
    ('{"format_version": NaN}', "NaN is not a valid JSON number"),
    (b'{"format": "caf\xe9"}', "not UTF-8"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
]


@pytest.mark.parametrize(("text", "message"), BAD_TEXT, ids=[m for _, m in BAD_TEXT])
def test_broken_json_text_is_refused_with_line_and_column(text, message):
    with pytest.raises(InterchangeError, match=re.escape(message)):
        loads(text)


# ------------------------------------------------------- hostile text
HOSTILE_TEXT = {
    "emoji": "Kund:innen 👩🏽‍💻🎉 lieben 🇩🇪 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "arabic": "رؤيتنا: تجربة عملاء سهلة",
    "hebrew with marks": "\u200fחזון: חוויית לקוח \u202bטובה\u202c",
    "markup": "<b>fett</b> & <img src='/etc/passwd'/> AT&T a<b>c &amp; &#x3C;",
    "combining": "e\u0301\u0308 A\u030a Z\u0335\u0321\u0322",
    "control characters": "".join(chr(c) for c in range(1, 32)) + "\x7f\x85\u2028\u2029",
    "line endings": "a\r\nb\rc\n\n",
    "json look-alike": '{"format": "cxcharter"}\\"\\u0000',
    "one megabyte": ("Größe ✓ " * 125_000)[:1_000_000],
}


@pytest.mark.parametrize("name", list(HOSTILE_TEXT))
def test_hostile_text_survives_store_dump_load_dump(doc, tmp_path, name):
    text = HOSTILE_TEXT[name]
    doc.set_answer_text(KEY, text)
    short = text[:2000]
    person = doc.add_person(short if short.strip() else "x" + short, role=short)
    doc.set_owner(KEY, person)
    first = dumps(doc.snapshot())

    loaded = loads(first)
    assert loaded.answer(KEY).text == text
    assert loaded.person(person).role == short
    again = store_and_reload(loaded, tmp_path / "again.cxcharter")
    assert again.answer(KEY).text == text
    assert dumps(again) == first


@settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00")))
def test_any_text_round_trips(doc, text):
    doc.set_answer_text(KEY, text)
    snapshot = doc.snapshot()
    dumped = dumps(snapshot)
    assert loads(dumped) == snapshot
    assert loads(dumped).answer(KEY).text == text


def test_every_catalog_question_can_be_exchanged(doc):
    for i, key in enumerate(sorted(question_kinds())):
        doc.set_answer_text(key, f"Antwort {i}")
    snapshot = doc.snapshot()
    assert set(snapshot.answers) == set(question_kinds())
    assert loads(dumps(snapshot)) == snapshot
