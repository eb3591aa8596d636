"""Users and roles, the audit log, and the record of imports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from sodesk.storage.base import Base

ROLES = ("administrator", "manager", "controller", "job_coach")


class UserRow(Base):
    """A person who uses sodesk, with one role (Beheerder, Manager, Controller, Jobcoach)."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "role IN ('administrator', 'manager', 'controller', 'job_coach')", name="role"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(default=True)
    #: failed sign-ins in a row; at LOCK_AFTER (storage/accounts.py) the account is locked
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    #: no sign-in is checked before this moment (UTC) after repeated failures
    retry_after: Mapped[dt.datetime | None]


class AuditRow(Base):
    """One change to a record: who, when, which field, old and new value."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_table_key", "table_name", "record_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    user: Mapped[str] = mapped_column(String(80))
    #: the database login that made the change (PostgreSQL: one login role per user)
    db_user: Mapped[str | None] = mapped_column(String(80))
    table_name: Mapped[str] = mapped_column(String(60))
    record_key: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(String(500))


class ImportRunRow(Base):
    """A finished import: when, from where, how many rows per file (shown in the status bar)."""

    __tablename__ = "import_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    user: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(1000))
    summary: Mapped[str] = mapped_column(Text)
