"""The update journal on each database: a batch recorded once, listed in order, forgotten."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.update_journal import UpdateJournal


def _update(update_id: int, text: str) -> dict[str, object]:
    return {"update_id": update_id, "message": {"message_id": 1, "text": text}}


async def test_record_list_and_forget(db_engine: AsyncEngine) -> None:
    journal = UpdateJournal(db_engine)
    now = datetime.now(UTC)
    await journal.record([_update(12, "b"), _update(11, "ą 🚌")], now)
    await journal.record([_update(12, "again"), _update(13, "c")], now)  # 12 is kept as it was
    assert await journal.unhandled() == [_update(11, "ą 🚌"), _update(12, "b"), _update(13, "c")]
    await journal.forget([11, 13, 99])
    assert await journal.unhandled() == [_update(12, "b")]
    await journal.forget([*range(1000), 12])  # more ids than one statement may bind
    assert await journal.unhandled() == []
