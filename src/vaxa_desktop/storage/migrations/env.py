"""Alembic environment: always run from code with a connection handed over."""

from __future__ import annotations

from alembic import context

from vaxa_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line
    raise RuntimeError("migrations run from vaxa_desktop.storage.archive, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
