"""Users and log-in: Argon2 hashes, one message for every failure, roles decide what is seen;
repeated failures make the next try wait and lock the account until an administrator unlocks."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from sodesk.domain.enums import Role
from sodesk.services import parameters as params
from sodesk.services.errors import InputRejected
from sodesk.services.users import (
    LoginFailed,
    SignedIn,
    SignInLocked,
    SignInTooSoon,
    UserProblem,
    create_user,
    needs_first_administrator,
    sign_in,
)
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction


def test_the_first_administrator_then_a_sign_in(workspace: Workspace) -> None:
    with workspace.sessions() as session:
        assert needs_first_administrator(session)
    with transaction(workspace.sessions) as session:
        create_user(session, "Beheer", "Bea Beheer", Role.ADMINISTRATOR, "lang-genoeg-1")
    with transaction(workspace.sessions) as session:
        assert not needs_first_administrator(session)
        who = sign_in(session, "beheer", "lang-genoeg-1")
        stored = session.scalars(select(t.UserRow.password_hash)).one()
        logged = session.scalars(
            select(t.AuditRow.new_value).where(t.AuditRow.field == "password_hash")
        ).one()
    assert who.role is Role.ADMINISTRATOR and who.manages_users
    assert stored.startswith("$argon2id$") and "lang-genoeg-1" not in stored
    assert logged == "•••"


def test_wrong_password_unknown_user_and_blocked_account_look_the_same(
    workspace: Workspace,
) -> None:
    with transaction(workspace.sessions) as session:
        create_user(session, "coach.anouk", "Anouk", Role.JOB_COACH, "zomer-2025-x")
        create_user(session, "oud", "Oud", Role.CONTROLLER, "herfst-2025-x")
        session.scalars(select(t.UserRow).where(t.UserRow.username == "oud")).one().active = False
    messages = set()
    for name, password in (
        ("coach.anouk", "fout-wachtwoord"),
        ("niemand", "zomer-2025-x"),
        ("oud", "herfst-2025-x"),
    ):
        with transaction(workspace.sessions) as session, pytest.raises(LoginFailed) as failed:
            sign_in(session, name, password)
        messages.add(str(failed.value))
    assert len(messages) == 1
    with transaction(workspace.sessions) as session:
        coach = sign_in(session, "Coach.Anouk", "zomer-2025-x")
    assert (coach.sees_money, coach.sees_guidance_notes, coach.reads_audit_log) == (
        False,
        True,
        False,
    )


@pytest.mark.parametrize(
    ("name", "password", "message"),
    [
        ("a b", "lang-genoeg-1", "gebruikersnaam"),
        ("anna", "kort", "minstens 10 tekens"),
    ],
)
def test_bad_users_are_refused_with_the_field_named(
    sqlite_url: str, name: str, password: str, message: str
) -> None:
    from sodesk.services.workspace import open_workspace

    workspace = open_workspace(sqlite_url)
    with transaction(workspace.sessions) as session, pytest.raises(UserProblem, match=message):
        create_user(session, name, "", Role.MANAGER, password)
    with workspace.sessions() as session:
        assert needs_first_administrator(session)
    workspace.close()


def _two_users(workspace: Workspace) -> None:
    with transaction(workspace.sessions) as session:
        create_user(session, "beheer", "Bea Beheer", Role.ADMINISTRATOR, "lang-genoeg-1")
        create_user(session, "anna", "Anna", Role.CONTROLLER, "anna-wachtwoord")


def _try(workspace: Workspace, name: str, password: str) -> SignedIn:
    return params.sign_in_workspace(workspace, name, password)


def test_after_three_failures_the_next_try_waits_and_a_try_too_soon_is_refused(
    workspace: Workspace,
) -> None:
    _two_users(workspace)
    for _ in range(2):
        with pytest.raises(LoginFailed) as failed:
            _try(workspace, "anna", "fout-wachtwoord")
        assert str(failed.value) == "Onbekende gebruiker of onjuist wachtwoord."
    with pytest.raises(LoginFailed) as third:
        _try(workspace, "anna", "fout-wachtwoord")
    assert "Probeer het over 0,5 seconden opnieuw." in str(third.value)
    time.sleep(0.6)
    assert _try(workspace, "anna", "anna-wachtwoord").role is Role.CONTROLLER
    # six failures in a row (a try inside a wait counts too): the next must wait 4 s, and
    # the right password typed at once is refused unchecked, and counted
    for _ in range(6):
        with pytest.raises(LoginFailed):
            _try(workspace, "anna", "fout-wachtwoord")
    with pytest.raises(SignInTooSoon, match="wacht 8,0 seconden"):
        _try(workspace, "anna", "anna-wachtwoord")
    with workspace.sessions() as session:
        logged = session.execute(
            select(t.AuditRow.user, t.AuditRow.action, t.AuditRow.new_value, t.AuditRow.reason)
            .where(t.AuditRow.field == "failed_sign_ins")
            .order_by(t.AuditRow.id)
        ).all()
    assert [tuple(row) for row in logged[:4]] == [
        ("anna", "sign_in", "1", "onjuist wachtwoord"),
        ("anna", "sign_in", "2", "onjuist wachtwoord"),
        ("anna", "sign_in", "3", "onjuist wachtwoord"),
        ("anna", "sign_in", "0", "aangemeld na mislukte pogingen"),
    ]
    assert [row[2] for row in logged[4:]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert logged[-1][3] == "te snel na een mislukte poging"


def test_thirty_wrong_passwords_lock_the_account_until_an_administrator_unlocks(
    workspace: Workspace,
) -> None:
    _two_users(workspace)
    kinds = []
    for _ in range(30):
        with pytest.raises(LoginFailed) as failed:
            _try(workspace, "anna", "fout-wachtwoord")
        kinds.append(type(failed.value))
    assert kinds[-1] is SignInLocked and kinds.count(SignInLocked) == 21
    with pytest.raises(SignInLocked, match="Vraag een beheerder"):
        _try(workspace, "anna", "anna-wachtwoord")
    with workspace.sessions() as session:
        locked = {u.username: u.locked for u in params.list_users(session)}
    assert locked == {"anna": True, "beheer": False}
    _try(workspace, "beheer", "lang-genoeg-1")  # the administrator signs in and unlocks
    params.unlock(workspace.sessions, "anna")
    assert _try(workspace, "anna", "anna-wachtwoord").username == "anna"
    with workspace.sessions() as session:
        events = session.execute(
            select(t.AuditRow.user, t.AuditRow.action, t.AuditRow.old_value, t.AuditRow.new_value)
            .where(t.AuditRow.action.in_(["lock", "unlock"]))
            .order_by(t.AuditRow.id)
        ).all()
    assert [tuple(row) for row in events] == [
        ("anna", "lock", "9", "10"),
        ("beheer", "unlock", "10", "0"),
    ]
    with pytest.raises(InputRejected, match="bestaat niet"):
        params.unlock(workspace.sessions, "niemand")
