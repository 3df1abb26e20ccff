"""Reading submissions with their answers, for e-mails, digests, exports and statistics."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.db import READ_ONLY
from storage.models import DRAFT, SUBMITTED, answers, attachments, submissions

StatusFilter = Literal["submitted", "draft", "all"]
PAGE = 500


@dataclass(frozen=True)
class AttachmentRecord:
    """A file answer: Telegram's reference and what we know of the file."""

    file_id: str
    file_unique_id: str
    file_name: str | None
    mime_type: str | None
    size: int | None


@dataclass(frozen=True)
class SubmissionRecord:
    """One questionnaire with its answers (question id → stored value; None = skipped)."""

    id: uuid.UUID
    reference: str | None
    status: str
    language: str | None
    source: str | None
    respondent_id: int
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    answers: dict[str, Any] = field(default_factory=dict)
    attachments: dict[str, AttachmentRecord] = field(default_factory=dict)


@dataclass(frozen=True)
class SubmissionFilter:
    """Which submissions to read; dates compare with submitted_at (created_at for drafts)."""

    status: StatusFilter = "submitted"
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    language: str | None = None
    country: str | None = None


def _query(where: SubmissionFilter) -> Select[Any]:
    query = select(submissions)
    if where.status == "submitted":
        query = query.where(submissions.c.status == SUBMITTED)
    elif where.status == "draft":
        query = query.where(submissions.c.status == DRAFT)
    when = submissions.c.submitted_at if where.status == "submitted" else submissions.c.created_at
    if where.status == "all":
        when = submissions.c.created_at
    if where.since is not None:
        query = query.where(when >= where.since)
    if where.until is not None:
        query = query.where(when < where.until)
    if where.country is not None:
        has_country = (
            select(answers.c.submission_id)
            .where(answers.c.question_id == "country")
            .where(answers.c.submission_id == submissions.c.id)
            .where(answers.c.value == where.country.upper())
        )
        query = query.where(has_country.exists())
    return query


async def _records(conn: AsyncConnection, rows: Sequence[Any]) -> list[SubmissionRecord]:
    ids = [row.id for row in rows]
    values: dict[uuid.UUID, dict[str, Any]] = {i: {} for i in ids}
    files: dict[uuid.UUID, dict[str, AttachmentRecord]] = {i: {} for i in ids}
    if ids:
        for a in await conn.execute(select(answers).where(answers.c.submission_id.in_(ids))):
            values[a.submission_id][a.question_id] = a.value
        found = await conn.execute(select(attachments).where(attachments.c.submission_id.in_(ids)))
        for f in found:
            files[f.submission_id][f.question_id] = AttachmentRecord(
                f.file_id, f.file_unique_id, f.file_name, f.mime_type, f.size
            )
    return [
        SubmissionRecord(
            id=row.id,
            reference=row.reference,
            status=row.status,
            language=(row.state or {}).get("lang"),
            source=row.source,
            respondent_id=row.respondent_id,
            created_at=row.created_at,
            updated_at=row.updated_at,
            submitted_at=row.submitted_at,
            answers=values[row.id],
            attachments=files[row.id],
        )
        for row in rows
    ]


async def iter_submissions(
    engine: AsyncEngine, where: SubmissionFilter, page: int = PAGE
) -> AsyncIterator[SubmissionRecord]:
    """Matching submissions oldest first, read page by page so memory stays flat."""
    after: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = _query(where).order_by(submissions.c.created_at, submissions.c.id).limit(page)
        if after is not None:
            created, last_id = after
            query = query.where(
                or_(
                    submissions.c.created_at > created,
                    and_(submissions.c.created_at == created, submissions.c.id > last_id),
                )
            )
        async with engine.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            rows = (await conn.execute(query)).all()
            records = await _records(conn, rows)
        if where.language is not None:
            records = [r for r in records if r.language == where.language]
        for record in records:
            yield record
        if len(rows) < page:
            return
        after = (rows[-1].created_at, rows[-1].id)


async def load_submission(
    engine: AsyncEngine, submission_id: uuid.UUID
) -> SubmissionRecord | None:
    """One submission with its answers, or None if it no longer exists (erased)."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        rows = (
            await conn.execute(select(submissions).where(submissions.c.id == submission_id))
        ).all()
        found = await _records(conn, rows)
    return found[0] if found else None
