"""`intake db backup` and `intake db restore`: every row back, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import shlex
import sqlite3
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, select
from sqlalchemy.ext.asyncio import create_async_engine

from storage.db import create_engine
from storage.migrate import head_revision, upgrade
from storage.models import Base
from tests.delivery.conftest import T0, answers, start_draft, submit
from tests.ops.conftest import intake

Contents = dict[str, list[tuple[Any, ...]]]


async def contents(url: str) -> Contents:
    """Every row of every table (and the schema revision), in a comparable order."""
    engine = create_engine(url)
    try:
        found: Contents = {}
        async with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                rows = (await conn.execute(select(table))).all()
                found[table.name] = sorted((tuple(row) for row in rows), key=repr)
            version = await conn.exec_driver_sql("SELECT version_num FROM alembic_version")
            found["alembic_version"] = [tuple(row) for row in version]
        return found
    finally:
        await engine.dispose()


async def fill(url: str) -> None:
    """Submissions in three languages with files and e-mails queued, and an open draft."""
    await upgrade(url)
    engine = create_engine(url)
    try:
        for n, lang in enumerate(("fr", "it", "lt")):
            await submit(engine, 800 + n, T0, lang=lang)
        await start_draft(engine, 810, T0, {"org_name": answers()["org_name"]})
    finally:
        await engine.dispose()


def command_in(output: str, tool: str) -> list[str]:
    """The shell command the output tells the administrator to run."""
    return shlex.split(output[output.index(tool + " ") :].strip())


async def run(command: list[str]) -> None:
    """Run a command as the administrator would; it must succeed."""
    process = await asyncio.create_subprocess_exec(*command)
    assert await process.wait() == 0, command


@pytest.mark.slow
async def test_backup_and_restore_bring_every_row_back(
    database_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    await fill(database_url)
    before = await contents(database_url)
    assert sum(len(rows) for rows in before.values()) > 100
    backup = tmp_path / "intake-backup.db"
    env = {"DATABASE_URL": database_url}
    ran = await intake("db", "backup", str(backup), env=env, cwd=tmp_path)
    if make_url(database_url).get_backend_name() == "postgresql":
        assert ran.code == 2 and not backup.exists()  # nothing written: pg_dump does it
        assert "--password" not in ran.out
        await run(command_in(ran.out, "pg_dump"))
    else:
        assert ran.code == 0, ran.out + ran.err
        assert f"Backup written to {backup}" in ran.out
    assert backup.stat().st_size > 0

    restored_url = await empty_database_beside(database_url, tmp_path, request)
    ran = await intake(
        "db", "restore", str(backup), env={"DATABASE_URL": restored_url}, cwd=tmp_path
    )
    if make_url(database_url).get_backend_name() == "postgresql":
        assert ran.code == 2
        await run(command_in(ran.out, "pg_restore"))
    else:
        assert ran.code == 0, ran.out + ran.err
        assert f"schema migrated to revision {head_revision()}" in ran.out
    assert await contents(restored_url) == before


async def empty_database_beside(url: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A second, empty database of the same kind (dropped at the end of the test)."""
    if make_url(url).get_backend_name() == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'restored' / 'intake.db'}"
    name = f"ops_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    await admin.dispose()

    def drop() -> None:
        subprocess.run(
            [
                "psql",
                make_url(url).set(drivername="postgresql").render_as_string(False),
                "-c",
                f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            ],
            check=False,
            capture_output=True,
        )

    request.addfinalizer(drop)
    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.mark.slow
async def test_sqlite_backup_is_consistent_while_the_bot_writes(tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    url = f"sqlite+aiosqlite:///{db}"
    await fill(url)
    committed = await contents(url)
    # The bot in the middle of an update: a write transaction open, not committed yet.
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO processed_updates VALUES (424242, '2026-03-02 09:00:00')")
    try:
        ran = await intake(
            "db", "backup", str(tmp_path / "b.db"), env={"DATABASE_URL": url}, cwd=tmp_path
        )
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert ran.code == 0, ran.out + ran.err
    restored = f"sqlite+aiosqlite:///{tmp_path / 'r.db'}"
    ran = await intake(
        "db", "restore", str(tmp_path / "b.db"), env={"DATABASE_URL": restored}, cwd=tmp_path
    )
    assert ran.code == 0, ran.out + ran.err
    assert await contents(restored) == committed  # as of the backup: the open write is not in


@pytest.mark.slow
async def test_restore_refuses_a_database_with_data_and_backup_an_existing_file(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}"
    await fill(url)
    env = {"DATABASE_URL": url}
    backup = tmp_path / "b.db"
    assert (await intake("db", "backup", str(backup), env=env, cwd=tmp_path)).code == 0
    again = await intake("db", "backup", str(backup), env=env, cwd=tmp_path)
    assert again.code == 1 and "already exists" in again.err
    before = await contents(url)
    ran = await intake("db", "restore", str(backup), env=env, cwd=tmp_path)
    assert ran.code == 1 and "is not empty" in ran.err
    assert await contents(url) == before
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("hello")
    ran = await intake(
        "db", "restore", str(not_ours), env={"DATABASE_URL": url + "2"}, cwd=tmp_path
    )
    assert ran.code == 1 and "is not a backup of CECOPS Intake" in ran.err


async def test_postgresql_backup_names_pg_dump_without_the_password(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://intake:pa55-secret@db.example.org:5433/intake"
    ran = await intake(
        "db", "backup", "/srv/backups/intake.dump", env={"DATABASE_URL": url}, cwd=tmp_path
    )
    assert ran.code == 2
    assert command_in(ran.out, "pg_dump") == [
        "pg_dump",
        "--format=custom",
        "--no-owner",
        "--file=/srv/backups/intake.dump",
        "postgresql://intake@db.example.org:5433/intake",
    ]
    assert "pa55-secret" not in ran.out + ran.err
