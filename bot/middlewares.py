"""The dispatcher's middleware: one update at a time per user, and a count of updates in flight."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class InFlight(BaseMiddleware):
    """Counts updates being handled so that shutdown can wait for them to finish, and knows
    whose (reminders leave a respondent alone while they are answering); handles a user's
    updates one after another, in arrival order.

    Updates run as concurrent tasks; without the order, two quick messages from one person
    could be applied out of order. The database lock still guards against other processes.
    One middleware for both: they count the same updates, and each middleware costs aiogram
    a wrapper and a coroutine per update (issue 26).
    """

    def __init__(self) -> None:
        self._count = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._users: dict[int, int] = {}  # updates in flight (running or waiting) per user
        self._locks: dict[int, asyncio.Lock] = {}  # the turn of each of those users

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        self._count += 1
        self._idle.clear()
        lock = None
        if user is not None:
            lock = self._locks.get(user.id)
            if lock is None:
                lock = self._locks[user.id] = asyncio.Lock()
            self._users[user.id] = self._users.get(user.id, 0) + 1
        try:
            if lock is None:
                return await handler(event, data)
            async with lock:
                return await handler(event, data)
        finally:
            self._count -= 1
            if not self._count:
                self._idle.set()
            if user is not None:
                if left := self._users[user.id] - 1:
                    self._users[user.id] = left
                else:  # nobody else queued: forget the lock
                    del self._users[user.id]
                    del self._locks[user.id]

    def busy(self, user_id: int) -> bool:
        """Whether an update of this user is being handled in this process now."""
        return user_id in self._users

    async def drain(self) -> None:
        """Wait until no update is in flight (the caller bounds the wait)."""
        await self._idle.wait()
