"""The respondent store on both databases: round trip, idempotency, one draft, restarts."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import asdict
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Table, select, update
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.events import FileRef
from dialogs.ports import DraftRecord, RespondentRecord, RespondentStore, SubmissionSummary
from storage.maintenance import mark_blocked
from storage.models import answers, attachments, consent_records, outbox, respondents, submissions
from storage.respondents import DraftNotFoundError, SqlRespondentStore, UnknownRespondentError
from tests.conftest import TempDatabase

USER = 7_123_456_789  # beyond 32 bits, as Telegram ids now are
CHAT = 555_000_111
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
FILE = FileRef("BQACAgQAAxk-file", "AgADq-unique", "plan.pdf", "application/pdf", 12_345)


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _state(sid: uuid.UUID, **answers: Any) -> dict[str, Any]:
    return {"draft": str(sid), "lang": "uk", "phase": "question", "answers": answers}


async def _rows(engine: AsyncEngine, table: Table) -> list[dict[str, Any]]:
    async with engine.connect() as conn:
        result = await conn.execute(select(table))
        return [dict(row._mapping) for row in result]


async def _new_draft(store: RespondentStore, sid: uuid.UUID, minutes: int = 0) -> None:
    async with store.unit(USER) as unit:
        await unit.touch(CHAT, "uk", _at(minutes))
        await unit.start_draft(sid, "1", None, _state(sid), _at(minutes))


async def test_touch_creates_then_updates_the_respondent(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    async with store.unit(USER) as unit:
        assert await unit.respondent() is None
        await unit.touch(CHAT, None, _at(0))
        assert await unit.respondent() == RespondentRecord(USER, CHAT, None, None, False)
    async with store.unit(USER) as unit:
        await unit.touch(CHAT + 1, "fr", _at(1))
    async with store.unit(USER) as unit:
        await unit.touch(CHAT + 1, None, _at(2))  # None keeps the language
        assert await unit.respondent() == RespondentRecord(USER, CHAT + 1, "fr", None, False)

    [row] = await _rows(db_engine, respondents)
    assert (row["first_seen_at"], row["last_seen_at"]) == (_at(0), _at(2))


async def test_blocked_respondent_is_unblocked_by_writing_again(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    async with store.unit(USER) as unit:
        await unit.touch(CHAT, "en", _at(0))

    assert await mark_blocked(db_engine, USER, True)
    assert not await mark_blocked(db_engine, USER + 1, True)  # unknown respondent
    async with store.unit(USER) as unit:
        record = await unit.respondent()
        assert record is not None
        assert record.blocked
        await unit.touch(CHAT, None, _at(1))
        record = await unit.respondent()
        assert record is not None
        assert not record.blocked


async def test_consent_is_recorded_on_the_respondent_and_as_a_record(
    db_engine: AsyncEngine,
) -> None:
    store = SqlRespondentStore(db_engine)
    async with store.unit(USER) as unit:
        with pytest.raises(UnknownRespondentError):
            await unit.record_consent(2, _at(0))
    async with store.unit(USER) as unit:
        await unit.touch(CHAT, "uk", _at(0))
        await unit.record_consent(2, _at(1))
        assert await unit.respondent() == RespondentRecord(USER, CHAT, "uk", 2, False)

    [row] = await _rows(db_engine, consent_records)
    assert (row["respondent_id"], row["version"], row["given_at"], row["withdrawn_at"]) == (
        USER,
        2,
        _at(1),
        None,
    )


async def test_draft_round_trip_to_submission(db_engine: AsyncEngine) -> None:
    store: RespondentStore = SqlRespondentStore(db_engine)
    sid = uuid.uuid4()
    async with store.unit(USER) as unit:
        assert await unit.draft() is None
        await unit.touch(CHAT, "uk", _at(0))
        await unit.start_draft(sid, "3", "city-lviv", _state(sid), _at(0))

    first = {"title": "Безпечне місто", "year": 2021, "tags": ["a", "b"], "phone": None}
    state = _state(sid, **first, plan=asdict(FILE))
    async with store.unit(USER) as unit:
        draft = await unit.draft()
        assert draft == DraftRecord(sid, _state(sid), "city-lviv")
        await unit.save_draft(
            sid, state, {**first, "plan": asdict(FILE)}, [], {"plan": FILE}, _at(1)
        )

    async with store.unit(USER) as unit:
        assert await unit.draft() == DraftRecord(sid, state, "city-lviv")
    stored = {row["question_id"]: row["value"] for row in await _rows(db_engine, answers)}
    assert stored == {**first, "plan": asdict(FILE)}  # typed values, JSON null for a skip
    [attachment] = await _rows(db_engine, attachments)
    assert attachment == {
        "submission_id": sid,
        "question_id": "plan",
        "file_id": FILE.file_id,
        "file_unique_id": FILE.unique_id,
        "file_name": FILE.name,
        "mime_type": FILE.mime,
        "size": FILE.size,
        "received_at": _at(1),
    }

    # Change one answer, skip the file question, remove two.
    state = _state(sid, title="Safer city", plan=None)
    async with store.unit(USER) as unit:
        await unit.save_draft(
            sid,
            state,
            {"title": "Safer city", "plan": None},
            ["year", "tags", "phone"],
            {},
            _at(2),
        )
    stored_rows = await _rows(db_engine, answers)
    assert {row["question_id"]: (row["value"], row["answered_at"]) for row in stored_rows} == {
        "title": ("Safer city", _at(2)),
        "plan": (None, _at(2)),
    }
    assert await _rows(db_engine, attachments) == []

    async with store.unit(USER) as unit:
        await unit.submit(sid, "CEC-7K3Q", {**state, "phase": "submitted"}, _at(3))
        assert await unit.draft() is None
        assert await unit.submissions("title") == [
            SubmissionSummary("CEC-7K3Q", "submitted", "Safer city", _at(0), _at(3), triage="new")
        ]
        with pytest.raises(DraftNotFoundError):
            await unit.save_draft(sid, state, {}, [], {}, _at(4))

    [mail] = await _rows(db_engine, outbox)
    assert mail["submission_id"] == sid
    assert (mail["kind"], mail["recipients"], mail["status"], mail["attempts"]) == (
        "submission",
        "",
        "pending",
        0,
    )
    assert mail["message_id"].startswith("<")
    assert mail["message_id"].endswith("@cecops-intake>")
    assert (mail["next_attempt_at"], mail["created_at"], mail["sent_at"]) == (_at(3), _at(3), None)


async def test_submissions_are_listed_newest_first_with_titles(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    older, newer, draft = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    for minutes, sid, title, reference in ((0, older, "First", "A"), (10, newer, 42, "B")):
        await _new_draft(store, sid, minutes)
        async with store.unit(USER) as unit:
            await unit.save_draft(sid, _state(sid), {"title": title}, [], {}, _at(minutes + 1))
            await unit.submit(sid, reference, _state(sid), _at(minutes + 2))
    await _new_draft(store, draft, 20)
    async with db_engine.begin() as conn:  # EFUS staff selected the older one
        await conn.execute(
            update(submissions).where(submissions.c.id == older).values(triage_status="selected")
        )

    async with store.unit(USER) as unit:
        assert await unit.submissions("title") == [
            SubmissionSummary(None, "draft", None, _at(20), None),
            SubmissionSummary("B", "submitted", None, _at(10), _at(12), triage="new"),
            SubmissionSummary("A", "submitted", "First", _at(0), _at(2), triage="selected"),
        ]
    async with store.unit(USER + 1) as unit:
        assert await unit.submissions("title") == []


async def test_duplicate_update_changes_nothing(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    sid = uuid.uuid4()
    await _new_draft(store, sid)

    async def handle(update_id: int, value: str) -> bool:
        async with store.unit(USER) as unit:
            if not await unit.claim_update(update_id):
                return False
            draft = await unit.draft()
            assert draft is not None
            state = {**draft.state, "answers": {**draft.state["answers"], "q": value}}
            await unit.save_draft(sid, state, {"q": value}, [], {}, _at(1))
            return True

    assert await handle(1001, "first")
    assert not await handle(1001, "second")
    # The same update delivered twice at once: exactly one delivery is handled.
    assert sorted(await asyncio.gather(handle(1002, "x"), handle(1002, "y"))) == [False, True]
    assert not await handle(1001, "third")

    async with store.unit(USER) as unit:
        draft = await unit.draft()
    assert draft is not None
    assert draft.state["answers"]["q"] in {"x", "y"}
    [answer] = await _rows(db_engine, answers)
    assert answer["value"] == draft.state["answers"]["q"]


async def test_failed_unit_rolls_back_everything(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)

    async def failing_handler() -> None:
        async with store.unit(USER) as unit:
            assert await unit.claim_update(7)
            await unit.touch(CHAT, "en", _at(0))
            await unit.start_draft(uuid.uuid4(), "1", None, {}, _at(0))
            raise RuntimeError("handler failed")

    with pytest.raises(RuntimeError, match="handler failed"):
        await failing_handler()

    async with store.unit(USER) as unit:
        assert await unit.claim_update(7)  # the update was not marked processed
        assert await unit.respondent() is None
        assert await unit.draft() is None


async def test_one_draft_at_a_time(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    first, second, third = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await _new_draft(store, first)
    with pytest.raises(IntegrityError):
        async with store.unit(USER) as unit:
            await unit.start_draft(second, "1", None, _state(second), _at(1))

    async with store.unit(USER) as unit:
        draft = await unit.draft()
        assert draft is not None
        assert draft.submission_id == first
        await unit.save_draft(first, _state(first, a=1), {"a": 1}, [], {"a": FILE}, _at(1))
        await unit.discard_draft(first)
        assert await unit.draft() is None
        await unit.start_draft(second, "1", None, _state(second), _at(2))
        await unit.submit(second, "REF-2", _state(second), _at(3))
        await unit.start_draft(third, "1", None, _state(third), _at(4))  # allowed after submit
        draft = await unit.draft()
        assert draft is not None
        assert draft.submission_id == third

    assert await _rows(db_engine, answers) == []  # the discarded draft's answers went with it
    assert await _rows(db_engine, attachments) == []


async def test_timestamps_are_stored_and_read_as_utc(db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    sid = uuid.uuid4()
    kyiv = timezone(timedelta(hours=2))
    async with store.unit(USER) as unit:
        await unit.touch(CHAT, "uk", T0.astimezone(kyiv))
        await unit.start_draft(sid, "1", None, _state(sid), T0.astimezone(kyiv))
        [summary] = await unit.submissions("title")
    assert summary.created_at == T0
    assert summary.created_at.tzinfo is UTC

    with pytest.raises(StatementError, match="naive datetime"):
        async with store.unit(USER) as unit:
            await unit.touch(CHAT, "uk", datetime(2026, 3, 1, 9, 0))


async def test_draft_survives_a_restart(empty_db: TempDatabase, db_engine: AsyncEngine) -> None:
    store = SqlRespondentStore(db_engine)
    sid = uuid.uuid4()
    await _new_draft(store, sid)
    state = _state(sid, title="Ще тут")
    async with store.unit(USER) as unit:
        await unit.save_draft(sid, state, {"title": "Ще тут"}, [], {}, _at(1))
    await db_engine.dispose()

    async with SqlRespondentStore(empty_db.engine()).unit(USER) as unit:
        assert await unit.draft() == DraftRecord(sid, state, None)
