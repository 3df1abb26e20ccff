"""Alembic environment: runs on the connection handed over by storage.migrate, or on its own.

On its own (the `alembic` command line, e.g. `alembic -c storage/alembic.ini revision
--autogenerate -m "..." --rev-id 0002`), the URL comes from DATABASE_URL, else alembic.ini.
"""

from __future__ import annotations

import asyncio
import os
from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from storage.db import DEFAULT_DATABASE_URL, create_engine, database_url
from storage.migrate import run_migration
from storage.models import Base, UTCDateTime
from storage.search import is_search_object

config = context.config


def _url() -> str:
    return database_url(
        os.environ.get("DATABASE_URL")
        or config.get_main_option("sqlalchemy.url")
        or DEFAULT_DATABASE_URL
    )


def _render_item(kind: str, obj: object, _context: AutogenContext) -> str | Literal[False]:
    # Migrations spell the plain column type, so they never import the models.
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_object(
    obj: object, name: str | None, kind: str, reflected: bool, compare_to: object
) -> bool:
    """Leave out the search index's own structures (FTS5 tables, the GIN expression index):
    migration 0012 makes them; the models do not describe them."""
    return not (reflected and is_search_object(name))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: later migrations rebuild tables in batches.
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=_render_item,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_url() -> None:
    engine = create_engine(_url())
    try:
        await run_migration(engine, _run)
    finally:
        await engine.dispose()


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (shared := config.attributes.get("connection")) is not None:
    _run(shared)
else:
    asyncio.run(_run_from_url())
