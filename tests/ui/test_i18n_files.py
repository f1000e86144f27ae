"""The translation files: complete, in step with the code, compiled, and found by lupdate."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxcharter.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "cxcharter" / "ui"
TS = ROOT / "resources" / "translations" / "cxcharter_de.ts"
QM = TS.with_suffix(".qm")

# Words that German writes as English does: names, brands, loanwords, formats.
SAME_IN_GERMAN = {
    "CX Charter",
    "Touchpoints",
    "Touchpoint",
    "Status",
    "&Status:",
    "Name",
    "&Name",
    "Marketing",
    "IT",
    "Optional",
    "optional",
    "Deutsch",
    "English",
    "RACI",
    "Stakeholder",
    "PDF",
    "Service",
    "Neutral",
    "MoSCoW",
    "Definition",
    "Initiative",
    "Phase",
    "&Phase:",  # the short form beside a chooser of journey phases (the PDF's column too)
    "P&hase:",
    "Website",
    "Chat",
    "App",
    "Details",
    "Person",
    "&Person:",
    "&Stakeholder:",
    "Quadrant",
    "Quadrant: {name}",
    "{name} (optional)",
    "Blocker",
    "Revision {n}",
    "Revision {n} · {state}",
    "Revision {n}: {state}",
}
# Placeholders and symbols only: nothing to translate.
NO_WORDS = re.compile(r"^(\W|\{\w+\}|%\w|[A-Z]{2,}:|Version)*$")


def messages() -> list[tuple[str, str, str]]:
    """(source, disambiguation, translation) of every message of the German .ts."""
    found = []
    for message in ET.parse(TS).iter("message"):
        comment = message.find("comment")
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: {message.find('source').text!r}"
        found.append(
            (
                message.find("source").text or "",
                comment.text if comment is not None else "",
                translation.text or "",
            )
        )
    return found


def test_ts_and_qm_are_in_step_with_the_code():
    """Fails when a string was added or changed without `python tools/translations.py`."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_message_has_a_german_translation():
    found = messages()
    assert len(found) > 150
    for source, _comment, german in found:
        assert german.strip(), f"no German for {source!r}"
        if german == source and not NO_WORDS.match(source.replace(" ", "")):
            assert source in SAME_IN_GERMAN, f"not translated: {source!r}"


def test_placeholders_and_mnemonics_survive_translation():
    for source, _comment, german in messages():
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", german)), (
            source,
            german,
        )
        assert re.findall(r"%\w", source) == re.findall(r"%\w", german), (source, german)
        if re.search(r"&\w", source):
            assert len(re.findall(r"&\w", german)) == 1, f"one mnemonic in {german!r}"
        assert german.endswith("…") == source.endswith("…"), (source, german)


def test_german_uses_the_agreed_terms():
    """A glossary the product team agreed on, so one thing has one German name."""
    german = {source: text for source, _c, text in messages()}
    assert german["Overview"] == "Übersicht"
    assert german["People"] == "Personen"
    assert german["Owner"] == "Verantwortlich"
    assert german["Due"] == "Fällig"
    assert german["Draft"] == "Entwurf"
    assert german["Not started"] == "Nicht begonnen"
    assert german["Ready for review"] == "Bereit zur Prüfung"
    assert not any(re.search(r"\b(du|dein|deine|dich|dir)\b", text) for text in german.values()), (
        "Sie-form only"
    )
    assert not any(
        "Charter" in text.replace("CX Charter", "").replace("CX-Charter", "")
        for text in german.values()
    ), "a charter is a Charta in German"


def _ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_lupdate_can_see_every_translated_string():
    """tr() and QT_TR_NOOP() get a literal; nothing else in ui/ translates."""
    for path in _ui_modules():
        if path.name == "i18n.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            where = f"{path.name}:{node.lineno}"
            receiver = getattr(getattr(func, "value", None), "id", "")
            if name == "translate" and (
                isinstance(func, ast.Name) or receiver.endswith("Application")
            ):
                pytest.fail(f"{where}: use i18n.tr(); lupdate files it under one context")
            if isinstance(func, ast.Attribute) and name == "tr":
                pytest.fail(f"{where}: use the module-level tr(), not obj.tr()")
            if name in ("tr", "QT_TR_NOOP"):
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    pytest.fail(
                        f"{where}: {name}() needs a string literal lupdate can read "
                        "(translate marked strings with tr_marked())"
                    )


def test_every_literal_in_the_code_is_in_the_ts():
    in_ts = {(source, comment) for source, comment, _t in messages()}
    for path in _ui_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "QT_TR_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                comment = (
                    node.args[1].value
                    if len(node.args) > 1
                    and isinstance(node.args[1], ast.Constant)
                    and node.args[1].value
                    else ""
                )
                assert (node.args[0].value, comment or "") in in_ts, (
                    f"{path.name}:{node.lineno} {node.args[0].value!r} is not in {TS.name}"
                )


def test_qt_ships_its_own_german_strings():
    """Standard dialogs and context menus come from Qt's qtbase_de.qm in the wheel."""
    assert (Path(i18n.qt_translations_dir()) / "qtbase_de.qm").is_file()
    assert QM.is_file() and QM.stat().st_size > 1000
