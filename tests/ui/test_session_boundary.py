"""Views change the charter only through the session (one op per action) and never touch
the undo history: the data flows view → session → op → store, one way."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import cxcharter.ui
from cxcharter.store import document

UI = Path(cxcharter.ui.__file__).parent
ALLOWED = {"session.py", "undo.py"}  # the session and its Edit-menu adapter
NOT_WRITES = {"close", "add_listener", "remove_listener", "save_copy", "open", "create"}
WRITES = {
    name
    for name, fn in inspect.getmembers(document.CharterDocument, inspect.isfunction)
    if not name.startswith("_") and name not in document._READS and name not in NOT_WRITES
}


def _document_names(tree: ast.AST) -> set[str]:
    """Local names bound to something's `.document` (`doc = self.session.document`)."""
    names = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "document"
        ):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def _is_document(node: ast.expr, names: set[str]) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "document") or (
        isinstance(node, ast.Name) and node.id in names
    )


def findings(source: str, filename: str) -> list[str]:
    tree = ast.parse(source)
    names = _document_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "undo_stack":
            found.append(f"{filename}:{node.lineno}: touches the undo stack")
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in WRITES
            and _is_document(node.value, names)
        ):
            found.append(f"{filename}:{node.lineno}: calls document.{node.attr}")
    return found


def test_the_scan_sees_both_kinds_of_shortcut():
    bad = (
        "doc = self.session.document\ndoc.add_row('goal', {})\n"
        "self.session.document.withdraw()\nself.session.undo_stack.clear()\n"
    )
    assert len(findings(bad, "bad.py")) == 3
    assert (
        findings("self.session.document.rows('goal')\nself.session.add_row('g', {})\n", "good.py")
        == []
    )
    assert {"add_row", "set_answer_text", "submit_for_review", "set_link"} <= WRITES


def test_no_view_writes_to_the_document_or_touches_the_undo_stack():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name not in ALLOWED:
            found += findings(path.read_text(encoding="utf-8"), str(path.relative_to(UI)))
    assert found == []
