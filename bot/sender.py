"""Delivers rendered messages: edits in place where asked, copes with blocked users."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import FSInputFile

from bot import methods
from bot.polling import reply_delivered
from bot.telegram_render import OutMessage

log = logging.getLogger(__name__)

OnBlocked = Callable[[int], Awaitable[None]]
LIVE_CHATS = 10_000  # chats whose live keyboard is remembered (the least recent are forgotten)


class Sender:
    """Sends a reply's messages in order to one chat, keeping one live keyboard per chat.

    When a new message with buttons goes out, the buttons of the one before are removed, so
    that old questions cannot be answered by mistake. Which message that is, is remembered in
    this process only: after a restart an old keyboard may stay, and its buttons get a short
    note (the engine knows they are stale).
    """

    def __init__(self, on_blocked: OnBlocked) -> None:
        self.on_blocked = on_blocked
        self._live: OrderedDict[int, int] = OrderedDict()

    async def deliver(
        self,
        bot: Bot,
        chat_id: int,
        messages: Sequence[OutMessage],
        edit_message_id: int | None = None,
    ) -> None:
        """Send (or edit) each message; a user who blocked the bot is marked and skipped."""
        try:
            for number, message in enumerate(messages, 1):
                if message.photo is not None:
                    await bot.send_photo(chat_id=chat_id, photo=FSInputFile(message.photo))
                    continue
                edited = message.edit and edit_message_id is not None
                if edited and await self._edit(bot, chat_id, edit_message_id or 0, message):
                    if number == len(messages):
                        reply_delivered()
                    if message.markup is not None:
                        await self._now_live(bot, chat_id, edit_message_id or 0, None)
                    continue
                markup = message.markup or message.keyboard
                sent = await bot(methods.send_message(chat_id, message.text, markup))
                if number == len(messages):
                    reply_delivered()  # removing the old keyboard below is only tidying
                if message.markup is not None:
                    await self._now_live(bot, chat_id, sent.message_id, edit_message_id)
        except TelegramForbiddenError:
            log.info("the chat blocked the bot; marking the respondent", extra={"chat": chat_id})
            await self.on_blocked(chat_id)

    async def _edit(self, bot: Bot, chat_id: int, message_id: int, message: OutMessage) -> bool:
        try:
            await bot(methods.edit_text(chat_id, message_id, message.text, message.markup))
        except TelegramBadRequest as error:
            if "not modified" in error.message:
                return True  # a double tap: what the user sees is already right
            log.info("could not edit message %s (%s); sending anew", message_id, error.message)
            return False
        return True

    async def sent_elsewhere(self, bot: Bot, chat_id: int, message_id: int) -> None:
        """A message with buttons went out past `deliver` (a reminder): it is the live one."""
        await self._now_live(bot, chat_id, message_id, None)

    async def _now_live(
        self, bot: Bot, chat_id: int, message_id: int, pressed: int | None
    ) -> None:
        """This message now carries the chat's buttons: remove those of the one before.

        The message whose button was pressed is left to the press handler, which tidies it.
        """
        before = self._live.pop(chat_id, None)
        self._live[chat_id] = message_id
        if len(self._live) > LIVE_CHATS:
            self._live.popitem(last=False)
        if before is not None and before not in (message_id, pressed):
            await self.clear_buttons(bot, chat_id, before)

    async def clear_buttons(self, bot: Bot, chat_id: int, message_id: int) -> None:
        """Remove the keyboard of a message whose button was used, so it is not pressed again."""
        if self._live.get(chat_id) == message_id:
            del self._live[chat_id]
        try:
            await bot(methods.clear_buttons(chat_id, message_id))
        except TelegramBadRequest:
            pass  # already without buttons, or too old to edit: nothing to tidy
        except TelegramForbiddenError:
            await self.on_blocked(chat_id)
