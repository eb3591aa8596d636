"""Alembic's environment: runs migrations on the engine sodesk hands it."""

from __future__ import annotations

from alembic import context

from sodesk.storage.base import Base
from sodesk.storage.tables import __all__ as _all_tables  # noqa: F401  (registers tables)

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
