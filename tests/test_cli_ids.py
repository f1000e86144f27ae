"""Ids `load` accepts end at 2**53 - 1 (exact in every JSON reader), for people and every
list with ids; a list whose ids are used up says so, never "the disk is full"."""

from __future__ import annotations

import json
import sqlite3

import pytest

from cxcharter import cli
from cxcharter.domain import error_text, values
from cxcharter.sample import write_sample
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument

LOCALES = {"en": "en_GB.UTF-8", "de": "de_DE.UTF-8"}
LARGEST = 2**53 - 1


@pytest.fixture
def charter_json(tmp_path) -> dict:
    sample = write_sample(tmp_path / "s.cxcharter", "en", actor="Lea")
    assert cli.main(["dump", str(sample), "-o", str(tmp_path / "s.json")]) == 0
    return json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))


def _with_person(data: dict, person_id: int) -> dict:
    data["people"].append(
        {"id": person_id, "name": "Max", "email": "", "department": "", "role": ""}
    )
    return data


def _with_activity(data: dict, activity_id: int) -> dict:
    data["content"]["activities"].append({"id": activity_id, "name": "A", "position": 99})
    return data


def _load(tmp_path, data: dict, name: str = "x.cxcharter") -> int:
    (tmp_path / "in.json").write_text(json.dumps(data), encoding="utf-8")
    return cli.main(["load", str(tmp_path / "in.json"), str(tmp_path / name), "--force"])


def test_the_largest_id_is_exact_in_json():
    assert values.MAX_ID == LARGEST == int(float(LARGEST))


@pytest.mark.parametrize("add", [_with_person, _with_activity])
@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "9007199254740992 is out"), ("de", "9007199254740992 liegt außerhalb von 1")],
)
def test_load_refuses_an_id_beyond_two_to_the_53(
    tmp_path, monkeypatch, capsys, charter_json, add, language, words
):
    monkeypatch.setenv("LC_ALL", LOCALES[language])
    capsys.readouterr()
    assert _load(tmp_path, add(charter_json, LARGEST + 1)) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and words in err and str(LARGEST) in err, err
    assert not (tmp_path / "x.cxcharter").exists()


@pytest.mark.parametrize("add", [_with_person, _with_activity])
def test_a_list_at_the_largest_id_takes_no_new_row_and_says_why(tmp_path, charter_json, add):
    assert _load(tmp_path, add(charter_json, LARGEST)) == 0
    doc = CharterDocument.open(tmp_path / "x.cxcharter", actor="t")
    try:
        with pytest.raises(errors.IdsExhausted) as info:
            if add is _with_person:
                doc.add_person("Mia")
            else:
                doc.add_row("activity", {"name": "B"})
        before = doc.snapshot()
    finally:
        doc.close()
    assert max(p.id for p in before.people) <= LARGEST
    said = {lang: error_text.error_text(info.value, lang) for lang in ("en", "de")}
    assert "ids of its list are used up" in said["en"] and "disk" not in said["en"]
    assert "Nummern ihrer Liste sind aufgebraucht" in said["de"], said


def test_sqlites_own_end_of_ids_is_not_a_full_disk(tmp_path, charter_json):
    """AUTOINCREMENT at 2**63 - 1 (a file changed by hand) fails with SQLITE_FULL."""
    assert _load(tmp_path, charter_json) == 0
    path = tmp_path / "x.cxcharter"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'people'")
    conn.close()
    doc = CharterDocument.open(path, actor="t")
    try:
        with pytest.raises(errors.IdsExhausted), doc._write() as db:
            db.conn.execute("INSERT INTO people (name) VALUES ('Mia')")
        with pytest.raises(errors.IdsExhausted):
            doc.add_person("Mia")
    finally:
        doc.close()
