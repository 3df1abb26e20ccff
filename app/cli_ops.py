"""Operations commands of `intake`: `doctor`, `db backup`, `db restore`."""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Annotated

import typer
from pydantic import ValidationError

from admin.config import Settings
from app.doctor import FAIL_MARK, config_problem, run_doctor
from app.logs import configure_logging, log_key
from dialogs.i18n import DEFAULT_LANGUAGE, Translator, normalize_language


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
        lang = normalize_language(os.environ.get("STAFF_LANGUAGE")) or DEFAULT_LANGUAGE
        line = config_problem(error)
        typer.echo(f"{FAIL_MARK} {translate(lang, line.key, line.args)}")
        raise typer.Exit(1) from None
    # Only warnings: the checks' own lines are the output.
    level = max(logging.WARNING, logging.getLevelName(settings.log_level.upper()))
    configure_logging(logging.getLevelName(level), settings.log_format, log_key(None))
    ok = asyncio.run(run_doctor(settings, translate, send_test, typer.echo))
    raise typer.Exit(0 if ok else 1)
