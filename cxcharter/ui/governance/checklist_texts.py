"""The checklist's words: what each item stands for, the counts, what to do next."""

from __future__ import annotations

from cxcharter.catalog import Catalog
from cxcharter.domain import checklist
from cxcharter.ui.formats import format_number
from cxcharter.ui.governance.governance_texts import finding_text, section_title
from cxcharter.ui.i18n import tr


def _question(item: checklist.Item, catalog: Catalog) -> str:
    try:
        return catalog.question(item.place.question).question
    except KeyError:
        return item.place.question


def item_text(item: checklist.Item, catalog: Catalog) -> str:
    """What the item stands for, the same words whether it is done or open."""
    p = item.params
    code = item.code
    if code == checklist.QUESTION:
        return _question(item, catalog)
    if code == checklist.OWNER:
        return tr("An owner for a question of this section")
    if code == checklist.PEOPLE:
        return tr("The people on your team")
    if code == checklist.GOALS:
        return tr("At least one goal")
    if code == checklist.GOAL:
        return tr("Goal “{goal}”: complete, with an owner").format(
            goal=p.get("goal") or tr("(untitled goal)")
        )
    if code == checklist.RACI:
        return tr("At least one activity in the RACI matrix")
    if code == checklist.ACTIVITY:
        return tr("Activity “{name}”: one A, at least one R").format(name=p.get("name", ""))
    if code == checklist.INITIATIVE:
        return tr("Initiative “{initiative}”: an owner").format(initiative=p.get("initiative", ""))
    if code == checklist.APPROVERS:
        return tr("A required approver")
    return finding_text(item.blockers[0], catalog) if item.blockers else code


def next_text(item: checklist.Item | None, catalog: Catalog) -> str:
    """The panel's first line: the one concrete thing to do next."""
    if item is None:
        return tr("Next: submit the charter for review.")
    section = section_title(item.section, catalog)
    code = item.code
    if code == checklist.PEOPLE:
        return tr("Next: add the people on your team.")
    if code == checklist.QUESTION:
        return tr("Next: answer “{question}” ({section}).").format(
            question=_question(item, catalog), section=section
        )
    if code == checklist.OWNER:
        return tr("Next: give a question of {section} an owner.").format(section=section)
    if code == checklist.GOALS:
        return tr("Next: add a goal (Goals).")
    if code == checklist.RACI:
        return tr("Next: add an activity to the RACI matrix (Roles).")
    if code == checklist.APPROVERS:
        return tr("Next: name a required approver ({section}).").format(section=section)
    what = finding_text(item.blockers[0], catalog) if item.blockers else item_text(item, catalog)
    return tr("Next: {what}").format(what=what)


def count_text(done: int, total: int) -> str:
    """“12 of 36 done”: the status bar's and each section header's count."""
    return tr("{done} of {total} done").format(done=format_number(done), total=format_number(total))


def sections_text(items: list[checklist.Item], catalog: Catalog) -> str:
    """“Vision 0 of 2 · Goals 1 of 4 · …”: every section's count in one line."""
    return " · ".join(
        tr("{section} {done} of {total}").format(
            section=section_title(c.section, catalog),
            done=format_number(c.done),
            total=format_number(c.total),
        )
        for c in checklist.counts(items)
    )
