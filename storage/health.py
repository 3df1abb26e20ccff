"""Read-only questions an operator asks of the database: does it answer, what waits to be sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import READ_ONLY
from storage.models import OUTBOX_DEAD, OUTBOX_PENDING, OUTBOX_SENT, outbox


@dataclass(frozen=True)
class OutboxSummary:
    """How many e-mails wait, went out or died, and since when the oldest one waits."""

    pending: int
    sent: int
    dead: int
    oldest_pending: datetime | None


async def ping(engine: AsyncEngine) -> None:
    """Run a trivial query; raises if the database does not answer."""
    async with engine.connect() as conn:
        await conn.execution_options(**READ_ONLY)
        await conn.execute(text("SELECT 1"))


async def outbox_summary(engine: AsyncEngine) -> OutboxSummary:
    """Counts of outbox rows by status and the creation time of the oldest pending one."""
    async with engine.connect() as conn:
        await conn.execution_options(**READ_ONLY)
        by_status = select(outbox.c.status, func.count()).group_by(outbox.c.status)
        counts: dict[str, int] = {status: n for status, n in await conn.execute(by_status)}
        oldest = await conn.scalar(
            select(func.min(outbox.c.created_at)).where(outbox.c.status == OUTBOX_PENDING)
        )
    return OutboxSummary(
        pending=counts.get(OUTBOX_PENDING, 0),
        sent=counts.get(OUTBOX_SENT, 0),
        dead=counts.get(OUTBOX_DEAD, 0),
        oldest_pending=oldest,
    )
