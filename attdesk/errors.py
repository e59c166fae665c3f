"""Named errors for failures a user can cause or fix.

Each carries an English template marked for Qt Linguist (context "Errors") and the values
to fill in, so the GUI can show it translated while the CLI prints the English sentence.
Any exception that is not an AttDeskError is a bug: logged with its traceback, reported
as such.
"""

from __future__ import annotations

from typing import Any, Final

ERRORS_CONTEXT: Final = "Errors"


class AttDeskError(Exception):
    """Base of every expected failure. `str(error)` is a complete sentence for the user."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class DatabaseError(AttDeskError):
    """The database cannot be opened, read or upgraded."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of ATT Desk."""


class NotFoundError(AttDeskError):
    """A record asked for by id or UUID does not exist (any more)."""


class SpreadsheetError(AttDeskError):
    """A spreadsheet cannot be read at all (as opposed to rows with errors)."""


class OperationCancelledError(AttDeskError):
    """The user cancelled a long operation; nothing was written."""
