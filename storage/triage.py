"""The workspace's writes: triage status changes and notes, and the audit log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.audit import append_audit
from storage.db import READ_ONLY, write_transaction
from storage.models import audit_log, submissions, triage_events


@dataclass(frozen=True)
class AuditRecord:
    """One line of the audit log."""

    at: datetime
    actor_id: int
    action: str
    target: str | None
    detail: str | None


async def set_triage_status(
    engine: AsyncEngine, submission_id: uuid.UUID, status: str, actor_id: int, now: datetime
) -> str | None:
    """Change the status (recorded with who and when); the previous one, None if no such
    submission. Setting the status it already has records nothing."""
    async with write_transaction(engine) as conn:
        old = await _current_status(conn, submission_id)
        if old is None or old == status:
            return old
        await _change_status(conn, submission_id, old, status, None, actor_id, now)
        return old


async def decide(
    engine: AsyncEngine,
    submission_id: uuid.UUID,
    status: str,
    note: str | None,
    actor_id: int,
    now: datetime,
) -> bool:
    """Save a decision at once: the status and an optional note, in one transaction. A changed
    status is one history line carrying the note; an unchanged one with a note is a note.
    False if no such submission."""
    async with write_transaction(engine) as conn:
        old = await _current_status(conn, submission_id)
        if old is None:
            return False
        if old != status:
            await _change_status(conn, submission_id, old, status, note, actor_id, now)
        elif note:
            await conn.execute(
                triage_events.insert().values(
                    submission_id=submission_id, at=now, actor_id=actor_id, kind="note", note=note
                )
            )
            await append_audit(
                conn, at=now, actor_id=actor_id, action="note", target=str(submission_id)
            )
        return True


async def _current_status(conn: AsyncConnection, submission_id: uuid.UUID) -> str | None:
    """The submission's triage status, None if there is no such submission."""
    s = submissions.c
    old = (
        await conn.execute(select(s.triage_status).where(s.id == submission_id))
    ).scalar_one_or_none()
    return None if old is None else str(old)


async def _change_status(
    conn: AsyncConnection,
    submission_id: uuid.UUID,
    old: str,
    status: str,
    note: str | None,
    actor_id: int,
    now: datetime,
) -> None:
    """The new status, its history line (carrying the note, if any) and its audit entry."""
    s = submissions.c
    await conn.execute(
        update(submissions).where(s.id == submission_id).values(triage_status=status)
    )
    await conn.execute(
        triage_events.insert().values(
            submission_id=submission_id,
            at=now,
            actor_id=actor_id,
            kind="status",
            old_status=old,
            new_status=status,
            note=note,
        )
    )
    await append_audit(
        conn,
        at=now,
        actor_id=actor_id,
        action="status",
        target=str(submission_id),
        detail=f"{old} -> {status}",
    )


async def set_triage_statuses(
    engine: AsyncEngine,
    submission_ids: Sequence[uuid.UUID],
    status: str,
    actor_id: int,
    now: datetime,
) -> int:
    """Bulk triage: the same status on several submissions, one history line and one audit
    entry each (only where the status changes); how many changed."""
    changed = 0
    for submission_id in dict.fromkeys(submission_ids):
        old = await set_triage_status(engine, submission_id, status, actor_id, now)
        changed += old is not None and old != status
    return changed


async def add_triage_event(
    engine: AsyncEngine,
    submission_id: uuid.UUID,
    kind: str,
    actor_id: int,
    now: datetime,
    note: str | None = None,
    status: str | None = None,
) -> bool:
    """Record a note (or that the respondent was notified); False if no such submission."""
    s = submissions.c
    async with write_transaction(engine) as conn:
        exists = (await conn.execute(select(s.id).where(s.id == submission_id))).first()
        if exists is None:
            return False
        await conn.execute(
            triage_events.insert().values(
                submission_id=submission_id,
                at=now,
                actor_id=actor_id,
                kind=kind,
                new_status=status,
                note=note,
            )
        )
        # The note's text stays with the submission (and goes with its erasure), not here.
        await append_audit(conn, at=now, actor_id=actor_id, action=kind, target=str(submission_id))
        return True


async def record_audit(
    engine: AsyncEngine,
    actor_id: int,
    action: str,
    now: datetime,
    target: str | None = None,
    detail: str | None = None,
) -> None:
    """Append one line to the audit log."""
    async with write_transaction(engine) as conn:
        await append_audit(
            conn, at=now, actor_id=actor_id, action=action, target=target, detail=detail
        )


async def recent_audit(engine: AsyncEngine, limit: int = 200) -> list[AuditRecord]:
    """The latest audit lines, newest first."""
    a = audit_log.c
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = await conn.execute(
            select(a.at, a.actor_id, a.action, a.target, a.detail)
            .order_by(a.at.desc(), a.id.desc())
            .limit(limit)
        )
        return [AuditRecord(*row) for row in rows]
