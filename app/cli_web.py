"""`intake web`: serve the staff workspace alone; `intake web link`: print a sign-in link."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Annotated

import typer

from app.build import Core, build_core, open_database

if TYPE_CHECKING:
    from aiogram import Bot
    from aiohttp.web import AppRunner
    from sqlalchemy.ext.asyncio import AsyncEngine

    from admin.web.ports import RespondentMessenger

web_app = typer.Typer(help="The staff workspace (web pages).")


@web_app.callback(invoke_without_command=True)
def web(ctx: typer.Context) -> None:
    """Serve the staff workspace on WEB_HOST:WEB_PORT (no Telegram needed)."""
    if ctx.invoked_subcommand is not None:
        return
    core = build_core()
    settings = core.settings
    args = {"host": settings.web_host, "port": str(settings.web_port)}
    typer.echo(core.translate(settings.staff_language, "cli-web-serving", args))
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(core))


async def _serve(core: Core) -> None:
    from admin.web.app import serve_forever
    from app.build_web import build_workspace

    settings = core.settings
    db = await open_database(settings)
    bot = None
    fetch_file = None
    if settings.telegram_bot_token is not None:
        # Files stay on Telegram: with a token, the workspace downloads them through the Bot API.
        from bot.app import build_bot
        from mail.outbox_worker import bot_file_fetcher

        token = settings.telegram_bot_token.get_secret_value()
        bot = build_bot(token, settings.telegram_api_url)
        fetch_file = bot_file_fetcher(bot)
    try:
        workspace = build_workspace(core, db, fetch_file=fetch_file)
        await serve_forever(workspace, settings.web_host, settings.web_port)
    finally:
        if bot is not None:
            await bot.session.close()
        await db.dispose()


@web_app.command("link")
def link(
    user: Annotated[int, typer.Option(help="Telegram user id (ADMIN_IDS, STAFF_IDS or People).")],
) -> None:
    """Print a one-time sign-in link (valid 15 minutes) for a member of staff."""
    core = build_core()

    async def _issue() -> str | None:
        from app.build_web import build_workspace, issue_signin_link

        db = await open_database(core.settings)
        try:
            return await issue_signin_link(build_workspace(core, db), user)
        finally:
            await db.dispose()

    found = asyncio.run(_issue())
    if found is None:
        message = core.translate(
            core.settings.staff_language, "cli-web-link-nobody", {"user": str(user)}
        )
        typer.echo(message, err=True)
        raise typer.Exit(2)
    typer.echo(found)


async def serve_workspace_with_bot(
    core: Core, db: AsyncEngine, bot: Bot, messenger: RespondentMessenger | None = None
) -> AppRunner:
    """`intake run` with WEB_URL: the workspace beside the bot, files fetched through it and,
    given a messenger, reminders and outcomes sent through it."""
    from admin.web.app import serve_workspace
    from app.build_web import build_workspace
    from mail.outbox_worker import bot_file_fetcher

    workspace = build_workspace(core, db, messenger=messenger, fetch_file=bot_file_fetcher(bot))
    return await serve_workspace(workspace, core.settings.web_host, core.settings.web_port)
