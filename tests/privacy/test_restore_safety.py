"""`intake db restore` leaves a whole, checked database of ours, or nothing at all."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.doctor import Doctor
from app.settings import Settings
from dialogs.i18n import Translator
from storage.backup import backup_sqlite
from storage.migrate import upgrade
from tests.ops.conftest import intake


async def a_backup(tmp_path: Path) -> Path:
    """A real backup of a migrated database with a few hundred recorded updates in it."""
    source = tmp_path / "live.db"
    await upgrade(f"sqlite+aiosqlite:///{source}")
    with sqlite3.connect(source) as conn:
        conn.executemany(
            "INSERT INTO received_updates (update_id, payload, received_at)"
            " VALUES (?, ?, '2026-12-06 10:00:00')",
            [(n, '{"text": "' + "x" * 900 + '"}') for n in range(400)],
        )
    conn.close()
    backup = tmp_path / "good.db"
    backup_sqlite(source, backup)
    return backup


def damaged(backup: Path, target: Path) -> Path:
    """A copy of the backup whose data pages (not its schema) were overwritten."""
    data = bytearray(backup.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(len(data) // page - 30, len(data) // page - 10):
        data[number * page + 8 : number * page + 200] = b"\xa5" * 192
    target.write_bytes(bytes(data))
    return target


@pytest.mark.slow
async def test_restore_refuses_damaged_or_foreign_files_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    backup = await a_backup(tmp_path)
    target = tmp_path / "restored" / "intake.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{target}"}

    corrupt = damaged(backup, tmp_path / "corrupt.db")
    ran = await intake("db", "restore", str(corrupt), env=env, cwd=tmp_path)
    assert ran.code == 1 and "Traceback" not in ran.err
    assert not target.exists() and not list(target.parent.glob("*"))

    foreign = tmp_path / "other-app.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('ffffffffffff')")
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    ran = await intake("db", "restore", str(foreign), env=env, cwd=tmp_path)
    assert ran.code == 1 and "another application" in ran.err
    assert not list(target.parent.glob("*"))

    # After both refusals the good backup restores; a name with ? and # is only a name.
    odd = tmp_path / "backup?of#today.db"
    shutil.copy(backup, odd)
    ran = await intake("db", "restore", str(odd), env=env, cwd=tmp_path)
    assert ran.code == 0, ran.err
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM received_updates").fetchone() == (400,)
    conn.close()


async def test_doctor_names_a_damaged_sqlite_database(tmp_path: Path) -> None:
    backup = await a_backup(tmp_path)
    database = damaged(backup, tmp_path / "intake.db")
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url=f"sqlite+aiosqlite:///{database}", outbox_dir=str(tmp_path)
    )
    doctor = Doctor(settings, Translator(), send_test=False)
    lines = [doctor.render(line) for line in await doctor.database()]
    assert lines[0].startswith("✗ Database:") and "is damaged" in lines[0]
