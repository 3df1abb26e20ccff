"""Which RespondentStore the bot runs on."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.batch import BatchRespondentStore


def respondent_store(engine: AsyncEngine) -> BatchRespondentStore:
    """Group commit on both databases (storage.batch).

    Several bot processes can share one database: each unit's guard (the respondent's row
    version) detects another process's write, and the unit is redone on fresh data. The locking
    store (storage.respondents, a lock per update) implements the same Protocol; the tests run
    both.
    """
    return BatchRespondentStore(engine)
