"""Apply the Alembic migrations from code (the bot and `intake db upgrade` call this on start).

No alembic.ini is read: the script location is this package's `migrations/`, so it works from
any working directory and from an installed package.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import READ_ONLY, create_engine

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where it is used: a database already at the newest revision (every
# command's start but the first after an upgrade) needs neither it nor its scripts.

MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"
# Serialises concurrent upgrades on PostgreSQL (two bot processes starting together). Negative,
# so it never meets a respondent's lock (Telegram user ids are positive).
_MIGRATION_LOCK: Final = -0x1CEC0B5


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for this package, running on `connection` if given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration's revision id."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> frozenset[str]:
    """Every migration's revision id: a database at any other revision is not ours."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(script.revision for script in scripts.walk_revisions())


def newest_file_revision() -> str:
    """The newest migration's revision from the file names alone (NNNN_what.py holds revision
    "NNNN", and each revises the one before: tests/storage/test_migrations.py holds them to it)."""
    return max(path.name[:4] for path in (MIGRATIONS / "versions").glob("[0-9]" * 4 + "_*.py"))


async def upgrade(url: str) -> None:
    """Bring the database at `url` to the newest schema."""
    engine = create_engine(url)
    try:
        await upgrade_engine(engine)
    finally:
        await engine.dispose()


async def upgrade_engine(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the engine's database to `revision`, in one transaction."""
    if revision == "head" and await current_revision_engine(engine) == newest_file_revision():
        # Up to date (each command's start but the first after an upgrade): loading Alembic
        # and every script to learn that there is nothing to do took a third of a second.
        return
    from alembic import command

    await run_migration(engine, lambda sync: command.upgrade(alembic_config(sync), revision))


async def downgrade_engine(engine: AsyncEngine, revision: str) -> None:
    """Take the engine's database back to `revision`, in one transaction."""
    from alembic import command

    await run_migration(engine, lambda sync: command.downgrade(alembic_config(sync), revision))


class ForeignKeyViolationError(RuntimeError):
    """A migration left rows pointing at rows that do not exist; it was rolled back."""


async def run_migration(engine: AsyncEngine, step: Callable[[Connection], None]) -> None:
    """Run `step` in one transaction, serialised on PostgreSQL, foreign-key safe on SQLite."""
    async with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by rebuilding it (Alembic's batch mode: copy, drop the old
            # table, rename the copy). With foreign keys on, dropping the old table would cascade
            # to every row that points at it, so they are off for the migration (the pragma is
            # ignored inside a transaction, hence before BEGIN) and checked before the commit.
            await conn.run_sync(_foreign_keys, False)
        try:
            async with conn.begin():
                if not sqlite:
                    await conn.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK}
                    )
                before = await conn.run_sync(_revision) if sqlite else None
                await conn.run_sync(step)
                # Only a migration that ran can have broken a key; the check reads every row
                # of every table (seconds at 100,000 submissions, before each export).
                if sqlite and await conn.run_sync(_revision) != before:
                    await conn.run_sync(_check_foreign_keys)
        finally:
            if sqlite:
                await conn.run_sync(_foreign_keys, True)


def _revision(sync: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(sync).get_current_revision()


def _foreign_keys(sync: Connection, enabled: bool) -> None:
    # On the driver's connection: through SQLAlchemy the statement would begin a transaction.
    cursor = sync.connection.cursor()
    try:
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if enabled else 'OFF'}")
    finally:
        cursor.close()


def _check_foreign_keys(sync: Connection) -> None:
    broken = sync.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise ForeignKeyViolationError(f"rows without their parent in {', '.join(tables)}")


async def current_revision_engine(engine: AsyncEngine) -> str | None:
    """The revision the engine's database is at (None: not migrated yet), read without
    Alembic."""
    try:
        async with engine.connect() as conn:
            await conn.execution_options(**READ_ONLY)
            found = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
    except DBAPIError:  # no such table yet
        return None
    return str(found[0][0]) if len(found) == 1 else None
