"""The RespondentStore of dialogs.ports on SQL: one locked transaction per respondent and update.

Hot path in Core statements on one connection: a typical answer is claim_update, respondent()
and draft() (one query between them) and save_draft (two statements), in one commit.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, delete, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import Executable
from sqlalchemy.sql.schema import Table

from dialogs.events import FileRef
from dialogs.ports import DraftRecord, RespondentRecord, SubmissionSummary
from storage.db import write_transaction
from storage.models import (
    DRAFT,
    OUTBOX_PENDING,
    OUTBOX_SUBMISSION,
    SUBMITTED,
    UTCDateTime,
    answers,
    attachments,
    consent_records,
    outbox,
    processed_updates,
    respondents,
    submissions,
    triage_events,
)

_RESPONDENT_COLUMNS = (
    respondents.c.user_id,
    respondents.c.chat_id,
    respondents.c.language,
    respondents.c.consent_version,
    respondents.c.blocked,
)


class DraftNotFoundError(LookupError):
    """The draft is not (or no longer) this respondent's open draft."""


class UnknownRespondentError(LookupError):
    """The respondent must be touched (created) before this call."""


def _insert(conn: AsyncConnection, table: Table) -> sqlite.Insert | postgresql.Insert:
    """An INSERT that supports ON CONFLICT on this connection's dialect."""
    return _dialect_insert(conn.dialect.name, table)


def _dialect_insert(dialect: str, table: Table) -> sqlite.Insert | postgresql.Insert:
    if dialect == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _record(row: Row[Any, Any, Any, Any, Any]) -> RespondentRecord:
    return RespondentRecord(
        user_id=row.user_id,
        chat_id=row.chat_id,
        language=row.language,
        consent_version=row.consent_version,
        blocked=row.blocked,
    )


class SqlRespondentStore:
    """Hands out units of work on one engine (SQLite or PostgreSQL)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def close(self) -> None:
        """Nothing to release: the engine belongs to the caller."""

    @asynccontextmanager
    async def unit(self, user_id: int) -> AsyncIterator[SqlRespondentUnit]:
        """One transaction holding the respondent's lock; commit on exit, roll back on error."""
        async with write_transaction(self._engine, lock_key=user_id) as conn:
            yield SqlRespondentUnit(conn, user_id)


class SqlRespondentUnit:
    """Reads and writes of one respondent inside the unit's transaction.

    The unit holds the respondent's lock, so what it read stays current until it writes: the
    first respondent() or draft() loads both in one query (with whether the draft has files).
    """

    def __init__(self, conn: AsyncConnection, user_id: int) -> None:
        self._conn = conn
        self._user_id = user_id
        self._respondent: RespondentRecord | None = None
        self._respondent_loaded = False
        self._draft: DraftRecord | None = None
        self._draft_loaded = False
        # Submissions known to have no attachment: save_draft needs no DELETE for them.
        self._without_files: set[uuid.UUID] = set()

    async def _load(self) -> None:
        result = await self._conn.execute(snapshot_query(literal(self._user_id)))
        row = result.one_or_none()
        self._respondent = _record(row) if row is not None else None
        self._draft = None
        if row is not None and row.id is not None:
            self._draft = DraftRecord(row.id, dict(row.state), row.source)
            if not row.has_files:
                self._without_files.add(row.id)
        self._respondent_loaded = self._draft_loaded = True

    def _forget_draft(self) -> None:
        self._draft, self._draft_loaded = None, False

    async def claim_update(self, update_id: int) -> bool:
        """Record an update id; False if it was already processed (then change nothing)."""
        stmt = _insert(self._conn, processed_updates).values(
            update_id=update_id, processed_at=datetime.now(UTC)
        )
        result = await self._conn.execute(stmt.on_conflict_do_nothing())
        return result.rowcount == 1

    async def respondent(self) -> RespondentRecord | None:
        """The respondent, or None before the first touch."""
        if not self._respondent_loaded:
            await self._load()
        return self._respondent

    async def touch(self, chat_id: int, language: str | None, now: datetime) -> None:
        """Create the respondent or update chat, language (None keeps it) and last-seen time.

        A respondent who writes to the bot has not blocked it (any more).
        """
        stmt = _insert(self._conn, respondents).values(
            user_id=self._user_id,
            chat_id=chat_id,
            language=language,
            blocked=False,
            first_seen_at=now,
            last_seen_at=now,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[respondents.c.user_id],
            set_={
                "chat_id": stmt.excluded.chat_id,
                "language": func.coalesce(stmt.excluded.language, respondents.c.language),
                "blocked": False,
                "last_seen_at": stmt.excluded.last_seen_at,
            },
        )
        result = await self._conn.execute(stmt.returning(*_RESPONDENT_COLUMNS))
        self._respondent, self._respondent_loaded = _record(result.one()), True

    async def record_consent(self, version: int, now: datetime) -> None:
        """Note consent to this version of the notice, on the respondent and as a record."""
        result = await self._conn.execute(
            update(respondents)
            .where(respondents.c.user_id == self._user_id)
            .values(consent_version=version, consent_given_at=now)
            .returning(*_RESPONDENT_COLUMNS)
        )
        row = result.one_or_none()
        if row is None:
            raise UnknownRespondentError(self._user_id)
        self._respondent, self._respondent_loaded = _record(row), True
        await self._conn.execute(
            consent_records.insert().values(
                respondent_id=self._user_id, version=version, given_at=now
            )
        )

    async def draft(self) -> DraftRecord | None:
        """The open draft, if any (at most one)."""
        if not self._draft_loaded:
            await self._load()
        draft = self._draft
        # Hand the loaded state out once: the caller may change that dict in place.
        self._forget_draft()
        return draft

    async def start_draft(
        self,
        submission_id: uuid.UUID,
        questionnaire_version: int,
        source: str | None,
        state: Mapping[str, Any],
        now: datetime,
    ) -> None:
        """Open a new draft; fails (IntegrityError) while another draft is open."""
        await self._conn.execute(
            submissions.insert().values(
                id=submission_id,
                respondent_id=self._user_id,
                questionnaire_version=questionnaire_version,
                status=DRAFT,
                state=dict(state),
                source=source,
                created_at=now,
                updated_at=now,
            )
        )
        self._forget_draft()
        self._without_files.add(submission_id)

    async def save_draft(
        self,
        submission_id: uuid.UUID,
        state: Mapping[str, Any],
        changed: Mapping[str, Any],
        removed: Sequence[str],
        files: Mapping[str, FileRef],
        now: datetime,
    ) -> None:
        """Persist the engine state with the answers set, changed or removed by one step."""
        result = await self._conn.execute(
            update(submissions)
            .where(
                submissions.c.id == submission_id,
                submissions.c.respondent_id == self._user_id,
                submissions.c.status == DRAFT,
            )
            .values(state=dict(state), updated_at=now)
        )
        if result.rowcount != 1:
            raise DraftNotFoundError(submission_id)
        self._forget_draft()
        if changed:
            await self._upsert_answers(submission_id, changed.items(), now)
        if removed:
            await self._conn.execute(
                delete(answers).where(
                    answers.c.submission_id == submission_id, answers.c.question_id.in_(removed)
                )
            )
        # Attachments mirror the file answers: an answer removed, or changed to something that
        # is not a file (e.g. skipped), takes its attachment with it.
        stale = {*removed, *changed}.difference(files)
        if stale and submission_id not in self._without_files:
            await self._conn.execute(
                delete(attachments).where(
                    attachments.c.submission_id == submission_id,
                    attachments.c.question_id.in_(sorted(stale)),
                )
            )
        if files:
            await self._upsert_attachments(submission_id, files, now)
            self._without_files.discard(submission_id)

    async def _upsert_answers(
        self, submission_id: uuid.UUID, items: Iterable[tuple[str, Any]], now: datetime
    ) -> None:
        await self._conn.execute(
            answers_upsert(self._conn.dialect.name, submission_id, items, now)
        )

    async def _upsert_attachments(
        self, submission_id: uuid.UUID, files: Mapping[str, FileRef], now: datetime
    ) -> None:
        stmt = attachments_upsert(self._conn.dialect.name, submission_id, files, now)
        await self._conn.execute(stmt)

    async def discard_draft(self, submission_id: uuid.UUID) -> None:
        """Delete an unfinished draft and its answers (the respondent started a new one)."""
        # Answers and attachments go by ON DELETE CASCADE.
        await self._conn.execute(
            delete(submissions).where(
                submissions.c.id == submission_id,
                submissions.c.respondent_id == self._user_id,
                submissions.c.status == DRAFT,
            )
        )
        self._forget_draft()

    async def reference_taken(self, reference: str) -> bool:
        """Whether a submission already carries this reference code."""
        found = await self._conn.execute(
            select(literal(1)).where(submissions.c.reference == reference).limit(1)
        )
        return found.first() is not None

    async def submit(
        self, submission_id: uuid.UUID, reference: str, state: Mapping[str, Any], now: datetime
    ) -> None:
        """Mark the draft submitted and queue its e-mail to EFUS, in this same transaction."""
        stmt = submit_draft(self._user_id, submission_id, reference, state, now)
        if (await self._conn.execute(stmt)).rowcount != 1:
            raise DraftNotFoundError(submission_id)
        self._forget_draft()
        await self._conn.execute(submission_mail(submission_id, now))

    async def submissions(self, title_question: str) -> list[SubmissionSummary]:
        """The respondent's questionnaires, newest first, titled by one answer."""
        title = answers.alias("title")
        result = await self._conn.execute(
            select(
                submissions.c.reference,
                submissions.c.status,
                submissions.c.created_at,
                submissions.c.submitted_at,
                title.c.value,
            )
            .select_from(submissions)
            .outerjoin(
                title,
                (title.c.submission_id == submissions.c.id)
                & (title.c.question_id == title_question),
            )
            .where(submissions.c.respondent_id == self._user_id)
            .order_by(submissions.c.created_at.desc(), submissions.c.id.desc())
        )
        return [
            SubmissionSummary(
                reference=row.reference,
                status=row.status,
                title=row.value if isinstance(row.value, str) else None,
                created_at=row.created_at,
                submitted_at=row.submitted_at,
            )
            for row in result
        ]

    async def erase(self, now: datetime) -> None:
        """Remove everything about the respondent but an anonymous consent-withdrawn record."""
        await erase_in(self._conn, self._user_id, now)
        self._respondent, self._respondent_loaded = None, True
        self._draft, self._draft_loaded = None, True


async def erase_in(conn: AsyncConnection, user_id: int, now: datetime) -> bool:
    """Erase one respondent in `conn`'s transaction (holding their lock); False if unknown.

    Processed update ids stay: they hold no personal data, only Telegram's update counter.
    """
    *everything, respondent_row = erase_statements(user_id, now)
    for stmt in everything:
        await conn.execute(stmt)
    return (await conn.execute(respondent_row)).rowcount == 1


# ---- statements shared by the locked units here and the group-committed ones (storage.batch)


def snapshot_query(user_id: ColumnElement[int]) -> Select[Any]:
    """The respondent with their open draft (if any) and whether it has files, in one row."""
    has_files = (
        select(attachments.c.question_id)
        .where(attachments.c.submission_id == submissions.c.id)
        .exists()
    )
    return (
        select(
            *_RESPONDENT_COLUMNS,
            respondents.c.version,
            submissions.c.id,
            submissions.c.state,
            submissions.c.source,
            has_files.label("has_files"),
        )
        .select_from(respondents)
        .outerjoin(
            submissions,
            (submissions.c.respondent_id == respondents.c.user_id)
            & (submissions.c.status == DRAFT),
        )
        .where(respondents.c.user_id == user_id)
    )


def answers_upsert(
    dialect: str, submission_id: uuid.UUID, items: Iterable[tuple[str, Any]], now: datetime
) -> Executable:
    """Insert or replace answers of one submission."""
    rows = [
        {"submission_id": submission_id, "question_id": q, "value": v, "answered_at": now}
        for q, v in items
    ]
    stmt = _dialect_insert(dialect, answers).values(rows)
    return stmt.on_conflict_do_update(
        index_elements=[answers.c.submission_id, answers.c.question_id],
        set_={"value": stmt.excluded.value, "answered_at": stmt.excluded.answered_at},
    )


def attachments_upsert(
    dialect: str, submission_id: uuid.UUID, files: Mapping[str, FileRef], now: datetime
) -> Executable:
    """Insert or replace the file references of one submission."""
    rows = [
        {
            "submission_id": submission_id,
            "question_id": question_id,
            "file_id": file.file_id,
            "file_unique_id": file.unique_id,
            "file_name": file.name,
            "mime_type": file.mime,
            "size": file.size,
            "received_at": now,
        }
        for question_id, file in files.items()
    ]
    stmt = _dialect_insert(dialect, attachments).values(rows)
    replaced = ("file_id", "file_unique_id", "file_name", "mime_type", "size", "received_at")
    return stmt.on_conflict_do_update(
        index_elements=[attachments.c.submission_id, attachments.c.question_id],
        set_={name: stmt.excluded[name] for name in replaced},
    )


def submit_draft(
    user_id: int, submission_id: uuid.UUID, reference: str, state: Mapping[str, Any], now: datetime
) -> Executable:
    """Mark the respondent's open draft submitted (affects one row, or none if it is gone)."""
    return (
        update(submissions)
        .where(
            submissions.c.id == submission_id,
            submissions.c.respondent_id == user_id,
            submissions.c.status == DRAFT,
        )
        .values(
            status=SUBMITTED,
            reference=reference,
            state=dict(state),
            updated_at=now,
            submitted_at=now,
        )
    )


def submission_mail(submission_id: uuid.UUID, now: datetime) -> Executable:
    """Queue the submission's e-mail (empty recipients: the EFUS inbox, resolved at sending)."""
    return outbox.insert().values(
        submission_id=submission_id,
        kind=OUTBOX_SUBMISSION,
        recipients="",
        status=OUTBOX_PENDING,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )


def erase_statements(user_id: int, now: datetime) -> list[Executable]:
    """Everything erasure runs, in order; the last deletes the respondent row itself."""
    mine = select(submissions.c.id).where(submissions.c.respondent_id == user_id)
    anonymize = (
        update(consent_records)
        .where(consent_records.c.respondent_id == user_id)
        .values(
            respondent_id=None,
            withdrawn_at=func.coalesce(consent_records.c.withdrawn_at, literal(now, UTCDateTime)),
        )
    )
    # Explicit rather than by cascade, so that nothing depends on foreign-key enforcement.
    # Outbox rows of the respondent's submissions go whatever their status: they hold answers.
    return [
        anonymize,
        *(
            delete(t).where(t.c.submission_id.in_(mine))
            for t in (answers, attachments, outbox, triage_events)
        ),
        delete(submissions).where(submissions.c.respondent_id == user_id),
        delete(respondents).where(respondents.c.user_id == user_id),
    ]
