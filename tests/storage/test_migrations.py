"""Migrations build the schema from nothing, agree with the models, and configure SQLite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, func, inspect, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import counts, review_totals
from storage import migrate as migrate_module
from storage.db import create_engine
from storage.migrate import (
    MIGRATIONS,
    alembic_config,
    current_revision_engine,
    downgrade_engine,
    head_revision,
    newest_file_revision,
    upgrade_engine,
)
from storage.models import LISTED_AT_INDEX, Base, submissions
from storage.search import is_search_object
from tests.conftest import TempDatabase

TABLES = {
    "alembic_version",
    "answers",
    "audit_log",
    "attachments",
    "consent_records",
    "digest_runs",
    "guide_settings",
    "outbox",
    "processed_updates",
    "questionnaire_versions",
    "reminders",
    "received_updates",
    "search_choices",
    "search_documents",
    "respondents",
    "submissions",
    "triage_events",
    "web_sessions",
    "web_signins",
    "people",
    "seen_names",
    "review_rounds",
    "review_totals",
    "review_assignments",
    "reviews",
    "review_notices",
    "workspace_counts",
}


def _table_names(conn: Connection) -> set[str]:
    # FTS5's virtual table and its shadow tables are the search index's (migration 0012).
    return {name for name in inspect(conn).get_table_names() if not is_search_object(name)}


def _not_search(obj: object, name: str | None, kind: str, reflected: bool, other: object) -> bool:
    # The index on an expression: SQLite's reflection skips it (its own test below).
    return not (reflected and is_search_object(name)) and name != LISTED_AT_INDEX


async def test_upgrade_builds_schema_from_empty_database(
    empty_db: TempDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the migrations are found from the package, not the cwd
    engine = empty_db.engine()
    assert await current_revision_engine(engine) is None

    await upgrade_engine(engine)
    await upgrade_engine(engine)  # a second start changes nothing

    assert await current_revision_engine(engine) == head_revision() == "0018"
    async with engine.connect() as conn:
        assert await conn.run_sync(_table_names) == TABLES


def test_each_file_names_its_revision_and_the_newest_is_the_head() -> None:
    # What lets a command's start skip Alembic when the database is up to date (storage.migrate).
    from alembic.script import ScriptDirectory

    scripts = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    for script in scripts:
        assert script.path is not None
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
    assert newest_file_revision() == head_revision()
    assert len(scripts) == len(list((MIGRATIONS / "versions").glob("[0-9]" * 4 + "_*.py")))


async def test_an_up_to_date_database_is_left_alone(
    empty_db: TempDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = empty_db.engine()
    await upgrade_engine(engine)
    await downgrade_engine(engine, "0011")
    ran: list[str] = []
    run = migrate_module.run_migration

    async def counted(engine: AsyncEngine, step: Callable[[Connection], None]) -> None:
        ran.append("migration")
        await run(engine, step)

    monkeypatch.setattr(migrate_module, "run_migration", counted)
    await upgrade_engine(engine)
    assert ran == ["migration"]
    assert await current_revision_engine(engine) == head_revision()
    await upgrade_engine(engine)  # at the head: Alembic not even loaded
    assert ran == ["migration"]


def _trigger_names(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    return {name for (name,) in conn.exec_driver_sql(query)}


async def test_the_head_keeps_every_counting_trigger(empty_db: TempDatabase) -> None:
    # A later migration that rebuilds a table (SQLite's batch mode copies it) silently drops
    # its triggers; the workspace's counts and the ranking's totals would then go stale.
    engine = empty_db.engine()
    await upgrade_engine(engine)
    async with engine.connect() as conn:
        dialect = conn.dialect.name
        found = await conn.run_sync(_trigger_names)
    expected = {
        statement.split()[2]
        for module in (counts, review_totals)
        for statement in module.create_statements(dialect)
        if statement.startswith("CREATE TRIGGER")
    }
    assert expected and expected <= found


async def test_downgrade_to_base_removes_every_table(empty_db: TempDatabase) -> None:
    engine = empty_db.engine()
    await upgrade_engine(engine)
    async with engine.begin() as conn:
        await conn.run_sync(lambda sync: command.downgrade(alembic_config(sync), "base"))
        assert await conn.run_sync(_table_names) == {"alembic_version"}


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
async def test_models_match_migrations(db_engine: AsyncEngine) -> None:
    async with db_engine.connect() as conn:
        diff = await conn.run_sync(
            lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"include_object": _not_search}),
                Base.metadata,
            )
        )
    assert diff == []


async def test_the_list_of_every_status_is_read_in_the_order_of_its_index(
    db_engine: AsyncEngine,
) -> None:
    """The workspace's list of every status, newest first, reads the expression index of
    migration 0017 in order instead of sorting every submission."""
    c = submissions.c
    listed = func.coalesce(c.submitted_at, c.created_at)
    query = select(c.id).order_by(listed.desc(), c.id.desc()).limit(50)
    async with db_engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            # A tiny table: sorting it would cost less than reading an index.
            await conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            await conn.exec_driver_sql("SET LOCAL enable_sort = off")
        compiled = query.compile(conn.sync_connection, compile_kwargs={"literal_binds": True})
        prefix = "EXPLAIN QUERY PLAN " if conn.dialect.name == "sqlite" else "EXPLAIN "
        plan = " ".join(str(row[-1]) for row in await conn.exec_driver_sql(prefix + str(compiled)))
    assert LISTED_AT_INDEX in plan and "TEMP B-TREE" not in plan and "Sort" not in plan, plan


async def test_sqlite_is_configured_for_concurrent_use(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    try:
        async with engine.connect() as conn:
            pragmas = {
                name: (await conn.exec_driver_sql(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "busy_timeout", "foreign_keys", "synchronous")
            }
    finally:
        await engine.dispose()
    assert pragmas == {
        "journal_mode": "wal",
        "busy_timeout": 15000,
        "foreign_keys": 1,
        "synchronous": 1,  # NORMAL
    }
