"""Alembic environment of the central server: migrations run on the connection it hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from bienestar_central.models import metadata

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision --autogenerate` by a developer
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///dev-autogenerate.sqlite3"
    with create_engine(url).connect() as dev_connection:
        context.configure(connection=dev_connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
