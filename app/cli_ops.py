"""Operations commands of `intake`: `doctor`, `db backup`, `db restore`."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from app.cli_errors import one_line_errors, setting_errors
from app.doctor import FAIL_MARK, config_problem, run_doctor
from app.logs import configure_logging, log_key
from app.settings import Settings
from dialogs.i18n import DEFAULT_LANGUAGE, Args, Translator, normalize_language
from storage.backup import (
    BackupError,
    backup_sqlite,
    pg_dump_command,
    pg_restore_command,
    restore_sqlite,
    sqlite_file,
)
from storage.migrate import head_revision, known_revisions, upgrade


def doctor_command(
    send_test: Annotated[
        bool, typer.Option("--send-test", help="Also send a test e-mail to EFUS_INBOX.")
    ] = False,
) -> None:
    """Check this deployment: settings, Telegram, database, e-mail, disk. Exit 1 if any fails."""
    translate = Translator()
    try:
        settings = Settings()
    except ValidationError as error:
        typer.echo(f"{FAIL_MARK} {_config_problem(translate, error)}")
        raise typer.Exit(1) from None
    # Only warnings: the checks' own lines are the output.
    level = max(logging.WARNING, logging.getLevelNamesMapping()[settings.log_level])
    configure_logging(logging.getLevelName(level), settings.log_format, log_key(None))
    ok = asyncio.run(run_doctor(settings, translate, send_test, typer.echo))
    raise typer.Exit(0 if ok else 1)


def _config_problem(translate: Translator, error: ValidationError) -> str:
    # The settings did not load, so neither did STAFF_LANGUAGE: read it as given.
    lang = normalize_language(os.environ.get("STAFF_LANGUAGE")) or DEFAULT_LANGUAGE
    line = config_problem(error)
    # The problem in words, as every other command says it (pydantic's own text is English).
    problem = setting_errors(error, translate, lang)[0]
    return translate(lang, line.key, {**line.args, "problem": problem})


def _settings_or_exit(translate: Translator) -> Settings:
    with one_line_errors(translate):  # a wrong setting: one line, as in every other command
        return Settings()


def backup_command(
    file: Annotated[Path, typer.Argument(help="The backup file to write (must not exist).")],
) -> None:
    """Back up the database into FILE while the bot keeps running (SQLite); PostgreSQL: how."""
    translate = Translator()
    settings = _settings_or_exit(translate)
    lang = settings.staff_language
    source = sqlite_file(settings.database_url)
    if source is None:
        command = pg_dump_command(settings.database_url, file)
        typer.echo(translate(lang, "backup-postgresql", {"command": command}))
        raise typer.Exit(2)
    try:
        copied = backup_sqlite(source, file)
    except BackupError as error:
        typer.echo(translate(lang, error.key, error.values), err=True)
        raise typer.Exit(1) from None
    args: Args = {"file": str(file), "rows": copied.rows, "revision": copied.revision or "—"}
    typer.echo(translate(lang, "backup-done", args))


def restore_command(
    file: Annotated[Path, typer.Argument(help="A backup written by `intake db backup`.")],
) -> None:
    """Restore FILE into the empty database of DATABASE_URL and migrate it to the newest schema."""
    translate = Translator()
    settings = _settings_or_exit(translate)
    lang = settings.staff_language
    target = sqlite_file(settings.database_url)
    if target is None:
        command = pg_restore_command(settings.database_url, file)
        typer.echo(translate(lang, "restore-postgresql", {"command": command}))
        raise typer.Exit(2)
    try:
        copied = restore_sqlite(file, target, known_revisions())
    except BackupError as error:
        typer.echo(translate(lang, error.key, error.values), err=True)
        raise typer.Exit(1) from None
    asyncio.run(upgrade(settings.database_url))
    args: Args = {"file": str(file), "database": str(target), "rows": copied.rows}
    typer.echo(translate(lang, "restore-done", {**args, "revision": head_revision() or "—"}))
