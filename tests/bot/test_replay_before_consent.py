"""A /start whose reply may not have left before a stop is answered after the restart."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path

import pytest

import bot.app
from dialogs.i18n import Translator
from tests.bot.harness import running, settings_for, start_bot
from tests.fakebotapi import FakeBotAPI, Recorded, User

NEW_USER = User(961_001, language_code="fr")  # French from Telegram: the notice, in French
NO_LANGUAGE = User(961_002, language_code="ja")  # no language of ours: the language choice


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def refused_for(chat: int, call: Recorded) -> bool:
    return call.status == 429 and call.params["chat_id"] == chat


def claimed_updates(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM received_updates").fetchone()[0])


async def test_a_start_claimed_before_a_stop_shows_the_notice_or_language_choice(
    api: FakeBotAPI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.app, "SHUTDOWN_GRACE", 0.3)
    db = tmp_path / "intake.db"
    users = (NEW_USER, NO_LANGUAGE)
    for user in users:
        api.add_chat(user.private_chat, user)
    settings = settings_for(api, db)
    first = await start_bot(settings)
    try:
        # Nothing before consent is stored, but each /start is claimed; the replies then wait
        # out a long 429 when the bot stops, as a reply in flight at a kill -9 would be lost.
        for user in users:
            api.fail_next("sendMessage", status=429, retry_after=5, chat_id=user.id)
            api.user_command(user, "start")
        for user in users:
            await api.wait_for_call("sendMessage", partial(refused_for, user.id), timeout=10)
        await first.stop()
    finally:
        await first.db.dispose()
    assert not [r for r in api.calls("sendMessage") if r.ok]
    assert claimed_updates(db) == 2  # kept for the next start

    async with running(settings):
        for user in users:
            await api.wait_for_reply(user.id, timeout=15)
        await api.wait_idle(quiet=0.3)
    sent = {r.params["chat_id"]: str(r.params) for r in api.calls("sendMessage") if r.ok}
    t = Translator()
    assert t("fr", "consent-accept") in sent[NEW_USER.id]  # the notice with its buttons
    assert t("en", "language-prompt") in sent[NO_LANGUAGE.id]
    assert t("fr", "language-name") in sent[NO_LANGUAGE.id]
