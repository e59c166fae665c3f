"""First-run setup and, later, Settings: language, role, own state, contact details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from attdesk.domain.countries import countries
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.vocabularies import LANGUAGE
from attdesk.errors import AttDeskError
from attdesk.exchange.signing import load_key
from attdesk.gui.context import AppContext
from attdesk.gui.forms.ui_setup_dialog import Ui_SetupDialog
from attdesk.gui.translation import error_text
from attdesk.gui.widgets.field_errors import FieldErrors
from attdesk.store.backup import backup_folder
from attdesk.store.settings import FOCAL_POINT, SECRETARIAT, AppSettings


class SetupDialog(QDialog):
    def _signing_key_text(self) -> str:
        """The public key fingerprint, to register with the secretariat."""
        try:
            key = load_key()
        except AttDeskError as error:
            return error_text(error)
        if key is None:
            return self.tr("Signing key: made at the first export.")
        return self.tr("Signing key fingerprint (give it to the secretariat): {fp}").format(
            fp=key.fingerprint
        )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, first_run: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        settings = ctx.settings
        self.ui.languageCombo.configure(LANGUAGE, settings.language)
        self.ui.languageCombo.set_code(settings.language)
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.ui.stateCombo.configure(countries().americas, settings.language, "")
        self.ui.stateCombo.set_code(settings.state)
        secretariat = settings.role == SECRETARIAT
        self.ui.secretariatRadio.setChecked(secretariat)
        self.ui.focalPointRadio.setChecked(not secretariat)
        self.ui.focalPointRadio.toggled.connect(self._role_changed)
        self.ui.nameEdit.setText(settings.contact_name)
        self.ui.ministryEdit.setText(settings.ministry)
        self.ui.emailEdit.setText(settings.email)
        self.errors = FieldErrors(
            self.ui.form,
            {
                "language": self.ui.languageCombo,
                "role": self.ui.roleBox,
                "state": self.ui.stateCombo,
                "contact_name": self.ui.nameEdit,
                "ministry": self.ui.ministryEdit,
                "email": self.ui.emailEdit,
            },
        )
        db = ctx.db
        where = [self.tr("Database: {path}").format(path=db.display_name)]
        if db.path is not None:
            where.append(self.tr("Automatic backups: {path}").format(path=backup_folder(db.path)))
        where.append(self._signing_key_text())
        self.ui.storageLabel.setText("\n".join(where))
        self.ui.storageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if first_run:
            self.setWindowTitle(self.tr("Welcome to ATT Desk"))
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        else:
            self.setWindowTitle(self.tr("Settings"))
            self.ui.intro.setText(self.tr("Who uses this installation, and in which language."))
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._role_changed()

    def _language_chosen(self) -> None:
        language = self.ui.languageCombo.code() or "en"
        self.ui.stateCombo.configure(countries().americas, language, "")

    def _role_changed(self) -> None:
        focal_point = self.ui.focalPointRadio.isChecked()
        self.ui.stateLabel.setText(
            self.tr("My &state: *") if focal_point else self.tr("My &state:")
        )
        self.ui.ministryLabel.setText(
            self.tr("&Ministry:") if focal_point else self.tr("&Organisation:")
        )

    def settings(self) -> AppSettings:
        role = FOCAL_POINT if self.ui.focalPointRadio.isChecked() else SECRETARIAT
        return AppSettings(
            language=self.ui.languageCombo.code() or "en",
            role=role,
            state=self.ui.stateCombo.code(),
            contact_name=self.ui.nameEdit.text().strip(),
            ministry=self.ui.ministryEdit.text().strip(),
            email=self.ui.emailEdit.text().strip(),
        )

    def save(self) -> None:
        if self.ui.stateCombo.unknown_text():
            text = self.ui.stateCombo.typed_text()
            self.errors.show([FieldIssue("state", "unknown_state", {"value": text})])
            return
        try:
            self.ctx.save_settings(self.settings())
        except ValidationError as error:
            self.errors.show(error.issues)
            return
        self.accept()
