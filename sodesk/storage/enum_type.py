"""A string column that only accepts the values of one domain enum (a CHECK constraint)."""

from __future__ import annotations

from enum import Enum

from sqlalchemy import Enum as SAEnum


def enum_column_type(enum_cls: type[Enum], name: str) -> SAEnum:
    """VARCHAR with a CHECK constraint on the enum's values (portable to SQLite and PostgreSQL)."""
    return SAEnum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
