"""A process killed with SIGKILL mid-questionnaire keeps every answer it had committed."""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.respondents import SqlRespondentStore
from tests.conftest import TempDatabase

USER = 31_337
COMMITS_BEFORE_KILL = 30
ROOT = Path(__file__).resolve().parents[2]


async def test_killed_process_keeps_every_committed_answer(
    empty_db: TempDatabase, db_engine: AsyncEngine
) -> None:
    store = SqlRespondentStore(db_engine)
    sid = uuid.uuid4()
    now = datetime.now(UTC)
    async with store.unit(USER) as unit:
        await unit.touch(USER, "en", now)
        await unit.start_draft(sid, "1", None, {"answers": {}}, now)

    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.storage.crash_writer",
        empty_db.url,
        json.dumps(empty_db.options),
        str(USER),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    assert child.stdout is not None
    committed: list[str] = []
    async with asyncio.timeout(15):
        while len(committed) < COMMITS_BEFORE_KILL:
            line = await child.stdout.readline()
            assert line, "the writer stopped on its own"
            committed.append(line.decode().strip())
    child.kill()  # SIGKILL, mid-transaction more often than not
    await child.wait()

    # Started again, the questionnaire goes on from where it was, every answer there.
    async with SqlRespondentStore(empty_db.engine()).unit(USER) as unit:
        draft = await unit.draft()
        assert draft is not None
        assert set(committed) <= set(draft.state["answers"])
        await unit.save_draft(sid, draft.state, {"next": 1}, [], {}, datetime.now(UTC))
