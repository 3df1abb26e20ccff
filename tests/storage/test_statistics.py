"""SQLite's planner gets statistics from the housekeeping round: without them it scanned every
submission for a search that matched a few (issue 26)."""

from __future__ import annotations

from pathlib import Path

from storage.db import create_engine
from storage.maintenance import refresh_statistics
from storage.migrate import upgrade_engine
from tests.admin.factory import Row, insert_rows, sample_answers


async def test_refresh_statistics_fills_sqlite_stat1(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'intake.db'}")
    try:
        await upgrade_engine(engine)
        await insert_rows(engine, [Row(n, sample_answers()) for n in range(1, 30)])
        await refresh_statistics(engine)
        async with engine.connect() as conn:
            tables = {row[0] for row in await conn.exec_driver_sql("SELECT tbl FROM sqlite_stat1")}
    finally:
        await engine.dispose()
    assert {"submissions", "search_choices"} <= tables
