"""Polled Telegram updates, recorded durably before they are confirmed, until handled."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import READ_ONLY, write_transaction
from storage.models import received_updates

RawUpdate = dict[str, Any]


class UpdateJournal:
    """The `received_updates` table: record a batch, list what is unhandled, forget handled."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def record(self, updates: Sequence[RawUpdate], now: datetime) -> None:
        """Store a batch of raw updates in one transaction (one already stored is kept)."""
        if not updates:
            return
        rows = [{"update_id": u["update_id"], "payload": u, "received_at": now} for u in updates]
        async with write_transaction(self.engine) as conn:
            insert = (
                postgresql.insert(received_updates)
                if conn.dialect.name == "postgresql"
                else sqlite.insert(received_updates)
            )
            await conn.execute(insert.on_conflict_do_nothing(), rows)

    async def unhandled(self) -> list[RawUpdate]:
        """Every recorded update not yet handled, oldest first."""
        async with self.engine.connect() as conn:
            await conn.execution_options(**READ_ONLY)
            result = await conn.execute(
                select(received_updates.c.payload).order_by(received_updates.c.update_id)
            )
            return [dict(row.payload) for row in result]

    async def forget(self, update_ids: Iterable[int]) -> None:
        """Drop handled updates (their text is personal data; the processed id stays)."""
        ids = list(update_ids)
        if not ids:
            return
        async with write_transaction(self.engine) as conn:
            for start in range(0, len(ids), 500):  # keep under SQLite's bound-parameter limit
                chunk = ids[start : start + 500]
                await conn.execute(
                    delete(received_updates).where(received_updates.c.update_id.in_(chunk))
                )
