"""The iCalendar export, read back line by line: folding, escaping, stable UIDs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from types import MappingProxyType

import pytest

from cxcharter.catalog import load_catalog
from cxcharter.domain.model import Answer, Person
from cxcharter.export import ics
from cxcharter.sample import build_sample

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 12, 30, tzinfo=dt.UTC)
HOSTILE = (
    "Zoë 😀👍🏽 سارة أحمد, a; b\\c\nsecond line\r\nthird\rfourth \x00\x07bell "
    "<b>bold</b> " + "ü" * 60
)


def unfold(text: str) -> list[str]:
    """RFC 5545 3.1: CRLF followed by a space or tab continues the line."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # every line ends with CRLF
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def components(lines: list[str]) -> list[dict[str, str]]:
    """Each VEVENT/VTODO as {property (with parameters): value} plus its type."""
    found, current = [], None
    for line in lines:
        if line in ("BEGIN:VEVENT", "BEGIN:VTODO"):
            current = {"TYPE": line.split(":")[1]}
        elif line in ("END:VEVENT", "END:VTODO"):
            found.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            assert name not in current, name
            current[name] = value
    return found


def export(snapshot, language: str = "en") -> str:
    return ics.calendar(load_catalog(language), snapshot, today=TODAY, now=NOW)


@pytest.fixture(scope="module")
def sample():
    return build_sample("en", today=TODAY)


def with_goal(snapshot, **values):
    goals = snapshot.rows_of("goal")
    first = goals[0]
    changed = dataclasses.replace(first, values=MappingProxyType({**first.values, **values}))
    rows = {**snapshot.rows, "goal": (changed, *goals[1:])}
    return dataclasses.replace(snapshot, rows=MappingProxyType(rows))


# ------------------------------------------------------------ format
def test_the_calendar_is_well_formed(sample):
    text = export(sample)
    raw = text.encode("utf-8").split(b"\r\n")
    assert all(len(line) <= 75 for line in raw), max(raw, key=len)
    lines = unfold(text)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-1] == "END:VCALENDAR"
    assert any(line.startswith("PRODID:-//CX Charter//") for line in lines)
    found = components(lines)
    assert found
    for c in found:
        assert c["UID"].endswith("@cxcharter") and c["DTSTAMP"] == "20261123T123000Z"
        assert c["SUMMARY"]
        if c["TYPE"] == "VEVENT":
            start = dt.datetime.strptime(c["DTSTART;VALUE=DATE"], "%Y%m%d").date()
            end = dt.datetime.strptime(c["DTEND;VALUE=DATE"], "%Y%m%d").date()
            assert end - start == dt.timedelta(days=1)
    assert len({c["UID"] for c in found}) == len(found)  # unique


def test_what_goes_in(sample):
    found = components(unfold(export(sample)))
    summaries = [unescape(c["SUMMARY"]) for c in found]
    events = [c for c in found if c["TYPE"] == "VEVENT"]
    todos = [c for c in found if c["TYPE"] == "VTODO"]
    # the next review
    review = sample.setting("next_review")
    [c] = [c for c in events if c["UID"].endswith("-review-next@cxcharter")]
    assert c["DTSTART;VALUE=DATE"] == review.replace("-", "")
    assert unescape(c["SUMMARY"]) == f"Charter review: {sample.title}"
    # every goal with a due date
    dated = [g for g in sample.rows_of("goal") if g.get("due")]
    assert dated
    for goal in dated:
        [c] = [c for c in events if c["UID"].endswith(f"-goal-{goal.id}@cxcharter")]
        assert c["DTSTART;VALUE=DATE"] == goal.get("due").replace("-", "")
        assert unescape(c["SUMMARY"]) == f"Goal due: {goal.get('objective')}"
    # open questions with a due date, and only those (the front matter is not tracked)
    catalog = load_catalog("en")
    open_due = {
        q.key
        for q in catalog.questions
        if sample.answer(q.key).due
        and sample.answer(q.key).status != "ready"
        and q.section != "front"
    }
    uids = {c["UID"] for c in events}
    for key in open_due:
        assert f"{sample.id}-question-{key}@cxcharter" in uids
    # meetings: a to-do each, with the cadence in the description
    assert len(todos) == len(sample.rows_of("meeting"))
    meeting = sample.rows_of("meeting")[0]
    [c] = [c for c in todos if c["UID"].endswith(f"-meeting-{meeting.id}@cxcharter")]
    assert "DTSTART;VALUE=DATE" not in c
    assert f"Cadence: {meeting.get('cadence')}" in unescape(c["DESCRIPTION"])
    assert f"Meeting: {meeting.get('name')}" in summaries


def test_the_words_follow_the_charters_language():
    snapshot = build_sample("de", today=TODAY)
    text = export(snapshot, "de")
    assert "Ziel fällig: " in unescape("".join(unfold(text)))
    assert "X-WR-CALNAME:CX-Charta \u201e" in text


def test_uids_are_stable_across_exports_and_edits(sample):
    first = {c["UID"]: c for c in components(unfold(export(sample)))}
    later = ics.calendar(
        load_catalog("en"),
        with_goal(sample, objective="Renamed"),
        today=TODAY,
        now=NOW + dt.timedelta(days=3),
    )
    second = {c["UID"]: c for c in components(unfold(later))}
    assert set(first) == set(second)
    goal = sample.rows_of("goal")[0]
    uid = f"{sample.id}-goal-{goal.id}@cxcharter"
    assert unescape(second[uid]["SUMMARY"]) == "Goal due: Renamed"
    # another charter, other UIDs
    other = dataclasses.replace(sample, id="another-charter")
    assert not set(first) & {c["UID"] for c in components(unfold(export(other)))}


# ------------------------------------------------------------ hostile text
def test_escape():
    assert ics.escape("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert ics.escape("bell\x07 nul\x00 tab\t") == "bell nul tab\t"


@pytest.mark.parametrize(
    "line",
    [
        "SUMMARY:" + "a" * 200,
        "SUMMARY:" + "ü" * 100,
        "SUMMARY:" + "😀" * 60,
        "SUMMARY:" + "👍🏽سارة" * 30,
        "SUMMARY:" + "x" * 67,  # exactly 75 octets: not folded
        "SUMMARY:" + "x" * 68,
    ],
)
def test_fold_keeps_every_line_within_75_octets_and_characters_whole(line):
    folded = ics.fold(line)
    parts = folded.split("\r\n")
    for n, part in enumerate(parts):
        assert len(part.encode("utf-8")) <= 75
        if n:
            assert part.startswith(" ") and len(part) > 1
    assert re.sub(r"\r\n ", "", folded) == line
    assert (len(parts) == 1) == (len(line.encode("utf-8")) <= 75)


def test_hostile_text_comes_back_intact(sample):
    snapshot = with_goal(sample, objective=HOSTILE, due="2027-03-31")
    pid = sample.rows_of("goal")[0].get("owner")
    people = tuple(
        dataclasses.replace(p, name="Ren\u00e9e \u202eRTL\u202c; O'Neil, Jr.") if p.id == pid else p
        for p in snapshot.people
    )
    snapshot = dataclasses.replace(snapshot, people=people)
    text = export(snapshot)
    raw = text.encode("utf-8").split(b"\r\n")
    assert all(len(line) <= 75 for line in raw)
    for line in raw:
        line.decode("utf-8")  # no character was cut in two
    goal = sample.rows_of("goal")[0]
    [c] = [c for c in components(unfold(text)) if c["UID"].endswith(f"-goal-{goal.id}@cxcharter")]
    expected = "Zoë 😀👍🏽 سارة أحمد, a; b\\c\nsecond line\nthird\nfourth bell <b>bold</b> "
    assert unescape(c["SUMMARY"]) == "Goal due: " + expected + "ü" * 60
    assert "Owner: Ren\u00e9e \u202eRTL\u202c; O'Neil, Jr." in unescape(c["DESCRIPTION"])
    assert c["DTSTART;VALUE=DATE"] == "20270331"
    # the escaped value has no bare separators a parser would split on
    assert not re.search(r"(?<!\\)[;,]", c["SUMMARY"].replace("\\\\", ""))


def test_an_empty_charter_is_an_empty_calendar():
    snapshot = build_sample("en", today=TODAY)
    empty = dataclasses.replace(
        snapshot,
        rows=MappingProxyType({}),
        answers=MappingProxyType({}),
        settings=MappingProxyType({}),
    )
    lines = unfold(export(empty))
    assert components(lines) == []
    assert lines[-1] == "END:VCALENDAR"


def test_a_due_question_is_listed_with_its_owner(sample):
    person = Person(99, "Alex Example")
    answers = {
        **sample.answers,
        "vision.why_now": Answer("vision.why_now", owner=99, due="2026-12-01", status="draft"),
    }
    snapshot = dataclasses.replace(
        sample, people=(*sample.people, person), answers=MappingProxyType(answers)
    )
    [c] = [
        c
        for c in components(unfold(export(snapshot)))
        if c["UID"] == f"{sample.id}-question-vision.why_now@cxcharter"
    ]
    assert c["DTSTART;VALUE=DATE"] == "20261201"
    assert "Owner: Alex Example" in unescape(c["DESCRIPTION"])


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("state", ["in_review", "approved"])
def test_in_review_and_approved_no_open_question_is_due(language, state):
    """Work tracking belongs to a draft (domain/tracking.py): a frozen charter's calendar
    has no answer due dates; what the content says (goals' deadlines, follow-ups, the
    next review, the meetings) stays."""
    snapshot = build_sample(language, today=TODAY)
    catalog = load_catalog(language)
    draft = components(unfold(export(snapshot, language)))
    frozen = components(unfold(ics.calendar(catalog, snapshot, today=TODAY, now=NOW, state=state)))
    questions = [c for c in draft if "-question-" in c["UID"]]
    assert questions  # the sample's draft has open questions with due dates
    assert [c for c in draft if c not in questions] == frozen
    assert ics.left_out(catalog, snapshot, TODAY, state) == len(questions)
    assert ics.left_out(catalog, snapshot, TODAY, "draft") == 0


def test_the_note_on_what_was_left_out_speaks_both_languages():
    assert ics.left_out_text("in_review", 3, "en") == (
        "3 due dates of open questions left out: the charter is in review, and due "
        "dates count only in a draft."
    )
    assert ics.left_out_text("approved", 1, "de") == (
        "1 Fälligkeit einer offenen Frage nicht übernommen: Die Charta ist freigegeben, "
        "und Fälligkeiten zählen nur im Entwurf."
    )
    assert ics.left_out_text("approved", 0, "en") == ""
