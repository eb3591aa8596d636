"""Algemeen (general settings): language, who is signed in, and the database connection.

Language and database are desk settings (QSettings "language" and "database_url"), read
once at start: a change applies at the next start, and the tab says so. The database URL is
shown without its password; a password typed into a new URL would be kept in the settings
file in clear text, so the tab advises a ~/.pgpass file instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.services import parameters as svc
from sodesk.services.errors import InputRejected
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.widgets.fields import FieldMessage
from sodesk.ui.widgets.settings_users import role_name

LANGUAGE_KEY = "language"
DATABASE_KEY = "database_url"


class GeneralTab(QWidget):
    def __init__(
        self, workspace: Workspace, user: SignedIn | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("general")
        layout = QVBoxLayout(self)

        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        chosen = str(QSettings().value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen or "nl")))
        self.language_note = QLabel(self.tr("A new language applies at the next start."))
        language_form.addRow(self.tr("Language of the window"), self.language)
        language_form.addRow("", self.language_note)
        layout.addWidget(language_box)

        who_box = QGroupBox(self.tr("Signed in"))
        who_form = QFormLayout(who_box)
        if user is None:
            who = self.tr("Nobody: a preview without log-in (screenshots, tests)")
        else:
            who = f"{user.display_name} ({user.username})"
        self.who = QLabel(who)
        self.role = QLabel(self.tr("–") if user is None else role_name(user.role))
        who_form.addRow(self.tr("User"), self.who)
        who_form.addRow(self.tr("Role"), self.role)
        layout.addWidget(who_box)

        database_box = QGroupBox(self.tr("Database"))
        database_form = QFormLayout(database_box)
        self.current = QLabel(svc.shown_url(workspace.url), wordWrap=True)
        self.next_url = QLineEdit(str(QSettings().value(DATABASE_KEY, "") or ""))
        self.next_url.setPlaceholderText(
            self.tr("empty: the embedded database; e.g. postgresql://user@server/sodesk")
        )
        self.use_button = QPushButton(self.tr("Use at next start"))
        line = QHBoxLayout()
        line.addWidget(self.next_url, 1)
        line.addWidget(self.use_button)
        self.database_message = FieldMessage()
        self.database_note = QLabel(
            self.tr(
                "Takes effect at the next start; --database and SODESK_DATABASE_URL go first. "
                "Keep a password out of the URL: put it in a ~/.pgpass file."
            ),
            wordWrap=True,
        )
        database_form.addRow(self.tr("Now connected to"), self.current)
        database_form.addRow(self.tr("At next start"), line)
        database_form.addRow("", self.database_message)
        database_form.addRow("", self.database_note)
        layout.addWidget(database_box)
        layout.addStretch(1)

        self.language.activated.connect(self._language_chosen)
        self.use_button.clicked.connect(self.store_database_url)

    def _language_chosen(self, _index: int) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.language_note.setText(
            self.tr("Stored: %1 applies at the next start.").replace(
                "%1", self.language.currentText()
            )
        )

    def store_database_url(self) -> bool:
        """Keep the URL for the next start; False (with a message) for one that will not do."""
        try:
            url = svc.check_database_url(self.next_url.text())
        except InputRejected as error:
            self.database_message.say(error.message)
            return False
        settings = QSettings()
        if url:
            settings.setValue(DATABASE_KEY, url)
            text = self.tr("Stored: sodesk connects to this database at the next start.")
        else:
            settings.remove(DATABASE_KEY)
            text = self.tr("Stored: sodesk uses the embedded database at the next start.")
        self.database_message.clear_message()
        self.database_note.setText(text)
        return True
