"""Assembles the Telegram side: Bot, Dispatcher, commands menu, polling or webhook serving."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    LinkPreviewOptions,
)
from aiohttp import web

from bot import incoming
from bot.context import BotContext
from bot.handlers import build_routers
from bot.messenger import TelegramRespondentMessenger
from bot.middlewares import InFlight
from bot.observe import Observer
from bot.polling import DurablePolling
from bot.reminders import ReminderJob
from bot.throttle import RateLimiter, TelegramPolicy
from bot.webhook import SecretRequestHandler, derived_secret
from dialogs.i18n import LANGUAGES, Translator

log = logging.getLogger(__name__)

USER_COMMANDS = (
    "start",
    "resume",
    "back",
    "skip",
    "review",
    "language",
    "cancel",
    "help",
    "status",
    "reminders",
    "delete",
)
ADMIN_COMMANDS = ("export", "stats", "digest")
STAFF_COMMANDS = ("web",)  # for ADMIN_IDS and STAFF_IDS
SHUTDOWN_GRACE = 20.0  # seconds to let in-flight updates finish on SIGTERM

Background = Callable[[], Coroutine[Any, Any, None]]


def build_bot(
    token: str,
    api_url: str,
    *,
    throttle: bool = True,
    session: BaseSession | None = None,
    observer: Observer | None = None,
) -> Bot:
    """A Bot that talks to `api_url` (Telegram, a self-hosted Bot API server, or a test fake);
    `observer` hears of its Bot API calls."""
    if session is None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_url))
    session.json_loads = incoming.loads  # every update passes here, polled or pushed
    session.middleware(TelegramPolicy(RateLimiter() if throttle else None, observer=observer))
    defaults = DefaultBotProperties(
        parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
    )
    return Bot(token=token, session=session, default=defaults)


@dataclass
class TelegramApp:
    """A dispatcher wired to the intake context, plus the background jobs of the bot process."""

    bot: Bot
    dispatcher: Dispatcher
    in_flight: InFlight
    polling: DurablePolling
    background: Sequence[Background] = ()
    cleanup: Sequence[Callable[[], Coroutine[Any, Any, None]]] = ()
    reminders: ReminderJob | None = None
    messenger: TelegramRespondentMessenger | None = None  # for the staff workspace
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def start_background(self) -> None:
        for job in self.background:
            self._tasks.append(asyncio.create_task(job()))

    async def stop(self) -> None:
        """Let updates in flight finish (bounded), then stop the background jobs."""
        try:
            await asyncio.wait_for(self.in_flight.drain(), SHUTDOWN_GRACE)
        except TimeoutError:
            log.warning("shutdown: updates still in flight after %ss", SHUTDOWN_GRACE)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        for release in self.cleanup:
            await release()


def build_dispatcher(
    context: BotContext, admin: Router | None = None, *staff: Router
) -> tuple[Dispatcher, InFlight]:
    """The Dispatcher with its middlewares and routers; `intake` is injected into handlers."""
    dispatcher = Dispatcher(disable_fsm=True)  # answers live in storage, not in FSM state
    # Also puts each user's updates in turn, and tells the context's observer of each one.
    in_flight = InFlight(context.observer)
    dispatcher.update.outer_middleware(in_flight)
    dispatcher["intake"] = context
    dispatcher.include_routers(*build_routers(dispatcher, admin, *staff))
    return dispatcher, in_flight


async def publish_commands(
    bot: Bot,
    translate: Translator,
    admin_ids: frozenset[int],
    staff_ids: frozenset[int] = frozenset(),
) -> None:
    """The command menu in each language; admins also see the admin commands, staff /web."""
    for lang in LANGUAGES:
        code = None if lang == "en" else lang
        user = [
            BotCommand(command=c, description=translate(lang, f"cmd-{c}")) for c in USER_COMMANDS
        ]
        admin = [
            BotCommand(command=c, description=translate(lang, f"cmd-{c}")) for c in ADMIN_COMMANDS
        ]
        staff = [
            BotCommand(command=c, description=translate(lang, f"cmd-{c}")) for c in STAFF_COMMANDS
        ]
        await bot.set_my_commands(user, scope=BotCommandScopeDefault(), language_code=code)
        for admin_id in sorted(admin_ids):
            scope = BotCommandScopeChat(chat_id=admin_id)
            await bot.set_my_commands(user + admin + staff, scope=scope, language_code=code)
        for staff_id in sorted(staff_ids - admin_ids):
            scope = BotCommandScopeChat(chat_id=staff_id)
            await bot.set_my_commands(user + staff, scope=scope, language_code=code)


async def run_polling(app: TelegramApp, *, handle_signals: bool = True) -> None:
    """Long polling until SIGINT/SIGTERM (or `app.polling.stop()`); no update is lost.

    Updates in flight get up to SHUTDOWN_GRACE seconds to finish; any left are recorded and
    handled at the next start.
    """
    await app.bot.delete_webhook(drop_pending_updates=False)
    if handle_signals:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, app.polling.stop)
    await app.dispatcher.emit_startup(bot=app.bot)
    await app.start_background()
    try:
        await app.polling.run()
    finally:
        await app.polling.drain(SHUTDOWN_GRACE)
        await app.dispatcher.emit_shutdown(bot=app.bot)
        await app.stop()
        await app.bot.session.close()


WebRoutes = Callable[[web.Application], None]


def webhook_application(
    app: TelegramApp, secret: str, path: str, routes: WebRoutes | None = None
) -> web.Application:
    """The aiohttp application: the webhook endpoint (secret required), and `routes` added (by
    default a bare /healthz)."""
    web_app = web.Application()
    SecretRequestHandler(app.dispatcher, app.bot, secret).register(web_app, path=path)

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    if routes is None:
        web_app.router.add_get("/healthz", healthz)
    else:
        routes(web_app)
    return web_app


async def run_webhook(
    app: TelegramApp,
    url: str,
    secret: str | None,
    host: str,
    port: int,
    routes: WebRoutes | None = None,
) -> None:
    """Serve the webhook until SIGINT/SIGTERM, then finish in-flight updates and stop.

    Without a configured secret, one derived from the bot token is registered and required.
    """
    if not secret:
        secret = derived_secret(app.bot.token)
        log.info("WEBHOOK_SECRET is not set: requiring a secret derived from the bot token")
    path = urlsplit(url).path or "/webhook"
    web_app = webhook_application(app, secret, path, routes)
    runner = web.AppRunner(web_app, shutdown_timeout=SHUTDOWN_GRACE)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    await app.bot.set_webhook(
        url,
        secret_token=secret,
        allowed_updates=app.dispatcher.resolve_used_update_types(),
        drop_pending_updates=False,
    )
    await app.dispatcher.emit_startup(bot=app.bot)  # polling does this itself (commands menu)
    await app.start_background()
    log.info("webhook listening on %s:%s%s", host, port, path)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()  # stops accepting, waits for requests being handled
        await app.stop()
        await app.bot.session.close()
