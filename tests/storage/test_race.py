"""Updates for one respondent racing each other, in one process or two, lose no answer."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import answers
from storage.respondents import SqlRespondentStore
from tests.conftest import TempDatabase

USER = 424_242
UPDATES = 24
NOW = datetime(2026, 3, 1, tzinfo=UTC)


async def _answer(store: SqlRespondentStore, question: str) -> None:
    """One update: read the draft, let the others run, then write it back with one answer more."""
    async with store.unit(USER) as unit:
        draft = await unit.draft()
        assert draft is not None
        state = draft.state
        await asyncio.sleep(0.002)  # widen the read-modify-write window
        state["answers"][question] = question
        state["log"].append(question)
        await unit.save_draft(draft.submission_id, state, {question: question}, [], {}, NOW)


@pytest.mark.parametrize("processes", [1, 2], ids=["one-engine", "two-engines"])
async def test_racing_updates_lose_no_answer(
    empty_db: TempDatabase, db_engine: AsyncEngine, processes: int
) -> None:
    # Each engine has its own pool: two engines behave like two bot processes.
    stores = [SqlRespondentStore(db_engine)]
    stores += [SqlRespondentStore(empty_db.engine()) for _ in range(processes - 1)]
    sid = uuid.uuid4()
    async with stores[0].unit(USER) as unit:
        await unit.touch(USER, "en", NOW)
        await unit.start_draft(sid, "1", None, {"answers": {}, "log": []}, NOW)

    questions = [f"q{i:02}" for i in range(UPDATES)]
    await asyncio.gather(*(_answer(stores[i % processes], q) for i, q in enumerate(questions)))

    async with stores[-1].unit(USER) as unit:
        draft = await unit.draft()
    assert draft is not None
    assert sorted(draft.state["log"]) == questions
    assert sorted(draft.state["answers"]) == questions
    async with db_engine.connect() as conn:
        assert await conn.scalar(select(func.count()).select_from(answers)) == UPDATES
