"""Retention and erasure leave nothing personal behind: every table is searched afterwards."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, func, inspect, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.events import FileRef
from storage.maintenance import erase_respondent, purge_processed_updates, purge_stale_drafts
from storage.models import consent_records, processed_updates, respondents, submissions
from storage.respondents import SqlRespondentStore

T0 = datetime(2026, 1, 1, tzinfo=UTC)
ERASED = 987_654_321  # the respondent to erase
ERASED_CHAT = 555_000_111
KEPT = 123_123_777  # another respondent, who must keep everything


def _at(days: int) -> datetime:
    return T0 + timedelta(days=days)


class Person:
    """A respondent with recognisable data: one submitted questionnaire and one open draft."""

    def __init__(self, user_id: int, chat_id: int, tag: str) -> None:
        self.user_id = user_id
        self.chat_id = chat_id
        self.submitted = uuid.uuid4()
        self.draft = uuid.uuid4()
        self.text = f"Мій проєкт {tag}"  # non-ASCII on purpose: stored as-is, found as-is
        self.draft_text = f"Чернетка {tag}"
        self.file = FileRef(f"file-id-{tag}", f"unique-{tag}", f"{tag}.pdf", "application/pdf", 9)

    def needles(self) -> list[str]:
        """Strings any of which, found in the database, is this person's data."""
        return [
            str(self.user_id),
            str(self.chat_id),
            self.text,
            self.draft_text,
            self.file.file_id,
            self.file.unique_id,
            self.file.name or "",
            self.submitted.hex,
            self.draft.hex,
        ]

    async def fill(self, engine: AsyncEngine, draft_day: int, first_update: int) -> None:
        """Consent, submit one questionnaire on day 0, then leave a draft on `draft_day`."""
        store = SqlRespondentStore(engine)
        async with store.unit(self.user_id) as unit:
            assert await unit.claim_update(first_update)
            await unit.touch(self.chat_id, "uk", _at(0))
            await unit.record_consent(1, _at(0))
            await unit.start_draft(self.submitted, "1", f"src-{self.user_id}", {}, _at(0))
            answers = {"title": self.text, "plan": asdict(self.file)}
            state = {"answers": answers, "chat": self.chat_id}
            await unit.save_draft(self.submitted, state, answers, [], {"plan": self.file}, _at(0))
            await unit.submit(self.submitted, f"R-{self.user_id}", state, _at(0))
        async with store.unit(self.user_id) as unit:
            assert await unit.claim_update(first_update + 1)
            answers = {"title": self.draft_text, "plan": asdict(self.file)}
            await unit.start_draft(self.draft, "1", None, {}, _at(draft_day))
            await unit.save_draft(
                self.draft, {"answers": answers}, answers, [], {"plan": self.file}, _at(draft_day)
            )


def _dump(conn: Connection) -> str:
    """Every row of every table in the database, as text."""
    lines = []
    for table in inspect(conn).get_table_names():
        for row in conn.execute(text(f'SELECT * FROM "{table}"')):
            lines.append(f"{table}: {tuple(row)!r}")
            # Values one by one: JSON as stored (unescaped), UUIDs in one spelling on both DBs.
            lines.extend(
                value.hex if isinstance(value, uuid.UUID) else str(value) for value in row
            )
    return "\n".join(lines)


async def _database_text(engine: AsyncEngine) -> str:
    async with engine.connect() as conn:
        return await conn.run_sync(_dump)


async def _count(engine: AsyncEngine, where: Any) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(select(func.count()).where(where)) or 0)


@pytest.mark.parametrize("by", ["respondent", "admin"])
async def test_erasure_leaves_only_an_anonymous_consent_record(
    db_engine: AsyncEngine, by: str
) -> None:
    erased, kept = Person(ERASED, ERASED_CHAT, "erased"), Person(KEPT, 321_321_888, "kept")
    await erased.fill(db_engine, draft_day=1, first_update=1001)
    await kept.fill(db_engine, draft_day=1, first_update=2001)
    before = await _database_text(db_engine)
    assert all(needle in before for needle in erased.needles() + kept.needles())

    if by == "respondent":
        async with SqlRespondentStore(db_engine).unit(ERASED) as unit:
            await unit.erase(_at(5))
            assert await unit.respondent() is None
    else:
        assert await erase_respondent(db_engine, ERASED, _at(5))
        assert not await erase_respondent(db_engine, ERASED, _at(6))  # nobody left to erase

    after = await _database_text(db_engine)
    assert [needle for needle in erased.needles() if needle in after] == []
    assert all(needle in after for needle in kept.needles())
    async with db_engine.connect() as conn:
        consents = (await conn.execute(select(consent_records))).all()
    assert {
        (row.respondent_id, row.version, row.given_at, row.withdrawn_at) for row in consents
    } == {
        (None, 1, _at(0), _at(5)),  # consent was given, and withdrawn: nothing else
        (KEPT, 1, _at(0), None),
    }
    # Update ids stay (no personal data), so a late redelivery is still recognised.
    assert await _count(db_engine, processed_updates.c.update_id.in_([1001, 1002])) == 2


async def test_purge_removes_stale_drafts_only(db_engine: AsyncEngine) -> None:
    stale, fresh = Person(ERASED, ERASED_CHAT, "stale"), Person(KEPT, 321_321_888, "fresh")
    await stale.fill(db_engine, draft_day=1, first_update=1001)
    await fresh.fill(db_engine, draft_day=100, first_update=2001)

    assert await purge_stale_drafts(db_engine, older_than=_at(50)) == 1
    assert await purge_stale_drafts(db_engine, older_than=_at(50)) == 0

    after = await _database_text(db_engine)
    assert stale.draft_text not in after
    assert stale.draft.hex not in after
    # Submitted data, fresh drafts and the respondents themselves stay.
    assert stale.text in after
    assert stale.file.file_id in after  # the submitted questionnaire's attachment
    assert all(needle in after for needle in fresh.needles())
    assert await _count(db_engine, respondents.c.user_id.in_([ERASED, KEPT])) == 2
    assert await _count(db_engine, submissions.c.status == "submitted") == 2


async def test_purge_never_takes_a_draft_being_answered(db_engine: AsyncEngine) -> None:
    person = Person(ERASED, ERASED_CHAT, "busy")
    await person.fill(db_engine, draft_day=1, first_update=1001)

    async with SqlRespondentStore(db_engine).unit(ERASED) as unit:
        draft = await unit.draft()
        assert draft is not None
        # The purge runs while the respondent's unit holds their lock: on SQLite it waits for
        # the unit (then the draft is fresh), on PostgreSQL it skips the locked respondent.
        purge = asyncio.create_task(purge_stale_drafts(db_engine, older_than=_at(50)))
        await asyncio.sleep(0.05)
        await unit.save_draft(draft.submission_id, draft.state, {"late": 1}, [], {}, _at(60))

    assert await purge == 0
    async with SqlRespondentStore(db_engine).unit(ERASED) as unit:
        draft = await unit.draft()
    assert draft is not None
    assert draft.submission_id == person.draft


async def test_purge_forgets_old_update_ids(db_engine: AsyncEngine) -> None:
    async with SqlRespondentStore(db_engine).unit(ERASED) as unit:
        assert await unit.claim_update(1)
        assert await unit.claim_update(2)

    now = datetime.now(UTC)
    assert await purge_processed_updates(db_engine, now - timedelta(days=1)) == 0
    assert await purge_processed_updates(db_engine, now + timedelta(minutes=1)) == 2
    async with SqlRespondentStore(db_engine).unit(ERASED) as unit:
        assert await unit.claim_update(1)
