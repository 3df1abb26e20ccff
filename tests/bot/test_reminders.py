"""Reminders on Telegram: the real bot over HTTP against the fake Bot API, a clock we move."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.build import build_core, open_database
from app.build_telegram import build_telegram_app
from app.metrics import Metrics
from bot.app import run_polling
from bot.reminders import ReminderJob
from dialogs.i18n import LANGUAGES
from dialogs.reminder_ports import Delivery
from tests.bot.harness import Respondent, RunningBot, settings_for
from tests.fakebotapi import FakeBotAPI, SentMessage, User

MONDAY = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # 11:00 in Paris and Rome, 12:00 in Vilnius
COUNTRY = {"en": "GB", "fr": "FR", "it": "IT", "lt": "LT"}


class Clock:
    """The time the bot sees: answers are stamped with it and reminders decided by it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@contextlib.asynccontextmanager
async def bot_with_clock(
    api: FakeBotAPI, db: Path, clock: Clock, metrics: Metrics | None = None, **settings: Any
) -> AsyncIterator[RunningBot]:
    """The bot (polling), its reminder job on `clock`; its own loop's passes change nothing."""
    core = build_core(settings_for(api, db, **settings))
    engine = await open_database(core.settings)
    app = build_telegram_app(core, engine, throttle=False, clock=clock, metrics=metrics)
    task = asyncio.create_task(run_polling(app, handle_signals=False))
    running = RunningBot(core, engine, app, task)
    try:
        yield running
    finally:
        await running.stop()
        await engine.dispose()


def job(bot: RunningBot) -> ReminderJob:
    assert bot.app.reminders is not None
    return bot.app.reminders


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def reminders_in(api: FakeBotAPI, who: Respondent) -> list[SentMessage]:
    """The reminders the respondent received (their buttons go once one is pressed)."""
    opening = who.t("reminder-text", answered=0, left=0, sections=1).splitlines()[0]
    return [m for m in api.messages(who.chat) if m.text.startswith(opening)]


async def stop_at(who: Respondent, question: str, lang: str) -> None:
    """Consent, answer up to the country (theirs), then on until `question`."""
    await who.command("start")
    await who.press(who.t("consent-accept"))
    await who.answer_until_review(stop_at="country")
    await who.press(who.label("country", COUNTRY[lang]))
    await who.answer_until_review(stop_at=question)


async def settle(api: FakeBotAPI) -> None:
    await api.wait_idle(quiet=0.05, timeout=10)


@pytest.mark.slow
async def test_reminder_and_continue_in_each_language(api: FakeBotAPI, tmp_path: Path) -> None:
    clock = Clock(MONDAY)
    async with bot_with_clock(api, tmp_path / "intake.db", clock) as bot:
        people = []
        for number, lang in enumerate(LANGUAGES):
            who = Respondent(api, bot.core, User(700 + number, language_code=lang), lang)
            await stop_at(who, "initiative_name", lang)
            people.append((lang, who))
        clock.advance(days=3, minutes=1)  # Thursday, within office hours everywhere
        assert await job(bot).run_once() == 4
        await settle(api)
        sections = len(bot.core.questionnaire.sections)
        for lang, who in people:
            [reminder] = reminders_in(api, who)
            # All nine questions of the first section answered (the optional phone too).
            expected = who.t("reminder-text", answered=9, left=sections - 1, sections=sections)
            assert reminder.text == expected, lang
            # The question above lost its buttons: only the newest message carries any.
            live = [m.message_id for m in api.messages(who.chat) if m.buttons]
            assert live == [reminder.message_id], lang
            resumed = await who.press(who.t("button-reminder-continue"))
            assert who.current_question() == "initiative_name", lang
            assert who.t("q-initiative_name") in resumed.text
        # One reminder per period: the next pass sends nothing.
        assert await job(bot).run_once() == 0
    assert api.errors() == []


async def test_second_reminder_after_another_period_then_no_more(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    clock, metrics = Clock(MONDAY), Metrics()
    db = tmp_path / "intake.db"
    async with bot_with_clock(api, db, clock, metrics, reminder_hours="00-24") as bot:
        who = Respondent(api, bot.core, User(710, language_code="en"), "en")
        await stop_at(who, "city", "en")
        clock.advance(days=2, hours=23)
        assert await job(bot).run_once() == 0  # not idle long enough yet
        clock.advance(hours=1)
        assert await job(bot).run_once() == 1
        assert await job(bot).run_once() == 0  # exactly one per period
        clock.advance(days=2)
        assert await job(bot).run_once() == 0
        clock.advance(days=1)
        assert await job(bot).run_once() == 1
        clock.advance(days=30)
        assert await job(bot).run_once() == 0  # REMINDER_MAX = 2
        await settle(api)
        assert len(reminders_in(api, who)) == 2
    recorded = rows(tmp_path / "intake.db", "SELECT number, outcome, sent_at FROM reminders")
    assert [(n, o) for n, o, _ in recorded] == [(1, "sent"), (2, "sent")]
    assert all(sent for *_, sent in recorded)
    assert metrics.registry.get_sample_value("intake_reminders_sent_total") == 2


async def test_a_lithuanian_draft_at_0830_vilnius_time_waits(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    clock = Clock(MONDAY)
    async with bot_with_clock(api, tmp_path / "intake.db", clock) as bot:
        who = Respondent(api, bot.core, User(720, language_code="lt"), "lt")
        await stop_at(who, "city", "lt")
        # Friday 06:30 UTC: 08:30 in Vilnius (but 07:30 in Brussels, the default zone).
        clock.now = datetime(2026, 12, 4, 6, 30, tzinfo=UTC)
        assert await job(bot).run_once() == 0
        clock.advance(minutes=29)
        assert await job(bot).run_once() == 0
        clock.advance(minutes=1)  # 09:00 in Vilnius, still 08:00 in Brussels
        assert await job(bot).run_once() == 1
        await settle(api)
        assert len(reminders_in(api, who)) == 1


@pytest.mark.slow
async def test_no_reminder_after_submit_opt_out_delete_or_block(
    api: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    clock = Clock(MONDAY)
    db = tmp_path / "intake.db"
    async with bot_with_clock(api, db, clock, reminder_hours="00-24") as bot:
        submitted = Respondent(api, bot.core, User(730, language_code="fr"), "fr")
        await stop_at(submitted, "city", "fr")
        await submitted.answer_until_review()
        await submitted.press(submitted.t("button-submit"))
        opted = Respondent(api, bot.core, User(731, language_code="it"), "it")
        await stop_at(opted, "city", "it")
        erased = Respondent(api, bot.core, User(732, language_code="en"), "en")
        await stop_at(erased, "city", "en")
        await erased.command("delete")
        await erased.press(erased.t("button-erase"))
        blocked = Respondent(api, bot.core, User(733, language_code="lt"), "lt")
        await stop_at(blocked, "city", "lt")
        api.blocked.add(blocked.chat)

        clock.advance(days=3)
        assert await job(bot).run_once() == 1  # only the Italian draft
        await settle(api)
        assert len(reminders_in(api, opted)) == 1
        stopped = await opted.press(opted.t("button-reminder-stop"))
        assert stopped.text == opted.t("reminders-off")

        clock.advance(days=3)
        assert await job(bot).run_once() == 0
        await settle(api)
        for who in (submitted, opted, erased):
            assert len(reminders_in(api, who)) == (1 if who is opted else 0)
        assert not reminders_in(api, blocked)
    # The 403 was recorded, the respondent marked as having blocked the bot; nothing retried.
    outcomes = rows(
        db,
        "SELECT s.respondent_id, outcome FROM reminders"
        " JOIN submissions s ON s.id = reminders.submission_id",
    )
    assert sorted(outcomes) == [(731, "sent"), (733, "blocked")]
    assert rows(db, "SELECT blocked FROM respondents WHERE user_id = 733") == [(1,)]
    # The log says a chat blocked the bot without naming it (the keyed hash is added on output).
    said = [r.getMessage() for r in caplog.records if "blocked the bot" in r.getMessage()]
    assert said and not any("733" in line for line in said)


async def test_reminders_command_help_and_menu(api: FakeBotAPI, tmp_path: Path) -> None:
    clock = Clock(MONDAY)
    async with bot_with_clock(api, tmp_path / "intake.db", clock, reminder_hours="00-24") as bot:
        who = Respondent(api, bot.core, User(740, language_code="it"), "it")
        unknown = await who.command("reminders")
        assert unknown.text == who.t("reminders-unknown")
        await stop_at(who, "city", "it")
        status = await who.command("reminders")
        assert status.text == who.t("reminders-status-on")
        off = await who.press(who.t("button-reminders-off"))
        assert off.text == who.t("reminders-off")
        clock.advance(days=4)
        assert await job(bot).run_once() == 0
        status = await who.command("reminders")
        assert status.text == who.t("reminders-status-off")
        await who.press(who.t("button-reminders-on"))
        assert await job(bot).run_once() == 1
        await who.command("help")
        listed = who.t("help-command", command="/reminders", meaning=who.t("cmd-reminders"))
        assert any(listed in m.text for m in api.messages(who.chat)[-3:])
        for lang in LANGUAGES:
            menu = api.commands(language_code="" if lang == "en" else lang)
            entry = {
                "command": "reminders",
                "description": who.core.translate(lang, "cmd-reminders"),
            }
            assert entry in menu


@pytest.mark.slow
async def test_outcome_in_the_respondents_language_with_the_note_escaped(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    clock = Clock(MONDAY)
    db = tmp_path / "intake.db"
    async with bot_with_clock(api, db, clock) as bot:
        who = Respondent(api, bot.core, User(750, language_code="lt"), "lt")
        await stop_at(who, "city", "lt")
        await who.answer_until_review()
        await who.press(who.t("button-submit"))
        [(submission, reference)] = rows(db, "SELECT id, reference FROM submissions")
        messenger = bot.app.messenger
        assert messenger is not None
        note = "Sveikiname! <b>Ačiū</b> & iki <script>"
        assert await messenger.notify_outcome(uuid.UUID(submission), "selected", note)
        await settle(api)
        message = api.last_message(who.chat)
        title = "Angeli delle fermate"
        assert message.text.startswith(who.t("outcome-selected", reference=reference, title=title))
        assert message.text.endswith(who.t("outcome-note") + "\n" + note)  # shown verbatim
        assert "&lt;b&gt;Ačiū&lt;/b&gt; &amp; iki &lt;script&gt;" in message.html
        # A reminder staff ask for is refused for a submitted questionnaire.
        assert not await messenger.send_reminder(uuid.UUID(submission))
        assert await job(bot).send_now(uuid.UUID(submission)) is Delivery.NOT_A_DRAFT
    assert api.errors() == []


async def test_continue_on_a_reminder_of_an_erased_questionnaire_starts_nothing(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    clock = Clock(MONDAY)
    db = tmp_path / "intake.db"
    async with bot_with_clock(api, db, clock, reminder_hours="00-24") as bot:
        who = Respondent(api, bot.core, User(760, language_code="fr"), "fr")
        await stop_at(who, "city", "fr")
        clock.advance(days=3)
        assert await job(bot).run_once() == 1
        await settle(api)
        [reminder] = reminders_in(api, who)
        await who.command("delete")
        await who.press(who.t("button-erase"))
        go = reminder.button(who.t("button-reminder-continue")).callback_data or ""
        assert await who.press_for_toast(reminder, go) == who.t("toast-stale")
    assert rows(db, "SELECT count(*) FROM submissions") == [(0,)]


async def test_staff_send_a_reminder_now_respecting_opt_out_and_blocks(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    clock = Clock(MONDAY)
    db = tmp_path / "intake.db"
    async with bot_with_clock(api, db, clock) as bot:
        messenger = bot.app.messenger
        assert messenger is not None
        who = Respondent(api, bot.core, User(770, language_code="it"), "it")
        await stop_at(who, "city", "it")
        [(draft,)] = rows(db, "SELECT id FROM submissions WHERE respondent_id = 770")
        submission = uuid.UUID(draft)
        # At once, though the draft is fresh: staff decide the moment.
        assert await messenger.send_reminder(submission)
        await settle(api)
        assert len(reminders_in(api, who)) == 1
        await who.press(who.t("button-reminder-stop"))
        assert await job(bot).send_now(submission) is Delivery.OPTED_OUT
        await who.command("reminders")
        await who.press(who.t("button-reminders-on"))
        clock.advance(days=3, minutes=1)  # one staff reminder per REMINDER_AFTER
        api.blocked.add(who.chat)
        assert await job(bot).send_now(submission) is Delivery.BLOCKED
        assert await job(bot).send_now(submission) is Delivery.BLOCKED  # known now
        assert not await messenger.send_reminder(submission)
        assert await job(bot).send_now(uuid.uuid4()) is Delivery.NOT_A_DRAFT
        # Recorded apart from the numbered automatic reminders, with what became of each.
        assert rows(db, "SELECT kind, number, outcome FROM reminders ORDER BY id") == [
            ("staff", None, "sent"),
            ("staff", None, "blocked"),
        ]


async def test_the_bot_process_looks_for_idle_drafts_by_itself(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    clock = Clock(MONDAY)
    db = tmp_path / "intake.db"
    async with bot_with_clock(api, db, clock) as bot:
        who = Respondent(api, bot.core, User(780, language_code="en"), "en")
        await stop_at(who, "city", "en")
    clock.advance(days=3)
    # Restarted three days later: its background job's first pass sends the reminder.
    async with bot_with_clock(api, db, clock):
        await api.wait_for(lambda: bool(reminders_in(api, who)), 10, what="a reminder")

        def recorded() -> bool:
            return rows(db, "SELECT number, outcome FROM reminders") == [(1, "sent")]

        await api.wait_for(recorded, 10, what="the reminder recorded as sent")


async def test_send_a_reminder_now_pressed_five_times_sends_one(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    clock = Clock(MONDAY)
    db = tmp_path / "intake.db"
    async with bot_with_clock(api, db, clock) as bot:
        who = Respondent(api, bot.core, User(771, language_code="en"), "en")
        await stop_at(who, "city", "en")
        [(draft,)] = rows(db, "SELECT id FROM submissions WHERE respondent_id = 771")
        submission = uuid.UUID(draft)
        pressed = await asyncio.gather(*(job(bot).send_now(submission) for _ in range(5)))
        assert sorted(pressed) == sorted([Delivery.SENT, *[Delivery.TOO_SOON] * 4])
        clock.advance(days=2)
        assert await job(bot).send_now(submission) is Delivery.TOO_SOON
        await settle(api)
        assert len(reminders_in(api, who)) == 1
        clock.advance(days=1, minutes=1)  # REMINDER_AFTER (3 days) after the first
        assert await job(bot).send_now(submission) is Delivery.SENT
        await settle(api)
        assert len(reminders_in(api, who)) == 2
