"""The one statement that appends a line to the audit log, inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncConnection

from storage.models import audit_log


async def append_audit(
    conn: AsyncConnection,
    *,
    at: datetime,
    actor_id: int,
    action: str,
    target: str | None = None,
    detail: str | None = None,
) -> None:
    """Append one audit line in the transaction that made the change it records."""
    await conn.execute(
        audit_log.insert().values(
            at=at, actor_id=actor_id, action=action, target=target, detail=detail
        )
    )
