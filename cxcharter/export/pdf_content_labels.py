"""Words of the structured-content tables in the PDF (en/de): headers, values, titles."""

from __future__ import annotations

from cxcharter.domain.glossary import term

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "touchpoints": "Touchpoints", "goals": "Goals and metrics", "bodies": "Governance bodies",
        "raci": "RACI matrix", "initiatives": "Initiatives", "not_doing": "Not doing",
        "stakeholders": "Stakeholders and communication plan",
        "decision_rights": "Decision rights", "approvers": "Approvers",
        "meetings": "Meetings", "escalation": "Escalation path", "decisions": "Decision log",
        "name": "Name", "phase": "Phase", "channel": "Channel", "department": "Department",
        "objective": "Objective", "metric": "Metric", "baseline": "Baseline",
        "target": "Target", "progress": "Progress", "due": "Due", "owner": "Owner",
        "latest": "Latest",
        "primary": "primary", "type": "Type", "members": "Members", "cadence": "Cadence",
        "purpose": "Purpose", "activity": "Activity", "rank": "#", "title": "Initiative",
        "status": "Status", "quarter": "Quarter", "impact": "Impact", "effort": "Effort",
        "score": "Score",
        "reason": "Reason", "interest": "Interest", "influence": "Influence",
        "attitude": "Attitude", "needs": "Needs to know", "decision": "Decision",
        "approver": "Approver", "threshold": "Threshold", "required": "Required",
        "optional": "Optional", "participants": "Participants", "step": "Step",
        "note": "Note", "date": "Date", "request": "Request", "follow_up": "Follow-up",
        "decision_rule": "Decision rule", "next_review": "Next review of the charter",
        "scoring": "Scoring method", "informer": "Keeps informed",
        "goal_details": "Goals in detail", "why": "Why it matters",
        "data_source": "Data source", "initiative_details": "Initiatives in detail",
        "description": "What", "pinned": "Pinned at rank {rank}", "serves": "Serves",
        "touchpoint": "Touchpoint", "body_details": "Decision authority of the bodies",
        "authority": "Decision authority", "meeting_details": "Meeting agendas",
        "agenda": "Agenda", "notes": "Notes", "rationale": "Rationale",
        "message": "Key message", "definition": "Definition",
        "custom_metrics": "Custom metrics", "unit": "Unit", "scale": "Scale",
        "direction": "Better is", "readings": "Readings", "value": "Value",
        "people": "People", "role": "Role", "email": "E-mail",
        "criteria": "Scoring criteria", "weight": "Weight",
        "touchpoint_details": "Touchpoint notes", "stakeholder_details": "Key messages",
        "decision_right_details": "Notes on decision rights",
        "decision_details": "Decisions in detail", "moscow": "MoSCoW",
        "higher": "higher", "lower": "lower",
    },
    "de": {
        "touchpoints": "Touchpoints", "goals": "Ziele und Kennzahlen",
        "bodies": "Gremien", "raci": "RACI-Matrix", "initiatives": "Vorhaben",
        "not_doing": "Bewusst nicht umgesetzt",
        "stakeholders": "Stakeholder und Kommunikationsplan",
        "decision_rights": "Entscheidungsrechte", "approvers": "Freigebende",
        "meetings": "Termine", "escalation": "Eskalationsweg", "decisions": "Entscheidungslog",
        "name": "Name", "phase": "Phase", "channel": "Kanal", "department": "Bereich",
        "objective": "Ziel", "metric": "Kennzahl", "baseline": "Ausgangswert",
        "target": "Zielwert", "progress": "Fortschritt", "due": "Fällig",
        "owner": "Zuständig", "latest": "Aktuell",
        "primary": "Hauptziel", "type": "Art", "members": "Mitglieder", "cadence": "Turnus",
        "purpose": "Zweck", "activity": "Aufgabe", "rank": "#", "title": "Vorhaben",
        "status": "Status", "quarter": "Quartal", "impact": "Wirkung", "effort": "Aufwand",
        "score": "Punkte",
        "reason": "Begründung", "interest": "Interesse", "influence": "Einfluss",
        "attitude": "Haltung", "needs": "Muss wissen", "decision": "Entscheidung",
        "approver": "Freigabe durch", "threshold": "Schwelle", "required": "Pflicht",
        "optional": "Optional", "participants": "Teilnehmende", "step": "Stufe",
        "note": "Hinweis", "date": "Datum", "request": "Anliegen", "follow_up": "Nachhalten",
        "decision_rule": "Entscheidungsregel", "next_review": "Nächste Überprüfung der Charta",
        "scoring": "Bewertungsmethode", "informer": "Informiert durch",
        "goal_details": "Ziele im Einzelnen", "why": "Warum es zählt",
        "data_source": "Datenquelle", "initiative_details": "Vorhaben im Einzelnen",
        "description": "Worum es geht", "pinned": "Fest auf Rang {rank}",
        "serves": "Zahlt ein auf", "touchpoint": "Touchpoint",
        "body_details": "Entscheidungsbefugnis der Gremien",
        "authority": "Entscheidungsbefugnis", "meeting_details": "Tagesordnungen",
        "agenda": "Tagesordnung", "notes": "Anmerkungen", "rationale": "Begründung",
        "message": "Kernbotschaft", "definition": "Definition",
        "custom_metrics": "Eigene Kennzahlen", "unit": "Einheit", "scale": "Skala",
        "direction": "Besser ist", "readings": "Messwerte", "value": "Wert",
        "people": "Personen", "role": "Rolle", "email": "E-Mail",
        "criteria": "Bewertungskriterien", "weight": "Gewicht",
        "touchpoint_details": "Anmerkungen zu Touchpoints",
        "stakeholder_details": "Kernbotschaften",
        "decision_right_details": "Anmerkungen zu Entscheidungsrechten",
        "decision_details": "Entscheidungen im Einzelnen", "moscow": "MoSCoW",
        "higher": "höher", "lower": "niedriger",
    },
}

def _with_glossary() -> None:
    """The shared words (domain/glossary.py): owner and touchpoint as the window says them."""

    for language, table in TEXT.items():
        table.update(owner=term(language, "owner"), touchpoint=term(language, "touchpoint"),
                     touchpoints=term(language, "touchpoints"))


_with_glossary()

CHOICES: dict[str, dict[str, str]] = {
    "en": {
        "awareness": "Awareness", "consideration": "Consideration", "purchase": "Purchase",
        "service": "Service", "loyalty": "Loyalty & advocacy",
        "sponsor": "Executive sponsor", "steering": "Steering committee",
        "core_team": "CX core team", "working_group": "Working group",
        "ambassadors": "CX ambassadors", "idea": "Idea", "planned": "Planned",
        "in_progress": "In progress", "done": "Done", "dropped": "Dropped",
        "champion": "Champion", "neutral": "Neutral", "sceptical": "Sceptical",
        "impact_effort": "Impact / effort", "ice": "ICE", "rice": "RICE",
        "moscow": "MoSCoW", "weighted": "Weighted criteria", "consensus": "Consensus",
        "consent": "Consent", "owner": "Owner decides after consultation",
        "majority": "Majority vote", "must": "Must have", "should": "Should have",
        "could": "Could have", "wont": "Won't have (this time)",
    },
    "de": {
        "awareness": "Aufmerksamkeit", "consideration": "Abwägung", "purchase": "Kauf",
        "service": "Service", "loyalty": "Loyalität & Empfehlung",
        "sponsor": "Sponsor der Geschäftsleitung", "steering": "Lenkungskreis",
        "core_team": "CX-Kernteam", "working_group": "Arbeitsgruppe",
        "ambassadors": "CX-Botschafter", "idea": "Idee", "planned": "Geplant",
        "in_progress": "In Arbeit", "done": "Erledigt", "dropped": "Verworfen",
        "champion": "Fürsprecher", "neutral": "Neutral", "sceptical": "Skeptisch",
        "impact_effort": "Wirkung / Aufwand", "ice": "ICE", "rice": "RICE",
        "moscow": "MoSCoW", "weighted": "Gewichtete Kriterien", "consensus": "Konsens",
        "consent": "Konsent", "owner": "Verantwortliche entscheiden nach Anhörung",
        "majority": "Mehrheitsentscheid", "must": "Muss", "should": "Sollte",
        "could": "Könnte", "wont": "Diesmal nicht",
    },
}


# One sentence per scoring method, printed above the ranking (see domain/scoring.py).
METHODS: dict[str, dict[str, str]] = {
    "en": {
        "impact_effort": "Each initiative scores its impact divided by its effort (both 1–10): "
                         "value per unit of effort.",
        "ice": "Each initiative scores impact × confidence × ease (each 1–10), from 1 to 1,000.",
        "rice": "Each initiative scores reach × impact × confidence ÷ effort: the people "
                "reached per unit of effort.",
        "moscow": "Initiatives are ranked must > should > could > won't.",
        "weighted": "Each initiative is scored on weighted criteria (1–5) and shown on a "
                    "0–100 scale.",
    },
    "de": {
        "impact_effort": "Jedes Vorhaben erhält Wirkung geteilt durch Aufwand (beide 1–10): "
                         "Nutzen je Einheit Aufwand.",
        "ice": "Jedes Vorhaben erhält Wirkung × Zuversicht × Leichtigkeit (je 1–10), "
               "von 1 bis 1.000.",
        "rice": "Jedes Vorhaben erhält Reichweite × Wirkung × Zuversicht ÷ Aufwand: "
                "erreichte Menschen je Einheit Aufwand.",
        "moscow": "Vorhaben werden nach Muss > Soll > Kann > Nicht gereiht.",
        "weighted": "Jedes Vorhaben wird nach gewichteten Kriterien (1–5) bewertet und "
                    "auf 0–100 dargestellt.",
    },
}


def method_sentence(language: str, method: object) -> str:
    return METHODS.get(language, METHODS["en"]).get(str(method), "")


def text(language: str, key: str) -> str:
    return TEXT.get(language, TEXT["en"])[key]


def choice(language: str, value: object) -> str:
    if value is None or value == "":
        return ""
    return CHOICES.get(language, CHOICES["en"]).get(str(value), str(value))
