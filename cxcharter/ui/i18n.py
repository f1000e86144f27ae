"""The application's own language: one tr() that lupdate reads, .qm loading, the locale.

lupdate files a bare `tr("…")` call under the unnamed context, whatever module or
class it sits in, so `tr()` looks strings up there. Write the English text as a
literal in the call (never a variable or an f-string), put placeholders in braces
and `.format()` the result; mark strings that are translated later with
`QT_TR_NOOP("…")` and translate them with `tr_marked()`. Where one English word
needs two German ones, give the second argument (`tr("Required", "badge")`):
lupdate keeps both apart.

The charter's own language (its questions, guidance and PDF) is chosen per charter
and has nothing to do with this module.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from cxcharter.assets import resource

SYSTEM = "system"
LANGUAGES = ("de", "en")
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}  # each in its own language

_installed: list[QTranslator] = []
_current = {"language": "en", "choice": SYSTEM}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the UI language (English is the source)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def tr_marked(source: str) -> str:
    """A string marked with QT_TR_NOOP("…") where it was written, translated now."""
    return QCoreApplication.translate("", source)


def system_locale() -> QLocale:
    """The locale of the user's desktop (tests replace this)."""
    return QLocale.system()


def language_of(locale: QLocale) -> str:
    return "de" if locale.language() == QLocale.Language.German else "en"


def resolve(choice: str) -> str:
    """'de' or 'en' for a setting of 'system', 'de' or 'en'."""
    return choice if choice in LANGUAGES else language_of(system_locale())


def locale_for(choice: str) -> QLocale:
    """Dates and numbers: the desktop's own locale when its language is the one shown."""
    system = system_locale()
    language = resolve(choice)
    if choice not in LANGUAGES or language_of(system) == language:
        return system
    if language == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def our_qm(language: str) -> str:
    return str(resource("translations", f"cxcharter_{language}.qm"))


def apply_language(choice: str, app: QCoreApplication | None = None) -> str:
    """Show the UI in `choice` ('system', 'de', 'en') from now on; returns 'de' or 'en'.

    Qt's own strings (standard dialogs, context menus) come from its qtbase_*.qm,
    ours from resources/translations. Every window receives a LanguageChange event
    and retranslates itself; the default QLocale follows, so dates and numbers do too.
    """
    app = app or QCoreApplication.instance()
    language = resolve(choice)
    QLocale.setDefault(locale_for(choice))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        for loaded in (
            _load(app, lambda t: t.load(QLocale(language), "qtbase", "_", qt_translations_dir())),
            _load(app, lambda t: t.load(our_qm(language))),
        ):
            if loaded is not None:
                app.installTranslator(loaded)
                _installed.append(loaded)
    _current.update(language=language, choice=choice)
    # Also when no translator changed (say System → English on an English desktop):
    # the locale did, and the windows redraw their dates.
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language


def _load(app: QCoreApplication, load) -> QTranslator | None:
    translator = QTranslator(app)
    if load(translator):
        return translator
    translator.deleteLater()
    return None


def current_language() -> str:
    """The language the UI shows now: 'de' or 'en'."""
    return _current["language"]


def current_choice() -> str:
    return _current["choice"]


def installed_translators() -> list[QTranslator]:
    return list(_installed)
