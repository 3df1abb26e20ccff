"""Counts for the admins' statistics, computed in SQL (a handful of aggregate queries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.db import READ_ONLY
from storage.models import DRAFT, SUBMITTED, answers, respondents, submissions
from storage.submissions import json_text, respondent_language

PERIODS = (7, 30)  # days


@dataclass(frozen=True)
class Activity:
    """What happened in the last `days` days."""

    days: int
    submitted: int  # questionnaires submitted
    started: int  # questionnaires begun (whatever their status now)
    active_respondents: int  # people who wrote to the bot
    active_drafts: int  # drafts in progress touched


@dataclass(frozen=True)
class SubmissionStats:
    """Submissions by status; submitted ones by language and by country; recent activity."""

    at: datetime
    by_status: dict[str, int]
    by_language: dict[str | None, int]
    by_country: dict[str | None, int]
    activity: tuple[Activity, ...]

    @property
    def submitted(self) -> int:
        return self.by_status.get(SUBMITTED, 0)

    @property
    def drafts(self) -> int:
        return self.by_status.get(DRAFT, 0)


async def _grouped(conn: AsyncConnection, query: Select[Any, Any]) -> dict[Any, int]:
    return {key: int(count) for key, count in await conn.execute(query)}


async def _count(conn: AsyncConnection, query: Select[Any]) -> int:
    return int((await conn.execute(query)).scalar_one())


async def submission_stats(
    engine: AsyncEngine, now: datetime, periods: tuple[int, ...] = PERIODS
) -> SubmissionStats:
    """Every count of the statistics message, as of `now` (an aware datetime)."""
    s = submissions.c
    count = func.count()
    language = respondent_language()
    country = json_text(answers.c.value)
    async with engine.connect() as raw:
        conn = await raw.execution_options(**READ_ONLY)
        by_status = await _grouped(conn, select(s.status, count).group_by(s.status))
        by_language = await _grouped(
            conn, select(language, count).where(s.status == SUBMITTED).group_by(language)
        )
        countries = (
            select(country, count)
            .select_from(submissions)
            .outerjoin(
                answers, (answers.c.submission_id == s.id) & (answers.c.question_id == "country")
            )
            .where(s.status == SUBMITTED)
            .group_by(country)
        )
        by_country = await _grouped(conn, countries)
        activity = []
        for days in periods:
            since = now - timedelta(days=days)
            recent_drafts = (s.status == DRAFT) & (s.updated_at >= since)
            activity.append(
                Activity(
                    days=days,
                    submitted=await _count(
                        conn, select(count).where(s.status == SUBMITTED, s.submitted_at >= since)
                    ),
                    started=await _count(conn, select(count).where(s.created_at >= since)),
                    active_respondents=await _count(
                        conn, select(count).where(respondents.c.last_seen_at >= since)
                    ),
                    active_drafts=await _count(conn, select(count).where(recent_drafts)),
                )
            )
    return SubmissionStats(
        at=now,
        by_status=by_status,
        by_language=by_language,
        by_country=by_country,
        activity=tuple(activity),
    )
