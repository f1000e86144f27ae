"""The PDF floor: a plain reportlab document with the same text, in paragraphs and tables.

No cover, no running header or "page X of Y", no styling beyond three type sizes:
every question with its owner, status and due date and its answer (one paragraph
per line), the people, and the structured rows the export prints, with every field
the full record prints, as columns of plain tables of 100 rows (the RACI as
activity / person / role rows instead of a matrix), and the text the export prints
twice: the decision brief's, the approvers, a draft's appendix. It uses the same embedded
DejaVu face as the export (Helvetica cannot draw the text, and embedding a TrueType
font is part of the job either way).
"""

from __future__ import annotations

import os
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from cxcharter.catalog import Catalog
from cxcharter.domain.model import CharterSnapshot
from cxcharter.export import fonts

CHUNK = 100  # rows per table: one table over 100+ pages is super-linear in reportlab
PERSON_FIELDS = {"owner", "informer", "approver", "person"}
# The columns cxcharter/export/pdf_content.py and pdf_tables.py print for each kind
# (readings: only the latest).
# The full record prints every field people enter (the row details below the tables:
# a goal's why, source and cadence, an initiative's description and pin reason, agendas,
# authority, notes, rationale, key messages), so the floor prints them as columns too.
COLUMNS = {
    "touchpoint": ("name", "phase", "channel", "department", "notes"),
    "goal": (
        "objective",
        "metric",
        "baseline",
        "target",
        "due",
        "owner",
        "phase",
        "data_source",
        "cadence",
        "rationale",
    ),
    "custom_metric": ("name", "unit", "low", "high", "direction", "definition"),
    "reading": ("goal", "date", "value", "note"),
    "body": ("name", "type", "cadence", "purpose", "authority"),
    "raci": ("activity", "person", "role"),
    "initiative": (
        "title",
        "status",
        "quarter",
        "impact",
        "effort",
        "owner",
        "phase",
        "pinned_rank",
        "pin_reason",
        "description",
        "drop_reason",
    ),
    "criterion": ("name", "weight", "higher_is_better"),
    "stakeholder": (
        "name",
        "interest",
        "influence",
        "attitude",
        "needs",
        "channel",
        "cadence",
        "informer",
        "message",
    ),
    "decision_right": ("decision", "approver", "threshold", "notes"),
    "approver": ("person", "required"),
    "meeting": ("name", "cadence", "owner", "purpose", "agenda"),
    "escalation_step": ("person", "note"),
    "decision": ("date", "request", "decision", "owner", "follow_up", "rationale"),
}
# Rows the export prints in a table of their own only when they carry text.
ONLY_WITH = {"reading": "note"}
WIDTH = A4[0] - 40 * mm


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "h1": ParagraphStyle("h1", fontName=fonts.BOLD, fontSize=18, leading=22),
        "h2": ParagraphStyle("h2", fontName=fonts.BOLD, fontSize=11, leading=14),
        "body": ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=14),
        "cell": ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=7, leading=9),
    }


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)), style)


def _table(header: list[str], rows: list[list[object]], st) -> list[Table]:
    width = WIDTH / max(1, len(header))
    out = []
    for start in range(0, len(rows), CHUNK):
        data = [[_p(h, st["cell"]) for h in header]]
        data += [[_p(v, st["cell"]) for v in row] for row in rows[start : start + CHUNK]]
        out.append(Table(data, colWidths=[width] * len(header), repeatRows=1))
    return out


def _brief_and_record(
    snapshot: CharterSnapshot, catalog: Catalog, st, names: dict[int, str]
) -> list:
    """The text the export prints a second time: the decision brief (vision, summary,
    goals, budget and people asked for, top five initiatives), the approvers, and a
    draft's appendix (readiness findings, questions not yet ready)."""
    import datetime as dt

    from cxcharter.domain import readiness
    from cxcharter.domain.progress import open_items
    from cxcharter.domain.scoring import rank

    story = [_p("brief", st["h1"])]
    for key in ("vision.statement", "front.summary", "priorities.resources"):
        story += [
            _p(line, st["body"]) for line in snapshot.answer(key).text.splitlines() if line.strip()
        ]
    story += _table(
        ["objective", "metric", "baseline", "target", "due", "owner"],
        [
            [
                g.get("objective"),
                g.get("metric"),
                g.get("baseline"),
                g.get("target"),
                g.get("due"),
                names.get(g.get("owner"), ""),
            ]
            for g in snapshot.rows_of("goal")
        ],
        st,
    )
    initiatives = {i.id: i for i in snapshot.rows_of("initiative")}
    order = rank(
        initiatives.values(),
        snapshot.setting("scoring_method"),
        snapshot.rows_of("criterion"),
        snapshot.rows_of("criterion_score"),
    ).order
    story += _table(
        ["rank", "initiative", "description"],
        [
            [r.rank, initiatives[r.id].get("title"), initiatives[r.id].get("description")]
            for r in order[:5]
        ],
        st,
    )
    story += _table(
        ["approver", "required"],
        [[names.get(a.get("person"), ""), a.get("required")] for a in snapshot.rows_of("approver")],
        st,
    )
    today = dt.date.today()
    story += _table(["finding"], [[f.code] for f in readiness.check(catalog, snapshot, today)], st)
    story += _table(
        ["question", "owner", "status", "due"],
        [
            [catalog.question(i.key).question, names.get(i.owner, ""), i.status, i.due]
            for i in open_items(catalog, snapshot, today)
        ],
        st,
    )
    return story


def floor_pdf(snapshot: CharterSnapshot, catalog: Catalog, out: str | os.PathLike) -> None:
    fonts.register()
    st = _styles()
    story = [_p(snapshot.title, st["h1"])]
    for section in catalog.sections:
        story.append(_p(section.title, st["h1"]))
        for question in section.questions:
            answer = snapshot.answer(question.key)
            story.append(_p(question.question, st["h2"]))
            story.append(
                _p(
                    f"{snapshot.person_name(answer.owner)} · {answer.status} · {answer.due or ''}",
                    st["body"],
                )
            )
            text = answer.text or snapshot.person_name(answer.person)
            story += [_p(line, st["body"]) for line in text.splitlines() if line.strip()]
    names = {p.id: p.name for p in snapshot.people}
    story.append(_p("people", st["h1"]))
    story += _table(
        ["name", "role", "department", "email"],
        [[p.name, p.role, p.department, p.email] for p in snapshot.people],
        st,
    )
    activities = {r.id: r.get("name") for r in snapshot.rows_of("activity")}
    for kind, header in COLUMNS.items():
        rows = snapshot.rows_of(kind)
        if kind in ONLY_WITH:
            rows = [r for r in rows if r.get(ONLY_WITH[kind])]
        if not rows:
            continue

        def shown(row, field):
            value = row.get(field)
            if field in PERSON_FIELDS:
                return names.get(value, "")
            return activities.get(value, "") if field == "activity" else value

        story.append(_p(kind, st["h1"]))
        story += _table(list(header), [[shown(r, h) for h in header] for r in rows], st)
    story += _brief_and_record(snapshot, catalog, st, names)
    SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, invariant=1
    ).build(story)
