"""Answers that the fast JSON decoder refuses still come back from the database as stored."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.respondents import SqlRespondentStore

NOW = datetime(2026, 3, 1, tzinfo=UTC)
HUGE = 10**30  # beyond 64 bits: json.dumps writes it, orjson would not read it


async def test_an_integer_beyond_64_bits_is_read_back(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    sid = uuid.uuid4()
    async with store.unit(7) as unit:
        await unit.touch(7, "en", NOW)
        await unit.start_draft(sid, "1", None, {"answers": {}}, NOW)
    async with store.unit(7) as unit:
        draft = await unit.draft()
        assert draft is not None
        state = {"answers": {"volunteers": HUGE, "name": "Žemaitė"}}
        await unit.save_draft(sid, state, {"volunteers": HUGE}, [], {}, NOW)

    async with store.unit(7) as unit:
        draft = await unit.draft()

    assert draft is not None
    assert draft.state["answers"] == {"volunteers": HUGE, "name": "Žemaitė"}
