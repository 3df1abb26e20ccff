"""Which RespondentStore fits the database."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.batch import BatchRespondentStore
from storage.respondents import SqlRespondentStore


def respondent_store(engine: AsyncEngine) -> SqlRespondentStore | BatchRespondentStore:
    """Group commit on SQLite (one writer anyway); row-locking units on PostgreSQL.

    PostgreSQL serves several bot processes at once, each update in its own transaction under
    the respondent's advisory lock; SQLite gains more from batching commits in one writer.
    """
    if engine.dialect.name == "sqlite":
        return BatchRespondentStore(engine)
    return SqlRespondentStore(engine)
