"""The one place that builds the application: settings, messages, engine, database, bot."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiogram.client.session.base import BaseSession
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.config import Settings
from admin.housekeeping import housekeeping_loop
from bot.app import Background, TelegramApp, build_bot, build_dispatcher, publish_commands
from bot.context import BotContext
from bot.handlers.admin import AdminServices, build_admin_router
from bot.render import TelegramRenderer
from bot.sender import Sender
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire, load_questionnaire
from dialogs.render import ConsentTerms, Renderer
from dialogs.service import IntakeService
from storage.db import create_engine
from storage.maintenance import mark_blocked
from storage.migrate import upgrade
from storage.stores import respondent_store


@dataclass(frozen=True)
class Core:
    """What every command needs: settings, messages, the questionnaire and its engine."""

    settings: Settings
    translate: Translator
    questionnaire: Questionnaire
    engine: Engine
    renderer: Renderer


def build_core(settings: Settings | None = None) -> Core:
    """Read the configuration (once) and build the transport-independent pieces."""
    settings = settings or Settings()
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # aiohttp's and aiogram's debug logs would print request URLs, which carry the bot token.
    for noisy in ("aiohttp.client", "aiogram.event"):
        logging.getLogger(noisy).setLevel(max(logging.INFO, logging.getLogger().level))
    # Migrations report every step at INFO; the console chat should not start with that noise.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, logging.getLogger().level))
    translate = Translator()
    questionnaire = load_questionnaire()
    terms = ConsentTerms(settings.draft_retention_days, ", ".join(settings.efus_inbox))
    return Core(
        settings=settings,
        translate=translate,
        questionnaire=questionnaire,
        engine=Engine(questionnaire, translate),
        renderer=Renderer(questionnaire, translate, terms),
    )


async def open_database(settings: Settings) -> AsyncEngine:
    """Migrate the schema to the latest version and return a connected engine."""
    await upgrade(settings.database_url)
    return create_engine(settings.database_url)


def build_telegram_app(
    core: Core, db: AsyncEngine, *, throttle: bool = True, session: BaseSession | None = None
) -> TelegramApp:
    """The bot: service over storage, rendering, routers, commands menu and background jobs.

    `session` replaces the HTTP client (benchmarks answer Bot API calls in-process).
    """
    settings = core.settings
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    token = settings.telegram_bot_token.get_secret_value()
    bot = build_bot(token, settings.telegram_api_url, throttle=throttle, session=session)
    store = respondent_store(db)
    service = IntakeService(core.engine, store)

    async def on_blocked(chat_id: int) -> None:
        # In a private chat the chat id is the user id.
        await mark_blocked(db, chat_id, True)

    admin_ids = frozenset(settings.admin_ids)
    context = BotContext(
        service=service,
        render=TelegramRenderer(core.renderer, core.translate),
        translate=core.translate,
        sender=Sender(on_blocked),
        admin_ids=admin_ids,
    )
    services = AdminServices(
        db=db,
        questionnaire=core.questionnaire,
        renderer=core.renderer,
        translate=core.translate,
        staff_language=settings.staff_language,
        digest_now=None,
    )
    dispatcher, in_flight = build_dispatcher(context, build_admin_router(admin_ids, services))

    async def on_startup() -> None:
        await publish_commands(bot, core.translate, admin_ids)

    dispatcher.startup.register(on_startup)
    background: list[Background] = [lambda: housekeeping_loop(db, settings)]
    return TelegramApp(bot, dispatcher, in_flight, background, cleanup=[store.close])
