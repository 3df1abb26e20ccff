"""/web: a one-time sign-in link to the workspace, for ADMIN_IDS, STAFF_IDS and active people
(staff and reviewing partners recorded in the workspace).

As with the admin commands, the router's filter lets only them in; anyone else's /web falls
through to the ordinary unknown-command answer.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message

from dialogs.i18n import Translator, normalize_language

log = logging.getLogger(__name__)

IssueLink = Callable[[int], Awaitable[str | None]]  # Telegram user id → sign-in link
MaySignIn = Callable[[int], Awaitable[bool]]  # whether a Telegram user may have a link
SeenName = Callable[[int, str], Awaitable[None]]  # remember their first name (who acted)


def build_web_router(
    staff_ids: frozenset[int],
    issue_link: IssueLink,
    translate: Translator,
    default_lang: str,
    may_sign_in: MaySignIn | None = None,
    seen_name: SeenName | None = None,
) -> Router:
    """The /web command, behind a filter that lets only `staff_ids` in (and, given
    `may_sign_in`, the people it admits)."""
    router = Router(name="web")

    async def admitted(message: Message) -> bool:
        # A coroutine filter runs on the event loop (no thread hop, as on_loop gives).
        user = message.from_user
        if user is None:
            return False
        if user.id in staff_ids:
            return True
        return may_sign_in is not None and await may_sign_in(user.id)

    router.message.filter(Command("web"), admitted)

    @router.message(Command("web"))
    async def web(message: Message, bot: Bot) -> None:
        """Sends a sign-in link valid 15 minutes, usable once, bound to this user."""
        user = message.from_user
        assert user is not None
        lang = normalize_language(user.language_code) or default_lang
        if seen_name is not None:
            await seen_name(user.id, user.first_name)
        link = await issue_link(user.id)
        if link is None:  # not staff after all (the settings changed): say nothing special
            return
        text = translate(lang, "web-link", {"link": link})
        await bot.send_message(chat_id=message.chat.id, text=html.escape(text))

    return router
