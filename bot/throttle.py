"""Outgoing-request policy: stay under Telegram's rate limits and wait out 429 answers."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

from bot.observe import REPLY_METHODS, NullObserver, Observer

log = logging.getLogger(__name__)

# Methods that put something in a chat count towards the per-chat and global limits.
_SENDING = frozenset(
    {"SendMessage", "SendDocument", "SendPhoto", "EditMessageText", "EditMessageReplyMarkup"}
)


class TokenBucket:
    """At most `rate` events a second on average, with bursts up to `burst`."""

    def __init__(
        self, rate: float, burst: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.clock = clock
        self.stamp = clock()

    def delay(self) -> float:
        """Take a token; return how long the caller must wait for it."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


class RateLimiter:
    """About one message a second per chat (short bursts allowed) and 30 a second overall."""

    def __init__(
        self,
        per_chat: float = 1.0,
        chat_burst: float = 3.0,
        overall: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_chat = per_chat
        self.chat_burst = chat_burst
        self.clock = clock
        self.overall = TokenBucket(overall, overall, clock)
        self.chats: OrderedDict[int | str, TokenBucket] = OrderedDict()

    def delay(self, chat_id: int | str | None) -> float:
        """Reserve a slot for one message; return how long to wait before sending it."""
        delay = self.overall.delay()
        if chat_id is not None:
            bucket = self.chats.pop(chat_id, None)
            if bucket is None:
                bucket = TokenBucket(self.per_chat, self.chat_burst, self.clock)
            self.chats[chat_id] = bucket
            if len(self.chats) > 10_000:  # forget the least recently active chats
                self.chats.popitem(last=False)
            delay = max(delay, bucket.delay())
        return delay

    async def wait(self, chat_id: int | str | None) -> None:
        delay = self.delay(chat_id)
        if delay > 0:
            await asyncio.sleep(delay)


class TelegramPolicy(BaseRequestMiddleware):
    """Throttle sends and retry after 429 (up to a few times, as long as Telegram asks); tell
    the observer of each attempt: replies sent, 429 answers, and getUpdates as the loop's pulse.

    Observing here rather than in a middleware of its own: each one costs aiogram a wrapper
    and a coroutine per Bot API call, two calls and more per update (issue 26).
    """

    def __init__(
        self, limiter: RateLimiter | None, max_retries: int = 5, observer: Observer | None = None
    ) -> None:
        self.limiter = limiter
        self.max_retries = max_retries
        self.observer: Observer = NullObserver() if observer is None else observer

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        name = type(method).__name__
        attempt = 0
        while True:
            if self.limiter is not None and name in _SENDING:
                await self.limiter.wait(_chat_of(method))
            try:
                response = await make_request(bot, method)
            except TelegramRetryAfter as error:
                self.observer.rate_limited(float(error.retry_after))
                attempt += 1
                if attempt > self.max_retries:
                    raise
                log.warning("Telegram asked to wait %ss before %s", error.retry_after, name)
                await asyncio.sleep(error.retry_after)
                continue
            if name == "GetUpdates":
                self.observer.heartbeat()
            elif name in REPLY_METHODS:
                self.observer.reply_sent(name)
            return response


def _chat_of(method: Any) -> int | str | None:
    chat = getattr(method, "chat_id", None)
    return chat if isinstance(chat, int | str) else None
