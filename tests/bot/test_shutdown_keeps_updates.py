"""A SIGTERM whose grace runs out drops nothing: the unfinished update is finished on restart."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

import bot.app
from tests.bot.harness import running, settings_for, start_bot
from tests.bot.process import seed_consented
from tests.fakebotapi import FakeBotAPI, User


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


async def test_update_cut_short_by_the_grace_is_finished_after_restart(
    api: FakeBotAPI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.app, "SHUTDOWN_GRACE", 0.3)
    db = tmp_path / "intake.db"
    user = User(1101, language_code="en")
    await seed_consented(api, db, [user.id])
    api.add_chat(user.private_chat, user)
    settings = settings_for(api, db)
    first = await start_bot(settings)
    try:
        # The reply waits out a long 429 when the bot is told to stop: the grace runs out.
        api.fail_next("sendMessage", status=429, retry_after=5, chat_id=user.id)
        api.user_text(user, "Comune di Bologna")
        await api.wait_for_call("sendMessage", lambda r: r.status == 429, timeout=10)
        await first.stop()
    finally:
        await first.db.dispose()
    assert not [r for r in api.calls("sendMessage") if r.ok]
    assert len(rows(db, "SELECT update_id FROM received_updates")) == 1  # kept for next start

    async with running(settings) as second:
        reply = await api.wait_for_reply(user.id, timeout=15)
        assert second.core.translate("en", "q-org_type") in reply.text
        await api.wait_idle(quiet=0.3)
    assert rows(db, "SELECT count(*) FROM received_updates") == [(0,)]
    [(value,)] = rows(db, "SELECT value FROM answers WHERE question_id = 'org_name'")
    assert json.loads(str(value)) == "Comune di Bologna"
    assert len([r for r in api.calls("sendMessage") if r.ok]) == 1
