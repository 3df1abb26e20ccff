"""The submission's language column follows its engine state through every write."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import submissions
from storage.respondents import SqlRespondentStore
from storage.stores import respondent_store

USER = 4_400_000_001
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _state(sid: uuid.UUID, lang: str) -> dict[str, Any]:
    return {"draft": str(sid), "lang": lang, "phase": "question", "answers": {}}


async def _language(engine: AsyncEngine, sid: uuid.UUID) -> str | None:
    async with engine.connect() as conn:
        found = await conn.scalar(select(submissions.c.language).where(submissions.c.id == sid))
    return found


@pytest.mark.parametrize("kind", ["default", "locked"])
async def test_language_is_kept_with_the_state(db_engine: AsyncEngine, kind: str) -> None:
    # "default": the store the bot uses on this database (group commit on SQLite).
    store = respondent_store(db_engine) if kind == "default" else SqlRespondentStore(db_engine)
    sid = uuid.uuid4()
    try:
        async with store.unit(USER) as unit:
            await unit.touch(USER, "fr", NOW)
            await unit.start_draft(sid, "1", None, _state(sid, "fr"), NOW)
        assert await _language(db_engine, sid) == "fr"
        async with store.unit(USER) as unit:  # the respondent switched to Italian
            await unit.save_draft(sid, _state(sid, "it"), {"org_name": "Comune"}, [], {}, NOW)
        assert await _language(db_engine, sid) == "it"
        async with store.unit(USER) as unit:
            await unit.submit(sid, "CEC-LANG1", _state(sid, "lt"), NOW)
        assert await _language(db_engine, sid) == "lt"
    finally:
        await store.close()
