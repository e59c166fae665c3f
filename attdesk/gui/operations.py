"""Long work off the GUI thread: one helper for import, export and analysis.

`run_in_background` runs a core function in a QThread, shows a progress dialog with a
Cancel button after a short delay, and calls back on the GUI thread with the result or
routes the error to errors.show_error. The work function must not touch widgets: it gets
a Progress and should open its own database session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from attdesk.domain.progress import Progress
from attdesk.errors import OperationCancelledError
from attdesk.gui.errors import show_error
from attdesk.gui.translation import error_text

log = logging.getLogger(__name__)


class _SignalProgress(Progress):
    def __init__(self, emitter: _Worker):
        super().__init__()
        self._emitter = emitter

    def report(self, done: int, total: int, message: str) -> None:
        self._emitter.progressed.emit(done, total, message)


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self._work = work
        self.progress = _SignalProgress(self)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as error:  # delivered to the GUI thread, shown there
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class BackgroundOperation(QObject):
    """A running piece of work; `finished` fires on the GUI thread when it is over."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ):
        super().__init__(parent)
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self.cancelled = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._thread.start()

    def cancel(self) -> None:
        self.cancelled = True
        self._worker.progress.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._stop()
        try:
            self._on_success(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._stop()
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            elif isinstance(error, OperationCancelledError):
                log.info("cancelled: %s", error_text(error))
            else:
                show_error(self._parent, error)
        finally:
            self.finished.emit()


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> BackgroundOperation:
    """Start `work(progress)` in a thread; see the module docstring."""
    return BackgroundOperation(parent, label, work, on_success, on_failure)
