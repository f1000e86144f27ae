"""The charter's shared vocabulary: one word per code in each language, one colour per code.

The window and the PDF both read these (docs/glossary.md lists them), so a RACI
letter, a quadrant or a touchpoint is called the same and coloured the same
wherever a reader meets it. "Verantwortlich" is the owner of a question, goal or
initiative; the A of RACI is "Rechenschaftspflichtig", never "verantwortlich".
"""

from __future__ import annotations

TERMS: dict[str, dict[str, str]] = {
    "en": {
        "raci.R": "Responsible",
        "raci.A": "Accountable",
        "raci.C": "Consulted",
        "raci.I": "Informed",
        "quadrants.quick_win": "Quick wins",
        "quadrants.big_bet": "Big bets",
        "quadrants.fill_in": "Fill-ins",
        "quadrants.money_pit": "Money pits",
        "quadrant.quick_win": "Quick win",
        "quadrant.big_bet": "Big bet",
        "quadrant.fill_in": "Fill-in",
        "quadrant.money_pit": "Money pit",
        "touchpoint": "Touchpoint",
        "touchpoints": "Touchpoints",
        "owner": "Owner",
    },
    "de": {
        "raci.R": "Durchführend",
        "raci.A": "Rechenschaftspflichtig",
        "raci.C": "Konsultiert",
        "raci.I": "Informiert",
        "quadrants.quick_win": "Schnelle Erfolge",
        "quadrants.big_bet": "Große Vorhaben",
        "quadrants.fill_in": "Lückenfüller",
        "quadrants.money_pit": "Geldgräber",
        "quadrant.quick_win": "Schneller Erfolg",
        "quadrant.big_bet": "Großes Vorhaben",
        "quadrant.fill_in": "Lückenfüller",
        "quadrant.money_pit": "Geldgrab",
        "touchpoint": "Touchpoint",
        "touchpoints": "Touchpoints",
        "owner": "Verantwortlich",
    },
}

# RACI letters: (fill, text on the fill, light tint of the same hue for print tables).
RACI_COLOURS: dict[str, tuple[str, str, str]] = {
    "R": ("#2e7d32", "#ffffff", "#d6ead7"),  # green
    "A": ("#5b3a9e", "#ffffff", "#e3dbf1"),  # purple
    "C": ("#f4c542", "#3a2c00", "#fcefc4"),  # yellow
    "I": ("#cfe2f3", "#123a5c", "#e4eff8"),  # light blue
}

# Impact/effort quadrants: (hue for marks and names, light tint for the area).
QUADRANT_COLOURS: dict[str, tuple[str, str]] = {
    "quick_win": ("#2e7d32", "#e3f0e6"),  # green
    "big_bet": ("#1f5f7a", "#e6eef5"),  # blue
    "fill_in": ("#6e6e6e", "#f3f3f1"),  # grey
    "money_pit": ("#b3261e", "#f8e6e3"),  # red
}


def term(language: str, code: str) -> str:
    """The word for `code` in `language` (English for other languages)."""
    return TERMS.get(language, TERMS["en"])[code]


def raci_legend(language: str) -> str:
    """ "R Responsible · A Accountable · …", in the order of the letters."""
    return " · ".join(f"{letter} {term(language, f'raci.{letter}')}" for letter in "RACI")
