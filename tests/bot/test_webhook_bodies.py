"""The webhook, with the right secret, answers 400 to a body that is not a Telegram update."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app.build import build_core, open_database
from app.build_telegram import build_telegram_app
from bot.app import webhook_application
from tests.bot.harness import settings_for
from tests.fakebotapi import FakeBotAPI, User
from tests.fakebotapi.updates import user_json

SECRET = "test-secret-for-the-webhook-bodies"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


async def test_a_body_that_is_no_update_gets_400_not_500(api: FakeBotAPI, tmp_path: Path) -> None:
    settings = settings_for(api, tmp_path / "intake.db", webhook_url="https://x.test/tg")
    core = build_core(settings)
    db = await open_database(settings)
    app = build_telegram_app(core, db, throttle=False)
    client: TestClient[Any, Any] = TestClient(TestServer(webhook_application(app, SECRET, "/tg")))
    await client.start_server()
    user = User(5301, language_code="en")
    api.add_chat(user.private_chat, user)
    message = {
        "message_id": 1,
        "date": 1_700_000_000,
        "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
        "from": user_json(user),
        "text": "/help",
    }
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    try:
        for body in (
            b"{not json",
            b"\xff\xfe\x00",
            b"",
            b"[1, 2]",
            b'"text"',
            b'{"update_id": "seven"}',
            b'{"update_id": 7, "message": {"text": 5}}',
        ):
            answer = await client.post("/tg", data=body, headers=headers)
            assert answer.status == 400, body
        update = {"update_id": 8, "message": message}
        answer = await client.post("/tg", data=json.dumps(update).encode(), headers=headers)
        assert answer.status == 200
    finally:
        await client.close()
        await app.stop()
        await app.bot.session.close()
        await db.dispose()
