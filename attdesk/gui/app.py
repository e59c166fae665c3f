"""Starting the window: Qt application, database, translators, first-run setup."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from attdesk import __version__, resource_files
from attdesk.errors import AttDeskError
from attdesk.gui.context import AppContext
from attdesk.gui.errors import install_excepthook
from attdesk.gui.main_window import MainWindow
from attdesk.gui.setup_dialog import SetupDialog
from attdesk.gui.translation import Translators, error_text
from attdesk.logs import configure_logging
from attdesk.store.database import Database, open_database

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, named so that Qt settings and paths are stable."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName("ATT Desk")
    QCoreApplication.setApplicationName("ATT Desk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    icon = resource_files.local_path("icons", "attdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def start(db: Database, translators: Translators | None = None) -> MainWindow | None:
    """Build the main window on an open database, running first-run setup if needed.

    Returns None if the user closes the setup dialog without finishing it.
    """
    translators = translators or Translators()
    ctx = AppContext(db, translators)
    translators.install(ctx.language)
    if not ctx.settings.configured:
        dialog = SetupDialog(ctx, None, first_run=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    return MainWindow(ctx)


def run_gui(database: str | Path | None = None) -> int:
    """`attdesk` without a command: open the window; the return value is the exit status."""
    configure_logging()
    app = application()
    install_excepthook()
    translators = Translators()
    try:
        db = open_database(database)
    except AttDeskError as error:
        log.warning("cannot open database: %s", error)
        QMessageBox.critical(None, QCoreApplication.translate("App", "ATT Desk"), error_text(error))
        return 1
    try:
        window = start(db, translators)
        if window is None:
            return 0
        window.show()
        return app.exec()
    finally:
        db.close()


def main() -> int:
    """Entry point of the `attdesk-gui` launcher (no console on Windows)."""
    from attdesk.cli.main import main as cli_main

    return cli_main(sys.argv[1:])
