"""The e-mail outbox and the digest periods in SQL: claim, mark, list, requeue.

A worker claims one due row at a time with a lease: the claim moves `next_attempt_at` to the
end of the lease, so no other worker takes the row while it is being sent, and a worker that
dies mid-send leaves a row that becomes due again when the lease runs out. On PostgreSQL the
candidate row is locked FOR UPDATE SKIP LOCKED, so concurrent workers pick different rows
without waiting; on SQLite the write transaction (BEGIN IMMEDIATE) runs one claim at a time.

A digest period is claimed by inserting it into `digest_runs`, whose unique period makes the
insert succeed in exactly one process; the digest e-mail is queued in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Row, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.db import READ_ONLY, write_transaction
from storage.models import (
    OUTBOX_DEAD,
    OUTBOX_DIGEST,
    OUTBOX_PENDING,
    OUTBOX_SENT,
    SUBMITTED,
    digest_runs,
    outbox,
    submissions,
)

# Keys of a digest row's payload (written here, read by the digest composer).
DIGEST_RUN: Final = "digest_run"
PERIOD_START: Final = "period_start"
PERIOD_END: Final = "period_end"

_ERROR_LIMIT: Final = 2000


@dataclass(frozen=True)
class OutboxRow:
    """One queued e-mail; `reference` is its submission's code (None for digests)."""

    id: int
    kind: str
    submission_id: uuid.UUID | None
    recipients: str
    message_id: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    payload: Any
    created_at: datetime
    sent_at: datetime | None
    reference: str | None = None


@dataclass(frozen=True)
class DigestClaim:
    """The outcome of claiming a period: `run_id` None if another process had claimed it."""

    run_id: int | None
    outbox_id: int | None
    submissions: int

    @property
    def claimed(self) -> bool:
        return self.run_id is not None


@dataclass(frozen=True)
class DigestRunRecord:
    """A claimed digest period."""

    id: int
    period_start: datetime
    period_end: datetime
    claimed_at: datetime
    claimed_by: str
    sent_at: datetime | None


def _row(row: Row[Any], reference: str | None = None) -> OutboxRow:
    return OutboxRow(
        id=row.id,
        kind=row.kind,
        submission_id=row.submission_id,
        recipients=row.recipients,
        message_id=row.message_id,
        status=row.status,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        payload=row.payload,
        created_at=row.created_at,
        sent_at=row.sent_at,
        reference=reference,
    )


async def claim_next(
    engine: AsyncEngine, now: datetime, lease_until: datetime
) -> OutboxRow | None:
    """Take the most overdue pending row for sending until `lease_until`; None if none is due."""
    due = (outbox.c.status == OUTBOX_PENDING) & (outbox.c.next_attempt_at <= now)
    candidate = (
        select(outbox.c.id)
        .where(due)
        .order_by(outbox.c.next_attempt_at, outbox.c.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    async with write_transaction(engine) as conn:
        # `due` again in the outer statement: PostgreSQL re-checks it on the locked row.
        result = await conn.execute(
            update(outbox)
            .where(outbox.c.id == candidate, due)
            .values(next_attempt_at=lease_until)
            .returning(*outbox.c)
        )
        row = result.one_or_none()
        if row is None:
            return None
        reference = None
        if row.submission_id is not None:
            reference = await conn.scalar(
                select(submissions.c.reference).where(submissions.c.id == row.submission_id)
            )
        return _row(row, reference)


async def mark_sent(engine: AsyncEngine, row: OutboxRow, now: datetime) -> None:
    """The e-mail went out; a digest's period is marked sent with it."""
    async with write_transaction(engine) as conn:
        await conn.execute(
            update(outbox)
            .where(outbox.c.id == row.id)
            .values(status=OUTBOX_SENT, sent_at=now, attempts=outbox.c.attempts + 1)
        )
        if row.kind == OUTBOX_DIGEST and isinstance(row.payload, dict):
            run_id = row.payload.get(DIGEST_RUN)
            if isinstance(run_id, int):
                await conn.execute(
                    update(digest_runs).where(digest_runs.c.id == run_id).values(sent_at=now)
                )


async def mark_retry(
    engine: AsyncEngine, row_id: int, error: str, next_attempt_at: datetime
) -> int:
    """Count a failed attempt and wait until `next_attempt_at`; returns the attempts so far."""
    async with write_transaction(engine) as conn:
        attempts = await conn.scalar(
            update(outbox)
            .where(outbox.c.id == row_id, outbox.c.status == OUTBOX_PENDING)
            .values(
                attempts=outbox.c.attempts + 1,
                last_error=error[:_ERROR_LIMIT],
                next_attempt_at=next_attempt_at,
            )
            .returning(outbox.c.attempts)
        )
        return int(attempts or 0)


async def mark_dead(engine: AsyncEngine, row_id: int, error: str) -> None:
    """Give up on the row (a permanent failure); it stays for `intake outbox list`."""
    async with write_transaction(engine) as conn:
        await conn.execute(
            update(outbox)
            .where(outbox.c.id == row_id)
            .values(
                status=OUTBOX_DEAD, attempts=outbox.c.attempts + 1, last_error=error[:_ERROR_LIMIT]
            )
        )


async def drop(engine: AsyncEngine, row_id: int) -> None:
    """Delete a row whose e-mail has nothing left to say (its submission was erased)."""
    async with write_transaction(engine) as conn:
        await conn.execute(delete(outbox).where(outbox.c.id == row_id))


async def requeue(engine: AsyncEngine, row_ids: Sequence[int] | None, now: datetime) -> int:
    """Make dead rows (the given ones, or all if None) pending and due now; how many."""
    condition = outbox.c.status == OUTBOX_DEAD
    if row_ids is not None:
        condition &= outbox.c.id.in_(list(row_ids))
    async with write_transaction(engine) as conn:
        result = await conn.execute(
            update(outbox)
            .where(condition)
            .values(status=OUTBOX_PENDING, attempts=0, next_attempt_at=now)
        )
        return result.rowcount


async def list_rows(
    engine: AsyncEngine, statuses: Sequence[str] = (OUTBOX_PENDING, OUTBOX_DEAD), limit: int = 200
) -> list[OutboxRow]:
    """Rows in these statuses, oldest first, with their submission's reference."""
    query = (
        select(outbox, submissions.c.reference)
        .select_from(outbox.outerjoin(submissions, submissions.c.id == outbox.c.submission_id))
        .where(outbox.c.status.in_(list(statuses)))
        .order_by(outbox.c.created_at, outbox.c.id)
        .limit(limit)
    )
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        return [_row(row, row.reference) for row in await conn.execute(query)]


async def get_row(engine: AsyncEngine, row_id: int) -> OutboxRow | None:
    """One row by id (None once dropped)."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        row = (await conn.execute(select(outbox).where(outbox.c.id == row_id))).one_or_none()
    return _row(row) if row is not None else None


async def next_due(engine: AsyncEngine) -> datetime | None:
    """When the earliest pending row is due (None if nothing is pending)."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        found: datetime | None = await conn.scalar(
            select(func.min(outbox.c.next_attempt_at)).where(outbox.c.status == OUTBOX_PENDING)
        )
    return found


async def _count_submitted(conn: AsyncConnection, start: datetime, end: datetime) -> int:
    count = await conn.scalar(
        select(func.count())
        .select_from(submissions)
        .where(
            submissions.c.status == SUBMITTED,
            submissions.c.submitted_at >= start,
            submissions.c.submitted_at < end,
        )
    )
    return int(count or 0)


async def claim_digest(
    engine: AsyncEngine,
    start: datetime,
    end: datetime,
    claimed_by: str,
    now: datetime,
    *,
    queue_if_empty: bool,
) -> DigestClaim:
    """Claim the period [start, end) and queue its digest; only one caller ever claims it.

    The digest is queued when the period has submissions, or when `queue_if_empty`.
    """
    async with write_transaction(engine) as conn:
        insert = (
            postgresql.insert(digest_runs)
            if conn.dialect.name == "postgresql"
            else sqlite.insert(digest_runs)
        )
        run_id = await conn.scalar(
            insert.values(
                period_start=start, period_end=end, claimed_at=now, claimed_by=claimed_by[:255]
            )
            .on_conflict_do_nothing(index_elements=["period_start", "period_end"])
            .returning(digest_runs.c.id)
        )
        if run_id is None:
            return DigestClaim(run_id=None, outbox_id=None, submissions=0)
        count = await _count_submitted(conn, start, end)
        if count == 0 and not queue_if_empty:
            return DigestClaim(run_id=run_id, outbox_id=None, submissions=0)
        payload = {
            DIGEST_RUN: run_id,
            PERIOD_START: start.isoformat(),
            PERIOD_END: end.isoformat(),
        }
        outbox_id = await conn.scalar(
            outbox.insert()
            .values(
                kind=OUTBOX_DIGEST,
                recipients="",
                status=OUTBOX_PENDING,
                attempts=0,
                next_attempt_at=now,
                payload=payload,
                created_at=now,
            )
            .returning(outbox.c.id)
        )
        return DigestClaim(run_id=run_id, outbox_id=outbox_id, submissions=count)


async def digest_run(
    engine: AsyncEngine, start: datetime, end: datetime
) -> DigestRunRecord | None:
    """The claim of the period [start, end), if any."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        row = (
            await conn.execute(
                select(digest_runs).where(
                    digest_runs.c.period_start == start, digest_runs.c.period_end == end
                )
            )
        ).one_or_none()
    if row is None:
        return None
    return DigestRunRecord(
        row.id, row.period_start, row.period_end, row.claimed_at, row.claimed_by, row.sent_at
    )
