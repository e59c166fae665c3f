"""Progress reporting and cancellation for long work, without any GUI.

Core functions that take a while accept a `Progress`; the GUI's background helper passes
one that updates a progress bar and raises OperationCancelledError when the user clicks Cancel.
"""

from __future__ import annotations

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import OperationCancelledError


class Progress:
    """Counts steps; subclasses (or the GUI) observe. The default does nothing visible."""

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        """Raise OperationCancelledError if cancellation was requested."""
        if self._cancelled:
            raise OperationCancelledError(
                QT_TRANSLATE_NOOP("Errors", "The operation was cancelled; nothing was changed.")
            )

    def update(self, done: int, total: int, message: str = "") -> None:
        """Report `done` of `total` steps and stop here if the user cancelled."""
        self.report(done, total, message)
        self.check()

    def report(self, done: int, total: int, message: str) -> None:
        """Hook for observers; called by update()."""
