"""The pieces every command shares: settings, messages, questionnaire, engine, database.

Kept apart from app.build_telegram so that commands without Telegram (chat, export, digest, db)
never import aiogram, whose API models alone take about 150 MB.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine

from app.logs import configure_logging, log_key
from app.settings import Settings
from bot.redaction import Redactor, install
from dialogs.engine import Engine
from dialogs.i18n import Translator
from dialogs.model import Questionnaire, load_questionnaire
from dialogs.render import ConsentTerms, Renderer
from guide.scores import ReviewScores, RoundScores
from reviews.criteria import ReviewForm
from storage.db import create_engine
from storage.migrate import upgrade


@dataclass(frozen=True)
class Core:
    """What every command needs: settings, messages, the questionnaire and its engine."""

    settings: Settings
    translate: Translator
    questionnaire: Questionnaire
    dialog_engine: Engine
    renderer: Renderer
    redact: Redactor  # for error texts shown to admins; the log is redacted by its handlers


def build_core(settings: Settings | None = None) -> Core:
    """Read the configuration (once) and build the transport-independent pieces."""
    settings = settings or Settings()
    token = settings.telegram_bot_token
    key = log_key(token.get_secret_value() if token else None)
    configure_logging(settings.log_level, settings.log_format, key)
    redact = Redactor(secret.get_secret_value() for secret in _secrets(settings))
    install(redact)
    # aiohttp's and aiogram's debug logs would print request URLs, which carry the bot token.
    for noisy in ("aiohttp.client", "aiogram.event"):
        logging.getLogger(noisy).setLevel(max(logging.INFO, logging.getLogger().level))
    # Migrations report every step at INFO; the console chat should not start with that noise.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, logging.getLogger().level))
    translate = Translator()
    questionnaire = load_questionnaire()
    if settings.questionnaire_file:
        from app.questionnaire_io import live_questionnaire  # openpyxl: only for a workbook

        # Staff's workbook replaces the packaged questionnaire and its wording (not the YAML).
        questionnaire, translate = live_questionnaire(
            Path(settings.questionnaire_file), translate, questionnaire, settings.staff_language
        )
    terms = ConsentTerms(settings.draft_retention_days, ", ".join(settings.efus_inbox))
    return Core(
        settings=settings,
        translate=translate,
        questionnaire=questionnaire,
        dialog_engine=Engine(questionnaire, translate),
        renderer=Renderer(questionnaire, translate, terms),
        redact=redact,
    )


def _secrets(settings: Settings) -> list[SecretStr]:
    """The secrets that must never be shown: the bot token and the webhook secret."""
    return [s for s in (settings.telegram_bot_token, settings.webhook_secret) if s is not None]


def build_review_scores(db: AsyncEngine, form: ReviewForm) -> ReviewScores:
    """The mean scores the guide shows: the newest review round's, criteria labelled as in
    the review form (the one place the guide and the workspace get them from)."""
    return RoundScores(db, form)


async def open_database(settings: Settings) -> AsyncEngine:
    """Migrate the schema to the latest version and return a connected engine."""
    await upgrade(settings.database_url)
    return create_engine(settings.database_url)
