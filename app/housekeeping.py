"""Retention: stale drafts and old idempotency records are removed on a schedule (and SQLite's
planner statistics refreshed on the same round)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from app.settings import Settings
from mail.eml_files import EmlCopies
from storage.db import raise_if_cancelled
from storage.maintenance import purge_processed_updates, purge_stale_drafts, refresh_statistics

log = logging.getLogger(__name__)

PROCESSED_UPDATE_DAYS = 7  # Telegram keeps undelivered updates for 24 hours; a week is ample.
HOUSEKEEPING_EVERY = 6 * 3600.0


async def purge(db: AsyncEngine, settings: Settings, now: datetime | None = None) -> int:
    """Purge drafts and .eml files older than the retention period; returns how many drafts
    were deleted."""
    now = now or datetime.now(UTC)
    cutoff = now - timedelta(days=settings.draft_retention_days)
    removed = await purge_stale_drafts(db, cutoff)
    await purge_processed_updates(db, now - timedelta(days=PROCESSED_UPDATE_DAYS))
    await refresh_statistics(db)
    files = await EmlCopies(Path(settings.outbox_dir)).expire(cutoff)
    if files:
        log.info("housekeeping: removed %d .eml files older than the retention period", files)
    return removed


async def housekeeping_loop(db: AsyncEngine, settings: Settings) -> None:
    """Purge now and then every few hours, for as long as the bot runs."""
    while True:
        try:
            removed = await purge(db, settings)
            if removed:
                log.info("housekeeping: purged %d stale drafts", removed)
        except Exception:
            log.exception("housekeeping failed; will try again")
        raise_if_cancelled()
        await asyncio.sleep(HOUSEKEEPING_EVERY)
