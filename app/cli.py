"""The `intake` command line: chat in the terminal, run the bot, manage the database."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Annotated

import typer

from admin.export import ExportArgumentError, parse_language
from app.build import Core, build_core, open_database
from app.cli_errors import fail
from app.cli_export import export
from app.cli_guide import guide_command
from app.cli_main import main as main  # its home before app.cli_main (installed scripts)
from app.cli_main import root
from app.cli_ops import backup_command, doctor_command, restore_command
from app.cli_outbox import digest_command, outbox_app, submission_mail_sender
from app.cli_questionnaire import questionnaire_app
from app.cli_reviews import people_app, reviews_app
from app.cli_web import web_app
from app.housekeeping import purge
from app.versions import register_live_version
from console.chat import ConsoleChat, read_stdin_line
from dialogs.i18n import LANGUAGES
from dialogs.service import Contact, IntakeService
from mail.eml_files import EmlCopies
from storage.migrate import upgrade
from storage.stores import respondent_store

app = root()
db_app = typer.Typer(no_args_is_help=True, help="Database schema and housekeeping.")
app.add_typer(db_app, name="db")
app.command()(export)
app.add_typer(outbox_app, name="outbox")
app.command("digest")(digest_command)
app.command("doctor")(doctor_command)
app.command("guide")(guide_command)
db_app.command("backup")(backup_command)
db_app.command("restore")(restore_command)
app.add_typer(questionnaire_app, name="questionnaire")
app.add_typer(web_app, name="web")
app.add_typer(people_app, name="people")
app.add_typer(reviews_app, name="reviews")


@app.command()
def chat(
    lang: Annotated[
        str | None, typer.Option(help="Language: " + ", ".join(LANGUAGES) + ".")
    ] = None,
    user: Annotated[int, typer.Option(help="Local respondent number (one draft each).")] = 1,
) -> None:
    """Fill in the questionnaire in the terminal; quit and run again to resume."""
    core = build_core()
    # The chat shares the terminal with the log: only warnings and errors, unless debugging.
    root = logging.getLogger()
    if root.level > logging.DEBUG:
        root.setLevel(max(root.level, logging.WARNING))
    if lang is not None:
        try:
            lang = parse_language(lang)
        except ExportArgumentError as error:
            fail(core.translate(core.settings.staff_language, error.key, {"value": lang}))
    asyncio.run(_chat(core, lang, user))


async def _chat(core: Core, lang: str | None, user: int) -> None:
    db = await open_database(core.settings)
    await register_live_version(db, core)
    store = respondent_store(db)
    try:
        service = IntakeService(core.dialog_engine, store)
        # Console respondents get negative ids so that they never meet a Telegram user id.
        contact = Contact(user_id=-user, chat_id=-user, language_code=lang)
        after_submit = submission_mail_sender(core, db)
        copies = EmlCopies(Path(core.settings.outbox_dir))
        console = ConsoleChat(
            service,
            core.renderer,
            core.translate,
            contact,
            after_submit=after_submit,
            on_erased=copies.erase,
        )
        await console.run(read_stdin_line, lang)
    finally:
        await store.close()
        await db.dispose()


@app.command()
def run() -> None:
    """Run the Telegram bot: long polling, or a webhook server when WEBHOOK_URL is set."""
    core = build_core()
    if core.settings.telegram_bot_token is None:
        typer.echo(core.translate(core.settings.staff_language, "cli-no-token"), err=True)
        raise typer.Exit(2)
    asyncio.run(_serve(core))


async def _serve(core: Core) -> None:
    from app.serve import serve_bot

    db = await open_database(core.settings)
    try:
        await register_live_version(db, core)
        await serve_bot(core, db)
    finally:
        await db.dispose()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema to the latest version."""
    core = build_core()
    asyncio.run(upgrade(core.settings.database_url))
    typer.echo(core.translate(core.settings.staff_language, "cli-db-upgraded"))


@db_app.command("purge")
def db_purge() -> None:
    """Delete drafts untouched for DRAFT_RETENTION_DAYS and old idempotency records."""
    core = build_core()

    async def _purge() -> int:
        db = await open_database(core.settings)
        try:
            return await purge(db, core.settings)
        finally:
            await db.dispose()

    count = asyncio.run(_purge())
    typer.echo(core.translate(core.settings.staff_language, "cli-purged", {"count": count}))
