"""Reminders claimed in the database: two bot processes on one database send one reminder."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import build_bot
from bot.reminders import PACE, ReminderJob
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.reminders import ReminderPolicy, parse_duration, parse_hours
from dialogs.service import ConsentChoice, Contact, IntakeService
from storage.maintenance import mark_blocked
from storage.models import reminders
from storage.reminders import SqlReminderStore
from storage.respondents import SqlRespondentStore
from tests.conftest import TempDatabase
from tests.fakebotapi import Chat, FakeBotAPI, User

USER = User(515_151, language_code="lt")
STARTED = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # a Tuesday
LATER = STARTED + timedelta(days=3, hours=1)  # Friday 12:00 in Vilnius
POLICY = ReminderPolicy(parse_duration("3d"), 2, parse_hours("Mon-Fri 09-18"))


async def _draft(db: AsyncEngine, questionnaire: Questionnaire, translator: Translator) -> None:
    service = IntakeService(
        Engine(questionnaire, translator), SqlRespondentStore(db), clock=lambda: STARTED
    )
    await service.handle(Contact(USER.id, USER.id, "lt"), ConsentChoice(True, "lt"))


def _job(
    api: FakeBotAPI,
    db: AsyncEngine,
    questionnaire: Questionnaire,
    translator: Translator,
    name: str,
    pause: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> ReminderJob:
    bot = build_bot(api.token, api.base_url, throttle=False)

    async def on_blocked(chat_id: int) -> None:
        await mark_blocked(db, chat_id, True)

    return ReminderJob(
        bot,
        SqlReminderStore(db),
        POLICY,
        questionnaire,
        translator,
        "Europe/Brussels",
        on_blocked,
        clock=lambda: LATER,
        claimed_by=name,
        pause=pause,
    )


async def test_two_processes_send_one_reminder(
    empty_db: TempDatabase,
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    translator: Translator,
) -> None:
    await _draft(db_engine, questionnaire, translator)
    other = empty_db.engine()  # its own pool: like a second bot process
    async with FakeBotAPI() as api:
        api.add_chat(Chat(USER.id), USER)
        jobs = [
            _job(api, db_engine, questionnaire, translator, "one"),
            _job(api, other, questionnaire, translator, "two"),
        ]
        try:
            for _ in range(3):
                counts = await asyncio.gather(*(job.run_once() for job in jobs))
                assert sum(counts) <= 1
            reminder = translator("lt", "button-reminder-continue")
            sent = [m for m in api.messages(USER.id) if reminder in m.button_texts]
            assert len(sent) == 1
            assert "Jūsų CECOPS klausimynas dar nebaigtas." in sent[0].text
        finally:
            for job in jobs:
                await job._bot.session.close()
    async with db_engine.connect() as conn:
        rows = (await conn.execute(select(reminders))).all()
    assert [(row.kind, row.number, row.outcome) for row in rows] == [("auto", 1, "sent")]
    assert rows[0].claimed_by in ("one", "two") and rows[0].sent_at == LATER


async def test_a_respondent_answering_right_now_gets_no_reminder(
    empty_db: TempDatabase,
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    translator: Translator,
) -> None:
    await _draft(db_engine, questionnaire, translator)
    store = SqlReminderStore(empty_db.engine())  # another process
    [draft] = await store.idle_drafts(LATER - POLICY.after, 2)
    answering = asyncio.Event()

    async def answer() -> None:
        """An update being handled: holds the respondent's unit while the claim is tried."""
        async with SqlRespondentStore(db_engine).unit(USER.id) as unit:
            current = await unit.draft()
            assert current is not None
            answering.set()
            await asyncio.sleep(0.2)
            changed = {**current.state, "answers": {"org_name": "Vilniaus savivaldybė"}}
            await unit.save_draft(
                current.submission_id, changed, {"org_name": "Vilniaus savivaldybė"}, [], {}, LATER
            )

    task = asyncio.create_task(answer())
    await answering.wait()
    # PostgreSQL: the respondent's lock is taken, so the claim steps back at once. SQLite: the
    # claim waits for the answer to commit and then finds the draft no longer idle.
    assert await store.claim(draft, 1, LATER, "other", LATER - POLICY.after) is None
    await task
    assert await store.idle_drafts(LATER - POLICY.after, 2) == []


async def test_reminders_are_paced(
    db_engine: AsyncEngine, questionnaire: Questionnaire, translator: Translator
) -> None:
    for user in (USER, User(USER.id + 1), User(USER.id + 2)):
        service = IntakeService(
            Engine(questionnaire, translator), SqlRespondentStore(db_engine), clock=lambda: STARTED
        )
        await service.handle(Contact(user.id, user.id, "en"), ConsentChoice(True, "en"))
    pauses: list[float] = []

    async def pause(seconds: float) -> None:
        pauses.append(seconds)

    async with FakeBotAPI() as api:
        api.require_known_chats = False
        job = _job(api, db_engine, questionnaire, translator, "one", pause)
        try:
            assert await job.run_once() == 3
        finally:
            await job._bot.session.close()
    assert pauses == [PACE, PACE]  # between reminders, at most 10 a second


async def test_terminal_chat_drafts_get_no_telegram_reminder(
    db_engine: AsyncEngine, questionnaire: Questionnaire, translator: Translator
) -> None:
    service = IntakeService(
        Engine(questionnaire, translator), SqlRespondentStore(db_engine), clock=lambda: STARTED
    )
    await service.handle(Contact(-7, -7, "it"), ConsentChoice(True, "it"))  # as `intake chat`
    await _draft(db_engine, questionnaire, translator)
    found = await SqlReminderStore(db_engine).idle_drafts(LATER - POLICY.after, 2)
    assert [draft.respondent_id for draft in found] == [USER.id]
