"""The dispatcher's middleware: one update at a time per user, a count of updates in flight, and
what the observer hears of each update."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import TelegramObject, Update, User

from bot.observe import NullObserver, Observer

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class InFlight(BaseMiddleware):
    """Counts updates being handled so that shutdown can wait for them to finish, and knows
    whose (reminders leave a respondent alone while they are answering); handles a user's
    updates one after another, in arrival order.

    Updates run as concurrent tasks; without the order, two quick messages from one person
    could be applied out of order. The database lock still guards against other processes.
    Once it is the update's turn, the observer hears of it: its kind, how it ended and how long
    it took (the wait for the turn excluded).

    One middleware for all three: they see the same updates, and each middleware costs aiogram
    a wrapper and a coroutine per update (issue 26).
    """

    def __init__(self, observer: Observer | None = None) -> None:
        self.observer: Observer = NullObserver() if observer is None else observer
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
            if lock is not None:
                await lock.acquire()
            try:
                if not isinstance(event, Update):
                    return await handler(event, data)
                # Inline rather than a helper: one coroutine fewer per update.
                observer = self.observer
                kind = event.event_type
                observer.heartbeat()
                observer.update_began(event.update_id, user.id if user else None)
                started = time.perf_counter()
                try:
                    result = await handler(event, data)
                except BaseException as error:
                    observer.update_failed(kind, error, time.perf_counter() - started)
                    raise
                outcome = "unhandled" if result is UNHANDLED else "handled"
                observer.update_done(kind, outcome, time.perf_counter() - started)
                return result
            finally:
                if lock is not None:
                    lock.release()
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
