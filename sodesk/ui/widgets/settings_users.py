"""Gebruikers (users) for administrators: the list, a new user with a role, blocking a user,
unlocking an account locked after failed sign-ins.

Password hashes never leave services.users; the list shows name, role and whether the
account is active. :class:`UserForm` (name, display name, password twice) also serves the
first-administrator dialog at the first start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain.enums import Role
from sodesk.services import parameters as svc
from sodesk.services.database import Sessions
from sodesk.services.errors import InputRejected
from sodesk.services.users import MINIMUM_PASSWORD_LENGTH, SignedIn, UserProblem
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.pages.parts import current_record
from sodesk.ui.widgets.fields import FieldMessage, button_row, save_and_cancel
from sodesk.ui.widgets.settings_tables import make_table, reset_rows

_C = "UserForm"
ROLE_NAMES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("UserForm", "Administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("UserForm", "Manager"),
    Role.CONTROLLER: QT_TRANSLATE_NOOP("UserForm", "Controller"),
    Role.JOB_COACH: QT_TRANSLATE_NOOP("UserForm", "Job coach"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate(_C, ROLE_NAMES[role])


class UserForm(QWidget):
    """User name, display name, password and the password again, each with its message."""

    def __init__(self, with_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MINIMUM_PASSWORD_LENGTH))
        )
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(self.role.findData(Role.CONTROLLER))
        rows: list[tuple[str, str, QWidget]] = [
            ("username", self.tr("User name"), self.username),
            ("display_name", self.tr("Full name"), self.display_name),
            ("password", self.tr("Password"), self.password),
            ("repeat", self.tr("Password again"), self.repeat),
        ]
        if with_role:
            rows.append(("role", self.tr("Role"), self.role))
        self.messages: dict[str, FieldMessage] = {}
        for row, (key, caption, widget) in enumerate(rows):
            text = QLabel(caption)
            text.setBuddy(widget)
            grid.addWidget(text, row, 0)
            grid.addWidget(widget, row, 1)
            self.messages[key] = FieldMessage()
            grid.addWidget(self.messages[key], row, 2)
        grid.setColumnMinimumWidth(2, 200)
        self.general = FieldMessage()
        grid.addWidget(self.general, len(rows), 0, 1, 3)

    def check_repeat(self) -> bool:
        """Clear old messages; False (with a message) when the passwords differ."""
        for message in (*self.messages.values(), self.general):
            message.clear_message()
        if self.password.text() != self.repeat.text():
            self.messages["repeat"].say(self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        return True

    def show_problem(self, problem: Exception) -> None:
        """A services.users message beside the field it is about."""
        text = str(problem)
        if text.startswith("wachtwoord"):
            self.messages["password"].say(text)
        elif text.startswith("gebruikersnaam"):
            self.messages["username"].say(text)
        else:
            self.general.say(text)


class AddUserDialog(QDialog):
    """A new user with a role; stays open with a message when the name or password will not do."""

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.sessions = sessions
        self.who: SignedIn | None = None
        self.created: svc.UserEntry | None = None
        layout = QVBoxLayout(self)
        self.form = UserForm(with_role=True)
        layout.addWidget(self.form)
        buttons, _save = save_and_cancel(self, self.tr("Add"), self.tr("Cancel"), self.submit)
        layout.addWidget(buttons)

    def submit(self) -> None:
        form = self.form
        if not form.check_repeat():
            return
        try:
            self.created = svc.add_user(
                self.sessions,
                form.username.text(),
                form.display_name.text(),
                Role(form.role.currentData()),
                form.password.text(),
                who=self.who,
            )
        except UserProblem as problem:
            form.show_problem(problem)
            return
        self.accept()


USERS = (
    Field(QT_TRANSLATE_NOOP("UserForm", "User name"), lambda u: u.username),
    Field(QT_TRANSLATE_NOOP("UserForm", "Full name"), lambda u: u.display_name),
    Field(QT_TRANSLATE_NOOP("UserForm", "Role"), lambda u: role_name(u.role)),
    Field(
        QT_TRANSLATE_NOOP("UserForm", "Status"),
        lambda u: (
            QCoreApplication.translate("UserForm", "blocked")
            if not u.active
            else QCoreApplication.translate("UserForm", "locked")
            if u.locked
            else QCoreApplication.translate("UserForm", "active")
        ),
    ),
)


def _confirm(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("UserForm", "Block user"), question
    )
    return answer == QMessageBox.StandardButton.Yes


class UsersTab(QWidget):
    """The users tab; ``changed`` asks the page to read the list again."""

    changed = Signal(str)

    def __init__(
        self, sessions: Sessions, me: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("users")
        self.sessions = sessions
        self.me = me
        #: the signed-in user the changes are checked for (the settings page sets it)
        self.who: SignedIn | None = None
        #: asks "block X?"; replaceable in tests
        self.confirm: Callable[[QWidget, str], bool] = _confirm
        self.model = RecordTableModel(_C, USERS, self)
        layout = QVBoxLayout(self)
        self.table, self.proxy = make_table(self.model, self)
        layout.addWidget(self.table, 1)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.add_button = QPushButton(self.tr("New user…"))
        self.block_button = QPushButton(self.tr("Block user"))
        self.unlock_button = QPushButton(self.tr("Unlock user"))
        self.unlock_button.setToolTip(
            self.tr("Open an account that was locked after ten failed sign-ins.")
        )
        layout.addLayout(button_row(left=(self.add_button, self.block_button, self.unlock_button)))
        self.add_button.clicked.connect(self.add_user)
        self.block_button.clicked.connect(self.block_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)

    def set_rows(self, rows: list[svc.UserEntry]) -> None:
        reset_rows(self.table, self.model, rows, Qt.SortOrder.AscendingOrder)

    def add_user(self) -> None:
        dialog = AddUserDialog(self.sessions, self)
        dialog.who = self.who
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.changed.emit(self.tr("User %1 added.").replace("%1", dialog.created.username))
        dialog.deleteLater()

    def block_selected(self) -> None:
        self.message.clear_message()
        user = current_record(self.table)
        if user is None or not user.active:
            return
        question = self.tr("Block %1? They can no longer sign in; the audit log keeps the name.")
        if not self.confirm(self, question.replace("%1", user.username)):
            return
        try:
            svc.deactivate_user(self.sessions, user.username, by=self.me, who=self.who)
        except InputRejected as error:
            self.message.say(error.message)
            return
        self.changed.emit(self.tr("User %1 blocked.").replace("%1", user.username))

    def unlock_selected(self) -> None:
        """Open the selected account after a lockout (services.parameters.unlock, audited)."""
        self.message.clear_message()
        user = current_record(self.table)
        if user is None or not user.locked:
            return
        try:
            svc.unlock(self.sessions, user.username)
        except InputRejected as error:
            self.message.say(error.message)
            return
        self.changed.emit(self.tr("User %1 unlocked.").replace("%1", user.username))
