"""Admin commands: /export, /stats and /digest, for the Telegram user ids in ADMIN_IDS only.

The router's filter admits admins only; anyone else's /export falls through to the ordinary
unknown-command answer, so nothing reveals that these commands exist. Build it with
`build_admin_router(admin_ids, AdminServices(...))` and pass it to `build_dispatcher`.
"""

from __future__ import annotations

import html
import logging
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, FSInputFile, Message
from sqlalchemy.ext.asyncio import AsyncEngine

from admin.export import (
    EXPORT_PAGE,
    ExportArgumentError,
    ExportTable,
    export_file_name,
    parse_bot_arguments,
    write_export,
)
from admin.stats_text import stats_text
from bot.telegram_render import split_lines
from dialogs.i18n import Translator, normalize_language
from dialogs.model import Questionnaire
from dialogs.render import Renderer
from storage.stats import submission_stats
from storage.submissions import iter_submissions

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # the Bot API's limit for files sent by bots


@dataclass(frozen=True)
class DigestShown:
    """What /digest shows an admin: a note in their language, the digest text and its CSV."""

    note: str
    text: str
    attachment: tuple[str, bytes] | None = None


DigestNow = Callable[[str], Awaitable[DigestShown]]  # given the admin's language


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class AdminServices:
    """What the admin commands need; `digest_now` previews the current period's digest."""

    db: AsyncEngine
    questionnaire: Questionnaire
    renderer: Renderer
    translate: Translator
    staff_language: str
    digest_now: DigestNow | None = None
    now: Callable[[], datetime] = field(default=_utc_now)
    # Exports span questionnaire versions: the questionnaire and renderer to use, if not ours.
    export_view: Callable[[], Awaitable[tuple[Questionnaire, Renderer]]] | None = None

    def language_of(self, message: Message) -> str:
        """The admin's Telegram language when supported, else the staff language."""
        code = message.from_user.language_code if message.from_user else None
        return normalize_language(code) or self.staff_language


def build_admin_router(admin_ids: frozenset[int], services: AdminServices) -> Router:
    """The admin commands, behind a filter that lets only `admin_ids` in."""
    router = Router(name="admin")
    router.message.filter(F.from_user.id.in_(admin_ids))

    @router.message(Command("export"))
    async def export(message: Message, command: CommandObject, bot: Bot) -> None:
        """Sends the matching submissions as a CSV or XLSX document, or explains the syntax."""
        await _export(message, command, bot, services)

    @router.message(Command("stats"))
    async def stats(message: Message, bot: Bot) -> None:
        """Sends the statistics: by status, language, country; last 7 and 30 days; drafts."""
        await _stats(message, bot, services)

    @router.message(Command("digest"))
    async def digest(message: Message, bot: Bot) -> None:
        """Shows the current period's digest so far, its CSV, and when it will be e-mailed."""
        await _digest(message, bot, services)

    return router


async def _say(bot: Bot, message: Message, text: str) -> None:
    await bot.send_message(chat_id=message.chat.id, text=html.escape(text))


async def _export(message: Message, command: CommandObject, bot: Bot, s: AdminServices) -> None:
    lang = s.language_of(message)
    t = s.translate
    try:
        request = parse_bot_arguments(command.args, s.staff_language)
    except ExportArgumentError as error:
        problem = t(lang, error.key, {"value": error.value})
        await _say(bot, message, problem + "\n\n" + t(lang, "admin-export-usage"))
        return
    await bot.send_chat_action(chat_id=message.chat.id, action=ChatAction.UPLOAD_DOCUMENT)
    questionnaire, renderer = (
        await s.export_view() if s.export_view else (s.questionnaire, s.renderer)
    )
    table = ExportTable(questionnaire, renderer, request.table)
    name = export_file_name(request.fmt, s.now())
    # A temporary file rather than memory: an export can be large.
    with tempfile.TemporaryDirectory(prefix="intake-export-") as folder:
        path = Path(folder) / name
        try:
            with path.open("wb") as out:
                records = iter_submissions(s.db, request.where, page=EXPORT_PAGE)
                count = await write_export(records, table, out, request.fmt, bom=request.bom)
        except Exception:
            log.exception("export from the bot failed")
            await _say(bot, message, t(lang, "admin-export-failed"))
            return
        if count == 0:
            await _say(bot, message, t(lang, "admin-export-empty"))
            return
        size = path.stat().st_size
        if size > MAX_UPLOAD_BYTES:
            args: dict[str, str | int] = {
                "size": f"{size / 1024 / 1024:.0f}",
                "max": MAX_UPLOAD_BYTES >> 20,
            }
            await _say(bot, message, t(lang, "admin-export-too-large", args))
            return
        caption = html.escape(t(lang, "admin-export-caption", {"count": count}))
        await bot.send_document(
            chat_id=message.chat.id, document=FSInputFile(path, filename=name), caption=caption
        )


async def _stats(message: Message, bot: Bot, s: AdminServices) -> None:
    lang = s.language_of(message)
    try:
        numbers = await submission_stats(s.db, s.now())
    except Exception:
        log.exception("statistics failed")
        await _say(bot, message, s.translate(lang, "admin-stats-failed"))
        return
    await _say(bot, message, stats_text(numbers, s.translate, lang))


async def _digest(message: Message, bot: Bot, s: AdminServices) -> None:
    lang = s.language_of(message)
    if s.digest_now is None:
        await _say(bot, message, s.translate(lang, "admin-digest-unavailable"))
        return
    try:
        shown = await s.digest_now(lang)
    except Exception:
        log.exception("digest preview failed")
        await _say(bot, message, s.translate(lang, "admin-digest-failed"))
        return
    lines = [html.escape(shown.note), "", *html.escape(shown.text).split("\n")]
    for chunk in split_lines(lines):
        await bot.send_message(chat_id=message.chat.id, text=chunk)
    if shown.attachment is not None:
        name, data = shown.attachment
        caption = html.escape(s.translate(lang, "admin-digest-preview-caption"))
        await bot.send_document(
            chat_id=message.chat.id,
            document=BufferedInputFile(data, filename=name),
            caption=caption,
        )
