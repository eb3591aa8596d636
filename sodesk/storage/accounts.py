"""The users table, reached in one place: sign-in checks, the lockout, and user management.

On PostgreSQL a desk's login can neither read nor change ``users``: every call here goes to a
SECURITY DEFINER function of migration 0007, which compares the desk's hash of the typed
password with the stored one (the stored hash never leaves the database), counts failures,
makes the next try wait and locks the account, all in the database. On SQLite, one person's
file without logins, the same rules run here in Python against the table itself.

The throttle: after the third failure in a row each next try waits 0.5 s x 2^(n-3) (at most
a minute); a try during the wait is refused without being checked and counts as a failure;
at the tenth failure the account is locked until an administrator unlocks it. Each failure,
the lock and the unlock are written to the audit log.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sodesk.storage import tables as t
from sodesk.storage.audit import write_audit_event

LOCK_AFTER = 10
SLOW_AFTER = 3
FIRST_WAIT = Decimal("0.5")
LONGEST_WAIT = Decimal(60)
#: the Argon2 parameters of a made-up setting for a name nobody has (argon2-cffi's defaults)
_FAKE_PARAMETERS = "$argon2id$v=19$m=65536,t=3,p=4$"


@dataclass(frozen=True)
class Account:
    """A user as the settings page lists it: never a hash."""

    username: str
    display_name: str
    role: str
    active: bool
    locked: bool


@dataclass(frozen=True)
class SignInOutcome:
    """``result``: ok, failed (wrong or unknown), wait (too soon after a failure) or locked."""

    result: str
    display_name: str | None = None
    role: str | None = None
    wait_seconds: Decimal | None = None


def on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def wait_after(failures: int) -> Decimal | None:
    """How long the next try must wait after ``failures`` failures in a row (None: no wait)."""
    if failures < SLOW_AFTER or failures >= LOCK_AFTER:
        return None
    factor: int = 2 ** (failures - SLOW_AFTER)
    return min(FIRST_WAIT * factor, LONGEST_WAIT)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def has_users(session: Session) -> bool:
    if on_postgresql(session):
        return bool(session.scalar(text("SELECT sodesk_has_users()")))
    return bool(session.scalar(select(func.count()).select_from(t.UserRow)))


def list_accounts(session: Session) -> list[Account]:
    if on_postgresql(session):
        rows = session.execute(text("SELECT * FROM sodesk_list_users()")).all()
        return [Account(*row) for row in rows]
    users = session.scalars(select(t.UserRow).order_by(t.UserRow.username))
    return [
        Account(u.username, u.display_name, u.role, u.active, u.failed_sign_ins >= LOCK_AFTER)
        for u in users
    ]


def password_setting(session: Session, username: str) -> tuple[str, int]:
    """The stored hash without its digest, and the digest's length in bytes.

    A name nobody has gets a made-up setting, so the answer does not tell it apart.
    """
    if on_postgresql(session):
        row = session.execute(
            text("SELECT setting, digest_length FROM sodesk_password_setting(:name)"),
            {"name": username},
        ).one()
        return str(row[0]), int(row[1])
    stored = session.scalar(select(t.UserRow.password_hash).where(t.UserRow.username == username))
    if stored and stored.startswith("$argon2"):
        setting, digest = stored.rsplit("$", 1)
        return setting, len(digest) * 3 // 4
    seed = hashlib.sha256(f"sodesk:{username}".encode()).digest()[:16]
    return _FAKE_PARAMETERS + base64.b64encode(seed).decode().rstrip("="), 32


def check_sign_in(
    session: Session, username: str, candidate: str | None, rehash: str | None, token: str
) -> SignInOutcome:
    """Compare ``candidate`` (the typed password hashed with the stored setting) and keep
    the count; ``rehash`` replaces the stored hash on success, ``token`` is registered as
    this login's proof of the sign-in (PostgreSQL: it lets an administrator manage users)."""
    if on_postgresql(session):
        row = session.execute(
            text("SELECT * FROM sodesk_sign_in(:name, :candidate, :rehash, :token)"),
            {"name": username, "candidate": candidate, "rehash": rehash, "token": token},
        ).one()
        wait = None if row[3] is None else Decimal(row[3])
        return SignInOutcome(row[0], row[1], row[2], wait)
    account = _row(session, username)
    if account is None or not account.active or not account.password_hash:
        return SignInOutcome("failed")
    before = account.failed_sign_ins

    def log(action: str, new: int, reason: str) -> None:
        write_audit_event(
            session, "users", str(account.id), action, field="failed_sign_ins",
            old=str(before), new=str(new), reason=reason, user=account.username,
        )  # fmt: skip

    if before >= LOCK_AFTER:
        log("sign_in", before, "aanmelding geweigerd: account vergrendeld")
        return SignInOutcome("locked")
    moment = _now()
    early = account.retry_after is not None and moment < account.retry_after
    right = candidate is not None and hmac.compare_digest(candidate, account.password_hash)
    if right and not early:
        if before:
            log("sign_in", 0, "aangemeld na mislukte pogingen")
        account.failed_sign_ins, account.retry_after = 0, None
        if rehash:
            account.password_hash = rehash
        session.flush()
        return SignInOutcome("ok", account.display_name, account.role)
    why = "te snel na een mislukte poging" if early else "onjuist wachtwoord"
    failures = before + 1
    wait = wait_after(failures)
    account.failed_sign_ins = failures
    account.retry_after = None if wait is None else moment + dt.timedelta(seconds=float(wait))
    session.flush()
    if failures >= LOCK_AFTER:
        log("lock", failures, f"{why}; vergrendeld na {LOCK_AFTER} mislukte aanmeldingen")
        return SignInOutcome("locked")
    log("sign_in", failures, why)
    return SignInOutcome("wait" if early else "failed", wait_seconds=wait)


def add_account(
    session: Session,
    token: str | None,
    username: str,
    display_name: str,
    role: str,
    password_hash: str,
    new_token: str | None = None,
) -> str:
    """ok, exists or denied. On PostgreSQL only someone who may manage users adds one, or
    anyone the first administrator of an empty table (signed in at once by ``new_token``)."""
    if on_postgresql(session):
        values = {
            "token": token,
            "name": username,
            "shown": display_name,
            "role": role,
            "hash": password_hash,
            "new": new_token,
        }
        query = text("SELECT sodesk_create_user(:token, :name, :shown, :role, :hash, :new)")
        return str(session.scalar(query, values))
    if _row(session, username) is not None:
        return "exists"
    session.add(
        t.UserRow(
            username=username,
            display_name=display_name,
            role=role,
            password_hash=password_hash,
            active=True,
        )
    )
    session.flush()
    return "ok"


def _row(session: Session, username: str) -> t.UserRow | None:
    return session.scalar(select(t.UserRow).where(t.UserRow.username == username))


def _as_owner(session: Session, function: str, token: str | None, username: str) -> str:
    """A user-management function of migration 0007 (SECURITY DEFINER): its answer word."""
    query = text(f"SELECT {function}(:token, :name)")  # function: a fixed name from this module
    return str(session.scalar(query, {"token": token, "name": username}))


def _change_user(
    session: Session,
    function: str,
    token: str | None,
    username: str,
    change: Callable[[t.UserRow], str],
) -> str:
    """A change of one account: on PostgreSQL the owner's ``function`` (it checks the right
    itself), elsewhere ``change`` of the stored row; "unknown" when there is no such user."""
    if on_postgresql(session):
        return _as_owner(session, function, token, username)
    row = _row(session, username)
    return "unknown" if row is None else change(row)


def deactivate(session: Session, token: str | None, username: str) -> str:
    """ok, unknown, last (the last active administrator) or denied."""

    def change(row: t.UserRow) -> str:
        administrators = session.scalar(
            select(func.count())
            .select_from(t.UserRow)
            .where(t.UserRow.role == "administrator", t.UserRow.active.is_(True))
        )
        if row.role == "administrator" and row.active and (administrators or 0) <= 1:
            return "last"
        row.active = False
        session.flush()
        return "ok"

    return _change_user(session, "sodesk_deactivate_user", token, username, change)


def unlock(session: Session, token: str | None, username: str) -> str:
    """ok, unknown or denied: the failures are forgotten and the account opens again."""

    def change(row: t.UserRow) -> str:
        before = row.failed_sign_ins
        row.failed_sign_ins, row.retry_after = 0, None
        session.flush()
        write_audit_event(
            session,
            "users",
            str(row.id),
            "unlock",
            field="failed_sign_ins",
            old=str(before),
            new="0",
        )
        return "ok"

    return _change_user(session, "sodesk_unlock_user", token, username, change)
