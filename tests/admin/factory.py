"""Submissions written straight into the tables with bulk Core inserts (fast, no engine)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import (
    DRAFT,
    SUBMITTED,
    answers,
    attachments,
    respondents,
    search_choices,
    search_documents,
    submissions,
)
from storage.search import choice_rows, index_row

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@dataclass
class Row:
    """One submission to insert; `answers` maps question ids to stored values."""

    user_id: int
    answers: dict[str, Any] = field(default_factory=dict)
    status: str = SUBMITTED
    lang: str = "en"
    created_at: datetime = T0
    submitted_at: datetime | None = None
    source: str | None = None
    reference: str | None = None
    files: dict[str, str | None] = field(default_factory=dict)  # question id → file name
    id: uuid.UUID = field(default_factory=uuid.uuid4)


def sample_answers(**overrides: Any) -> dict[str, Any]:
    """A complete, plausible set of answers."""
    values: dict[str, Any] = {
        "org_name": "Ville de Besançon",
        "org_type": {"choice": "city"},
        "country": "FR",
        "city": "Besançon",
        "contact_name": "Élodie Fournier",
        "contact_role": "Cheffe de projet",
        "contact_email": "elodie@example.org",
        "contact_phone": "+33612345678",
        "may_contact": True,
        "initiative_name": "Voisins vigilants",
        "description": "Une initiative de quartier.",
        "settings": {"choices": ["schools", "night"]},
        "activities": {"choices": ["patrolling"]},
        "start_year": 2019,
        "status": {"choice": "ongoing"},
        "run_by": {"choice": "municipality"},
        "volunteer_count": 45,
        "recruitment": "Appel à candidatures",
        "supervision": "Référent police",
        "funding": "Budget municipal",
        "scope": "Quartier",
        "evaluated": {"choice": "no"},
        "transferable": {"choice": "yes"},
        "transfer_conditions": "Un coordinateur",
        "publish": {"choice": "yes"},
    }
    values.update(overrides)
    return values


async def insert_rows(engine: AsyncEngine, rows: Sequence[Row]) -> None:
    """Insert respondents, submissions, answers and attachments in a few executemany calls."""
    seen: dict[int, tuple[datetime, datetime]] = {}
    for row in rows:
        last = row.submitted_at or row.created_at
        first, latest = seen.get(row.user_id, (row.created_at, last))
        seen[row.user_id] = (min(first, row.created_at), max(latest, last))
    async with engine.begin() as conn:
        await conn.execute(
            insert(respondents),
            [
                {"user_id": u, "chat_id": u, "language": None, "blocked": False}
                | {"first_seen_at": first, "last_seen_at": last}
                for u, (first, last) in seen.items()
            ],
        )
        for chunk in _chunks(rows, 5_000):
            await conn.execute(insert(submissions), [_submission(row) for row in chunk])
            values = [
                {"submission_id": row.id, "question_id": qid, "value": value}
                | {"answered_at": row.created_at}
                for row in chunk
                for qid, value in row.answers.items()
            ]
            if values:
                await conn.execute(insert(answers), values)
            done = [row for row in chunk if row.status == SUBMITTED]
            if done:
                indexed = [index_row(row.id, row.answers) for row in done]
                await conn.execute(insert(search_documents), indexed)
            made = [choice for row in done for choice in choice_rows(row.id, row.answers)]
            if made:
                await conn.execute(insert(search_choices), made)
            files = [
                {"submission_id": row.id, "question_id": qid, "file_id": f"file-{qid}"}
                | {"file_unique_id": f"u-{qid}", "file_name": name, "mime_type": None}
                | {"size": None, "received_at": row.created_at}
                for row in chunk
                for qid, name in row.files.items()
            ]
            if files:
                await conn.execute(insert(attachments), files)


def _submission(row: Row) -> dict[str, Any]:
    submitted_at = row.submitted_at
    if submitted_at is None and row.status == SUBMITTED:
        submitted_at = row.created_at + timedelta(hours=1)
    return {
        "id": row.id,
        "reference": row.reference,
        "respondent_id": row.user_id,
        "questionnaire_version": "1",
        "status": row.status,
        "state": {"draft": str(row.id), "lang": row.lang, "phase": "question", "answers": {}},
        "language": row.lang,
        "source": row.source,
        "created_at": row.created_at,
        "updated_at": submitted_at or row.created_at,
        "submitted_at": submitted_at if row.status != DRAFT else None,
    }


def _chunks(rows: Sequence[Row], size: int) -> Iterable[Sequence[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
