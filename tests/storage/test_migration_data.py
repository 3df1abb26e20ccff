"""Migrating up and down keeps every row (SQLite rebuilds tables; nothing may cascade away)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection, func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import migrate
from storage.migrate import current_revision_engine, downgrade_engine, upgrade_engine
from storage.models import (
    DRAFT,
    OUTBOX_DIGEST,
    OUTBOX_SUBMISSION,
    SUBMITTED,
    answers,
    attachments,
    consent_records,
    digest_runs,
    outbox,
    processed_updates,
    respondents,
    submissions,
)
from tests.conftest import TempDatabase

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
PEOPLE = 4
TABLES = (
    respondents,
    submissions,
    answers,
    attachments,
    processed_updates,
    consent_records,
    outbox,
    digest_runs,
)


async def _fill(engine: AsyncEngine) -> None:
    """Several rows in every table, each child pointing at a parent."""
    async with engine.begin() as conn:
        for n in range(1, PEOPLE + 1):
            at = T0 + timedelta(hours=n)
            await conn.execute(
                insert(respondents).values(
                    user_id=n,
                    chat_id=n,
                    language="fr",
                    consent_version=1,
                    consent_given_at=at,
                    first_seen_at=at,
                    last_seen_at=at,
                )
            )
            await conn.execute(
                insert(consent_records).values(respondent_id=n, version=1, given_at=at)
            )
            for status in (SUBMITTED, DRAFT):
                sid = uuid.uuid4()
                submitted = status == SUBMITTED
                await conn.execute(
                    insert(submissions).values(
                        id=sid,
                        reference=f"CECOPS-{n}{status[0].upper()}" if submitted else None,
                        respondent_id=n,
                        questionnaire_version="1",
                        status=status,
                        state={"answers": {"city": f"Ville {n}"}},
                        created_at=at,
                        updated_at=at,
                        submitted_at=at if submitted else None,
                    )
                )
                await conn.execute(
                    insert(answers),
                    [
                        {
                            "submission_id": sid,
                            "question_id": q,
                            "value": f"{q} {n}",
                            "answered_at": at,
                        }
                        for q in ("city", "practice_title", "contact_name")
                    ],
                )
                await conn.execute(
                    insert(attachments).values(
                        submission_id=sid,
                        question_id="photo",
                        file_id=f"F{n}{status}",
                        file_unique_id=f"U{n}{status}",
                        file_name="plan.pdf",
                        mime_type="application/pdf",
                        size=1000 * n,
                        received_at=at,
                    )
                )
                if submitted:
                    await conn.execute(
                        insert(outbox).values(
                            submission_id=sid,
                            kind=OUTBOX_SUBMISSION,
                            next_attempt_at=at,
                            created_at=at,
                        )
                    )
            await conn.execute(
                insert(processed_updates).values(update_id=1000 + n, processed_at=at)
            )
            await conn.execute(
                insert(digest_runs).values(
                    period_start=at - timedelta(days=1),
                    period_end=at,
                    claimed_at=at,
                    claimed_by="test",
                )
            )
            await conn.execute(
                insert(outbox).values(kind=OUTBOX_DIGEST, next_attempt_at=at, created_at=at)
            )


async def _counts(engine: AsyncEngine) -> dict[str, int]:
    async with engine.connect() as conn:
        return {
            table.name: (await conn.execute(select(func.count()).select_from(table))).scalar_one()
            for table in TABLES
        }


async def test_downgrade_and_upgrade_keep_every_row(empty_db: TempDatabase) -> None:
    engine = empty_db.engine()
    await upgrade_engine(engine)
    await _fill(engine)
    before = await _counts(engine)
    assert all(count >= PEOPLE for count in before.values()), before

    await downgrade_engine(engine, "0001")
    assert await current_revision_engine(engine) == "0001"
    assert await _counts(engine) == before

    await upgrade_engine(engine)
    assert await _counts(engine) == before
    await downgrade_engine(engine, "0001")
    await upgrade_engine(engine)
    assert await _counts(engine) == before

    # Foreign keys are back on for the application's connections after a migration.
    async with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert (await conn.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1
    async with engine.begin() as conn:
        await conn.execute(submissions.delete().where(submissions.c.respondent_id == 1))
    after = await _counts(engine)
    assert after["answers"] == before["answers"] - 6  # the cascade still works


async def test_an_upgrade_with_nothing_to_do_skips_the_foreign_key_check(
    empty_db: TempDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check reads every row of every table: seconds on a large database, before each
    # command that opens it (an export, the bot's start).
    checks: list[str] = []
    check = migrate._check_foreign_keys

    def counted(sync: Connection) -> None:
        checks.append("checked")
        check(sync)

    monkeypatch.setattr(migrate, "_check_foreign_keys", counted)
    engine = empty_db.engine()
    sqlite = empty_db.kind == "sqlite"
    await upgrade_engine(engine)
    assert checks == (["checked"] if sqlite else [])
    await upgrade_engine(engine)
    assert checks == (["checked"] if sqlite else [])
    await downgrade_engine(engine, "0011")
    await upgrade_engine(engine)
    assert checks == (["checked"] * 3 if sqlite else [])
