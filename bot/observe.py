"""What the bot reports about itself (metrics, log context), behind one small Protocol.

The bot only says what happened; the composition root decides what to count and how to log it.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Final, Protocol

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import TelegramObject, Update, User

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]

# Bot API methods that show something in a chat: each success is one reply sent.
REPLY_METHODS: Final = frozenset(
    {"SendMessage", "SendDocument", "SendPhoto", "EditMessageText", "EditMessageReplyMarkup"}
)


class Observer(Protocol):
    """Receives the bot's events; implementations must be quick and never raise."""

    def update_began(self, update_id: int, user_id: int | None) -> None:
        """An update starts being handled (sets the log context)."""

    def update_done(self, kind: str, outcome: str, seconds: float) -> None:
        """An update was handled: `outcome` is "handled" or "unhandled"."""

    def update_failed(self, kind: str, error: BaseException, seconds: float) -> None:
        """Handling an update raised `error`."""

    def reply_sent(self, method: str) -> None:
        """A message was sent or edited in a chat."""

    def rate_limited(self, seconds: float) -> None:
        """Telegram answered 429 and asked to wait `seconds`."""

    def questionnaire_started(self) -> None:
        """A new questionnaire was opened."""

    def questionnaire_submitted(self) -> None:
        """A questionnaire was submitted."""

    def heartbeat(self) -> None:
        """The update loop is alive (a getUpdates call returned, or an update arrived)."""


class NullObserver:
    """Observes nothing (tests and benchmarks that do not look)."""

    def update_began(self, update_id: int, user_id: int | None) -> None:
        pass

    def update_done(self, kind: str, outcome: str, seconds: float) -> None:
        pass

    def update_failed(self, kind: str, error: BaseException, seconds: float) -> None:
        pass

    def reply_sent(self, method: str) -> None:
        pass

    def rate_limited(self, seconds: float) -> None:
        pass

    def questionnaire_started(self) -> None:
        pass

    def questionnaire_submitted(self) -> None:
        pass

    def heartbeat(self) -> None:
        pass


class ObserveUpdates(BaseMiddleware):
    """Reports each update: its kind, how it ended and how long it took."""

    def __init__(self, observer: Observer) -> None:
        self.observer = observer

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        user: User | None = data.get("event_from_user")
        kind = event.event_type
        self.observer.heartbeat()
        self.observer.update_began(event.update_id, user.id if user else None)
        started = time.perf_counter()
        try:
            result = await handler(event, data)
        except BaseException as error:
            self.observer.update_failed(kind, error, time.perf_counter() - started)
            raise
        outcome = "unhandled" if result is UNHANDLED else "handled"
        self.observer.update_done(kind, outcome, time.perf_counter() - started)
        return result


class ObserveRequests(BaseRequestMiddleware):
    """Reports Bot API calls: replies sent, 429 answers, and getUpdates as the loop's pulse.

    Registered after the throttling policy, so it sees each attempt, including those that
    Telegram answers with 429 before the policy waits and tries again.
    """

    def __init__(self, observer: Observer) -> None:
        self.observer = observer

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        name = type(method).__name__
        try:
            response = await make_request(bot, method)
        except TelegramRetryAfter as error:
            self.observer.rate_limited(float(error.retry_after))
            raise
        if name == "GetUpdates":
            self.observer.heartbeat()
        elif name in REPLY_METHODS:
            self.observer.reply_sent(name)
        return response
