"""Every button press is answered, forged ones too: the client's spinner never keeps turning."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.bot.harness import running, settings_for
from tests.bot.process import seed_consented
from tests.fakebotapi import FakeBotAPI, Recorded, User
from tests.fakebotapi.updates import user_json

FORGED = ("garbage", "l:zz", "m:off:", "r:r:0000", "q:x:y:z:w", "e:9", ":", "é" * 20)


def answers(query_id: str, call: Recorded) -> bool:
    return call.params.get("callback_query_id") == query_id


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


async def test_forged_callback_data_is_answered(api: FakeBotAPI, tmp_path: Path) -> None:
    db = tmp_path / "intake.db"
    user = User(5401, language_code="en")
    await seed_consented(api, db, [user.id])
    api.add_chat(user.private_chat, user)
    async with running(settings_for(api, db)):
        api.user_command(user, "start")
        message = await api.wait_for_reply(user.id, timeout=15)
        pressed = api.user_press(user, message, "garbage", check_button=False)
        shown = pressed["callback_query"]["message"]
        group = {"id": -100123, "type": "supergroup", "title": "Staff"}
        # On the bot's message, with no message (an inline one), on a message in a group,
        # on a message too old to be sent back (date 0).
        places: list[dict[str, Any]] = [
            {"message": shown},
            {"inline_message_id": "AAEC"},
            {"message": {**copy.deepcopy(shown), "chat": group}},
            {"message": {"chat": shown["chat"], "message_id": 1, "date": 0}},
        ]
        unanswered = []
        for n, place in enumerate(places):
            for data in FORGED:
                query_id = f"{n}-{data}"
                query = {
                    "id": query_id,
                    "from": user_json(user),
                    "chat_instance": "1",
                    "data": data,
                    **place,
                }
                api.enqueue({"callback_query": query})
                try:
                    await api.wait_for_call(
                        "answerCallbackQuery", partial(answers, query_id), timeout=3
                    )
                except TimeoutError:
                    unanswered.append((n, data))
        await api.wait_idle(quiet=0.1, timeout=10)
    assert unanswered == []
