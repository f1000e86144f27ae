"""The structured content of a section as PDF tables: goals, RACI, initiatives, …

The table machinery (chunks, repeated headers, notes for huge cells) is in
pdf_tables. A RACI matrix is split into column groups that repeat the activity
column, on landscape pages when it has more people than an upright page holds.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from cxcharter.domain import glossary
from cxcharter.domain import goals as goal_rules
from cxcharter.domain.metrics import is_builtin, metric
from cxcharter.domain.model import CharterSnapshot
from cxcharter.domain.scoring import rank
from cxcharter.export import pdf_labels as words
from cxcharter.export.fonts import markup
from cxcharter.export.pdf_content_labels import choice, method_sentence, text
from cxcharter.export.pdf_details import detail_block, details
from cxcharter.export.pdf_tables import CHUNK, Bar, Upright, table
from cxcharter.export.pdf_text import Para

RACI_COLUMN_W = 20.7  # points per person in the RACI matrix (names turned upright)
RACI_COLUMNS = 14  # people per column group on an upright A4 page
# The window's colour per letter (domain/glossary.py), as a light tint for print.
RACI_COLOURS = {letter: tint for letter, (_fill, _text, tint) in glossary.RACI_COLOURS.items()}


def _number(value: object, language: str) -> str:
    return words.format_number(language, value)


def _short_date(language: str, iso: object) -> str:
    return words.format_iso_date(language, iso if isinstance(iso, str) else None, short=True)


def metric_name(key: str, language: str) -> str:
    """A built-in metric's name in `language` (the key itself if unknown)."""

    return metric(key).name[language] if is_builtin(key) else key


def _names(snapshot: CharterSnapshot) -> dict[int, str]:
    return {p.id: p.name for p in snapshot.people}


def _fraction(width: float, *parts: float) -> list[float]:
    total = sum(parts)
    return [width * p / total for p in parts]


def journey(
    snapshot: CharterSnapshot, st, width: float, metric_name, omit: frozenset = frozenset()
) -> list[Flowable]:
    lang = snapshot.language
    rows = [
        [r["name"], choice(lang, r["phase"]), r["channel"], r["department"]]
        for r in snapshot.rows_of("touchpoint")
    ]
    story = table(
        text(lang, "touchpoints"),
        [text(lang, k) for k in ("name", "phase", "channel", "department")],
        rows,
        _fraction(width, 4, 2.2, 2, 2.2),
        st,
    )
    return story + details(
        text(lang, "touchpoint_details"),
        [
            detail_block(r["name"], [(text(lang, "notes"), r["notes"], "text")], st)
            for r in snapshot.rows_of("touchpoint")
        ],
        st,
    )


def goals(
    snapshot: CharterSnapshot, st, width: float, metric_name, omit: frozenset = frozenset()
) -> list[Flowable]:

    lang, names = snapshot.language, _names(snapshot)
    latest: dict[int, tuple[str, float]] = {}
    for reading in snapshot.rows_of("reading"):
        date = reading["date"]
        if reading["goal"] not in latest or date >= latest[reading["goal"]][0]:
            latest[reading["goal"]] = (date, reading["value"])
    customs = {r.id: r["name"] for r in snapshot.rows_of("custom_metric")}
    metrics = goal_rules.customs_by_id(snapshot.rows_of("custom_metric"))
    rows = []
    for g in snapshot.rows_of("goal"):
        objective = g["objective"] + (f" ({text(lang, 'primary')})" if g["primary"] else "")
        metric = customs.get(g["custom_metric"]) or metric_name(g["metric"], lang)
        value = latest[g.id][1] if g.id in latest else None
        m = goal_rules.resolve_metric(g, metrics)
        share = goal_rules.progress(g["baseline"], g["target"], value, m.direction if m else None)
        label = (
            " · ".join(
                x
                for x in (
                    _number(value, lang),
                    f"{words.format_number(lang, share * 100, 0)} %" if share is not None else "",
                )
                if x
            )
            or "–"
        )
        rows.append(
            [
                objective,
                metric,
                _number(g["baseline"], lang),
                _number(g["target"], lang),
                Bar(share, label),
                words.format_iso_date(lang, g["due"], short=True),
                names.get(g["owner"], ""),
            ]
        )
    header = [
        text(lang, k)
        for k in ("objective", "metric", "baseline", "target", "latest", "due", "owner")
    ]
    story = table(
        text(lang, "goals"), header, rows, _fraction(width, 4.4, 2.4, 1.3, 1.1, 2.2, 1.5, 1.8), st
    )
    touchpoints = {t.id: t["name"] for t in snapshot.rows_of("touchpoint")}
    story += details(
        text(lang, "goal_details"),
        [
            detail_block(
                g["objective"],
                [
                    (text(lang, "phase"), choice(lang, g["phase"]), "line"),
                    (text(lang, "touchpoint"), touchpoints.get(g["touchpoint"], ""), "line"),
                    (text(lang, "data_source"), g["data_source"], "line"),
                    (text(lang, "cadence"), g["cadence"], "line"),
                    (text(lang, "why"), g["rationale"], "text"),
                ],
                st,
            )
            for g in snapshot.rows_of("goal")
        ],
        st,
    )
    story += custom_metrics(snapshot, st, width)
    return story if "reading_notes" in omit else story + readings(snapshot, st, width)


def custom_metrics(snapshot: CharterSnapshot, st, width: float) -> list[Flowable]:
    """The charter's own metrics: unit, scale, which way is better, and their definition."""
    lang = snapshot.language
    rows = [
        [
            m["name"],
            m["unit"],
            " – ".join(_number(v, lang) for v in (m["low"], m["high"]) if v is not None),
            text(lang, m["direction"]) if m["direction"] else "",
            m["definition"],
        ]
        for m in snapshot.rows_of("custom_metric")
    ]
    return table(
        text(lang, "custom_metrics"),
        [text(lang, k) for k in ("name", "unit", "scale", "direction", "definition")],
        rows,
        _fraction(width, 2.6, 1.2, 1.4, 1.2, 5),
        st,
    )


def readings(snapshot: CharterSnapshot, st, width: float) -> list[Flowable]:
    """Readings that carry a note (the values themselves show as each goal's latest)."""
    lang = snapshot.language
    objectives = {g.id: g["objective"] for g in snapshot.rows_of("goal")}
    rows = [
        [
            objectives.get(r["goal"], ""),
            _short_date(lang, r["date"]),
            _number(r["value"], lang),
            r["note"],
        ]
        for r in snapshot.rows_of("reading")
        if (r["note"] or "").strip()
    ]
    return table(
        text(lang, "readings"),
        [text(lang, k) for k in ("objective", "date", "value", "note")],
        rows,
        _fraction(width, 3.6, 1.5, 1.2, 4.5),
        st,
    )


def roles(
    snapshot: CharterSnapshot,
    st,
    width: float,
    metric_name,
    wide: float | None = None,
    omit: frozenset = frozenset(),
) -> list[Flowable]:
    lang, names = snapshot.language, _names(snapshot)
    members: dict[int, list[str]] = {}
    for m in snapshot.rows_of("body_member"):
        members.setdefault(m["body"], []).append(names.get(m["person"], ""))
    bodies = [
        [
            b["name"],
            choice(lang, b["type"]),
            ", ".join(members.get(b.id, [])),
            b["cadence"],
            b["purpose"],
        ]
        for b in snapshot.rows_of("body")
    ]
    story = table(
        text(lang, "bodies"),
        [text(lang, k) for k in ("name", "type", "members", "cadence", "purpose")],
        bodies,
        _fraction(width, 2.4, 2, 3.2, 1.6, 3.5),
        st,
    )
    story += details(
        text(lang, "body_details"),
        [
            detail_block(b["name"], [(text(lang, "authority"), b["authority"], "text")], st)
            for b in snapshot.rows_of("body")
        ],
        st,
    )
    return people(snapshot, st, width, omit) + story + raci(snapshot, st, width, wide)


def people(
    snapshot: CharterSnapshot, st, width: float, omit: frozenset = frozenset()
) -> list[Flowable]:
    """The people directory: who is who, before the bodies and the RACI matrix."""
    lang = snapshot.language
    keys, parts = ("name", "role", "department", "email"), (3, 3, 2.4, 3.4)
    if "contacts" in omit:
        keys, parts = keys[:3], parts[:3]
    rows = [[p.name, p.role, p.department, p.email][: len(keys)] for p in snapshot.people]
    return table(
        text(lang, "people"), [text(lang, k) for k in keys], rows, _fraction(width, *parts), st
    )


def raci_columns(width: float, first: float) -> int:
    """How many people fit beside the activity column (narrow columns, names upright)."""
    return max(1, int((width - first) // RACI_COLUMN_W))


def raci(snapshot: CharterSnapshot, st, width: float, wide: float | None = None) -> list[Flowable]:
    """The matrix in column groups: activities down, people across, never cut off.

    More people than an upright page holds, and a `wide` (landscape) text width
    given: the matrix moves to landscape pages, which hold more people per group.
    """
    lang, names = snapshot.language, _names(snapshot)
    cells = {(r["activity"], r["person"]): r["role"] for r in snapshot.rows_of("raci")}
    involved = {person for _activity, person in cells}
    people = [p.id for p in snapshot.people if p.id in involved]
    activities = snapshot.rows_of("activity")
    if not activities or not people:
        return []
    story: list[Flowable] = []
    first = width * 0.36
    per_group = raci_columns(width, first)
    turn = wide is not None and len(people) > per_group
    if turn:
        width, per_group = wide, raci_columns(wide, first)
        story += [NextPageTemplate("wide"), PageBreak()]
    rest = (width - first) / per_group
    for start in range(0, len(people), per_group):
        group = people[start : start + per_group]
        rows = [[a["name"], *(cells.get((a.id, p), "") for p in group)] for a in activities]

        def colour(r: int, c: int, rows=rows) -> str | None:
            return RACI_COLOURS.get(rows[r][c]) if c > 0 else None

        title = text(lang, "raci") + (
            f" ({start // per_group + 1})" if len(people) > per_group else ""
        )
        story += table(
            title,
            [text(lang, "activity"), *(Upright(names[p]) for p in group)],
            rows,
            [first, *([rest] * len(group))],
            st,
            backgrounds=colour,
            centred_from=1,
        )
    story.append(Para(markup(glossary.raci_legend(lang)), st["meta"]))
    if turn:  # upright again from the next page on, whatever follows
        story += [NextPageTemplate("page"), PageBreak()]
    return story


def priorities(
    snapshot: CharterSnapshot, st, width: float, metric_name, omit: frozenset = frozenset()
) -> list[Flowable]:

    lang, names = snapshot.language, _names(snapshot)
    method_key = snapshot.setting("scoring_method")
    initiatives = {i.id: i for i in snapshot.rows_of("initiative")}
    ranking = rank(
        initiatives.values(),
        method_key,
        snapshot.rows_of("criterion"),
        snapshot.rows_of("criterion_score"),
    )
    sentence = method_sentence(lang, method_key)
    method = Para(
        markup(
            f"{text(lang, 'scoring')}: {choice(lang, method_key)}"
            + (f". {sentence}" if sentence else "")
        ),
        st["meta"],
    )
    rows = []
    for ranked in ranking.order:
        i = initiatives[ranked.id]
        shown = ranked.score.display if ranked.score.display is not None else ranked.score.value
        rows.append(
            [
                str(ranked.rank) if ranked.rank else "–",
                i["title"],
                _number(shown, lang),
                choice(lang, i["status"]),
                i["quarter"] or "",
                names.get(i["owner"], ""),
            ]
        )
    # the method sentence is one unit with the table's title, header and first rows
    story = table(
        text(lang, "initiatives"),
        [text(lang, k) for k in ("rank", "title", "score", "status", "quarter", "owner")],
        rows,
        _fraction(width, 0.6, 5.4, 1.2, 1.6, 1.4, 2.2),
        st,
        lead=[method],
    ) or [method]
    story += _initiative_details(snapshot, st, [(r.rank, initiatives[r.id]) for r in ranking.order])
    story += table(
        text(lang, "not_doing"),
        [text(lang, "title"), text(lang, "reason")],
        [[initiatives[i]["title"], initiatives[i]["drop_reason"]] for i in ranking.not_doing],
        _fraction(width, 4, 6),
        st,
    )
    story += _criteria(snapshot, st, width)
    return story


def _initiative_details(snapshot: CharterSnapshot, st, ranked: list) -> list[Flowable]:
    """Each ranked initiative: what it is, which goals it serves, why it is pinned."""
    lang = snapshot.language
    objectives = {g.id: g["objective"] for g in snapshot.rows_of("goal")}
    serves: dict[int, list[str]] = {}
    for link in snapshot.rows_of("initiative_goal"):
        if link["goal"] in objectives:
            serves.setdefault(link["initiative"], []).append(objectives[link["goal"]])
    touchpoints = {t.id: t["name"] for t in snapshot.rows_of("touchpoint")}
    blocks = []
    for place, i in ranked:
        pin = i["pinned_rank"]
        facts = [
            (text(lang, "serves"), "; ".join(serves.get(i.id, [])), "line"),
            (text(lang, "phase"), choice(lang, i["phase"]), "line"),
            (text(lang, "touchpoint"), touchpoints.get(i["touchpoint"], ""), "line"),
            (text(lang, "moscow"), choice(lang, i["moscow"]) if i["moscow"] else "", "line"),
            (
                text(lang, "pinned").format(rank=pin) if pin else "",
                (i["pin_reason"] or "–") if pin else "",
                "line",
            ),
            (text(lang, "description"), i["description"], "text"),
        ]
        if i["status"] != "dropped":  # a reason kept from an earlier drop
            facts.append((text(lang, "reason"), i["drop_reason"], "text"))
        blocks.append(detail_block(f"{place or '–'}. {i['title']}", facts, st))
    return details(text(lang, "initiative_details"), blocks, st)


def _criteria(snapshot: CharterSnapshot, st, width: float) -> list[Flowable]:
    lang = snapshot.language
    if snapshot.setting("scoring_method") != "weighted" and not snapshot.rows_of("criterion"):
        return []
    rows = [
        [
            c["name"],
            _number(c["weight"], lang),
            text(lang, "higher" if c["higher_is_better"] else "lower"),
        ]
        for c in snapshot.rows_of("criterion")
    ]
    return table(
        text(lang, "criteria"),
        [text(lang, k) for k in ("name", "weight", "direction")],
        rows,
        _fraction(width, 6, 2, 2),
        st,
    )


def stakeholders(
    snapshot: CharterSnapshot, st, width: float, metric_name, omit: frozenset = frozenset()
) -> list[Flowable]:
    lang, names = snapshot.language, _names(snapshot)
    rows = [
        [
            s["name"],
            f"{s['interest'] or ''} / {s['influence'] or ''}",
            choice(lang, s["attitude"]),
            s["needs"],
            s["channel"],
            s["cadence"],
            names.get(s["informer"], ""),
        ]
        for s in snapshot.rows_of("stakeholder")
    ]
    header = [
        text(lang, "name"),
        f"{text(lang, 'interest')} / {text(lang, 'influence')}",
        text(lang, "attitude"),
        text(lang, "needs"),
        text(lang, "channel"),
        text(lang, "cadence"),
        text(lang, "informer"),
    ]
    parts = [2.4, 1.4, 1.5, 3.4, 1.5, 1.5, 1.8]
    if "assessments" in omit:  # a copy the stakeholders themselves may read
        keep = [0, 4, 5, 6]
        rows = [[r[n] for n in keep] for r in rows]
        header, parts = [header[n] for n in keep], [parts[n] for n in keep]
    story = table(text(lang, "stakeholders"), header, rows, _fraction(width, *parts), st)
    story += details(
        text(lang, "stakeholder_details"),
        [
            detail_block(s["name"], [(text(lang, "message"), s["message"], "text")], st)
            for s in snapshot.rows_of("stakeholder")
        ],
        st,
    )
    story += table(
        text(lang, "decision_rights"),
        [text(lang, k) for k in ("decision", "approver", "threshold")],
        [
            [d["decision"], names.get(d["approver"], ""), d["threshold"]]
            for d in snapshot.rows_of("decision_right")
        ],
        _fraction(width, 5, 2.5, 3),
        st,
    )
    story += details(
        text(lang, "decision_right_details"),
        [
            detail_block(d["decision"], [(text(lang, "notes"), d["notes"], "text")], st)
            for d in snapshot.rows_of("decision_right")
        ],
        st,
    )
    story += table(
        text(lang, "approvers"),
        [text(lang, "approver"), text(lang, "required")],
        [
            [names.get(a["person"], ""), text(lang, "required" if a["required"] else "optional")]
            for a in snapshot.rows_of("approver")
        ],
        _fraction(width, 6, 3),
        st,
    )
    return story


def ways(
    snapshot: CharterSnapshot, st, width: float, metric_name, omit: frozenset = frozenset()
) -> list[Flowable]:
    lang, names = snapshot.language, _names(snapshot)
    participants: dict[int, list[str]] = {}
    for m in snapshot.rows_of("meeting_participant"):
        participants.setdefault(m["meeting"], []).append(names.get(m["person"], ""))
    rule = choice(lang, snapshot.setting("decision_rule"))
    rule_text = snapshot.setting("decision_rule_text") or ""
    story = [
        Para(
            markup(
                f"{text(lang, 'decision_rule')}: {rule}" + (f" — {rule_text}" if rule_text else "")
            ),
            st["meta"],
        )
    ]
    review = snapshot.setting("next_review")
    if review:
        story.append(
            Para(
                markup(f"{text(lang, 'next_review')}: {words.format_iso_date(lang, review)}"),
                st["meta"],
            )
        )
    story += table(
        text(lang, "meetings"),
        [text(lang, k) for k in ("name", "cadence", "owner", "participants", "purpose")],
        [
            [
                m["name"],
                m["cadence"],
                names.get(m["owner"], ""),
                ", ".join(participants.get(m.id, [])),
                m["purpose"],
            ]
            for m in snapshot.rows_of("meeting")
        ],
        _fraction(width, 2.4, 1.6, 1.8, 3.2, 3.2),
        st,
    )
    story += details(
        text(lang, "meeting_details"),
        [
            detail_block(m["name"], [(text(lang, "agenda"), m["agenda"], "text")], st)
            for m in snapshot.rows_of("meeting")
        ],
        st,
    )
    story += table(
        text(lang, "escalation"),
        [text(lang, "step"), text(lang, "name"), text(lang, "note")],
        [
            [str(n), names.get(e["person"], ""), e["note"]]
            for n, e in enumerate(snapshot.rows_of("escalation_step"), start=1)
        ],
        _fraction(width, 0.8, 3, 6),
        st,
    )
    if "decision_log" in omit:
        return story
    story += table(
        text(lang, "decisions"),
        [text(lang, k) for k in ("date", "request", "decision", "owner", "follow_up")],
        [
            [
                _short_date(lang, d["date"]),
                d["request"],
                d["decision"],
                names.get(d["owner"], ""),
                _short_date(lang, d["follow_up"]),
            ]
            for d in snapshot.rows_of("decision")
        ],
        _fraction(width, 2.0, 3.2, 3.2, 1.8, 2.0),
        st,
    )
    story += details(
        text(lang, "decision_details"),
        [
            detail_block(d["request"], [(text(lang, "rationale"), d["rationale"], "text")], st)
            for d in snapshot.rows_of("decision")
        ],
        st,
    )
    return story


SECTIONS = {
    "journey": journey,
    "goals": goals,
    "roles": roles,
    "priorities": priorities,
    "stakeholders": stakeholders,
    "ways": ways,
}


def section_content(
    key: str,
    snapshot: CharterSnapshot,
    st,
    width: float,
    metric_name: Callable[[str, str], str],
    wide: float | None = None,
    omit: frozenset = frozenset(),
) -> list[Flowable]:
    """The tables of section `key` ([] for sections without structured content);
    `wide`: the text width of a landscape page, for a RACI matrix with many people;
    `omit`: what a distribution copy leaves out ("assessments", "contacts", …)."""
    if key == "roles":
        return roles(snapshot, st, width, metric_name, wide, omit)
    build = SECTIONS.get(key)
    return build(snapshot, st, width, metric_name, omit) if build else []


__all__ = ["CHUNK", "RACI_COLUMNS", "metric_name", "section_content", "table"]
