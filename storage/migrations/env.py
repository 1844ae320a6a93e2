"""Alembic environment: runs on the engine handed in by `storage.database`, never on a URL of its own."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import storage.dialogue  # noqa: F401  (registers the tables on the metadata)
import storage.models  # noqa: F401

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
