"""Reviewers told and reminded in the chat, and decisions told to respondents, over the fake
Bot API: once each, in each person's language, reminders only within REMINDER_HOURS."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from yarl import URL

from admin.review_rounds import bulk_plan
from admin.web.security import csrf_token
from bot.app import build_bot
from bot.messenger import TelegramRespondentMessenger
from bot.reminders import ReminderJob
from bot.reviewer_notices import ReviewerNoticeJob
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.reminders import ReminderPolicy, parse_duration, parse_hours
from dialogs.render import Renderer
from storage.people import directory
from storage.reminders import SqlReminderStore
from storage.review_notices import SqlReviewerNoticeStore
from storage.reviews import add_assignments, create_round, find_round, round_records, save_review
from tests.fakebotapi import Chat, FakeBotAPI, User
from tests.web.conftest import Served
from tests.web.reviews_cast import ADMIN_ID, JANE, MARCO, RUTA, serve

pytestmark = pytest.mark.slow

HOURS = parse_hours("Mon-Fri 09-18")
DEADLINE = datetime(2026, 4, 14, 12, 0, tzinfo=UTC)  # a Tuesday
LANG = {JANE.user_id: "en", MARCO.user_id: "it", RUTA.user_id: "lt"}


async def _nothing(_chat: int) -> None:
    return None


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API; the reviewers (who used /web) and the respondents started the bot."""
    async with FakeBotAPI() as fake:
        for user_id in (*LANG, *range(300, 306)):
            fake.add_chat(Chat(user_id, "private"), User(user_id))
        yield fake


@pytest.fixture
async def wired(
    api: FakeBotAPI,
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[tuple[Served, ReviewerNoticeJob]]:
    """The workspace with the bot's messenger, and the reviewer notices job, on one clock."""
    bot = build_bot(api.token, api.base_url, throttle=False)
    store = SqlReminderStore(db_engine)
    policy = ReminderPolicy(parse_duration("3d"), 2, HOURS)
    holder: dict[str, Any] = {}

    def clock() -> datetime:
        now: datetime = holder["served"].clock()
        return now

    reminders = ReminderJob(
        bot, store, policy, questionnaire, translator, "Europe/Brussels", _nothing, clock
    )
    messenger = TelegramRespondentMessenger(bot, store, reminders, translator, _nothing)
    try:
        async for served in serve(db_engine, questionnaire, renderer, translator, messenger):
            holder["served"] = served

            async def no_pause(_: float) -> None:
                return None

            job = ReviewerNoticeJob(
                bot,
                SqlReviewerNoticeStore(db_engine),
                translator,
                HOURS,
                "Europe/Brussels",
                "en",
                clock,
                pause=no_pause,
            )
            yield served, job
    finally:
        await bot.session.close()


def texts(api: FakeBotAPI, chat: int) -> list[str]:
    return [m.text for m in api.messages(chat)]


async def test_reviewers_told_once_and_reminded_within_hours_in_their_language(
    api: FakeBotAPI, wired: tuple[Served, ReviewerNoticeJob], translator: Translator
) -> None:
    served, job = wired
    db = served.db
    round_id = await create_round(db, "Spring 2026", DEADLINE, ADMIN_ID, served.clock())
    assert round_id is not None
    round_ = await find_round(db, round_id=round_id)
    assert round_ is not None
    pairs, short = await bulk_plan(db, round_, await directory(db), 2)
    assert short == []
    await add_assignments(db, round_id, pairs, ADMIN_ID, served.clock())

    # Told at once, one message each, in the language they read first.
    assert await job.run_once() == 3
    assert await job.run_once() == 0
    await api.wait_idle(quiet=0.05, timeout=10)
    for person in (JANE, MARCO, RUTA):
        args: dict[str, str | int] = {"count": 4, "round": "Spring 2026", "deadline": "2026-04-14"}
        assert texts(api, person.user_id) == [
            translator(LANG[person.user_id], "reviewer-assigned", args)
        ]

    # Marco finishes his reviews: no reminder for him.
    for record in await round_records(db, round_id, MARCO.user_id):
        scores = dict.fromkeys(served.workspace.review_form.ids, 3)
        await save_review(
            db,
            record.assignment_id,
            scores=scores,
            comments={},
            recommendation=None,
            confidential=None,
            submit=True,
            actor_id=MARCO.user_id,
            now=served.clock(),
        )

    served.clock.now = datetime(2026, 4, 10, 12, 0, tzinfo=UTC)  # 4 days before: too early
    assert await job.run_once() == 0
    served.clock.now = datetime(2026, 4, 11, 13, 0, tzinfo=UTC)  # within 3 days, a Saturday
    assert await job.run_once() == 0
    # Monday 06:30 UTC: 09:30 in Vilnius (within Mon-Fri 09-18), 07:30 in London (not yet).
    served.clock.now = datetime(2026, 4, 13, 6, 30, tzinfo=UTC)
    assert await job.run_once() == 1
    served.clock.now = datetime(2026, 4, 13, 8, 30, tzinfo=UTC)  # 09:30 in London
    assert await job.run_once() == 1
    assert await job.run_once() == 0
    await api.wait_idle(quiet=0.05, timeout=10)
    for person, reminded in ((JANE, True), (MARCO, False), (RUTA, True)):
        got = texts(api, person.user_id)[1:]
        wanted = [translator(LANG[person.user_id], "reviewer-reminder", args)] if reminded else []
        assert got == wanted, person.name
    assert api.errors() == []


async def test_a_decision_with_notification_reaches_the_respondent(
    api: FakeBotAPI, wired: tuple[Served, ReviewerNoticeJob], translator: Translator
) -> None:
    served, _ = wired
    db = served.db
    round_id = await create_round(db, "Spring 2026", DEADLINE, ADMIN_ID, served.clock())
    round_ = await find_round(db, round_id=round_id)
    assert round_ is not None
    pairs, _short = await bulk_plan(db, round_, await directory(db), 2)
    await add_assignments(db, round_.id, pairs, ADMIN_ID, served.clock())
    link = await served.link(ADMIN_ID)
    token = link.rsplit("/", 1)[1]
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.post(f"{served.url}/signin", data={"token": token}) as signed:
            assert signed.status == 200
        session = http.cookie_jar.filter_cookies(URL(served.url))["ws_session"].value
        form = {
            "csrf": csrf_token(session),
            "ref": "CECOPS-BOLO1",
            "decision": "selected",
            "notify": "yes",
            "note": "Complimenti <b>davvero</b>",
        }
        async with http.post(f"{served.url}/reviews/rounds/{round_id}/decide", data=form) as r:
            assert r.status == 200
            assert re.search(r"notice=decided-1-1-0$", str(r.url))
    await api.wait_idle(quiet=0.05, timeout=10)
    [told] = texts(api, 300)  # the respondent of CECOPS-BOLO1, who answered in Italian
    opening = translator(
        "it", "outcome-selected", {"reference": "CECOPS-BOLO1", "title": "Angeli di strada"}
    )
    assert told.startswith(opening)
    assert "Complimenti <b>davvero</b>" in told  # shown verbatim
