"""Users, roles and log-in: who may see what (gebruikers en rollen).

Passwords are hashed with Argon2 (argon2-cffi) and never stored or logged in clear. The
first start of a database without users asks for an administrator. What a role may see:

- administrator (Beheerder): everything, users, the audit log;
- manager: figures and reports, the audit log; no guidance notes;
- controller: money, rates, parameters, reports; no guidance notes;
- job coach (Jobcoach): the people of their own caseload and their guidance; no money.

The table itself is services.permissions; the ``sees_*`` properties read from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sodesk.domain.enums import Role
from sodesk.services.permissions import Action, role_may
from sodesk.storage import tables as t

MINIMUM_PASSWORD_LENGTH = 10
_HASHER = PasswordHasher()


class LoginFailed(Exception):
    """Unknown user, wrong password or a blocked account (one message for all three)."""


class UserProblem(ValueError):
    """A user cannot be created as asked: the message says why, in Dutch."""


@dataclass(frozen=True)
class SignedIn:
    """The person behind the keyboard, as the pages need it."""

    username: str
    display_name: str
    role: Role

    @property
    def sees_money(self) -> bool:
        return role_may(self.role, Action.READ_MONEY)

    @property
    def sees_guidance_notes(self) -> bool:
        return role_may(self.role, Action.READ_GUIDANCE, "note")

    @property
    def reads_audit_log(self) -> bool:
        return role_may(self.role, Action.READ_AUDIT_LOG)

    @property
    def manages_users(self) -> bool:
        return role_may(self.role, Action.MANAGE_USERS)


def needs_first_administrator(session: Session) -> bool:
    """True for a database without any user: the first start asks for an administrator."""
    return not session.scalar(select(func.count()).select_from(t.UserRow))


def create_user(
    session: Session, username: str, display_name: str, role: Role, password: str
) -> t.UserRow:
    """Add a user; the caller's transaction commits it (and the audit log records it)."""
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("-", "").isalnum():
        raise UserProblem(f"gebruikersnaam '{username}': alleen letters, cijfers, . en -")
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise UserProblem(
            f"wachtwoord: minstens {MINIMUM_PASSWORD_LENGTH} tekens (nu {len(password)})"
        )
    if session.scalar(select(t.UserRow).where(t.UserRow.username == username)) is not None:
        raise UserProblem(f"gebruikersnaam '{username}' bestaat al")
    row = t.UserRow(
        username=username,
        display_name=display_name.strip() or username,
        role=role.value,
        password_hash=_HASHER.hash(password),
        active=True,
    )
    session.add(row)
    session.flush()
    return row


def sign_in(session: Session, username: str, password: str) -> SignedIn:
    """Check a password; rehash it when Argon2's parameters have grown stronger."""
    row = session.scalar(select(t.UserRow).where(t.UserRow.username == username.strip().lower()))
    if row is None or not row.active or not row.password_hash:
        _HASHER.hash(password)  # as slow as a real check: no hint that the name is unknown
        raise LoginFailed("Onbekende gebruiker of onjuist wachtwoord.")
    try:
        _HASHER.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise LoginFailed("Onbekende gebruiker of onjuist wachtwoord.") from None
    if _HASHER.check_needs_rehash(row.password_hash):
        row.password_hash = _HASHER.hash(password)
    return SignedIn(row.username, row.display_name, Role(row.role))
