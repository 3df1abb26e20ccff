"""/web in the bot: staff get a one-time sign-in link; to anyone else it is an unknown command."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.web.deps import Workspace
from admin.web.security import Access, resolve_role
from app.build_web import issue_signin_link
from bot.app import build_bot, build_dispatcher
from bot.context import BotContext
from bot.handlers.web import build_web_router
from bot.sender import Sender
from bot.telegram_render import TelegramRenderer
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from dialogs.service import IntakeService
from storage.people import Person, directory, remember_first_name, save_person
from storage.respondents import SqlRespondentStore
from storage.web_auth import redeem_signin
from tests.fakebotapi import FakeBotAPI, User
from tests.web.conftest import Clock

ADMIN = User(1001, "Ada", "it")
STAFF = User(1002, "Sam", "en")
OTHER = User(2002, "Bob", "fr")


@pytest.fixture
async def bot_and_workspace(
    db_engine: AsyncEngine,
    questionnaire: Questionnaire,
    renderer: Renderer,
    translator: Translator,
) -> AsyncIterator[tuple[FakeBotAPI, Workspace]]:
    workspace = Workspace(
        db=db_engine,
        questionnaire=questionnaire,
        renderer=renderer,
        translate=translator,
        staff_language="en",
        access=Access(frozenset({ADMIN.id}), frozenset({STAFF.id})),
        base_url="https://intake.example.org",
        now=Clock(),
    )

    async def issue(user_id: int) -> str | None:
        return await issue_signin_link(workspace, user_id)

    async def on_blocked(_: int) -> None:
        return None

    async with FakeBotAPI() as api:
        bot = build_bot(api.token, api.base_url, throttle=False)
        context = BotContext(
            service=IntakeService(
                Engine(questionnaire, translator), SqlRespondentStore(db_engine)
            ),
            render=TelegramRenderer(renderer, translator),
            translate=translator,
            sender=Sender(on_blocked),
            admin_ids=frozenset({ADMIN.id}),
        )

        async def may_sign_in(user_id: int) -> bool:
            return await resolve_role(db_engine, workspace.access, user_id) is not None

        async def seen_name(user_id: int, first_name: str) -> None:
            await remember_first_name(db_engine, user_id, first_name, workspace.now())

        web = build_web_router(
            frozenset({ADMIN.id, STAFF.id}),
            issue,
            translator,
            "en",
            may_sign_in=may_sign_in,
            seen_name=seen_name,
        )
        dispatcher, _ = build_dispatcher(context, None, web)
        polling = asyncio.create_task(
            dispatcher.start_polling(
                bot, polling_timeout=1, handle_signals=False, close_bot_session=False
            )
        )
        try:
            yield api, workspace
        finally:
            await dispatcher.stop_polling()
            await polling
            await bot.session.close()


async def _send(api: FakeBotAPI, user: User, command: str) -> str:
    api.user_command(user, command)
    reply = await api.wait_for_reply(user.id, timeout=20)
    await api.wait_idle()
    return reply.text


@pytest.mark.parametrize("user", [ADMIN, STAFF])
async def test_staff_get_a_link_bound_to_them(
    bot_and_workspace: tuple[FakeBotAPI, Workspace], user: User, translator: Translator
) -> None:
    api, workspace = bot_and_workspace
    text = await _send(api, user, "web")
    found = re.search(r"https://intake\.example\.org/signin/(\S+)", text)
    assert found is not None, text
    lang = user.language_code or "en"
    assert text == translator(lang, "web-link", {"link": found.group(0)})
    token = found.group(1)
    assert await redeem_signin(workspace.db, token, workspace.now()) == user.id
    assert await redeem_signin(workspace.db, token, workspace.now()) is None  # once only


async def test_to_others_web_is_an_unknown_command(
    bot_and_workspace: tuple[FakeBotAPI, Workspace],
) -> None:
    api, _ = bot_and_workspace
    unknown = await _send(api, OTHER, "nosuchcommand")
    assert await _send(api, OTHER, "web") == unknown
    assert "signin" not in unknown


async def test_a_recorded_reviewer_gets_a_link_until_deactivated(
    bot_and_workspace: tuple[FakeBotAPI, Workspace],
) -> None:
    api, workspace = bot_and_workspace
    db, now = workspace.db, workspace.now()
    reviewer = Person(OTHER.id, "Bob Martin", "RiSSC", "IT", "reviewer", ("fr",), True)
    await save_person(db, reviewer, ADMIN.id, now)
    text = await _send(api, OTHER, "web")
    found = re.search(r"/signin/(\S+)", text)
    assert found is not None, text
    assert await redeem_signin(db, found.group(1), now) == OTHER.id
    await save_person(db, replace(reviewer, active=False), ADMIN.id, now)
    unknown = await _send(api, OTHER, "nosuchcommand")
    assert await _send(api, OTHER, "web") == unknown  # deactivated: no link any more
    # Staff known only from STAFF_IDS show as their Telegram first name once they used /web.
    await _send(api, STAFF, "web")
    names = await directory(db)
    assert names.who(STAFF.id) == "Sam" and names.who(OTHER.id) == "Bob Martin (RiSSC)"
    assert names.who(424242) == "424242"
