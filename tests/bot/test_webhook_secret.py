"""Webhook mode never serves without a secret: forged updates get 401 and change nothing."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.process import bot_env, seed_consented, start_process, terminate
from tests.fakebotapi import FakeBotAPI, User
from tests.fakebotapi.updates import user_json

HOOK = "/tg/hook"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def forged_erase(user: User, update_id: int) -> dict[str, object]:
    """The callback of the erase-confirmation button, as anyone could forge it."""
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(900 + update_id),
            "from": user_json(user),
            "chat_instance": "42",
            "data": "e:1",
            "message": {
                "message_id": 1,
                "date": 1_700_000_000,
                "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
                "text": "Erase?",
            },
        },
    }


async def post_raw(port: int, body: bytes, secret: bytes | None) -> int:
    """POST over a bare socket, so that the header can carry any bytes; the HTTP status."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = [
        f"POST {HOOK} HTTP/1.1".encode(),
        f"Host: 127.0.0.1:{port}".encode(),
        b"Content-Type: application/json",
        f"Content-Length: {len(body)}".encode(),
        b"Connection: close",
    ]
    if secret is not None:
        head.append(b"X-Telegram-Bot-Api-Secret-Token: " + secret)
    writer.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return int(status_line.split()[1])


def respondent_ids(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT user_id FROM respondents")]


@pytest.mark.slow  # a bot process per case (~6 s each)
@pytest.mark.parametrize("configured", [None, "configured_Secret-for-this-test-2026"])
async def test_webhook_requires_the_registered_secret(
    api: FakeBotAPI, tmp_path: Path, unused_tcp_port: int, configured: str | None
) -> None:
    """Unset WEBHOOK_SECRET: a strong one is registered; either way only it is served."""
    db = tmp_path / "intake.db"
    user = User(601, language_code="en")
    await seed_consented(api, db, [user.id])
    env = bot_env(
        api,
        db,
        WEBHOOK_URL=f"https://bot.example.org{HOOK}",
        WEBHOOK_HOST="127.0.0.1",
        WEBHOOK_PORT=str(unused_tcp_port),
    )
    env.pop("WEBHOOK_SECRET", None)
    if configured is not None:
        env["WEBHOOK_SECRET"] = configured
    process = await start_process(env)
    try:
        await api.wait_for(lambda: api.webhook.get("url"), 30, what="setWebhook")
        registered = api.webhook["secret_token"]
        if configured is None:
            assert isinstance(registered, str) and len(registered) >= 32
        else:
            assert registered == configured
        # (The webhook server listens before setWebhook is called.)

        body = json.dumps(forged_erase(user, 1)).encode()
        assert await post_raw(unused_tcp_port, body, None) == 401
        assert await post_raw(unused_tcp_port, body, b"guessed") == 401
        assert await post_raw(unused_tcp_port, body, "sécrét-ü".encode()) == 401
        assert await post_raw(unused_tcp_port, body, b"\xff\xfe\x80") == 401
        assert respondent_ids(db) == [user.id]  # the forged erasure did nothing
        assert not [r for r in api.requests if r.method.startswith(("send", "edit"))]

        # The same request with the registered secret is served (so the 401s were the check).
        right = json.dumps(forged_erase(user, 2)).encode()
        assert await post_raw(unused_tcp_port, right, registered.encode()) == 200
        assert respondent_ids(db) == []
    finally:
        await terminate(process)
