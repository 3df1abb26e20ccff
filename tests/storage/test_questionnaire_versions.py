"""Questionnaire versions recorded in the database, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.model import load_questionnaire, parse_questionnaire, questionnaire_data
from storage.questionnaire_versions import register_version, stored_versions

NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)


async def test_versions_are_recorded_once_each_with_the_latest_wording(
    db_engine: AsyncEngine,
) -> None:
    q = load_questionnaire()
    data = questionnaire_data(q)
    await register_version(db_engine, "2", "cecops", data, {"en": {"q-city": "City?"}}, NOW)
    await register_version(db_engine, "1", "cecops", data, {"en": {"q-city": "Town?"}}, NOW)
    # Two processes starting together with the same version: one row, no error.
    await asyncio.gather(
        register_version(db_engine, "2", "cecops", data, {"en": {"q-city": "Which city?"}}, NOW),
        register_version(db_engine, "2", "cecops", data, {"en": {"q-city": "Which city?"}}, NOW),
    )
    stored = await stored_versions(db_engine)
    assert [r.version for r in stored] == ["1", "2"]
    assert stored[1].wording == {"en": {"q-city": "Which city?"}}
    assert parse_questionnaire(stored[0].definition) == q  # the definition reads back equal
