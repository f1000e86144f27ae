"""Where the open charter stands: its workflow state and its readiness, kept current.

The workflow state (revision, draft / in review / approved) is read from the
store after every governance step. Readiness findings and whether the approval
still holds are recomputed a moment after the user stops typing: the snapshot
is taken here, the rules and the fingerprint (a SHA-256 over the canonical JSON,
0.2–0.6 s on the stress charter) run in a worker, so typing never waits for them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from cxcharter.catalog import Catalog
from cxcharter.domain import checklist, readiness, tracking
from cxcharter.domain.canonical import fingerprint
from cxcharter.domain.model import CharterSnapshot
from cxcharter.store.governance import GovernanceState
from cxcharter.ui.session import CharterSession

DEBOUNCE_MS = 400


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, (findings, checklist), fingerprint or None


class _CheckRunnable(QRunnable):
    """Readiness rules and (when an approval exists) the fingerprint of one snapshot."""

    def __init__(
        self,
        generation: int,
        catalog: Catalog,
        snapshot: CharterSnapshot,
        today: dt.date,
        want_fingerprint: bool,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.args = (generation, catalog, snapshot, today, want_fingerprint)
        self.signals = signals

    def run(self) -> None:
        generation, catalog, snapshot, today, want_fingerprint = self.args
        found = readiness.check(catalog, snapshot, today)
        items = checklist.build(catalog, snapshot, found)
        digest = fingerprint(snapshot) if want_fingerprint else None
        self.signals.done.emit(generation, (found, items), digest)


def today() -> dt.date:
    """The date the readiness check counts overdue items from (tests replace it)."""
    return dt.date.today()


class GovernanceMonitor(QObject):
    stateChanged = Signal()  # revision, workflow state, approvers awaited
    findingsChanged = Signal()  # readiness findings and whether the approval holds

    def __init__(self, session: CharterSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: GovernanceState = session.document.current_state(with_fingerprint=False)
        self._findings: list[readiness.Finding] = []  # all of them, whatever the state
        self._items: list[checklist.Item] = []
        self.checked = False  # findings computed at least once
        self.holds: bool | None = None  # the newest approval covers the content; None: unknown
        self._digest: str | None = None  # fingerprint of the content at the last check
        self._generation = 0
        self._running = False
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        session.changed.connect(self._on_changed)
        session.governanceChanged.connect(self._on_governance)
        session.aboutToClose.connect(self._on_close)
        self._timer.start(0)  # opening a charter does not wait for the check

    # ------------------------------------------------------------ reading
    @property
    def tracking(self) -> bool:
        """Work tracking counts in this state (a draft; paused in review and approved)."""
        return tracking.tracks_work(self.state.state)

    @property
    def findings(self) -> list[readiness.Finding]:
        """The readiness findings that count in the charter's workflow state."""
        return tracking.findings_in(self.state.state, self._findings)

    @property
    def items(self) -> list[checklist.Item]:
        """The way to review, done and open, as far as it counts in this state."""
        return tracking.items_in(self.state.state, self._items)

    @property
    def blockers(self) -> list[readiness.Finding]:
        return readiness.blockers(self.findings)

    def refresh_now(self) -> None:
        """Check synchronously (opening, submitting): the answer is needed at once."""
        if self.session.closed:
            return
        self._timer.stop()
        self._generation += 1
        snapshot = self.session.document.snapshot()
        found = readiness.check(self.session.catalog, snapshot, today())
        self._apply((found, checklist.build(self.session.catalog, snapshot, found)), None)

    def _on_changed(self) -> None:
        if not self.session.closed:
            self._generation += 1  # a result still on its way is out of date
            self._digest = None
            self._timer.start(DEBOUNCE_MS)

    def _on_governance(self, _number: int) -> None:
        """A workflow step: the content did not change, so the last fingerprint still
        tells whether the (perhaps new) approval covers it."""
        self.state = self.session.document.current_state(with_fingerprint=False)
        self._update_holds()
        self.stateChanged.emit()
        self.findingsChanged.emit()

    def _update_holds(self) -> None:
        approved = self.state.approved
        if approved is None:
            self.holds = None
        elif self._digest is not None:
            self.holds = self._digest == approved.fingerprint

    def _start(self) -> None:
        if self.session.closed:
            return
        if self._running:  # one worker at a time; the newest change is checked after it
            self._timer.start(50)
            return
        want = self.state.approved is not None
        runnable = _CheckRunnable(
            self._generation,
            self.session.catalog,
            self.session.document.snapshot(),
            today(),
            want,
            self._signals,
        )
        self._running = True
        QThreadPool.globalInstance().start(runnable)

    def _on_done(self, generation: int, found: tuple, digest: str | None) -> None:
        self._running = False
        if self.session.closed or generation != self._generation:
            return
        self._apply(found, digest)

    def _apply(self, result: tuple, digest: str | None) -> None:
        found, items = result
        self._findings = list(found)
        self._items = list(items)
        self.checked = True
        if digest is not None:
            self._digest = digest
            self._update_holds()
        self.findingsChanged.emit()

    def _on_close(self) -> None:
        self._timer.stop()
        self._generation += 1
        self.session.changed.disconnect(self._on_changed)
        self.session.governanceChanged.disconnect(self._on_governance)
        self.session.aboutToClose.disconnect(self._on_close)

    def pending(self) -> bool:
        """A check is scheduled or running (tests wait for it to settle)."""
        return self._timer.isActive() or self._running
