"""Export the PDF on a worker thread from an immutable snapshot, with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxcharter.catalog import Catalog
from cxcharter.domain.model import CharterSnapshot
from cxcharter.ui import ask
from cxcharter.ui.i18n import tr

if TYPE_CHECKING:
    from cxcharter.ui.session import CharterSession


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()


class _ExportRunnable(QRunnable):
    """Runs in the thread pool; touches no SQLite and no widget."""

    def __init__(
        self,
        snapshot: CharterSnapshot,
        catalog: Catalog,
        out: Path,
        signals: _Signals,
        stop: threading.Event,
        governance=None,
        look=None,
        options=None,
    ) -> None:
        super().__init__()
        self.snapshot, self.catalog, self.out = snapshot, catalog, out
        self.signals, self.stop, self.governance = signals, stop, governance
        self.look = look  # immutable (domain.branding.Look): safe in the worker
        self.options = options

    def run(self) -> None:
        from cxcharter.export.pdf import ExportCancelled, ExportError, export_pdf  # lazy: reportlab

        try:
            edition = (
                {"edition": self.options.edition, "omit": self.options.omit}
                if self.options is not None
                else {}
            )
            export_pdf(
                self.snapshot,
                self.catalog,
                self.out,
                governance=self.governance,
                look=self.look,
                progress=self.signals.progress.emit,
                cancelled=self.stop.is_set,
                **edition,
            )
        except ExportCancelled:
            self.signals.cancelled.emit()
        except ExportError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: still no traceback in the user's face
            self.signals.failed.emit(
                tr("The export failed unexpectedly: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self.signals.finished.emit(str(self.out))


class PdfExport(QObject):
    """One export: starts the worker, shows progress, reports the outcome."""

    done = Signal(bool)

    def __init__(
        self,
        parent: QWidget,
        snapshot: CharterSnapshot,
        catalog: Catalog,
        out: Path,
        governance=None,
        look=None,
        options=None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.out = parent, out
        self.stop = threading.Event()
        self.signals = _Signals()
        self.progress = QProgressDialog(tr("Exporting the PDF…"), tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(tr("Export PDF"))
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.stop.set)
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.signals.cancelled.connect(self._on_cancelled)
        self.runnable = _ExportRunnable(
            snapshot, catalog, out, self.signals, self.stop, governance, look, options
        )

    def start(self) -> None:
        QThreadPool.globalInstance().start(self.runnable)

    def cancel(self) -> None:
        self.stop.set()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _close_progress(self) -> None:
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()

    def _on_finished(self, path: str) -> None:
        self._close_progress()
        self.done.emit(True)
        choice = ask.choose(
            self.parent_widget,
            tr("PDF exported"),
            tr("The charter was exported to\n{path}").format(path=path),
            [tr("Open PDF"), tr("Show in folder")],
        )
        if choice == 0:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif choice == 1:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
        self.deleteLater()

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        self.done.emit(False)
        ask.error(
            self.parent_widget,
            tr("Export failed"),
            tr("The PDF could not be written. Nothing was changed."),
            message,
        )
        self.deleteLater()

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.done.emit(False)
        self.deleteLater()


def ask_and_export(parent: QWidget, session: CharterSession) -> PdfExport | None:
    """Ask for the edition and the file; the export of the charter to start, or None."""
    from cxcharter.ui.app.export_options import ask_export_options  # lazy: its dialog

    doc = session.document
    options = ask_export_options(parent)  # full record, or an excerpt for distribution
    if options is None:
        return None
    excerpt = tr("excerpt")  # in the suggested file name: team.excerpt.pdf
    suffix = ".pdf" if options.edition == "full" else f".{excerpt}.pdf"
    target = ask.save_file(
        parent, tr("Export PDF"), str(doc.path.with_suffix(suffix)), ask.PDF_FILTER
    )
    if not target:
        return None
    if not target.lower().endswith(".pdf"):
        target += ".pdf"
    from cxcharter.export.pdf_record import pdf_record  # lazy: reportlab

    catalog = session.catalog
    snapshot, governance = pdf_record(doc, catalog, doc.snapshot().language)
    return PdfExport(
        parent, snapshot, catalog, Path(target), governance, look=doc.look(), options=options
    )
