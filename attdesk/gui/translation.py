"""Interface language: Qt translators, translated core messages and vocabulary labels.

The core marks its sentences with QT_TRANSLATE_NOOP and hands over English templates with
parameters; this module translates the template first, then fills it in.
ATTDESK_TRANS_SCALE=1.5 stretches every translated string by half, to check layouts
against long translations before the translators deliver (as Vorta does).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from attdesk import resource_files
from attdesk.domain.issues import CONTEXT as VALIDATION_CONTEXT
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.errors import ERRORS_CONTEXT, AttDeskError

QT_LOCALES = {"en": "en", "es": "es", "pt": "pt_BR", "fr": "fr"}


class StretchingTranslator(QTranslator):
    """Returns every source string lengthened, to find clipped labels."""

    def __init__(self, scale: float):
        super().__init__()
        self.scale = scale

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        if not source or self.scale <= 1:
            return source
        extra = int(len(source) * (self.scale - 1))
        return source + ("~" * extra if "{" not in source else " " + "~" * extra)

    def isEmpty(self) -> bool:
        return False


class Translators:
    """Installs and swaps the translators for the chosen language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(QT_LOCALES.get(language, "en")))
        scale = float(os.environ.get("ATTDESK_TRANS_SCALE", "0") or 0)
        if scale > 1:
            self._add(app, StretchingTranslator(scale))
            return
        if language == "en":
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator()
        if qt_base.load(f"qtbase_{QT_LOCALES[language]}", qt_dir):
            self._add(app, qt_base)
        ours = QTranslator()
        qm = _qm_path(language)
        if qm is not None and ours.load(str(qm)):
            self._add(app, ours)

    def _add(self, app: QCoreApplication, translator: QTranslator) -> None:
        app.installTranslator(translator)
        self._installed.append(translator)


def _qm_path(language: str) -> Path | None:
    path = resource_files.local_path("i18n", f"attdesk_{language}.qm")
    return path if path.exists() else None


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def issue_text(issue: FieldIssue) -> str:
    """A validation finding in the interface language."""
    return translate(VALIDATION_CONTEXT, issue.template).format(**issue.params)


def error_text(error: AttDeskError) -> str:
    """An expected error in the interface language."""
    if isinstance(error, ValidationError):
        return "\n".join(f"{issue.field}: {issue_text(issue)}" for issue in error.issues)
    template = translate(ERRORS_CONTEXT, error.template)
    try:
        return template.format(**error.params) if error.params else template
    except (KeyError, IndexError):  # a translation with a broken placeholder
        return str(error)
