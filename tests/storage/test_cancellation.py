"""A loop stops when cancelled even if a database call swallowed the cancellation."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from storage.db import raise_if_cancelled


async def _driver_call_that_swallows_cancellation() -> None:
    # What asyncpg under SQLAlchemy was seen doing when cancelled mid-query.
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.sleep(3600)


async def test_a_loop_that_checks_stops_although_the_driver_swallowed_the_cancel() -> None:
    passes = 0

    async def loop() -> None:
        nonlocal passes
        while True:
            await _driver_call_that_swallows_cancellation()
            passes += 1
            raise_if_cancelled()
            await asyncio.sleep(0)

    task = asyncio.create_task(loop())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    assert passes == 1


async def test_nothing_happens_when_no_cancellation_was_asked() -> None:
    raise_if_cancelled()  # a running task that nobody cancelled goes on
