"""The main window's actions and menus: made once, worded (again) in retranslate().

The actions become `act_*` attributes of the window, which wires them to its slots.
All words are set in `retranslate()`, so a language switch rewords the menus in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from cxcharter.ui.i18n import LANGUAGE_NAMES, tr

if TYPE_CHECKING:
    from cxcharter.ui.app.main_window import MainWindow

K = QKeySequence.StandardKey

# name, shortcut(s): the window's act_<name>; slots and words are set below.
# The Charter menu's workflow steps (each a method of ui.workflow.Workflow).
WORKFLOW_ACTIONS = ("submit", "withdraw", "decide", "revision", "history")

ACTIONS: tuple[tuple[str, tuple], ...] = (
    ("new", (K.New,)),
    ("open", (K.Open,)),
    ("sample", ()),
    ("copy", (QKeySequence("Ctrl+Shift+S"),)),
    ("export", (QKeySequence("Ctrl+E"),)),
    ("calendar", ()),
    ("review_export", ()),
    ("review_import", ()),
    ("contribution_import", ()),
    ("close", (K.Close,)),
    ("quit", (QKeySequence("Ctrl+Q"),)),  # offscreen and some desktops have no Quit key
    ("undo", (K.Undo,)),
    ("redo", (K.Redo,)),
    ("actor", ()),
    ("overview", (QKeySequence("Ctrl+0"),)),
    ("next", (QKeySequence("Ctrl+PgDown"),)),
    ("prev", (QKeySequence("Ctrl+PgUp"),)),
    ("people", (QKeySequence("Ctrl+Shift+P"),)),
    ("readiness", (QKeySequence("Ctrl+Shift+R"),)),
    ("submit", ()),
    ("withdraw", ()),
    ("decide", ()),
    ("revision", ()),
    ("history", (QKeySequence("Ctrl+H"),)),
    ("branding", ()),
    ("guidance", (QKeySequence("F1"),)),
    ("howto", (QKeySequence("Shift+F1"),)),
    ("shortcuts", (QKeySequence("Ctrl+/"),)),
    ("about", ()),
)


class WindowActions:
    """Creates the window's actions and menu bar and words them in the UI language."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name, shortcuts in ACTIONS:
            action = QAction(window)
            action.setObjectName(f"act_{name}")
            keys: list[QKeySequence] = []
            for key in shortcuts:
                keys.extend(QKeySequence.keyBindings(key) if isinstance(key, K) else [key])
            action.setShortcuts(keys)
            self.actions[name] = action
            setattr(window, f"act_{name}", action)
        self.actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self.actions["guidance"].setCheckable(True)
        self.actions["readiness"].setCheckable(True)

        self.language = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for choice in ("system", "de", "en"):
            action = self.language.addAction(QAction(window, checkable=True))
            action.setData(choice)
            self.language_actions[choice] = action
        self.scheme = QActionGroup(window)
        self.scheme_actions: dict[str, QAction] = {}
        for choice in ("system", "light", "dark"):
            action = self.scheme.addAction(QAction(window, checkable=True))
            action.setData(choice)
            self.scheme_actions[choice] = action
        self._build_menus()
        self.retranslate()

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([a["new"], a["open"]])
        self.recent_menu = QMenu(self.window)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(a["sample"])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a["copy"], a["export"], a["review_export"], a["review_import"]])
        self.file_menu.addAction(a["contribution_import"])
        self.file_menu.addAction(a["calendar"])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a["close"], a["quit"]])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([a["undo"], a["redo"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a["actor"])
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions([a["overview"], a["next"], a["prev"], a["people"]])
        self.charter_menu = bar.addMenu("")
        self.charter_menu.addAction(a["readiness"])
        self.charter_menu.addSeparator()
        self.charter_menu.addActions([a["submit"], a["withdraw"], a["decide"]])
        self.charter_menu.addSeparator()
        self.charter_menu.addActions([a["revision"], a["history"]])
        self.charter_menu.addSeparator()
        self.charter_menu.addAction(a["branding"])
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(a["guidance"])
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language.actions())
        self.scheme_menu = self.view_menu.addMenu("")
        self.scheme_menu.addActions(self.scheme.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([a["howto"], a["shortcuts"]])
        self.help_menu.addSeparator()
        self.help_menu.addAction(a["about"])

    def menus(self) -> list[QMenu]:
        return [
            self.file_menu,
            self.edit_menu,
            self.go_menu,
            self.charter_menu,
            self.view_menu,
            self.help_menu,
        ]

    def retranslate(self) -> None:
        """Every word of the menus, in the current UI language."""
        words = {
            "new": (tr("&New Charter…"), tr("Start a new charter, guided section by section")),
            "open": (tr("&Open…"), tr("Open a charter file")),
            "sample": (
                tr("Open &Sample Charter"),
                tr("A complete example charter to explore and try things on"),
            ),
            "copy": (tr("Save a Cop&y As…"), tr("Write a copy of this charter to another file")),
            "export": (tr("&Export PDF…"), tr("Write the charter as a PDF to review and sign")),
            "calendar": (
                tr("Export Ca&lendar…"),
                tr(
                    "Write the due dates, the next review and the meetings as a "
                    "calendar file (.ics)"
                ),
            ),
            "review_export": (
                tr("Export Re&view Copy…"),
                tr("Write the PDF in review with form fields an approver fills in"),
            ),
            "review_import": (
                tr("&Import Review…"),
                tr("Record an approver's decision from a filled-in review copy"),
            ),
            "contribution_import": (
                tr("Import Con&tribution…"),
                tr("Merge a filled-in contribution form into the charter (one undo step)"),
            ),
            "close": (tr("&Close"), tr("Close this charter (everything is saved)")),
            "quit": (tr("&Quit"), tr("Close the window (everything is saved)")),
            "undo": (tr("&Undo"), tr("Take back the last change")),
            "redo": (tr("&Redo"), tr("Do the change again")),
            "actor": (tr("Who Is &Editing…"), tr("The name recorded with your changes")),
            "overview": (tr("&Overview"), tr("What is still open, and who owes what")),
            "next": (tr("&Next Section"), tr("Go to the next page of the charter")),
            "prev": (tr("&Previous Section"), tr("Go to the previous page of the charter")),
            "people": (tr("P&eople"), tr("Everyone who owns, answers or approves a part")),
            "readiness": (
                tr("&Approval Panel"),
                tr("Readiness check, revision, state and the workflow steps"),
            ),
            "submit": (
                tr("&Submit for Review…"),
                tr("Freeze this revision and ask the approvers for their decision"),
            ),
            "withdraw": (
                tr("&Withdraw from Review…"),
                tr("Make the revision in review a draft again"),
            ),
            "decide": (
                tr("Record &Decision…"),
                tr("Record an approver's decision on the revision in review"),
            ),
            "revision": (
                tr("Start &New Revision…"),
                tr("Edit an approved charter as the next revision"),
            ),
            "history": (
                tr("&History and Comparison…"),
                tr("Revisions, decisions, and what changed between revisions"),
            ),
            "branding": (
                tr("&Branding…"),
                tr("The organisation's logo and accent colour on the PDF"),
            ),
            "guidance": (tr("Show &Guidance"), tr("Show how to answer beside each question")),
            "howto": (
                tr("How to &Write a CX Charter"),
                tr("Every section and question, with guidance and examples"),
            ),
            "shortcuts": (tr("&Keyboard Shortcuts"), tr("Every key that does something")),
            "about": (tr("&About CX Charter"), tr("Version, licences and where your data lives")),
        }
        for name, (text, tip) in words.items():
            action = self.actions[name]
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.file_menu.setTitle(tr("&File"))
        self.recent_menu.setTitle(tr("Open &Recent"))
        self.edit_menu.setTitle(tr("&Edit"))
        self.go_menu.setTitle(tr("&Go"))
        self.charter_menu.setTitle(tr("&Charter"))
        self.view_menu.setTitle(tr("&View"))
        self.language_menu.setTitle(tr("&Language"))
        self.scheme_menu.setTitle(tr("&Colours"))
        self.help_menu.setTitle(tr("&Help"))
        self.language_actions["system"].setText(tr("&System Language"))
        self.language_actions["de"].setText("&" + LANGUAGE_NAMES["de"])
        self.language_actions["en"].setText("&" + LANGUAGE_NAMES["en"])
        for action in self.language.actions():
            action.setStatusTip(
                tr(
                    "The language of menus and messages; a charter's questions "
                    "keep the language chosen for it"
                )
            )
        self.scheme_actions["system"].setText(tr("Follow the &System"))
        self.scheme_actions["light"].setText(tr("&Light"))
        self.scheme_actions["dark"].setText(tr("&Dark"))
