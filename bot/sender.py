"""Delivers rendered messages: edits in place where asked, copes with blocked users."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError

from bot.telegram_render import OutMessage

log = logging.getLogger(__name__)

OnBlocked = Callable[[int], Awaitable[None]]


class Sender:
    """Sends a reply's messages in order to one chat."""

    def __init__(self, on_blocked: OnBlocked) -> None:
        self.on_blocked = on_blocked

    async def deliver(
        self,
        bot: Bot,
        chat_id: int,
        messages: Sequence[OutMessage],
        edit_message_id: int | None = None,
    ) -> None:
        """Send (or edit) each message; a user who blocked the bot is marked and skipped."""
        try:
            for message in messages:
                edited = message.edit and edit_message_id is not None
                if edited and await self._edit(bot, chat_id, edit_message_id or 0, message):
                    continue
                await bot.send_message(
                    chat_id=chat_id, text=message.text, reply_markup=message.markup
                )
        except TelegramForbiddenError:
            log.info("chat %s blocked the bot; marking the respondent", chat_id)
            await self.on_blocked(chat_id)

    async def _edit(self, bot: Bot, chat_id: int, message_id: int, message: OutMessage) -> bool:
        try:
            await bot.edit_message_text(
                chat_id=chat_id,
                message_id=message_id,
                text=message.text,
                reply_markup=message.markup,
            )
        except TelegramBadRequest as error:
            if "not modified" in error.message:
                return True  # a double tap: what the user sees is already right
            log.info("could not edit message %s (%s); sending anew", message_id, error.message)
            return False
        return True

    async def clear_buttons(self, bot: Bot, chat_id: int, message_id: int) -> None:
        """Remove the keyboard of a message whose button was used, so it is not pressed again."""
        try:
            await bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=message_id, reply_markup=None
            )
        except TelegramBadRequest:
            pass  # already without buttons, or too old to edit: nothing to tidy
        except TelegramForbiddenError:
            await self.on_blocked(chat_id)
