"""Every number that reaches the store is finite and inside its field's range.

`1e400` read as Infinity used to be stored, then dumped as `Infinity`, which no
load accepts: a charter submitted for review with it could not be withdrawn,
decided, exported, dumped or verified any more. Now each path in (store API,
`load`, hence the window and the review import, which all go through the store)
refuses it with a message that names the field, and changes nothing.
"""

from __future__ import annotations

import json
import math

import pytest
from reliability_support import ACTOR, sample_charter

from cxcharter import cli
from cxcharter.domain.entities import KINDS, bounds
from cxcharter.domain.values import MAX_INT, MAX_POSITION, MAX_REAL
from cxcharter.store import errors
from cxcharter.store.document import CharterDocument

BAD = [math.inf, -math.inf, math.nan, 10**5000, 2**70, -(2**70)]


@pytest.fixture
def doc(tmp_path):
    opened = CharterDocument.open(sample_charter(tmp_path / "team.cxcharter"), actor=ACTOR)
    yield opened
    opened.close()


@pytest.mark.parametrize("value", BAD, ids=["inf", "-inf", "nan", "10**5000", "2**70", "-2**70"])
@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("goal", "baseline"),
        ("reading", "value"),
        ("initiative", "reach"),
        ("initiative", "pinned_rank"),
        ("stakeholder", "interest"),
        ("custom_metric", "high"),
    ],
)
def test_the_store_refuses_every_number_out_of_range(doc, kind, name, value):
    before = doc.snapshot()
    row = doc.rows(kind)[0]
    with pytest.raises(errors.InvalidValue) as info:
        doc.update_row(kind, row.id, **{name: value})
    assert info.value.field == name and len(str(info.value)) < 200
    with pytest.raises(errors.InvalidValue):
        doc.add_row(kind, {**dict(row.values), name: value})
    assert doc.snapshot() == before


def test_a_rows_position_and_a_link_score_are_checked_too(doc):
    before = doc.snapshot()
    with pytest.raises(errors.InvalidValue) as info:
        doc.add_row("activity", {"name": "Weit weg"}, position=2**70)
    assert info.value.field == "position"
    initiative, criterion = doc.rows("initiative")[0].id, doc.rows("criterion")[0].id
    with pytest.raises(errors.InvalidValue) as info:
        doc.set_link(
            "criterion_score",
            {"initiative": initiative, "criterion": criterion},
            {"score": math.inf},
        )
    assert info.value.field == "score"
    assert doc.snapshot() == before


def test_the_limits_themselves_are_stored_and_survive_dump_load_and_review(doc, tmp_path):
    goal = doc.rows("goal")[0].id
    doc.update_row("goal", goal, baseline=-MAX_REAL, target=MAX_REAL)
    doc.update_row("initiative", doc.rows("initiative")[0].id, pinned_rank=MAX_INT)
    doc.add_row("activity", {"name": "Ganz hinten"}, position=MAX_POSITION)
    text = tmp_path / "team.json"
    assert cli.main(["dump", str(doc.path), "-o", str(text)]) == 0
    assert cli.main(["load", str(text), str(tmp_path / "copy.cxcharter")]) == 0
    again = tmp_path / "again.json"
    assert cli.main(["dump", str(tmp_path / "copy.cxcharter"), "-o", str(again)]) == 0
    assert again.read_bytes() == text.read_bytes()
    assert "Infinity" not in text.read_text("utf-8")


def _goal_json(tmp_path, **change) -> str:
    path = sample_charter(tmp_path / "source.cxcharter")
    out = tmp_path / "source.json"
    assert cli.main(["dump", str(path), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    data = json.loads(text)
    goal = data["content"]["goals"][0]
    marker = "987654321987654321"
    for name in change:
        goal[name] = marker + name
    text = json.dumps(data)
    for name, raw in change.items():  # raw JSON number text, as a hand-edited file has it
        text = text.replace(f'"{marker}{name}"', raw)
    bad = tmp_path / "bad.json"
    bad.write_text(text, "utf-8")
    return str(bad)


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        ("baseline", "1e400"),
        ("baseline", "-1e400"),
        ("target", "1" + "0" * 5000),
        ("baseline", "1e16"),
        ("position", str(2**70)),
        ("position", "1" + "0" * 5000),
        ("position", "-1"),
        ("id", "1" + "0" * 5000),
        ("id", str(2**63)),
    ],
)
def test_load_refuses_an_out_of_range_number_naming_the_field(tmp_path, capsys, field, raw):
    bad = _goal_json(tmp_path, **{field: raw})
    target = tmp_path / "new.cxcharter"
    assert cli.main(["load", bad, str(target)]) == 2
    message = capsys.readouterr().err
    assert message.startswith(f"cxcharter: error: content.goals[0].{field}: "), message
    assert "unexpected" not in message and len(message) < 300
    assert not target.exists()


def test_every_number_field_has_a_finite_range():
    for kind in KINDS.values():
        for f in kind.fields:
            if f.type in ("int", "real", "ref"):
                low, high = bounds(f)
                assert math.isfinite(low) and math.isfinite(high) and low <= high, f


def test_rows_added_after_one_at_the_last_position_stay_in_range(doc, tmp_path):
    last = doc.add_row("activity", {"name": "Ganz hinten"}, position=MAX_POSITION)
    squeezed = doc.add_row("activity", {"name": "Davor"}, position=MAX_POSITION)  # before it
    after = doc.add_row("activity", {"name": "Danach"})
    rows = doc.rows("activity")
    assert all(0 <= r.position <= MAX_POSITION for r in rows)
    assert [r.id for r in rows][-3:] == [squeezed, last, after]  # the order is kept
    text = tmp_path / "team.json"
    assert cli.main(["dump", str(doc.path), "-o", str(text)]) == 0
    assert cli.main(["load", str(text), str(tmp_path / "copy.cxcharter")]) == 0
