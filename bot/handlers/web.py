"""/web: a one-time sign-in link to the staff workspace, for ADMIN_IDS and STAFF_IDS only.

As with the admin commands, the router's filter lets only staff in; anyone else's /web falls
through to the ordinary unknown-command answer.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.filters import on_loop
from dialogs.i18n import Translator, normalize_language

log = logging.getLogger(__name__)

IssueLink = Callable[[int], Awaitable[str | None]]  # Telegram user id → sign-in link


def build_web_router(
    staff_ids: frozenset[int], issue_link: IssueLink, translate: Translator, default_lang: str
) -> Router:
    """The /web command, behind a filter that lets only `staff_ids` in."""
    router = Router(name="web")
    router.message.filter(on_loop(F.from_user.id.in_(staff_ids)))

    @router.message(Command("web"))
    async def web(message: Message, bot: Bot) -> None:
        """Sends a sign-in link valid 15 minutes, usable once, bound to this user."""
        user = message.from_user
        assert user is not None
        lang = normalize_language(user.language_code) or default_lang
        link = await issue_link(user.id)
        if link is None:  # not staff after all (the settings changed): say nothing special
            return
        text = translate(lang, "web-link", {"link": link})
        await bot.send_message(chat_id=message.chat.id, text=html.escape(text))

    return router
