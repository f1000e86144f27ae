"""A frozen revision and a comparison of two revisions as read-only HTML, section by section.

User text is always escaped: it is data, never markup (CONTRIBUTING.md rule 8).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TR_NOOP

from cxcharter.catalog import Catalog
from cxcharter.domain.compare import KIND_SECTION, SectionChanges
from cxcharter.domain.model import CharterSnapshot
from cxcharter.ui.governance.governance_texts import section_title
from cxcharter.ui.i18n import tr, tr_marked
from cxcharter.ui.messages import status_text
from cxcharter.ui.widgets.colors import semantic
from cxcharter.ui.widgets.fields import format_date

KIND_TEXT = {
    "touchpoint": QT_TR_NOOP("Touchpoint"),
    "custom_metric": QT_TR_NOOP("Custom metric"),
    "goal": QT_TR_NOOP("Goal"),
    "reading": QT_TR_NOOP("Reading"),
    "body": QT_TR_NOOP("Governance body"),
    "body_member": QT_TR_NOOP("Body member"),
    "activity": QT_TR_NOOP("Activity"),
    "raci": QT_TR_NOOP("RACI cell"),
    "initiative": QT_TR_NOOP("Initiative"),
    "initiative_goal": QT_TR_NOOP("Initiative goal"),
    "criterion": QT_TR_NOOP("Criterion"),
    "criterion_score": QT_TR_NOOP("Criterion score"),
    "stakeholder": QT_TR_NOOP("Stakeholder"),
    "decision_right": QT_TR_NOOP("Decision right"),
    "approver": QT_TR_NOOP("Approver"),
    "meeting": QT_TR_NOOP("Meeting"),
    "meeting_participant": QT_TR_NOOP("Meeting participant"),
    "escalation_step": QT_TR_NOOP("Escalation step"),
    "decision": QT_TR_NOOP("Decision rule"),
    "person": QT_TR_NOOP("Person"),
}
HOW_TEXT = {
    "added": QT_TR_NOOP("Added"),
    "removed": QT_TR_NOOP("Removed"),
    "changed": QT_TR_NOOP("Changed"),
}
LABEL_FIELDS = ("objective", "title", "name", "text", "question", "step", "role")
LIMIT = 160


def kind_text(kind: str) -> str:
    return tr_marked(KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def _short(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= LIMIT else text[: LIMIT - 1] + "…"


def around_change(old: str, new: str, context: int = 60) -> tuple[str, str]:
    """Both texts from a little before their first difference, so a change at the end of
    a long answer is visible after shortening."""
    old, new = old or "", new or ""
    same = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
        min(len(old), len(new)),
    )
    if same > context:
        start = old.rfind(" ", 0, same - context) + 1 or same - context
        return "…" + old[start:], "…" + new[start:]
    return old, new


def row_label(values: dict) -> str:
    for name in LABEL_FIELDS:
        if values.get(name):
            return _short(values[name])
    return ""


def _answer_html(snapshot: CharterSnapshot, question) -> str:
    answer = snapshot.answer(question.key)
    if question.kind == "person":
        value = snapshot.person_name(answer.person) if answer.person is not None else ""
    else:
        value = answer.text.strip()
    missing = tr("not answered")
    body = html.escape(value).replace("\n", "<br>") if value else f"<i>{missing}</i>"
    meta = [status_text(answer.status)]
    if answer.owner is not None:
        meta.append(tr("owner: {name}").format(name=snapshot.person_name(answer.owner)))
    if answer.due:
        meta.append(tr("due {date}").format(date=format_date(answer.due)))
    return (
        f"<p><b>{html.escape(question.question)}</b><br>{body}<br>"
        f"<small>{html.escape(' · '.join(meta))}</small></p>"
    )


def revision_html(snapshot: CharterSnapshot, catalog: Catalog, heading: str) -> str:
    """The content of a snapshot, section by section: answers, then its structured rows."""
    parts = [f"<h2>{html.escape(heading)}</h2>"]
    for section in catalog.sections:
        parts.append(f"<h3>{html.escape(section.title)}</h3>")
        parts += [_answer_html(snapshot, q) for q in section.questions]
        for kind, where in KIND_SECTION.items():
            rows = snapshot.rows_of(kind)
            labels = [row_label(dict(r.values)) for r in rows]
            labels = [label for label in labels if label]
            if where != section.key or not labels:
                continue
            items = "".join(f"<li>{html.escape(label)}</li>" for label in labels[:50])
            more = len(labels) - 50
            if more > 0:
                items += "<li>" + tr("… and {n} more").format(n=more) + "</li>"
            parts.append(f"<p><b>{html.escape(kind_text(kind))}</b></p><ul>{items}</ul>")
    people = "".join(f"<li>{html.escape(p.name)}</li>" for p in snapshot.people[:200])
    title = html.escape(tr("People"))
    parts.append(f"<h3>{title}</h3><ul>{people}</ul>")
    return "".join(parts)


def _what(change, old: CharterSnapshot, new: CharterSnapshot, catalog: Catalog) -> str:
    if change.what == "answer":
        try:
            return catalog.question(change.key).question
        except KeyError:
            return change.key
    if change.what == "person":
        return tr("Person “{name}”").format(
            name=(new.person_name(change.id) or old.person_name(change.id))
        )
    if change.what == "setting":
        return tr("Setting “{name}”").format(name=change.key)
    values = {f.name: (f.new if f.new is not None else f.old) for f in change.fields}
    for snapshot in (new, old):
        row = next((r for r in snapshot.rows_of(change.key) if r.id == change.id), None)
        if row is not None:
            values = dict(row.values)
            break
    label = row_label(values)
    kind = kind_text(change.key)
    return f"{kind} “{label}”" if label else kind


def comparison_html(
    changes: list[SectionChanges],
    old: CharterSnapshot,
    new: CharterSnapshot,
    catalog: Catalog,
    heading: str,
) -> str:
    """What changed, section by section; answers with their old and new text."""
    parts = [f"<h2>{html.escape(heading)}</h2>"]
    if not changes:
        parts.append("<p>" + html.escape(tr("Nothing changed.")) + "</p>")
    for section in changes:
        parts.append(
            f"<h3>{html.escape(section_title(section.section, catalog))} "
            f"<small>({len(section.changes)})</small></h3><ul>"
        )
        for change in section.changes[:200]:
            how = tr_marked(HOW_TEXT[change.how])
            what = html.escape(_what(change, old, new, catalog))
            line = f"<li><b>{html.escape(how)}:</b> {what}"
            if change.what == "answer":
                text = next((f for f in change.fields if f.name == "text"), None)
                if text is not None:
                    before, after = around_change(str(text.old or ""), str(text.new or ""))
                    removed, added = semantic("error").name(), semantic("ok").name()
                    line += (
                        f"<br><span style='color:{removed}'>− "
                        f"{html.escape(_short(before)) or '—'}</span>"
                        f"<br><span style='color:{added}'>+ "
                        f"{html.escape(_short(after)) or '—'}</span>"
                    )
            line += "</li>"
            parts.append(line)
        if len(section.changes) > 200:
            more = tr("… and {n} more").format(n=len(section.changes) - 200)
            parts.append(f"<li>{more}</li>")
        parts.append("</ul>")
    return "".join(parts)
