"""What every window needs: the open database, the settings and the interface language.

One AppContext per running app, passed to windows explicitly (no globals), so that tests
can build any widget on a temporary database.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session, sessionmaker

from attdesk.domain.countries import countries
from attdesk.domain.vocabularies import vocabulary
from attdesk.gui.translation import Translators
from attdesk.store.database import Database
from attdesk.store.settings import AppSettings, load_settings, save_settings


class AppContext(QObject):
    """The database and preferences of the running app, with change notifications."""

    settingsChanged = Signal()
    languageChanged = Signal(str)
    # Emitted after data changed outside the view that changed it (an import, the demo).
    activitiesReloaded = Signal()
    organisationsChanged = Signal()

    def __init__(self, db: Database, translators: Translators | None = None):
        super().__init__()
        self.db = db
        self.translators = translators or Translators()
        with db.sessions() as session:
            self._settings = load_settings(session)

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.db.sessions

    @property
    def settings(self) -> AppSettings:
        return self._settings

    @property
    def language(self) -> str:
        return self._settings.language

    def save_settings(self, settings: AppSettings) -> None:
        """Store new settings (raises ValidationError) and tell every window."""
        with self.sessions.begin() as session:
            save_settings(session, settings)
        language_changed = settings.language != self._settings.language
        self._settings = settings
        if language_changed:
            self.translators.install(settings.language)
            self.languageChanged.emit(settings.language)
        self.settingsChanged.emit()

    def label(self, vocabulary_id: str, code: str | None) -> str:
        """A vocabulary code as the user reads it, in the interface language."""
        return vocabulary(vocabulary_id).label(code, self.language) if code else ""

    def labels(self, vocabulary_id: str, codes: Iterable[str]) -> list[str]:
        return vocabulary(vocabulary_id).labels(codes, self.language)

    def state_name(self, code: str | None) -> str:
        return countries().name(code, self.language) if code else ""
