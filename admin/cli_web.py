"""`intake web`: serve the staff workspace alone; `intake web link`: print a sign-in link."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from admin.core import Core, build_core, open_database

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
    try:
        asyncio.run(_serve(core))
    except KeyboardInterrupt:
        pass


async def _serve(core: Core) -> None:
    from admin.web.app import serve_forever
    from admin.wiring_web import build_workspace

    db = await open_database(core.settings)
    try:
        workspace = build_workspace(core, db)
        await serve_forever(workspace, core.settings.web_host, core.settings.web_port)
    finally:
        await db.dispose()


@web_app.command("link")
def link(
    user: Annotated[int, typer.Option(help="Telegram user id (in ADMIN_IDS or STAFF_IDS).")],
) -> None:
    """Print a one-time sign-in link (valid 15 minutes) for a member of staff."""
    core = build_core()

    async def _issue() -> str | None:
        from admin.wiring_web import build_workspace, issue_signin_link

        db = await open_database(core.settings)
        try:
            return await issue_signin_link(build_workspace(core, db), user)
        finally:
            await db.dispose()

    found = asyncio.run(_issue())
    if found is None:
        message = core.translate(core.settings.staff_language, "cli-web-link-unknown", {"user": user})
        typer.echo(message, err=True)
        raise typer.Exit(2)
    typer.echo(found)
