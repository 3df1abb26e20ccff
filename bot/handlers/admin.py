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
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, FSInputFile, Message

from bot.filters import on_loop
from bot.telegram_render import split_lines
from dialogs.i18n import Translator, normalize_language

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # the Bot API's limit for files sent by bots


@dataclass(frozen=True)
class DigestShown:
    """What /digest shows an admin: a note in their language, the digest text and its CSV."""

    note: str
    text: str
    attachment: tuple[str, bytes] | None = None


DigestNow = Callable[[str], Awaitable[DigestShown]]  # given the admin's language


class Reports(Protocol):
    """The exports and statistics the admin commands hand out (admin.chat_reports)."""

    async def export(self, args: str | None, lang: str, folder: Path) -> tuple[Path | None, str]:
        """Writes an export into `folder`: (file, caption) or (None, the problem to say)."""
        ...

    async def stats(self, lang: str) -> str:
        """The statistics text."""
        ...


@dataclass(frozen=True)
class AdminServices:
    """What the admin commands need; `digest_now` previews the current period's digest."""

    reports: Reports
    translate: Translator
    staff_language: str
    digest_now: DigestNow | None = None

    def language_of(self, message: Message) -> str:
        """The admin's Telegram language when supported, else the staff language."""
        code = message.from_user.language_code if message.from_user else None
        return normalize_language(code) or self.staff_language


def build_admin_router(admin_ids: frozenset[int], services: AdminServices) -> Router:
    """The admin commands, behind a filter that lets only `admin_ids` in."""
    router = Router(name="admin")
    router.message.filter(on_loop(F.from_user.id.in_(admin_ids)))

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
    await bot.send_chat_action(chat_id=message.chat.id, action=ChatAction.UPLOAD_DOCUMENT)
    # A temporary folder rather than memory: an export can be large.
    with tempfile.TemporaryDirectory(prefix="intake-export-") as folder:
        path, text = await s.reports.export(command.args, lang, Path(folder))
        if path is None:
            await _say(bot, message, text)
            return
        size = path.stat().st_size
        if size > MAX_UPLOAD_BYTES:
            args: dict[str, str | int] = {
                "size": f"{size / 1024 / 1024:.0f}",
                "max": MAX_UPLOAD_BYTES >> 20,
            }
            await _say(bot, message, s.translate(lang, "admin-export-too-large", args))
            return
        await bot.send_document(
            chat_id=message.chat.id,
            document=FSInputFile(path, filename=path.name),
            caption=html.escape(text),
        )


async def _stats(message: Message, bot: Bot, s: AdminServices) -> None:
    await _say(bot, message, await s.reports.stats(s.language_of(message)))


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
