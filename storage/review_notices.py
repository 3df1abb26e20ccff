"""Claims of the chat messages to reviewers (assignments, deadline reminder): the statements
behind dialogs.reviewer_ports.ReviewerNoticeStore, as storage/reminders.py does for respondents."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.reviewer_ports import ReviewerNotice
from storage.db import READ_ONLY, write_transaction
from storage.models import (
    NOTICE_ASSIGNED,
    NOTICE_REMINDER,
    REMINDER_CLAIMED,
    people,
    review_assignments,
    review_notices,
    review_rounds,
    reviews,
)


class SqlReviewerNoticeStore:
    """Reviewer notices over the database (SQLite or PostgreSQL)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._db = engine

    async def due(self, now: datetime, remind_before: timedelta) -> list[ReviewerNotice]:
        a, r, p, v, n = (
            review_assignments.c,
            review_rounds.c,
            people.c,
            reviews.c,
            review_notices.c,
        )
        base = (
            select(
                r.id,
                r.name,
                r.deadline,
                p.user_id,
                p.country,
                p.reads,
                func.count(a.id),
                func.max(a.id),
            )
            .select_from(
                review_assignments.join(review_rounds, r.id == a.round_id).join(
                    people, p.user_id == a.reviewer_id
                )
            )
            .where(
                r.deadline > now,
                a.conflict_at.is_(None),
                p.active.is_(True),
                p.role == "reviewer",
            )
            .group_by(r.id, r.name, r.deadline, p.user_id, p.country, p.reads)
        )
        # Only what still waits: reviews submitted while the bot was not running (a link from
        # `intake web link`) are not announced as waiting.
        untold = base.outerjoin(reviews, v.assignment_id == a.id).where(
            a.notice_id.is_(None), v.submitted_at.is_(None)
        )
        reminded = select(n.id).where(
            n.round_id == r.id, n.reviewer_id == p.user_id, n.kind == NOTICE_REMINDER
        )
        unfinished = base.outerjoin(reviews, v.assignment_id == a.id).where(
            r.deadline <= now + remind_before,
            v.submitted_at.is_(None),
            ~reminded.exists(),
        )
        async with self._db.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            told = (await conn.execute(untold)).all()
            late = (await conn.execute(unfinished)).all()
        found: list[ReviewerNotice] = []
        for kind, rows in ((NOTICE_ASSIGNED, told), (NOTICE_REMINDER, late)):
            for row in rows:
                reads = tuple(c for c in str(row.reads or "").split(",") if c)
                found.append(
                    ReviewerNotice(
                        round_id=int(row.id),
                        round_name=str(row.name),
                        deadline=row.deadline,
                        reviewer_id=int(row.user_id),
                        country=row.country,
                        reads=reads,
                        kind=kind,  # type: ignore[arg-type]
                        number=int(row[7]) if kind == NOTICE_ASSIGNED else 0,
                        count=int(row[6]),
                    )
                )
        return found

    async def claim(self, notice: ReviewerNotice, now: datetime, claimant: str) -> int | None:
        a = review_assignments.c
        try:
            async with write_transaction(self._db) as conn:
                notice_id = (
                    await conn.execute(
                        review_notices.insert()
                        .values(
                            round_id=notice.round_id,
                            reviewer_id=notice.reviewer_id,
                            kind=notice.kind,
                            number=notice.number,
                            claimed_at=now,
                            claimed_by=claimant[:255],
                            outcome=REMINDER_CLAIMED,
                        )
                        .returning(review_notices.c.id)
                    )
                ).scalar_one()
                if notice.kind == NOTICE_ASSIGNED:
                    await conn.execute(
                        update(review_assignments)
                        .where(
                            a.round_id == notice.round_id,
                            a.reviewer_id == notice.reviewer_id,
                            a.notice_id.is_(None),
                            a.id <= notice.number,
                        )
                        .values(notice_id=notice_id)
                    )
                return int(notice_id)
        except IntegrityError:
            return None  # another process claimed it first

    async def record(self, notice_id: int, outcome: str, now: datetime) -> None:
        n = review_notices.c
        async with write_transaction(self._db) as conn:
            await conn.execute(
                update(review_notices)
                .where(n.id == notice_id)
                .values(outcome=outcome, sent_at=now if outcome == "sent" else None)
            )

    async def release(self, notice_id: int) -> None:
        a, n = review_assignments.c, review_notices.c
        async with write_transaction(self._db) as conn:
            await conn.execute(
                update(review_assignments).where(a.notice_id == notice_id).values(notice_id=None)
            )
            await conn.execute(delete(review_notices).where(n.id == notice_id))


__all__ = ["SqlReviewerNoticeStore"]
