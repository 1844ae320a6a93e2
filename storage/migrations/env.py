"""Alembic environment: runs on the engine handed in by `storage.database`, never on a URL of its own.

Every module of the `storage` package is imported, so each capability's own tables (declared in its
own module, e.g. `storage/ceremonies.py`) are on the metadata without a list to edit here.
"""

from __future__ import annotations

import pkgutil
from importlib import import_module

from alembic import context
from sqlmodel import SQLModel

import storage

for module in pkgutil.iter_modules(storage.__path__):
    import_module(f"storage.{module.name}")

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
