"""Erased answers leave the SQLite file itself, not only the tables (secure_delete).

SQLite keeps deleted rows in free pages unless it was compiled with SECURE_DELETE or the
pragma is set. The engine sets it, so erasure never depends on the build: the test also runs
as on a build without it (the pragma turned off before the engine configures the connection).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.pool import ConnectionPoolEntry

from storage.db import create_engine
from storage.maintenance import erase_respondent
from storage.migrate import upgrade_engine
from tests.storage.test_maintenance import ERASED, ERASED_CHAT, KEPT, Person, _at


def _file_bytes(db: Path) -> bytes:
    """The database as a copy or backup would hold it: the file and any write-ahead log."""
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def _build_without_secure_delete(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.execute("PRAGMA secure_delete = OFF")


@pytest.mark.parametrize("build_default", ["this-build", "off"])
async def test_erased_answers_are_not_left_in_the_database_file(
    tmp_path: Path, build_default: str
) -> None:
    db = tmp_path / "intake.db"
    engine = create_engine(f"sqlite+aiosqlite:///{db}")
    if build_default == "off":
        # Before the engine's own configuration, as the library's default would be.
        event.listen(engine.sync_engine, "connect", _build_without_secure_delete, insert=True)
    try:
        async with engine.connect() as conn:
            assert (await conn.exec_driver_sql("PRAGMA secure_delete")).scalar() == 1
        await upgrade_engine(engine)
        erased, kept = Person(ERASED, ERASED_CHAT, "erased"), Person(KEPT, 321_321_888, "kept")
        await erased.fill(engine, draft_day=1, first_update=1001)
        await kept.fill(engine, draft_day=1, first_update=2001)
        assert await erase_respondent(engine, ERASED, _at(5))
    finally:
        await engine.dispose()  # the last connection checkpoints the log into the file

    data = _file_bytes(db)
    assert kept.text.encode() in data and kept.draft_text.encode() in data
    left = [text for text in (erased.text, erased.draft_text) if text.encode() in data]
    assert left == []
