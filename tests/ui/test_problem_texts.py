"""A refused value is worded once, from its code, in the UI language."""

from __future__ import annotations

from cxcharter.store.errors import InvalidValue
from cxcharter.ui.messages import error_text


def refused(session, edit) -> InvalidValue:
    heard = []
    session.failed.connect(heard.append)
    assert not edit()
    (exc,) = heard
    assert isinstance(exc, InvalidValue)
    return exc


def test_a_refused_date_is_worded_in_german(session, german):
    exc = refused(session, lambda: session.set_due("vision.statement", "31.12.2026"))
    assert exc.problem.code == "date.invalid", "the store keeps the code"
    assert error_text(exc) == (
        "Dieser Wert kann nicht gespeichert werden: 31.12.2026 ist kein gültiges Datum."
    )


def test_a_refused_value_in_english_and_german(session, qapp):
    from cxcharter.ui import i18n

    goal = session.add_row("goal", {"objective": "NPS"})
    exc = refused(session, lambda: session.update_row("goal", goal, baseline="many"))
    assert error_text(exc) == "This value cannot be saved: “many” is not a number."
    i18n.apply_language("de", qapp)
    try:
        assert error_text(exc) == (
            "Dieser Wert kann nicht gespeichert werden: „many“ ist keine Zahl."
        )
    finally:
        i18n.apply_language("en", qapp)
