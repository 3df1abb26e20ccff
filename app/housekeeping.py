"""Retention: stale drafts and old idempotency records are removed on a schedule."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from app.settings import Settings
from storage.maintenance import purge_processed_updates, purge_stale_drafts

log = logging.getLogger(__name__)

PROCESSED_UPDATE_DAYS = 7  # Telegram keeps undelivered updates for 24 hours; a week is ample.
HOUSEKEEPING_EVERY = 6 * 3600.0


async def purge(db: AsyncEngine, settings: Settings, now: datetime | None = None) -> int:
    """Purge drafts older than the retention period; returns how many were deleted."""
    now = now or datetime.now(UTC)
    removed = await purge_stale_drafts(db, now - timedelta(days=settings.draft_retention_days))
    await purge_processed_updates(db, now - timedelta(days=PROCESSED_UPDATE_DAYS))
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
        await asyncio.sleep(HOUSEKEEPING_EVERY)
