"""Users, roles and log-in: who may see what (gebruikers en rollen).

Passwords are hashed with Argon2 (argon2-cffi) and never stored or logged in clear. The
first start of a database without users asks for an administrator. A sign-in hashes the
typed password with the stored hash's parameters and salt and lets the storage compare
(storage/accounts.py: on PostgreSQL the database does, the stored hash never reaches a desk),
which also slows down and locks an account after repeated failures. What a role may see:

- administrator (Beheerder): everything, users, the audit log;
- manager: figures and reports, the audit log; no guidance notes;
- controller: money, rates, parameters, reports; no guidance notes;
- job coach (Jobcoach): the people of their own caseload and their guidance; no money.

The table itself is services.permissions; the ``sees_*`` properties read from it.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError
from argon2.low_level import hash_secret
from sqlalchemy.orm import Session

from sodesk.domain import display
from sodesk.domain.enums import Role
from sodesk.services.permissions import Action, role_may
from sodesk.storage import accounts

MINIMUM_PASSWORD_LENGTH = 10
_HASHER = PasswordHasher()


class LoginFailed(Exception):
    """Unknown user, wrong password or a blocked account (one message for all three).

    ``wait_seconds``: after repeated failures, how long the next try must wait.
    """

    def __init__(self, message: str, wait_seconds: Decimal | None = None) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class SignInLocked(LoginFailed):
    """Too many failed sign-ins: only an administrator opens the account again."""


class SignInTooSoon(LoginFailed):
    """A try during the wait after repeated failures: refused unchecked (and counted)."""


class UserProblem(ValueError):
    """A user cannot be created as asked: the message says why, in Dutch."""


@dataclass(frozen=True)
class SignedIn:
    """The person behind the keyboard, as the pages need it."""

    username: str
    display_name: str
    role: Role
    #: proof of this sign-in for the database (PostgreSQL: lets an administrator manage users)
    token: str | None = field(default=None, repr=False, compare=False)

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
    return not accounts.has_users(session)


def _checked(username: str, password: str) -> str:
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("-", "").isalnum():
        raise UserProblem(f"gebruikersnaam '{username}': alleen letters, cijfers, . en -")
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise UserProblem(
            f"wachtwoord: minstens {MINIMUM_PASSWORD_LENGTH} tekens (nu {len(password)})"
        )
    return username


def create_user(
    session: Session,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    token: str | None = None,
) -> accounts.Account:
    """Add a user; the caller's transaction commits it (and the audit log records it).

    ``token`` is the signed-in administrator's (``SignedIn.token``; the session's own when
    not given): PostgreSQL refuses anyone else, except for the first administrator.

    Raises:
        UserProblem: a bad name or password, a name in use, or no right to add users.
    """
    username = _checked(username, password)
    shown = display_name.strip() or username
    outcome = accounts.add_account(
        session,
        token if token is not None else session.info.get("token"),
        username,
        shown,
        role.value,
        _HASHER.hash(password),
        session.info.get("new_token"),
    )
    if outcome == "exists":
        raise UserProblem(f"gebruikersnaam '{username}' bestaat al")
    if outcome == "denied":
        raise UserProblem("alleen een aangemelde beheerder voegt gebruikers toe")
    return accounts.Account(username, shown, role.value, True, False)


def _hash_like(setting: str, digest_length: int, password: str) -> str | None:
    """The password hashed with a stored hash's algorithm, parameters and salt: equal to
    that hash exactly when the password is right. None for a setting that is no Argon2id."""
    try:
        _, kind, version, parameters, salt = setting.split("$")
        costs = dict(part.split("=") for part in parameters.split(","))
        if kind != "argon2id":
            return None
        encoded = hash_secret(
            password.encode(),
            base64.b64decode(salt + "=" * (-len(salt) % 4)),
            time_cost=int(costs["t"]),
            memory_cost=int(costs["m"]),
            parallelism=int(costs["p"]),
            hash_len=digest_length,
            type=Type.ID,
            version=int(version.removeprefix("v=")),
        )
    except (ValueError, KeyError):
        return None
    return encoded.decode()


def _needs_rehash(setting: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(setting + "$" + "A" * 43)
    except InvalidHashError:
        return True


def _seconds(wait: Decimal | None) -> str:
    return display.number(wait, 1) if wait is not None else ""


def sign_in(session: Session, username: str, password: str) -> SignedIn:
    """Check a password; rehash it when Argon2's parameters have grown stronger.

    The check and its count are committed in a transaction of their own (on the session's
    database), so a failure is counted even when the caller's transaction rolls back.

    Raises:
        SignInLocked: the account is locked (ten failures in a row).
        SignInTooSoon: tried during the wait after repeated failures.
        LoginFailed: unknown user, wrong password or a blocked account (one message).
    """
    name = username.strip().lower()
    token = secrets.token_urlsafe(32)
    with Session(bind=session.get_bind(), info=dict(session.info)) as own, own.begin():
        setting, digest_length = accounts.password_setting(own, name)
        candidate = _hash_like(setting, digest_length, password)
        rehash = _HASHER.hash(password) if candidate and _needs_rehash(setting) else None
        outcome = accounts.check_sign_in(own, name, candidate, rehash, token)
    if outcome.result == "locked":
        raise SignInLocked(
            "Dit account is vergrendeld na te veel mislukte aanmeldingen. "
            "Vraag een beheerder het te ontgrendelen."
        )
    if outcome.result == "wait":
        raise SignInTooSoon(
            "Te snel na een mislukte aanmelding: wacht "
            f"{_seconds(outcome.wait_seconds)} seconden en probeer het opnieuw.",
            outcome.wait_seconds,
        )
    if outcome.result != "ok" or outcome.role is None:
        message = "Onbekende gebruiker of onjuist wachtwoord."
        if outcome.wait_seconds is not None:
            message += f" Probeer het over {_seconds(outcome.wait_seconds)} seconden opnieuw."
        raise LoginFailed(message, outcome.wait_seconds)
    return SignedIn(name, outcome.display_name or name, Role(outcome.role), token=token)


def unlock_user(session: Session, username: str, token: str | None = None) -> None:
    """Open a locked account again (an administrator's action; audited).

    Raises:
        UserProblem: an unknown user, or no right to manage users.
    """
    outcome = accounts.unlock(
        session, token if token is not None else session.info.get("token"), username
    )
    if outcome == "unknown":
        raise UserProblem(f"gebruiker '{username}' bestaat niet")
    if outcome == "denied":
        raise UserProblem("alleen een aangemelde beheerder ontgrendelt een account")
