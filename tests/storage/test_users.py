"""Users and log-in: Argon2 hashes, one message for every failure, roles decide what is seen."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sodesk.domain.enums import Role
from sodesk.services.users import (
    LoginFailed,
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
