"""`intake run`: the bot with its health and metrics endpoints, in polling or webhook mode."""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from app.build import Core
from app.health import Health, health_server
from app.metrics import Metrics


async def serve_bot(core: Core, db: AsyncEngine) -> None:
    """Run the bot until SIGINT/SIGTERM; health and metrics are served alongside."""
    # Imported here: aiogram is only needed to talk to Telegram, and it is heavy (~150 MB).
    from app.build_telegram import build_telegram_app

    settings = core.settings
    metrics = Metrics()
    telegram = build_telegram_app(core, db, metrics=metrics)
    workspace = None
    if settings.web_url:
        from app.cli_web import serve_workspace_with_bot

        # The bot's messenger lets staff send a reminder now and tell respondents the outcome.
        workspace = await serve_workspace_with_bot(core, db, telegram.bot, telegram.messenger)
    try:
        await _serve_telegram(core, db, telegram, metrics)
    finally:
        if workspace is not None:
            await workspace.cleanup()


async def _serve_telegram(core: Core, db: AsyncEngine, telegram: Any, metrics: Metrics) -> None:
    from bot.app import run_polling, run_webhook

    settings = core.settings
    health = Health(db, metrics, settings.ready_mail_max_age, webhook=bool(settings.webhook_url))
    # Health and metrics on HEALTH_HOST:HEALTH_PORT (loopback) in both modes: the webhook's
    # server listens beyond loopback, and /metrics is not for the world.
    server = (
        health_server(health, settings.health_host, settings.health_port)
        if settings.health_port
        else contextlib.nullcontext()
    )
    async with server:
        if settings.webhook_url:
            secret = (
                settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
            )
            await run_webhook(
                telegram,
                settings.webhook_url,
                secret,
                settings.webhook_host,
                settings.webhook_port,
            )
        else:
            await run_polling(telegram)
