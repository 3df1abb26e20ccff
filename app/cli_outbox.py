"""`intake outbox …` and `intake digest`: e-mail delivery from the command line (and cron).

Registered in app.cli as::

    app.add_typer(outbox_app, name="outbox")
    app.command("digest")(digest_command)

The bot process sends e-mail by itself; these commands are for a deployment without it
running, for cron (`intake outbox send --quiet`), and for looking at what waits or failed.
Output is in the staff language (STAFF_LANGUAGE).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncEngine

from app.build import Core, build_core, open_database
from console.chat import AfterSubmit
from dialogs.i18n import Args
from mail.outbox_worker import (
    Delivery,
    bot_admin_notifier,
    bot_file_fetcher,
    build_delivery,
    describe,
)
from mail.submission_email import local_time
from mail.transport import EmlTransport, utcnow
from storage.models import OUTBOX_DEAD, OUTBOX_PENDING, OUTBOX_SENT
from storage.outbox import list_rows, requeue

outbox_app = typer.Typer(
    no_args_is_help=True, help="The e-mail outbox: send what is due, list it, retry failures."
)


def _echo(text: str, *, err: bool = False) -> None:
    typer.echo(text, err=err)


@asynccontextmanager
async def _delivery(core: Core, *, telegram: bool = True) -> AsyncIterator[Delivery]:
    """Delivery on the configured database; with a bot token (and `telegram`), files are
    attached and the admins notified on Telegram as by the bot (notices also go to stderr)."""
    settings = core.settings
    db = await open_database(settings)
    bot = None
    if telegram and settings.telegram_bot_token is not None:
        # Imported here: aiogram is big, and only sending with a bot token needs it.
        from bot.app import build_bot

        token = settings.telegram_bot_token.get_secret_value()
        bot = build_bot(token, settings.telegram_api_url, throttle=False)
    on_telegram = bot_admin_notifier(bot, settings.admin_ids) if bot is not None else None

    async def notify(text: str) -> None:
        _echo(text, err=True)
        if on_telegram is not None:
            await on_telegram(text)

    try:
        yield build_delivery(
            db,
            settings,
            core.questionnaire,
            core.renderer,
            core.translate,
            notify,
            fetch_file=bot_file_fetcher(bot) if bot is not None else None,
        )
    finally:
        if bot is not None:
            await bot.session.close()
        await db.dispose()


def _mode_notice(core: Core, delivery: Delivery) -> None:
    transport = delivery.worker.transport
    if isinstance(transport, EmlTransport):
        t, lang = core.translate, core.settings.staff_language
        _echo(t(lang, "outbox-eml-mode", {"dir": str(transport.directory.resolve())}))


@outbox_app.command("send")
def outbox_send(
    quiet: Annotated[bool, typer.Option(help="Print nothing unless something was done.")] = False,
) -> None:
    """Send every e-mail that is due now (the bot does this by itself; this is for cron)."""
    core = build_core()
    t, lang = core.translate, core.settings.staff_language

    async def _run() -> int:
        async with _delivery(core) as delivery:
            report = await delivery.worker.run_once(limit=10_000)
            if quiet and not report.total:
                return 0
            _mode_notice(core, delivery)
            _echo(
                t(
                    lang,
                    "outbox-send-summary",
                    {
                        "sent": report.sent,
                        "retried": report.retried,
                        "dead": report.dead,
                        "dropped": report.dropped,
                    },
                )
            )
            return 1 if report.dead else 0

    raise typer.Exit(asyncio.run(_run()))


@outbox_app.command("list")
def outbox_list(
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list the e-mails already sent.")
    ] = False,
) -> None:
    """List the e-mails waiting to be sent and those that failed for good."""
    core = build_core()
    settings = core.settings
    t, lang = core.translate, settings.staff_language
    statuses = (
        (OUTBOX_PENDING, OUTBOX_DEAD, OUTBOX_SENT) if show_all else (OUTBOX_PENDING, OUTBOX_DEAD)
    )

    async def _run() -> None:
        db = await open_database(settings)
        try:
            rows = await list_rows(db, statuses, limit=1000)
        finally:
            await db.dispose()
        if not rows:
            _echo(t(lang, "outbox-list-empty"))
            return
        zone = settings.digest_timezone
        for row in rows:
            args: Args = {
                "id": str(row.id),
                "what": describe(row, t, lang),
                "status": t(lang, f"outbox-status-{row.status}"),
                "count": row.attempts,
                "created": local_time(row.created_at, zone),
            }
            _echo(t(lang, "outbox-list-row", args))
            if row.status == OUTBOX_PENDING:
                _echo(
                    "    "
                    + t(lang, "outbox-list-next", {"next": local_time(row.next_attempt_at, zone)})
                )
            elif row.status == OUTBOX_SENT:
                _echo(
                    "    " + t(lang, "outbox-list-sent", {"sent": local_time(row.sent_at, zone)})
                )
            if row.last_error and row.status != OUTBOX_SENT:
                _echo(
                    "    "
                    + t(lang, "outbox-list-error", {"error": core.redact(row.last_error[:300])})
                )

    asyncio.run(_run())


@outbox_app.command("retry")
def outbox_retry(
    ids: Annotated[
        list[int] | None, typer.Argument(help="Numbers of failed e-mails (see `list`).")
    ] = None,
    all_dead: Annotated[
        bool, typer.Option("--all-dead", help="Retry every failed e-mail.")
    ] = False,
) -> None:
    """Queue failed e-mails again (after fixing what made the server refuse them)."""
    core = build_core()
    settings = core.settings
    t, lang = core.translate, settings.staff_language
    if not ids and not all_dead:
        _echo(t(lang, "outbox-retry-which"), err=True)
        raise typer.Exit(2)

    async def _run() -> int:
        db = await open_database(settings)
        try:
            return await requeue(db, None if all_dead else list(ids or ()), utcnow())
        finally:
            await db.dispose()

    _echo(t(lang, "outbox-retry-done", {"count": asyncio.run(_run())}))


def digest_command(
    preview: Annotated[
        bool, typer.Option("--preview", help="Print the digest of the latest period.")
    ] = False,
    send: Annotated[
        bool, typer.Option("--send", help="Send the digest of the latest period now.")
    ] = False,
) -> None:
    """Print (--preview) or send (--send) the digest of the latest completed period."""
    core = build_core()
    settings = core.settings
    t, lang = core.translate, settings.staff_language
    if preview == send:
        _echo(t(lang, "digest-choose"), err=True)
        raise typer.Exit(2)

    async def _preview(delivery: Delivery) -> int:
        sys.stdout.write(await delivery.digests.preview())
        return 0

    async def _send(delivery: Delivery) -> int:
        outcome = await delivery.send_digest_now(t, lang, settings.digest_timezone)
        if outcome.ok:
            _mode_notice(core, delivery)
        for line in outcome.lines:
            _echo(line, err=not outcome.ok)
        return 0 if outcome.ok else 1

    async def _run() -> int:
        async with _delivery(core, telegram=send) as delivery:
            return await (_preview(delivery) if preview else _send(delivery))

    raise typer.Exit(asyncio.run(_run()))


def submission_mail_sender(core: Core, db: AsyncEngine) -> AfterSubmit:
    """For the terminal chat: send a new submission's e-mail at once and say where it went."""
    settings, t = core.settings, core.translate

    async def notify(text: str) -> None:
        _echo(text, err=True)

    delivery = build_delivery(
        db, settings, core.questionnaire, core.renderer, t, notify, transport=None
    )

    async def send(lang: str) -> list[str]:
        before = _eml_files(delivery)
        report = await delivery.worker.run_once()
        written = sorted(_eml_files(delivery) - before)
        if written:
            return [t(lang, "console-mail-written", {"path": str(p)}) for p in written]
        if report.sent:
            return [t(lang, "console-mail-sent")]
        return [t(lang, "console-mail-later")]

    return send


def _eml_files(delivery: Delivery) -> set[Path]:
    transport = delivery.worker.transport
    if not isinstance(transport, EmlTransport) or not transport.directory.is_dir():
        return set()
    return {path.resolve() for path in transport.directory.glob("*.eml")}
