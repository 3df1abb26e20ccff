"""A Bot API session that answers in-process, so benchmarks measure the bot, not the network."""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any, cast

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    EditMessageReplyMarkup,
    EditMessageText,
    GetMe,
    SendDocument,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import Chat, InlineKeyboardMarkup, Message, User

BOT_USER = User(id=123456, is_bot=True, first_name="Bench", username="bench_bot")


class LocalSession(BaseSession):
    """Returns plausible results at once and remembers each chat's latest keyboard."""

    def __init__(self, *, remember_keyboards: bool = True) -> None:
        super().__init__()
        # Simulated respondents read their keyboards here to press buttons; the memory
        # benchmark turns this off so that it measures the bot, not the simulated phones.
        self.remember_keyboards = remember_keyboards
        self.keyboards: dict[int, InlineKeyboardMarkup | None] = {}
        self.calls = 0
        self._ids = itertools.count(1)

    async def close(self) -> None:
        return None

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - the signature aiogram calls
    ) -> TelegramType:
        self.calls += 1
        result: Any = True
        if isinstance(method, SendMessage | SendDocument):
            chat_id = int(method.chat_id)
            markup = method.reply_markup
            if self.remember_keyboards:
                keyboard = markup if isinstance(markup, InlineKeyboardMarkup) else None
                self.keyboards[chat_id] = keyboard
            result = Message(
                message_id=next(self._ids),
                date=datetime.now(UTC),
                chat=Chat(id=chat_id, type="private"),
                from_user=BOT_USER,
                text=getattr(method, "text", None),
            )
        elif isinstance(method, EditMessageText | EditMessageReplyMarkup):
            if self.remember_keyboards and method.chat_id and method.reply_markup:
                self.keyboards[int(method.chat_id)] = method.reply_markup
        elif isinstance(method, GetMe):
            result = BOT_USER
        return cast(TelegramType, result)

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - the signature aiogram calls
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""
