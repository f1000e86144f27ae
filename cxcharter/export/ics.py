"""A charter's dates as an iCalendar file (RFC 5545), written by hand, without Qt.

What goes in:
- an all-day VEVENT for every open question with a due date, every goal with a due
  date, every decision-log entry with a follow-up date, and the charter's next review;
- a VTODO for every meeting. A meeting's cadence is free text ("Monthly", "every
  second Tuesday", "nach Bedarf") and a meeting has no first date, so a recurrence
  rule would be a guess: the VTODO names the meeting and carries its cadence,
  owner, purpose and agenda in its description, for the reader to schedule.

Answer due dates are work tracking (domain/tracking.py): a charter in review or
approved has none in its calendar, as its PDF and the window show none. Goals' due
dates, follow-ups, the next review and the meetings are content and stay in every
state. `left_out` counts what a frozen charter leaves out, `left_out_text` says so.

Every component's UID is built from the charter's id and the item (question key or
row id), so exporting again updates the same entries in a calendar instead of adding
copies. Text is escaped (backslash, semicolon, comma, newlines), control characters
are dropped, lines are folded at 75 octets without splitting a UTF-8 character, and
lines end with CRLF. The words are in the charter's language, like the e-mail body
of `domain.owed`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cxcharter import __version__
from cxcharter.catalog import Catalog
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.progress import open_items
from cxcharter.domain.tracking import tracks_work
from cxcharter.domain.values import parse_date

CRLF = "\r\n"
LINE_OCTETS = 75
PRODID = f"-//CX Charter//CX Charter {__version__}//EN"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

WORDS = {
    "en": {
        "question": "Answer due: {text}",
        "goal": "Goal due: {text}",
        "review": "Charter review: {text}",
        "follow_up": "Follow-up: {text}",
        "meeting": "Meeting: {text}",
        "owner": "Owner: {name}",
        "section": "Section: {name}",
        "cadence": "Cadence: {text}",
        "purpose": "Purpose: {text}",
        "agenda": "Agenda: {text}",
        "metric": "Metric: {text}",
        "target": "Target: {value}",
        "decision": "Decision: {text}",
        "charter": "CX charter \u201c{title}\u201d",
        "untitled": "Untitled charter",
    },
    "de": {
        "question": "Antwort fällig: {text}",
        "goal": "Ziel fällig: {text}",
        "review": "Überprüfung der Charta: {text}",
        "follow_up": "Nachhalten: {text}",
        "meeting": "Besprechung: {text}",
        "owner": "Verantwortlich: {name}",
        "section": "Abschnitt: {name}",
        "cadence": "Rhythmus: {text}",
        "purpose": "Zweck: {text}",
        "agenda": "Tagesordnung: {text}",
        "metric": "Kennzahl: {text}",
        "target": "Zielwert: {value}",
        "decision": "Entscheidung: {text}",
        "charter": "CX-Charta \u201e{title}\u201c",
        "untitled": "Charta ohne Titel",
    },
}


LEFT_OUT = {
    "en": (
        "{n} due date of an open question left out",
        "{n} due dates of open questions left out",
        ": the charter is {state}, and due dates count only in a draft.",
        {"in_review": "in review", "approved": "approved"},
    ),
    "de": (
        "{n} Fälligkeit einer offenen Frage nicht übernommen",
        "{n} Fälligkeiten offener Fragen nicht übernommen",
        ": Die Charta ist {state}, und Fälligkeiten zählen nur im Entwurf.",
        {"in_review": "in Prüfung", "approved": "freigegeben"},
    ),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One calendar component: an all-day event on `day`, or a to-do without a date."""

    uid: str
    summary: str
    description: str = ""
    day: dt.date | None = None  # None: a VTODO


# ------------------------------------------------------------ RFC 5545 text
def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): \\ ; , escaped, newlines as \\n, no control chars."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded into lines of at most 75 octets, joined by CRLF + space.

    Cuts only between characters, never inside a UTF-8 sequence.
    """
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            out.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # the space counts
        current.append(char)
        size += octets
    out.append("".join(current))
    return (CRLF + " ").join(out)


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _uid_part(text: str) -> str:
    """A UID piece made of safe characters only (question keys, row ids, charter ids)."""
    return re.sub(r"[^A-Za-z0-9._-]", "-", text) or "x"


# ------------------------------------------------------------ what goes in
def _due_questions(catalog: Catalog, snapshot: CharterSnapshot, today: dt.date, state: str):
    """The open questions with a due date, as far as they count in `state`."""
    if not tracks_work(state):
        return []
    return [item for item in open_items(catalog, snapshot, today) if item.due is not None]


def left_out(catalog: Catalog, snapshot: CharterSnapshot, today: dt.date, state: str) -> int:
    """How many answer due dates the calendar leaves out in this workflow state."""
    return len(_due_questions(catalog, snapshot, today, "draft")) - len(
        _due_questions(catalog, snapshot, today, state)
    )


def left_out_text(state: str, count: int, language: str = "en") -> str:
    """One line on why the calendar has fewer events (empty when nothing was left out)."""
    if not count:
        return ""
    one, many, why, states = LEFT_OUT.get(language, LEFT_OUT["en"])
    return (one if count == 1 else many).format(n=count) + why.format(
        state=states.get(state, state)
    )


def entries(
    catalog: Catalog, snapshot: CharterSnapshot, today: dt.date, state: str = "draft"
) -> list[Entry]:
    """The charter's dates and meetings, in a stable order (answer due dates: a draft's)."""
    words = WORDS.get(snapshot.language, WORDS["en"])
    base = _uid_part(snapshot.id)
    title = snapshot.title.strip() or words["untitled"]
    charter = words["charter"].format(title=title)

    def uid(kind: str, ident: object) -> str:
        return f"{base}-{kind}-{_uid_part(str(ident))}@cxcharter"

    def described(*lines: str) -> str:
        return "\n".join(line for line in (charter, *lines) if line)

    def owner_line(person: object) -> str:
        name = snapshot.person_name(person if isinstance(person, int) else None)
        return words["owner"].format(name=name) if name else ""

    found: list[Entry] = []
    review = snapshot.setting("next_review")
    if (day := _date(review)) is not None:
        found.append(
            Entry(uid("review", "next"), words["review"].format(text=title), described(), day)
        )
    for item in _due_questions(catalog, snapshot, today, state):
        question = catalog.question(item.key)
        section = catalog.section(item.section).title
        found.append(
            Entry(
                uid("question", item.key),
                words["question"].format(text=question.question),
                described(words["section"].format(name=section), owner_line(item.owner)),
                item.due,
            )
        )
    for goal in snapshot.rows_of("goal"):
        if (day := _date(goal.get("due"))) is None:
            continue
        objective = str(goal.get("objective") or "")
        metric = str(goal.get("metric") or "")
        target = goal.get("target")
        found.append(
            Entry(
                uid("goal", goal.id),
                words["goal"].format(text=objective),
                described(
                    owner_line(goal.get("owner")),
                    words["metric"].format(text=metric) if metric else "",
                    words["target"].format(value=_number(target)) if target is not None else "",
                ),
                day,
            )
        )
    for decision in snapshot.rows_of("decision"):
        if (day := _date(decision.get("follow_up"))) is None:
            continue
        request = str(decision.get("request") or "")
        text = str(decision.get("decision") or "")
        found.append(
            Entry(
                uid("follow-up", decision.id),
                words["follow_up"].format(text=request),
                described(
                    words["decision"].format(text=text) if text else "",
                    owner_line(decision.get("owner")),
                ),
                day,
            )
        )
    for meeting in snapshot.rows_of("meeting"):
        cadence = str(meeting.get("cadence") or "")
        purpose = str(meeting.get("purpose") or "")
        agenda = str(meeting.get("agenda") or "")
        found.append(
            Entry(
                uid("meeting", meeting.id),
                words["meeting"].format(text=str(meeting.get("name") or "")),
                described(
                    words["cadence"].format(text=cadence) if cadence else "",
                    owner_line(meeting.get("owner")),
                    words["purpose"].format(text=purpose) if purpose else "",
                    words["agenda"].format(text=agenda) if agenda else "",
                ),
            )
        )
    return found


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value if isinstance(value, str) else None)
    except ValueError:
        return None


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ------------------------------------------------------------ writing
def calendar(
    catalog: Catalog,
    snapshot: CharterSnapshot,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    state: str = "draft",
) -> str:
    """The whole iCalendar text: CRLF line ends, folded, UTF-8 ready; `state` is the
    charter's workflow state (answer due dates only in a draft)."""
    today = today or dt.date.today()
    stamp = _stamp(now or dt.datetime.now(dt.UTC))
    words = WORDS.get(snapshot.language, WORDS["en"])
    title = snapshot.title.strip() or words["untitled"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(words['charter'].format(title=title))}",
    ]
    for entry in entries(catalog, snapshot, today, state):
        component = "VTODO" if entry.day is None else "VEVENT"
        lines += [f"BEGIN:{component}", f"UID:{entry.uid}", f"DTSTAMP:{stamp}"]
        if entry.day is not None:
            lines += [
                f"DTSTART;VALUE=DATE:{_day(entry.day)}",
                f"DTEND;VALUE=DATE:{_day(entry.day + dt.timedelta(days=1))}",
                "TRANSP:TRANSPARENT",
            ]
        lines.append(f"SUMMARY:{escape(entry.summary)}")
        if entry.description:
            lines.append(f"DESCRIPTION:{escape(entry.description)}")
        lines.append(f"END:{component}")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def calendar_bytes(catalog: Catalog, snapshot: CharterSnapshot, **kwargs) -> bytes:
    return calendar(catalog, snapshot, **kwargs).encode("utf-8")
