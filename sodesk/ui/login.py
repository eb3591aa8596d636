"""Aanmelden (log-in) at start, and what each role may see.

After the database opens, a database without users asks for the first administrator; any
other asks for a user name and password, with one message for every failure (no hint which
part was wrong). The signed-in user becomes the workspace's session user, so the audit log
names them. The role then decides the pages, after the one permission table the services
consult (services.permissions): a job coach sees no money, a controller no guidance page;
a page hides only what its services would refuse anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import Role
from sodesk.services import parameters as svc
from sodesk.services.permissions import Action, allowed
from sodesk.services.users import (
    LoginFailed,
    SignedIn,
    SignInLocked,
    SignInTooSoon,
    UserProblem,
)
from sodesk.services.workspace import Workspace
from sodesk.ui.widgets.fields import FieldMessage
from sodesk.ui.widgets.settings_users import UserForm

LAST_USER = "login/last_user"
#: pages with money on them (keys of sodesk.ui.pages): hidden from job coaches
MONEY_PAGES = frozenset(
    {"activities", "overview", "reports", "municipalities", "analyses", "scenarios", "whatif"}
)
#: pages with guidance notes: hidden from controllers
GUIDANCE_PAGES = frozenset({"guidance"})


def page_allowed(key: str, who: SignedIn | None) -> bool:
    """May ``who`` see the page ``key``? Without users every page.

    The page only hides what its services refuse (services.permissions): money pages for
    who may not read money. The guidance page is the coach's desk: hidden from controllers,
    who correct an entry on request (services.guidance.correct_guidance) and read guidance
    on the worker's card, without notes.
    """
    if who is None:
        return True
    if key in MONEY_PAGES and not allowed(who, Action.READ_MONEY):
        return False
    return not (key in GUIDANCE_PAGES and who.role is Role.CONTROLLER)


def may_edit_parameters(who: SignedIn | None) -> bool:
    """Controllers and administrators keep the dated parameters; the others read them."""
    return who is not None and allowed(who, Action.EDIT_PARAMETERS)


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class LoginDialog(QDialog):
    """User name and password; ``signed_in`` holds the user after acceptance."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to sodesk"))
        self.workspace = workspace
        self.signed_in: SignedIn | None = None
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Database: %1").replace("%1", workspace.description)))
        form = QFormLayout()
        self.username = QLineEdit(str(QSettings().value(LAST_USER, "") or ""))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = _buttons(self, self.tr("Sign in"), self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def _failure(self, failed: LoginFailed) -> str:
        """One message for a wrong name or password; the wait or the lock when there is one."""
        if isinstance(failed, SignInLocked):
            return self.tr(
                "This account is locked after too many failed sign-ins. "
                "Ask an administrator to unlock it."
            )
        seconds = display.number(failed.wait_seconds, 1) if failed.wait_seconds else ""
        if isinstance(failed, SignInTooSoon):
            return self.tr("Too soon after a failed sign-in: wait %1 seconds.").replace(
                "%1", seconds
            )
        text = self.tr("Unknown user name or wrong password.")
        if seconds:
            text += " " + self.tr("Wait %1 seconds before the next try.").replace("%1", seconds)
        return text

    def submit(self) -> None:
        try:
            self.signed_in = svc.sign_in_workspace(
                self.workspace, self.username.text(), self.password.text()
            )
        except LoginFailed as failed:
            self.message.say(self._failure(failed))
            self.password.clear()
            self.password.setFocus()
            return
        QSettings().setValue(LAST_USER, self.signed_in.username)
        self.accept()


class FirstAdministratorDialog(QDialog):
    """The first start of a database without users: make the first administrator."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdministratorDialog")
        self.setWindowTitle(self.tr("First administrator"))
        self.workspace = workspace
        self.signed_in: SignedIn | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database has no users yet. Make the first administrator: they add the "
                "other users, each with a role, under Settings."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.form = UserForm(with_role=False)
        layout.addWidget(self.form)
        buttons = _buttons(self, self.tr("Create and sign in"), self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        layout.addWidget(buttons)
        self.form.username.setFocus()

    def submit(self) -> None:
        form = self.form
        if not form.check_repeat():
            return
        try:
            self.signed_in = svc.create_first_administrator(
                self.workspace, form.username.text(), form.display_name.text(), form.password.text()
            )
        except UserProblem as problem:
            form.show_problem(problem)
            return
        QSettings().setValue(LAST_USER, self.signed_in.username)
        self.accept()


def sign_in_at_start(workspace: Workspace, parent: QWidget | None = None) -> SignedIn | None:
    """Ask for the first administrator or a log-in; None when the user cancels."""
    dialog: LoginDialog | FirstAdministratorDialog
    if svc.has_users(workspace):
        dialog = LoginDialog(workspace, parent)
    else:
        dialog = FirstAdministratorDialog(workspace, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    who = dialog.signed_in if accepted else None
    dialog.deleteLater()
    return who
