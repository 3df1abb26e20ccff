"""The ReminderStore of dialogs.reminder_ports on SQL (SQLite or PostgreSQL).

A reminder is claimed by inserting its row: automatic reminders are numbered per draft and
(submission, number) is unique, so of several bot processes exactly one claims each; the claim
commits before the message is sent, and the outcome is written once it is known.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    String,
    Uuid,
    and_,
    delete,
    exists,
    func,
    literal,
    not_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql import Executable

from dialogs.reminder_ports import DraftForReminder, OutcomeTarget, SentReminder
from storage.db import READ_ONLY, write_transaction
from storage.models import (
    DRAFT,
    REMINDER_AUTO,
    REMINDER_CLAIMED,
    REMINDER_SENT,
    REMINDER_STAFF,
    UTCDateTime,
    answers,
    reminders,
    respondents,
    submissions,
)


def _drafts_query() -> Select[Any]:
    """Open drafts with their respondent and a count of their automatic reminders."""
    sent = (
        select(func.count())
        .where(reminders.c.submission_id == submissions.c.id, reminders.c.kind == REMINDER_AUTO)
        .scalar_subquery()
    )
    last = (
        select(func.max(reminders.c.claimed_at))
        .where(reminders.c.submission_id == submissions.c.id)
        .scalar_subquery()
    )
    return (
        select(
            submissions.c.id,
            submissions.c.respondent_id,
            respondents.c.chat_id,
            respondents.c.blocked,
            respondents.c.reminders_off,
            submissions.c.state,
            submissions.c.updated_at,
            sent.label("sent"),
            last.label("last"),
        )
        .select_from(submissions)
        .join(respondents, respondents.c.user_id == submissions.c.respondent_id)
        .where(submissions.c.status == DRAFT)
    )


def _draft(row: Row[Any]) -> DraftForReminder:
    return DraftForReminder(
        submission_id=row.id,
        respondent_id=row.respondent_id,
        chat_id=row.chat_id,
        state=dict(row.state),
        updated_at=row.updated_at,
        sent=int(row.sent or 0),
        last_reminder_at=row.last,
        blocked=bool(row.blocked),
        opted_out=bool(row.reminders_off),
    )


def _reachable(submission_id: uuid.UUID) -> ColumnElement[bool]:
    """The draft is still open and its respondent neither blocked the bot nor opted out."""
    return exists(
        select(literal(1))
        .select_from(submissions)
        .join(respondents, respondents.c.user_id == submissions.c.respondent_id)
        .where(
            submissions.c.id == submission_id,
            submissions.c.status == DRAFT,
            not_(respondents.c.blocked),
            not_(respondents.c.reminders_off),
        )
    )


async def last_reminder_sent(engine: AsyncEngine, submission_id: uuid.UUID) -> datetime | None:
    """When the last reminder about this draft went (automatic or staff's), None if none did."""
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        found = await conn.execute(
            select(func.max(reminders.c.sent_at)).where(
                reminders.c.submission_id == submission_id,
                reminders.c.outcome == REMINDER_SENT,
            )
        )
        last: datetime | None = found.scalar_one_or_none()
        return last


class SqlReminderStore:
    """Reminders on one engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def idle_drafts(self, idle_since: datetime, max_count: int) -> list[DraftForReminder]:
        """Open drafts unchanged since `idle_since`, of respondents reachable and not opted out,
        with fewer than `max_count` automatic reminders, the longest idle first."""
        query = _drafts_query().where(
            # Terminal-chat respondents (`intake chat`) have negative ids and no Telegram chat.
            submissions.c.respondent_id > 0,
            submissions.c.updated_at <= idle_since,
            not_(respondents.c.blocked),
            not_(respondents.c.reminders_off),
        )
        inner = query.subquery()
        outer = select(inner).where(inner.c.sent < max_count).order_by(inner.c.updated_at)
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            rows = (await conn.execute(outer)).all()
        return [_draft(row) for row in rows]

    async def draft(self, submission_id: uuid.UUID) -> DraftForReminder | None:
        """One open draft, whatever its age (for staff), or None."""
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            query = _drafts_query().where(submissions.c.id == submission_id)
            row = (await conn.execute(query)).one_or_none()
        return _draft(row) if row is not None else None

    async def draft_token(self, user_id: int) -> str | None:
        """The token of the respondent's open draft (its buttons carry it), None without one."""
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            state = await conn.scalar(
                select(submissions.c.state).where(
                    submissions.c.respondent_id == user_id, submissions.c.status == DRAFT
                )
            )
        token = state.get("draft") if isinstance(state, dict) else None
        return token if isinstance(token, str) else None

    async def claim(
        self,
        draft: DraftForReminder,
        number: int | None,
        now: datetime,
        claimant: str,
        idle_since: datetime | None = None,
        quiet_since: datetime | None = None,
    ) -> int | None:
        """Claim reminder `number` (None: a staff reminder) if the draft is still open, idle
        since `idle_since`, reachable and not being answered; its id, or None if not claimed."""
        condition = _reachable(draft.submission_id)
        if idle_since is not None:
            condition = and_(
                condition,
                exists(
                    select(literal(1)).where(
                        submissions.c.id == draft.submission_id,
                        submissions.c.updated_at <= idle_since,
                    )
                ),
            )
        if quiet_since is not None:
            # One check with the insert: five presses in a second claim one reminder.
            condition = and_(
                condition,
                not_(
                    exists(
                        select(literal(1)).where(
                            reminders.c.submission_id == draft.submission_id,
                            reminders.c.claimed_at > quiet_since,
                            reminders.c.outcome.in_((REMINDER_CLAIMED, REMINDER_SENT)),
                        )
                    )
                ),
            )
        async with write_transaction(self._engine) as conn:
            dialect = conn.dialect.name
            if dialect == "postgresql":
                # A unit holding the respondent's lock is answering right now: leave them be.
                # (On SQLite this transaction is the only writer: it sees every answer saved.)
                busy = select(func.pg_try_advisory_xact_lock(draft.respondent_id))
                if not (await conn.execute(busy)).scalar_one():
                    return None
            values = select(
                literal(draft.submission_id, Uuid()),
                literal(REMINDER_AUTO if number is not None else REMINDER_STAFF, String()),
                literal(number, Integer()),
                literal(now, UTCDateTime()),
                literal(claimant, String()),
                literal(REMINDER_CLAIMED, String()),
            ).where(condition)
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            stmt = (
                insert(reminders)
                .from_select(
                    ["submission_id", "kind", "number", "claimed_at", "claimed_by", "outcome"],
                    values,
                )
                .on_conflict_do_nothing()
                .returning(reminders.c.id)
            )
            found = (await conn.execute(stmt)).scalar_one_or_none()
            return int(found) if found is not None else None

    async def record(self, reminder_id: int, outcome: str, now: datetime) -> None:
        """Note whether a claimed reminder was sent."""
        sent_at = now if outcome == REMINDER_SENT else None
        async with write_transaction(self._engine) as conn:
            await conn.execute(
                update(reminders)
                .where(reminders.c.id == reminder_id)
                .values(outcome=outcome, sent_at=sent_at)
            )

    async def release(self, reminder_id: int) -> None:
        """Give a claim back (the send failed for a passing reason): a later pass retries."""
        async with write_transaction(self._engine) as conn:
            await conn.execute(delete(reminders).where(reminders.c.id == reminder_id))

    async def preference(
        self, user_id: int, enabled: bool | None = None
    ) -> tuple[bool, str] | None:
        """Turn reminders on or off (None: only read); (on now, language), None if unknown."""
        async with write_transaction(self._engine, lock_key=user_id) as conn:
            query: Executable
            if enabled is None:
                query = select(respondents.c.reminders_off, respondents.c.language).where(
                    respondents.c.user_id == user_id
                )
            else:
                query = (
                    update(respondents)
                    .where(respondents.c.user_id == user_id)
                    .values(reminders_off=not enabled)
                    .returning(respondents.c.reminders_off, respondents.c.language)
                )
            row = (await conn.execute(query)).one_or_none()
        if row is None:
            return None
        return not row.reminders_off, row.language or ""

    async def history(
        self, submission_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, list[SentReminder]]:
        """The reminders of these drafts, oldest first."""
        wanted = list(submission_ids)
        found: dict[uuid.UUID, list[SentReminder]] = {sid: [] for sid in wanted}
        if not wanted:
            return found
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            rows = await conn.execute(
                select(reminders)
                .where(reminders.c.submission_id.in_(wanted))
                .order_by(reminders.c.claimed_at, reminders.c.id)
            )
            for row in rows:
                found[row.submission_id].append(
                    SentReminder(row.kind, row.number, row.claimed_at, row.outcome)
                )
        return found

    async def stopped_at(self, submission_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """The question each of these drafts was showing when it was left (if known)."""
        wanted = list(submission_ids)
        if not wanted:
            return {}
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            rows = await conn.execute(
                select(submissions.c.id, submissions.c.state).where(submissions.c.id.in_(wanted))
            )
            found = {
                row.id: row.state.get("current") for row in rows if isinstance(row.state, dict)
            }
        return {sid: current for sid, current in found.items() if isinstance(current, str)}

    async def outcome_target(
        self, submission_id: uuid.UUID, title_question: str
    ) -> OutcomeTarget | None:
        """Where to send a submission's outcome, titled by one answer; None if it is gone."""
        title = answers.alias("title")
        query = (
            select(
                respondents.c.chat_id,
                respondents.c.blocked,
                respondents.c.language,
                submissions.c.state,
                submissions.c.reference,
                title.c.value,
            )
            .select_from(submissions)
            .join(respondents, respondents.c.user_id == submissions.c.respondent_id)
            .outerjoin(
                title,
                (title.c.submission_id == submissions.c.id)
                & (title.c.question_id == title_question),
            )
            .where(submissions.c.id == submission_id)
        )
        async with self._engine.connect() as raw:
            conn = await raw.execution_options(**READ_ONLY)
            row = (await conn.execute(query)).one_or_none()
        if row is None:
            return None
        state = row.state if isinstance(row.state, dict) else {}
        lang = state.get("lang") or row.language
        return OutcomeTarget(
            chat_id=row.chat_id,
            blocked=bool(row.blocked),
            lang=str(lang) if lang else None,
            reference=row.reference,
            title=row.value if isinstance(row.value, str) else None,
        )
