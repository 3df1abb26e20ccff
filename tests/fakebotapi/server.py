"""A fake Telegram Bot API server the real bot talks to over HTTP.

Point aiogram at it with ``TelegramAPIServer.from_base(api.base_url)``. It records every request,
keeps what a user would see in each chat, plays the user's side (messages, button presses, files)
as updates for ``getUpdates`` or a webhook, and rejects what the real Bot API would reject, with
Telegram's status codes and error descriptions, so that tests catch the bot's mistakes::

    async with FakeBotAPI() as api:
        api.user_command(User(42), "start")
        reply = await api.wait_for_reply(42)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import TracebackType
from typing import Literal, TypeVar

from .models import Recorded, SentMessage
from .state import MESSAGE_METHODS
from .users import UserSide

_T = TypeVar("_T")

__all__ = ["FakeBotAPI"]


class FakeBotAPI(UserSide):
    """An in-process Telegram Bot API: records requests, simulates users, enforces the API.

    Its parts: state.py (what it remembers), methods.py (each Bot API method), validate.py
    (what Telegram refuses), http_front.py (the HTTP server and webhook client), users.py
    (what users do); this module adds what a test reads back and waits for.
    """

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ---------------------------------------------------------------- waiting

    async def wait_for(
        self,
        predicate: Callable[[], _T | Literal[False] | None],
        timeout: float = 5.0,  # noqa: ASYNC109 - the deadline and its dump are the point
        *,
        what: str = "a condition",
    ) -> _T:
        """Wait until ``predicate()`` returns something truthy and return it."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() >= deadline:
                raise TimeoutError(f"timed out after {timeout}s waiting for {what}\n{self.dump()}")
            await asyncio.sleep(0.005)

    async def wait_for_call(
        self,
        method: str,
        where: Callable[[Recorded], bool] | None = None,
        *,
        since: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> Recorded:
        """Wait for a request to ``method`` (recorded at index >= ``since``) matching ``where``."""
        wanted = method.lower()

        def found() -> Recorded | None:
            for recorded in self.requests[since:]:
                if recorded.method.lower() == wanted and (where is None or where(recorded)):
                    return recorded
            return None

        return await self.wait_for(found, timeout, what=f"a {method} call")

    async def wait_for_reply(
        self,
        chat_id: int,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> SentMessage:
        """Wait for the bot's first message or edit in the chat since the last user action there.

        Returns the message as that call left it.
        """
        since = self._action_mark.get(chat_id, 0)

        def found() -> SentMessage | None:
            for recorded in self.requests[since:]:
                if (
                    recorded.ok
                    and recorded.method in MESSAGE_METHODS
                    and recorded.params.get("chat_id") == chat_id
                    and isinstance(recorded.result, dict)
                ):
                    return self._snapshot_of(recorded)
            return None

        return await self.wait_for(found, timeout, what=f"a bot reply in chat {chat_id}")

    async def wait_idle(
        self,
        quiet: float = 0.15,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> None:
        """Wait until every queued update was fetched and no request came for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if (
                self._updates.undelivered == 0
                and self._inflight == 0
                and now - self._last_activity >= quiet
            ):
                return
            if now >= deadline:
                raise TimeoutError(f"the bot did not go idle within {timeout}s\n{self.dump()}")
            await asyncio.sleep(0.01)
