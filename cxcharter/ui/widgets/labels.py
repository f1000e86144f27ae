"""Translated names for the values of structured content (journey phases, roles, …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from cxcharter.domain.entities import RACI_ROLES
from cxcharter.domain.glossary import term
from cxcharter.ui.i18n import current_language, tr_marked

CHOICES = {  # marked for lupdate; shown through choice_label()
    "awareness": QT_TR_NOOP("Awareness"),
    "consideration": QT_TR_NOOP("Consideration"),
    "purchase": QT_TR_NOOP("Purchase"),
    "service": QT_TR_NOOP("Service"),
    "loyalty": QT_TR_NOOP("Loyalty & advocacy"),
    "higher": QT_TR_NOOP("Higher is better"),
    "lower": QT_TR_NOOP("Lower is better"),
    "sponsor": QT_TR_NOOP("Executive sponsor"),
    "steering": QT_TR_NOOP("Steering committee"),
    "core_team": QT_TR_NOOP("CX core team"),
    "working_group": QT_TR_NOOP("Working group"),
    "ambassadors": QT_TR_NOOP("CX ambassadors"),
    "idea": QT_TR_NOOP("Idea"),
    "planned": QT_TR_NOOP("Planned"),
    "in_progress": QT_TR_NOOP("In progress"),
    "done": QT_TR_NOOP("Done"),
    "dropped": QT_TR_NOOP("Dropped"),
    "must": QT_TR_NOOP("Must have"),
    "should": QT_TR_NOOP("Should have"),
    "could": QT_TR_NOOP("Could have"),
    "wont": QT_TR_NOOP("Won't have (this time)"),
    "champion": QT_TR_NOOP("Champion"),
    "neutral": QT_TR_NOOP("Neutral"),
    "sceptical": QT_TR_NOOP("Sceptical"),
    "impact_effort": QT_TR_NOOP("Impact / effort"),
    "ice": QT_TR_NOOP("ICE (impact, confidence, ease)"),
    "rice": QT_TR_NOOP("RICE (reach, impact, confidence, effort)"),
    "moscow": QT_TR_NOOP("MoSCoW"),
    "weighted": QT_TR_NOOP("Weighted criteria"),
    "consensus": QT_TR_NOOP("Consensus"),
    "consent": QT_TR_NOOP("Consent (no serious objection)"),
    "owner": QT_TR_NOOP("Owner decides after consultation"),
    "majority": QT_TR_NOOP("Majority vote"),
}


def choice_label(value: object) -> str:
    """The translated name of an enum value ('' for none)."""
    if value is None or value == "":
        return ""
    if str(value) in RACI_ROLES:  # shared with the PDF: domain/glossary.py
        return term(current_language(), f"raci.{value}")
    text = CHOICES.get(str(value))
    return tr_marked(text) if text else str(value)
