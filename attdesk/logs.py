"""Logging to a file in the user's log folder, so that a bug report can include what
happened. Users see one-line messages; the log keeps the tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from attdesk.store.engine import APP_NAME

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "attdesk.log"


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file (1 MB x 3); returns its path, or None if it cannot be written."""
    path = log_file()
    root = logging.getLogger()
    root.setLevel(level)
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path  # already configured (the CLI and the GUI may both ask)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return path
