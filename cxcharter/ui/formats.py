"""How values read in the window: every date, number and percentage the UI shows goes
through these, so they follow the UI locale (QLocale's default) in one way everywhere.

Their own module (not fields.py, the editors) so that the texts that word findings and
problems can use them without importing the editors, which import the messages.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def date_format(locale: QLocale | None = None) -> str:
    """A short date format with a four-digit year in every locale (never 23.11.26)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    if locale.language() == QLocale.Language.German:
        return "dd.MM.yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: dt.date | str | None, locale: QLocale | None = None) -> str:
    """A date (or ISO date text) as the UI locale writes it, four-digit year; '' for none."""
    if not value:
        return ""
    if isinstance(value, dt.date):
        date = QDate(value.year, value.month, value.day)
    else:
        date = QDate.fromString(value[:10], "yyyy-MM-dd")
        if not date.isValid():
            return value
    locale = locale or QLocale()
    return locale.toString(date, date_format(locale))


def format_number(value: int | float, locale: QLocale | None = None) -> str:
    """1234 → '1,234' or '1.234'; whole numbers without decimals."""
    locale = locale or QLocale()
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def format_percent(fraction: float, locale: QLocale | None = None) -> str:
    """0.6 → '60%' (English) or '60 %' (German, with a non-breaking space)."""
    locale = locale or QLocale()
    number = format_number(round(fraction * 100), locale)
    if locale.language() == QLocale.Language.German:
        return f"{number}\u00a0%"
    return f"{number}%"
