"""Magic filters checked on the event loop.

aiogram (3.x) runs every filter that is not a coroutine in a worker thread, each time it is
checked: `F.chat.type == "private"` on the private router, `F.text` on the answers... cost a
thread hop each, several per update, which the profile (issue 26) showed as more CPU than the
whole dialog engine. Wrapped in `on_loop`, the same filter is resolved where it is checked.
"""

from __future__ import annotations

from typing import Any

from aiogram.filters import Filter
from aiogram.types import TelegramObject
from magic_filter import MagicFilter


class OnLoop(Filter):
    """A magic filter resolved on the event loop (no worker thread)."""

    def __init__(self, magic: MagicFilter) -> None:
        self.magic = magic

    async def __call__(self, event: TelegramObject) -> Any:
        return self.magic.resolve(event)


def on_loop(magic: MagicFilter) -> OnLoop:
    """`magic` as a filter aiogram awaits instead of sending to a thread."""
    return OnLoop(magic)


__all__ = ["OnLoop", "on_loop"]
