"""Housekeeping and admin operations: retention purges, blocked flags, erasure on request."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, update
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.ports import ErasedMail
from storage.db import write_transaction
from storage.models import DRAFT, processed_updates, respondents, submissions
from storage.respondents import erase_in
from storage.statements import mail_of


async def purge_stale_drafts(engine: AsyncEngine, older_than: datetime) -> int:
    """Delete drafts last updated before `older_than`, with their answers; how many went.

    Respondents stay (with their consent), and so does everything submitted.
    """
    condition = (submissions.c.status == DRAFT) & (submissions.c.updated_at < older_than)
    async with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            # Skip respondents whose unit is running now (their draft is being touched); the
            # locks taken are held to commit, so a unit starting meanwhile waits, then finds no
            # draft. (SQLite needs none of this: BEGIN IMMEDIATE already runs one writer at once.)
            condition &= func.pg_try_advisory_xact_lock(submissions.c.respondent_id)
        # Answers and attachments go by ON DELETE CASCADE.
        result = await conn.execute(delete(submissions).where(condition))
        return result.rowcount


async def refresh_statistics(engine: AsyncEngine) -> None:
    """SQLite: gather the query planner's statistics (every index read once: about a second
    at 100,000 submissions; a sample, `analysis_limit`, misjudged how common a status is).
    Without them SQLite guesses, and chose to scan every submission for a search that matched
    a few. PostgreSQL's autovacuum keeps its own."""
    if engine.dialect.name != "sqlite":
        return
    async with write_transaction(engine) as conn:  # it writes sqlite_stat1: take our turn
        await conn.exec_driver_sql("ANALYZE")


async def purge_processed_updates(engine: AsyncEngine, older_than: datetime) -> int:
    """Forget update ids processed before `older_than` (Telegram never redelivers that late)."""
    async with write_transaction(engine) as conn:
        result = await conn.execute(
            delete(processed_updates).where(processed_updates.c.processed_at < older_than)
        )
        return result.rowcount


async def mark_blocked(engine: AsyncEngine, user_id: int, blocked: bool) -> bool:
    """Record that the respondent blocked (or unblocked) the bot; False if unknown."""
    async with write_transaction(engine, lock_key=user_id) as conn:
        result = await conn.execute(
            update(respondents).where(respondents.c.user_id == user_id).values(blocked=blocked)
        )
        return result.rowcount == 1


async def erase_respondent(engine: AsyncEngine, user_id: int, now: datetime) -> ErasedMail | None:
    """Remove everything about a respondent but an anonymous consent record; None if unknown.

    Returns what identifies the e-mails about their questionnaires, so that the caller removes
    the copies kept outside the database too (mail.eml_files).
    """
    async with write_transaction(engine, lock_key=user_id) as conn:
        mail = await mail_of(conn, user_id)
        return mail if await erase_in(conn, user_id, now) else None
