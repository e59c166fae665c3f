"""The one place errors reach the user.

Expected failures (AttDeskError) are shown as a translated sentence. Anything else is a bug:
it is logged with its traceback and the user is told that their data is safe and where the
details are, never shown a traceback.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from attdesk.errors import AttDeskError
from attdesk.gui.translation import error_text, translate
from attdesk.logs import log_file

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """Tell the user about a failure, in their language."""
    if isinstance(error, AttDeskError):
        QMessageBox.warning(parent, title or translate("Errors", "ATT Desk"), error_text(error))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    show_bug(parent, error)


def show_bug(parent: QWidget | None, error: BaseException) -> None:
    text = translate(
        "Errors",
        "Something went wrong inside ATT Desk ({error}). What you saved before is safe.\n\n"
        "The details were written to {log}; please send that file to the ATT Desk team.",
    ).format(error=error.__class__.__name__, log=log_file())
    QMessageBox.critical(parent, translate("Errors", "Unexpected error"), text)


def install_excepthook() -> None:
    """Route uncaught exceptions in Qt slots to the log and a dialog, not to a crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            show_bug(QApplication.activeWindow(), error)

    sys.excepthook = hook
