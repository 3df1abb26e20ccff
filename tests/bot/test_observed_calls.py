"""What the observer hears from the two middlewares that also observe (InFlight, TelegramPolicy):
each update's kind and outcome, each reply sent, each 429 attempt, getUpdates as the pulse."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import GetUpdates, SendMessage, TelegramMethod
from aiogram.types import Update

from bot.middlewares import InFlight
from bot.throttle import TelegramPolicy


class Heard:
    """An Observer that writes down what it is told."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def update_began(self, update_id: int, user_id: int | None) -> None:
        self.events.append(("began", update_id, user_id))

    def update_done(self, kind: str, outcome: str, seconds: float) -> None:
        self.events.append(("done", kind, outcome))

    def update_failed(self, kind: str, error: BaseException, seconds: float) -> None:
        self.events.append(("failed", kind, type(error).__name__))

    def reply_sent(self, method: str) -> None:
        self.events.append(("reply", method))

    def rate_limited(self, seconds: float) -> None:
        self.events.append(("429", seconds))

    def questionnaire_started(self) -> None:
        self.events.append(("started",))

    def questionnaire_submitted(self) -> None:
        self.events.append(("submitted",))

    def heartbeat(self) -> None:
        self.events.append(("heartbeat",))


def message_update(update_id: int, user_id: int) -> Update:
    chat = {"id": user_id, "type": "private"}
    sender = {"id": user_id, "is_bot": False, "first_name": "R"}
    message = {"message_id": 1, "date": 0, "chat": chat, "from": sender, "text": "hi"}
    return Update.model_validate({"update_id": update_id, "message": message})


async def test_in_flight_reports_each_update_kind_and_outcome() -> None:
    heard = Heard()
    in_flight = InFlight(heard)
    update = message_update(5, 42)
    data: dict[str, Any] = {"event_from_user": update.message.from_user}  # type: ignore[union-attr]

    async def handled(event: Any, data: dict[str, Any]) -> str:
        return "ok"

    async def failing(event: Any, data: dict[str, Any]) -> None:
        raise ValueError("boom")

    assert await in_flight(handled, update, data) == "ok"
    with pytest.raises(ValueError, match="boom"):
        await in_flight(failing, update, data)
    assert heard.events == [
        ("heartbeat",),
        ("began", 5, 42),
        ("done", "message", "handled"),
        ("heartbeat",),
        ("began", 5, 42),
        ("failed", "message", "ValueError"),
    ]
    assert not in_flight.busy(42)  # its turn forgotten once nothing of it is in flight


async def test_policy_reports_each_429_attempt_then_the_reply() -> None:
    heard = Heard()
    policy = TelegramPolicy(None, observer=heard)
    bot = Bot("123456:TEST")
    attempts: list[str] = []

    async def make_request(bot: Bot, method: TelegramMethod[Any]) -> Any:
        attempts.append(type(method).__name__)
        if isinstance(method, SendMessage) and len(attempts) == 1:
            raise TelegramRetryAfter(method, "Too Many Requests", 0)
        return True

    await policy(make_request, bot, SendMessage(chat_id=1, text="x"))
    await policy(make_request, bot, GetUpdates())
    assert attempts == ["SendMessage", "SendMessage", "GetUpdates"]
    assert heard.events == [("429", 0.0), ("reply", "SendMessage"), ("heartbeat",)]
    await bot.session.close()
