"""Reading submissions page by page for an export: whole records, and no garbage cycles."""

from __future__ import annotations

import gc
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from storage.submissions import SubmissionFilter, iter_submissions
from tests.admin.factory import T0, Row, insert_rows, sample_answers

COUNT = 7


async def test_pages_read_every_record_and_leave_nothing_for_the_cycle_collector(
    db_engine: AsyncEngine,
) -> None:
    rows = [
        Row(
            user_id=n,
            answers=sample_answers(volunteer_count=n),
            created_at=T0 + timedelta(minutes=n),
            submitted_at=T0 + timedelta(minutes=n, seconds=30),
            reference=f"CECOPS-{n:04d}",
            files={"photo": f"p{n}.jpg"} if n % 3 == 0 else {},
        )
        for n in range(COUNT)
    ]
    await insert_rows(db_engine, rows)
    [record async for record in iter_submissions(db_engine, SubmissionFilter(), page=2)]
    # `intake export` turns the cycle collector off: every page must be freed by its
    # reference counts alone (a statement built per page, with its values, is a cycle).
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        found = [record async for record in iter_submissions(db_engine, SubmissionFilter(), 2)]
        left = gc.collect()
    finally:
        if collecting:
            gc.enable()
    assert [r.reference for r in found] == [row.reference for row in rows]
    assert [r.answers["volunteer_count"] for r in found] == list(range(COUNT))
    assert found[0].answers == sample_answers(volunteer_count=0)
    assert {n for n, r in enumerate(found) if r.attachments} == {0, 3, 6}
    assert left < 50, left  # a few from the connection pool, not some per page
