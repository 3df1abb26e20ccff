"""Reading submissions page by page for an export: whole records, and no garbage cycles."""

from __future__ import annotations

import gc
import uuid
from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import DRAFT, SUBMITTED, WITHDRAWN
from storage.submissions import SubmissionFilter, iter_submissions, load_submission
from storage.triage import decide
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


async def test_every_record_an_export_reads_is_the_one_load_submission_reads(
    db_engine: AsyncEngine,
) -> None:
    """Pages (on SQLite one JSON document each) give each questionnaire exactly as it is read
    alone: ties in time across a page's end, decisions and notes, files, drafts never
    submitted, no answers at all, text with quotes and control characters, long numbers."""
    same_time = T0 + timedelta(days=1)
    odd = {
        "description": 'Line "one",\nline two\t\\ \x07 ☃ ąčęėįšųūž 🚌 </t>',
        "volunteer_count": 1234567890123456789,  # 19 digits: the slow way (storage.db.loads_json)
        "org_name": "1234567890123456789012",  # 22 digits in a row, as text
        "start_year": -0.5,
    }
    rows = [
        Row(
            user_id=n,
            answers={} if n == 4 else sample_answers(**(odd if n % 4 == 1 else {})),
            status=DRAFT if n % 5 == 2 else WITHDRAWN if n == 11 else SUBMITTED,
            created_at=same_time if 3 <= n <= 8 else T0 + timedelta(minutes=n),
            reference=None if n % 5 == 2 else f"CECOPS-{n:04d}",
            files={"photo": f"p{n}.jpg"} if n % 3 == 0 else {},
            id=uuid.UUID(int=(n * 7919) % 13 + 1) if n < 13 else uuid.uuid4(),
        )
        for n in range(16)
    ]
    await insert_rows(db_engine, rows)
    await decide(db_engine, rows[3].id, "selected", "Bon dossier", 7, T0)
    await decide(db_engine, rows[3].id, "selected", "Encore", 8, T0 + timedelta(hours=1))
    await decide(db_engine, rows[6].id, "not_selected", None, 9, T0)
    order = sorted(rows, key=lambda row: (row.created_at, row.id.hex))
    filters = [
        (SubmissionFilter(status="all"), {DRAFT, WITHDRAWN, SUBMITTED}),
        (SubmissionFilter(), {SUBMITTED}),
        (SubmissionFilter(status="unsubmitted"), {DRAFT, WITHDRAWN}),  # a list of values (IN)
    ]
    for where, statuses in filters:
        wanted = [row.id for row in order if row.status in statuses]
        for page in (1, 2, 3, 1000):
            found = [record async for record in iter_submissions(db_engine, where, page=page)]
            assert [record.id for record in found] == wanted, (where, page)
            for record in found:
                assert record == await load_submission(db_engine, record.id)
    everything = SubmissionFilter(status="all")
    by_id = {record.id: record async for record in iter_submissions(db_engine, everything)}
    assert by_id[rows[1].id].answers["volunteer_count"] == 1234567890123456789
    assert by_id[rows[1].id].answers["description"] == odd["description"]
    assert by_id[rows[4].id].answers == {}
    assert (by_id[rows[3].id].decided_by, by_id[rows[3].id].latest_note) == (7, "Encore")
    assert by_id[rows[6].id].triage_status == "not_selected"
    assert by_id[rows[2].id].submitted_at is None
    assert by_id[rows[9].id].attachments["photo"].file_name == "p9.jpg"


async def test_a_page_that_cannot_be_read_fails_as_any_statement_does(
    db_engine: AsyncEngine,
) -> None:
    """SQLite's page documents are read past SQLAlchemy: a failure is still its error (what
    the metrics count as a database error), the filter's values hidden."""
    if db_engine.dialect.name != "sqlite":
        pytest.skip("pages are read as one document on SQLite only")
    await insert_rows(db_engine, [Row(1, sample_answers(), reference="CECOPS-0001")])
    async with db_engine.begin() as conn:
        await conn.exec_driver_sql("ALTER TABLE triage_events RENAME TO elsewhere")
    since = T0 - timedelta(days=1)
    with pytest.raises(OperationalError) as caught:
        [record async for record in iter_submissions(db_engine, SubmissionFilter(since=since))]
    assert "no such table: triage_events" in str(caught.value)
    assert "parameters hidden" in str(caught.value) and "2026-02-28" not in str(caught.value)
