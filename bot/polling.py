"""Long polling that loses no update: each batch is stored before Telegram is told it arrived.

aiogram's own polling confirms an update (the next `getUpdates` offset) as soon as it has read
it, so a crash, or a SIGTERM whose grace runs out, drops the updates in flight. Here a batch is
first recorded in the database, in one transaction; only then is the next offset asked for.
Recorded updates are handed to the Dispatcher, and forgotten once handled. At start, what was
recorded but not handled is handled first; an update handled twice changes nothing, because
the service claims each update id in the transaction that applies it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, Protocol

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.handled_marks import HandledMarks

log = logging.getLogger(__name__)

RawUpdate = dict[str, Any]
POLL_TIMEOUT = 10  # seconds Telegram holds a getUpdates call open when nothing comes
BACKOFF = BackoffConfig(min_delay=1.0, max_delay=30.0, factor=1.5, jitter=0.1)

# True while an update recorded before a restart is handled again (see BotContext.run).
REPLAYED: ContextVar[bool] = ContextVar("replayed", default=False)
# Marks the update being handled as done; set by the polling loop for each update's task.
_MARK_DONE: ContextVar[Callable[[], None] | None] = ContextVar("mark_done", default=None)


def reply_delivered() -> None:
    """The current update's reply is out: mark it handled now, before any tidying that follows.

    A crash after this point no longer repeats the reply at the next start.
    """
    mark = _MARK_DONE.get()
    if mark is not None:
        mark()


class UpdateJournal(Protocol):
    """Where polled updates wait, durably, until handled (storage.update_journal)."""

    async def record(self, updates: Sequence[RawUpdate], now: datetime) -> None: ...

    async def unhandled(self) -> list[RawUpdate]: ...

    async def forget(self, update_ids: Iterable[int]) -> None: ...


def raw(update: Update) -> RawUpdate:
    """The update as Telegram sent it (field names as in the Bot API)."""
    return update.model_dump(mode="json", exclude_unset=True, by_alias=True)


class DurablePolling:
    """Fetch, record, confirm, handle; `stop()` ends fetching, `drain()` the handling."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        journal: UpdateJournal,
        allowed_updates: list[str],
        marks: HandledMarks,
        poll_timeout: int = POLL_TIMEOUT,
    ) -> None:
        self.bot = bot
        self.marks = marks
        self.dispatcher = dispatcher
        self.journal = journal
        self.allowed_updates = allowed_updates
        self.poll_timeout = poll_timeout
        self._stopping = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._handled: list[int] = []
        self._handled_wake = asyncio.Event()

    def stop(self) -> None:
        """Fetch no more updates (those being handled go on)."""
        self._stopping.set()

    async def run(self) -> None:
        """Handle what was recorded but not handled, then poll until `stop()`."""
        forgetting = asyncio.create_task(self._forget_handled())
        try:
            offset = await self._recover()
            await self._poll(offset)
        finally:
            forgetting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await forgetting

    async def drain(self, grace: float) -> None:
        """Wait up to `grace` seconds for updates being handled, then forget the handled ones.

        An update still unfinished after that stays recorded and is handled at the next start.
        """
        if self._tasks:
            _, late = await asyncio.wait(set(self._tasks), timeout=grace)
            if late:
                log.warning("shutdown: %d updates unfinished; kept for the next start", len(late))
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)
        await self._forget_now()

    async def _recover(self) -> int | None:
        """Start handling the updates a previous run recorded; the offset that follows them."""
        marked = self.marks.read()
        recorded = await self.journal.unhandled()
        await self.journal.forget(marked)
        self.marks.clear()
        pending = [p for p in recorded if int(p["update_id"]) not in marked]
        if not recorded:
            return None
        if not pending:
            return int(recorded[-1]["update_id"]) + 1
        log.info("handling %d updates recorded before the last stop", len(pending))
        for payload in pending:
            update = Update.model_validate(payload, context={"bot": self.bot})
            self._spawn(update, replayed=True)
        return int(pending[-1]["update_id"]) + 1

    async def _poll(self, offset: int | None) -> None:
        backoff = Backoff(BACKOFF)
        request_timeout = int(self.bot.session.timeout + self.poll_timeout)
        while not self._stopping.is_set():
            method = GetUpdates(
                offset=offset, timeout=self.poll_timeout, allowed_updates=self.allowed_updates
            )
            try:
                updates = await self._unless_stopped(self.bot(method, request_timeout))
                if updates is None:
                    return  # stopping: what that call returned was not confirmed, comes again
                if updates:
                    # Recorded before the next call confirms them: a crash from here on
                    # loses nothing.
                    await self.journal.record([raw(u) for u in updates], datetime.now(UTC))
            except Exception as error:
                log.error("fetching updates failed (%s: %s)", type(error).__name__, error)
                await self._unless_stopped(asyncio.sleep(next(backoff)))
                continue
            backoff.reset()
            for update in updates:
                self._spawn(update)
            if updates:
                offset = updates[-1].update_id + 1

    async def _unless_stopped(self, work: Any) -> Any:
        """The result of `work`, or None if `stop()` came first (then `work` is cancelled)."""
        task = asyncio.ensure_future(work)
        stopped = asyncio.create_task(self._stopping.wait())
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if task.done():
            return task.result()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return None

    def _spawn(self, update: Update, *, replayed: bool = False) -> None:
        task = asyncio.create_task(self._handle(update, replayed))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle(self, update: Update, replayed: bool) -> None:
        marked = False

        def mark_done() -> None:
            nonlocal marked
            if not marked:
                marked = True
                self.marks.add(update.update_id)
                self._handled.append(update.update_id)
                self._handled_wake.set()

        REPLAYED.set(replayed)  # this task's own copy of the context
        _MARK_DONE.set(mark_done)
        try:
            await self.dispatcher.feed_update(self.bot, update)
        except Exception:
            # Handled, unsuccessfully: retrying at every start would not make it succeed.
            log.exception("update %d failed", update.update_id)
        # Cancelled (shutdown after the grace): not reached, so the update stays recorded
        # (unless its reply was out already).
        mark_done()

    async def _forget_handled(self) -> None:
        """Delete handled updates from the journal, in batches as they come (group commit)."""
        while True:
            await self._handled_wake.wait()
            self._handled_wake.clear()
            try:
                await self._forget_now()
            except Exception:
                log.exception("could not forget handled updates; trying again")
                await asyncio.sleep(1.0)
                self._handled_wake.set()

    async def _forget_now(self) -> None:
        done, self._handled = self._handled, []
        try:
            await self.journal.forget(done)
        except BaseException:
            self._handled.extend(done)
            raise
        if not self._handled:  # nothing marked since: the journal has caught up
            self.marks.clear()
