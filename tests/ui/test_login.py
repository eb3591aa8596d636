"""Log-in at start: the first administrator, one message for every failure, roles decide pages."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sodesk.domain.enums import Role
from sodesk.services import parameters as svc
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.ui.app import chosen_database_url, run_app
from sodesk.ui.login import (
    LAST_USER,
    FirstAdministratorDialog,
    LoginDialog,
    page_allowed,
    sign_in_at_start,
)
from sodesk.ui.main_window import MainWindow


@pytest.fixture
def empty_workspace(dutch_app: QApplication, sqlite_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(sqlite_url)
    yield workspace
    workspace.close()


def _when_modal(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the modal dialog of ``kind`` as soon as it is on screen."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_an_empty_database_asks_for_the_first_administrator(
    empty_workspace: Workspace, qtbot: QtBot
) -> None:
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstAdministratorDialog)
        form = dialog.form
        form.username.setText("Beheer")
        form.display_name.setText("Bea Beheer")
        form.password.setText("kort")
        form.repeat.setText("kort")
        dialog.submit()  # too short: the services' rule, beside the password
        seen.append(form.messages["password"].text())
        form.password.setText("lang-genoeg-1")
        form.repeat.setText("lang-genoeg-2")
        dialog.submit()
        seen.append(form.messages["repeat"].text())
        form.repeat.setText("lang-genoeg-1")
        dialog.submit()

    _when_modal(FirstAdministratorDialog, fill)
    who = sign_in_at_start(empty_workspace)
    assert seen == ["wachtwoord: minstens 10 tekens (nu 4)", "De twee wachtwoorden verschillen."]
    assert who == SignedIn("beheer", "Bea Beheer", Role.ADMINISTRATOR)
    assert empty_workspace.sessions.kw["info"]["user"] == "beheer"
    with empty_workspace.sessions() as session:
        assert session.info["user"] == "beheer"
        creators = set(
            session.scalars(select(t.AuditRow.user).where(t.AuditRow.table_name == "users"))
        )
    assert creators == {"beheer"}
    assert QSettings().value(LAST_USER) == "beheer"


def test_one_message_for_every_failed_log_in(empty_workspace: Workspace, qtbot: QtBot) -> None:
    svc.create_first_administrator(empty_workspace, "beheer", "Bea", "lang-genoeg-1")
    svc.add_user(empty_workspace.sessions, "ctrl.bram", "Bram", Role.CONTROLLER, "herfst-2025-x")
    svc.add_user(empty_workspace.sessions, "oud", "Oud", Role.CONTROLLER, "winter-2025-x")
    svc.deactivate_user(empty_workspace.sessions, "oud", by="beheer")
    dialog = LoginDialog(empty_workspace)
    qtbot.addWidget(dialog)
    messages = set()
    for name, password in (
        ("ctrl.bram", "verkeerd-wachtwoord"),
        ("niemand", "herfst-2025-x"),
        ("oud", "winter-2025-x"),
    ):
        dialog.username.setText(name)
        dialog.password.setText(password)
        dialog.submit()
        assert dialog.password.text() == "" and dialog.result() == 0
        messages.add(dialog.message.text())
    assert messages == {"Onbekende gebruikersnaam of onjuist wachtwoord."}
    dialog.username.setText("Ctrl.Bram")
    dialog.password.setText("herfst-2025-x")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.role is Role.CONTROLLER
    assert empty_workspace.sessions.kw["info"]["user"] == "ctrl.bram"
    again = LoginDialog(empty_workspace)
    qtbot.addWidget(again)
    assert again.username.text() == "ctrl.bram"  # the last user is remembered, never a password


def test_cancelling_the_log_in_opens_nothing(empty_workspace: Workspace, qtbot: QtBot) -> None:
    svc.create_first_administrator(empty_workspace, "beheer", "Bea", "lang-genoeg-1")
    empty_workspace.sessions.configure(info={"user": "systeem"})
    _when_modal(LoginDialog, lambda dialog: dialog.reject())
    assert sign_in_at_start(empty_workspace) is None
    assert empty_workspace.sessions.kw["info"]["user"] == "systeem"


@pytest.mark.parametrize("role", list(Role))
def test_the_role_decides_the_pages_and_the_status_bar_names_the_user(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, role: Role
) -> None:
    window = MainWindow(demo_workspace, user=SignedIn("gert", "Gert Gebruiker", role))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    shown = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert [p.title() for p in window.pages] == shown
    keys = [page.key for page in window.pages]
    assert "workers" in keys and keys[-1] == "settings" and shown[-1] == "Instellingen"
    for money in ("overview", "activities", "reports"):
        assert (money in keys) is (role is not Role.JOB_COACH)
    assert ("guidance" in keys) is (role is not Role.CONTROLLER)
    assert window.current_page() is window.pages[0]
    status = window.statusBar().currentMessage()
    names = {
        Role.JOB_COACH: "Jobcoach",
        Role.CONTROLLER: "Controller",
        Role.MANAGER: "Manager",
        Role.ADMINISTRATOR: "Beheerder",
    }
    assert f"Aangemeld: Gert Gebruiker ({names[role]})" in status


def test_money_pages_are_hidden_from_coaches_and_notes_from_controllers() -> None:
    coach = SignedIn("c", "C", Role.JOB_COACH)
    controller = SignedIn("k", "K", Role.CONTROLLER)
    for key in ("activities", "overview", "reports"):
        assert not page_allowed(key, coach) and page_allowed(key, controller)
    assert page_allowed("guidance", coach) and not page_allowed("guidance", controller)
    assert all(page_allowed(key, None) for key in ("activities", "guidance", "settings"))


def test_the_start_asks_who_is_there_then_shows_their_pages(
    dutch_app: QApplication,
    qtbot: QtBot,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []

    def first_administrator(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstAdministratorDialog)
        dialog.form.username.setText("beheer")
        dialog.form.password.setText("lang-genoeg-1")
        dialog.form.repeat.setText("lang-genoeg-1")
        dialog.submit()
        QTimer.singleShot(0, close_window)

    def close_window() -> None:
        # the window run_app opened: a window an earlier test made may still exist, hidden
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ),
            None,
        )
        if window is None:
            QTimer.singleShot(20, close_window)
            return
        seen.append(window.statusBar().currentMessage())
        seen.append(type(sys.excepthook).__name__)
        qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=30_000)
        window.close()

    _when_modal(FirstAdministratorDialog, first_administrator)
    assert run_app(sqlite_url) == 0
    assert "Aangemeld: beheer (Beheerder)" in seen[0]
    assert seen[1] == "CrashHandler" and type(sys.excepthook).__name__ != "CrashHandler"


def test_the_database_chosen_under_settings_comes_after_the_command_line_and_environment(
    dutch_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SODESK_DATABASE_URL", raising=False)
    QSettings().setValue("database_url", "sqlite:////tmp/gekozen.sqlite3")
    try:
        assert chosen_database_url() == "sqlite:////tmp/gekozen.sqlite3"
        monkeypatch.setenv("SODESK_DATABASE_URL", "sqlite:////tmp/omgeving.sqlite3")
        assert chosen_database_url() == "sqlite:////tmp/omgeving.sqlite3"
        assert chosen_database_url("sqlite:////tmp/optie.sqlite3") == "sqlite:////tmp/optie.sqlite3"
    finally:
        QSettings().remove("database_url")
    monkeypatch.delenv("SODESK_DATABASE_URL")
    assert chosen_database_url() is None


def test_the_login_dialog_says_when_to_try_again_and_when_the_account_is_locked(
    empty_workspace: Workspace, qtbot: QtBot
) -> None:
    svc.create_first_administrator(empty_workspace, "beheer", "Bea Beheer", "lang-genoeg-1")
    dialog = LoginDialog(empty_workspace)
    qtbot.addWidget(dialog)
    seen = []
    for _ in range(10):
        dialog.username.setText("beheer")
        dialog.password.setText("fout-wachtwoord")
        dialog.submit()
        seen.append(dialog.message.text())
    assert seen[0] == "Onbekende gebruikersnaam of onjuist wachtwoord."
    assert seen[2] == (
        "Onbekende gebruikersnaam of onjuist wachtwoord. Wacht 0,5 seconden voor de volgende "
        "poging."
    )
    assert seen[-1].startswith("Dit account is vergrendeld na te veel mislukte aanmeldingen.")
    dialog.password.setText("lang-genoeg-1")
    dialog.submit()
    assert dialog.signed_in is None and dialog.message.text() == seen[-1]
