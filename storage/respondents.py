"""The locking RespondentStore of dialogs.ports: one locked transaction per respondent and update.

The bot runs on the group-commit store (storage.batch, storage.stores); this one implements the
same Protocol without a cache, and the tests run both.

Hot path on one connection: a typical answer is claim_update, respondent() and draft() (one
query between them) and save_draft, in one commit. On PostgreSQL the respondent's advisory lock
rides on the unit's first statement (with the claim of the update id) and save_draft writes the
state and the step's answers in one statement: BEGIN, three statements, COMMIT. The statements
themselves live in storage.statements, shared with the group-committed units of storage.batch.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CursorResult, Executable
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from dialogs.events import FileRef
from dialogs.ports import Conflict, DraftRecord, ErasedMail, RespondentRecord, SubmissionSummary
from storage.db import write_transaction
from storage.search import answers_of, choice_rows, choices_statement, index_row, index_statement
from storage.statements import (
    Statements,
    erase_statements,
    file_rows,
    mail_of,
    new_draft_params,
    read_submissions,
    respondent_record,
    statements,
)


class DraftNotFoundError(LookupError):
    """The draft is not (or no longer) this respondent's open draft."""


class UnknownRespondentError(LookupError):
    """The respondent must be touched (created) before this call."""


class SqlRespondentStore:
    """Hands out units of work on one engine (SQLite or PostgreSQL)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def close(self) -> None:
        """Nothing to release: the engine belongs to the caller."""

    @asynccontextmanager
    async def unit(self, user_id: int) -> AsyncIterator[SqlRespondentUnit]:
        """One transaction holding the respondent's lock; commit on exit, roll back on error.

        On PostgreSQL the unit takes the lock with its first statement (see SqlRespondentUnit).
        """
        async with write_transaction(self._engine) as conn:
            yield SqlRespondentUnit(conn, user_id)


class SqlRespondentUnit:
    """Reads and writes of one respondent inside the unit's transaction.

    The unit holds the respondent's lock, so what it read stays current until it writes: the
    first respondent() or draft() loads both in one query (with whether the draft has files).
    On SQLite the transaction's BEGIN IMMEDIATE is the lock; on PostgreSQL the first statement
    takes the respondent's advisory transaction lock before anything else is read or written.
    """

    def __init__(self, conn: AsyncConnection, user_id: int) -> None:
        self._conn = conn
        self._sql: Statements = statements(conn.dialect.name)
        self._postgresql = conn.dialect.name == "postgresql"
        self._locked = not self._postgresql
        self._user_id = user_id
        self._respondent: RespondentRecord | None = None
        self._respondent_loaded = False
        self._draft: DraftRecord | None = None
        self._draft_loaded = False
        # Submissions known to have no attachment: save_draft needs no DELETE for them.
        self._without_files: set[uuid.UUID] = set()

    async def _first(self, stmt: Executable, params: Mapping[str, Any]) -> CursorResult[Any]:
        """Run the unit's first statement, which takes the lock on PostgreSQL.

        The pool does not ping connections before use (a round trip per update): a connection
        that died with a PostgreSQL restart fails here, before anything was read or written,
        and the service redoes the action on a fresh one (Conflict).
        """
        try:
            result = await self._conn.execute(stmt, params)
        except DBAPIError as error:
            if error.connection_invalidated:
                raise Conflict("the database connection was lost; nothing was written") from error
            raise
        self._locked = True
        return result

    async def _lock(self) -> None:
        if not self._locked:
            await self._first(self._sql.lock, {"user_id_": self._user_id})

    async def _load(self) -> None:
        await self._lock()
        result = await self._conn.execute(self._sql.load, {"user_id_": self._user_id})
        row = result.one_or_none()
        self._respondent = respondent_record(row) if row is not None else None
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
        params = {"update_id_": update_id, "now_": datetime.now(UTC)}
        if not self._locked:
            params["user_id_"] = self._user_id
            return (await self._first(self._sql.lock_and_claim, params)).rowcount == 1
        result = await self._conn.execute(self._sql.claim, params)
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
        await self._lock()
        params = {"user_id_": self._user_id, "chat_id_": chat_id, "language_": language}
        result = await self._conn.execute(self._sql.create_or_touch, {**params, "now_": now})
        self._respondent, self._respondent_loaded = respondent_record(result.one()), True

    async def record_consent(self, version: int, now: datetime) -> None:
        """Note consent to this version of the notice, on the respondent and as a record."""
        await self._lock()
        params = {"user_id_": self._user_id, "version_": version, "now_": now}
        row = (await self._conn.execute(self._sql.consent_returning, params)).one_or_none()
        if row is None:
            raise UnknownRespondentError(self._user_id)
        self._respondent, self._respondent_loaded = respondent_record(row), True
        await self._conn.execute(self._sql.consent_record, params)

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
        questionnaire_version: str,
        source: str | None,
        state: Mapping[str, Any],
        now: datetime,
    ) -> None:
        """Open a new draft; fails (IntegrityError) while another draft is open."""
        await self._lock()
        params = new_draft_params(
            self._user_id, submission_id, questionnaire_version, source, state, now
        )
        await self._conn.execute(self._sql.new_draft, params)
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
        await self._lock()
        sql = self._sql
        key = {"user_id_": self._user_id, "id_": submission_id, "now_": now}
        params = {**key, "state_": dict(state)}
        if changed and self._postgresql:
            params["answers_"] = dict(changed)
            saved = await self._conn.scalar(sql.save_with_answers, params)
        else:
            saved = (await self._conn.execute(sql.save_state, params)).rowcount
        if saved != 1:
            raise DraftNotFoundError(submission_id)
        self._forget_draft()
        if changed and not self._postgresql:
            rows = [{**key, "question_id_": q, "value_": v} for q, v in changed.items()]
            await self._conn.execute(sql.answer, rows)
        if removed:
            await self._conn.execute(sql.drop_answers, {**key, "questions_": list(removed)})
        # Attachments mirror the file answers: an answer removed, or changed to something that
        # is not a file (e.g. skipped), takes its attachment with it.
        stale = {*removed, *changed}.difference(files)
        if stale and submission_id not in self._without_files:
            await self._conn.execute(sql.drop_files, {**key, "questions_": sorted(stale)})
        if files:
            await self._conn.execute(sql.file, file_rows(key, files))
            self._without_files.discard(submission_id)

    async def discard_draft(self, submission_id: uuid.UUID) -> None:
        """Delete an unfinished draft and its answers (the respondent started a new one)."""
        await self._lock()
        params = {"user_id_": self._user_id, "id_": submission_id}
        await self._conn.execute(self._sql.discard, params)
        self._forget_draft()

    async def reference_taken(self, reference: str) -> bool:
        """Whether a submission already carries this reference code."""
        await self._lock()
        found = await self._conn.execute(self._sql.reference_taken, {"reference_": reference})
        return found.first() is not None

    async def submit(
        self,
        submission_id: uuid.UUID,
        reference: str,
        state: Mapping[str, Any],
        now: datetime,
        *,
        questionnaire_version: str | None = None,
    ) -> None:
        """Mark the draft submitted and queue its e-mail to EFUS, in this same transaction."""
        await self._lock()
        key = {"user_id_": self._user_id, "id_": submission_id, "now_": now}
        params = {
            **key,
            "reference_": reference,
            "state_": dict(state),
            "questionnaire_version_": questionnaire_version,
        }
        if (await self._conn.execute(self._sql.submit, params)).rowcount != 1:
            raise DraftNotFoundError(submission_id)
        self._forget_draft()
        await self._conn.execute(self._sql.mail, key)
        # The search index learns the questionnaire in the transaction that submits it.
        given = answers_of(state)
        await self._conn.execute(index_statement(), index_row(submission_id, given))
        if made := choice_rows(submission_id, given):
            await self._conn.execute(choices_statement(), made)

    async def submissions(self, title_question: str) -> list[SubmissionSummary]:
        """The respondent's questionnaires, newest first, titled by one answer."""
        await self._lock()
        return await read_submissions(self._conn, self._user_id, title_question)

    async def erase(self, now: datetime) -> ErasedMail:
        """Remove everything about the respondent but an anonymous consent-withdrawn record."""
        await self._lock()
        mail = await mail_of(self._conn, self._user_id)
        await erase_in(self._conn, self._user_id, now)
        self._respondent, self._respondent_loaded = None, True
        self._draft, self._draft_loaded = None, True
        return mail


async def erase_in(conn: AsyncConnection, user_id: int, now: datetime) -> bool:
    """Erase one respondent in `conn`'s transaction (holding their lock); False if unknown.

    Processed update ids stay: they hold no personal data, only Telegram's update counter.
    """
    *everything, respondent_row = erase_statements(user_id, now)
    for stmt in everything:
        await conn.execute(stmt)
    return (await conn.execute(respondent_row)).rowcount == 1
