"""Apply the Alembic migrations from code (the bot and `intake db upgrade` call this on start).

No alembic.ini is read: the script location is this package's `migrations/`, so it works from
any working directory and from an installed package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import READ_ONLY, create_engine

MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"
# Serialises concurrent upgrades on PostgreSQL (two bot processes starting together). Negative,
# so it never meets a respondent's lock (Telegram user ids are positive).
_MIGRATION_LOCK: Final = -0x1CEC0B5


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for this package, running on `connection` if given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration's revision id."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def upgrade(url: str) -> None:
    """Bring the database at `url` to the newest schema."""
    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
    finally:
        await engine.dispose()


async def upgrade_engine(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the engine's database to `revision`, in one transaction."""
    async with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            await conn.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK}
            )
        await conn.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))


async def current_revision_engine(engine: AsyncEngine) -> str | None:
    """The revision the engine's database is at (None: not migrated yet)."""
    async with engine.connect() as conn:
        await conn.execution_options(**READ_ONLY)
        return await conn.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )
