"""kill -9 at random moments during a burst: no update is lost, none is applied twice."""

from __future__ import annotations

import asyncio
import json
import random
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path

import pytest

from dialogs.i18n import Translator
from tests.bot.process import bot_env, seed_consented, start_process, terminate
from tests.fakebotapi import FakeBotAPI, Recorded, User

USERS = 60
KILLS = 8  # 20 in the run that issue 10 reported; 8 keeps the suite within its ten minutes
WAVE_EVERY = 2  # kills between two waves of messages (KILLS / WAVE_EVERY = 4 answers each)
FIRST_USER = 950_001


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def messages_of(user_id: int) -> list[str]:
    """What one respondent types, one message per question: name, type, country, city."""
    org_type = Translator()("en", "choice-org_type-city")
    return [f"Organisation {user_id}", org_type, "Italy", f"City {user_id}"]


def stored_answers(db: Path) -> dict[int, dict[str, object]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT s.respondent_id, a.question_id, a.value FROM answers a "
            "JOIN submissions s ON s.id = a.submission_id"
        ).fetchall()
    found: dict[int, dict[str, object]] = {}
    for user_id, question, value in rows:
        found.setdefault(user_id, {})[question] = json.loads(value)
    return found


def called_since(moment: float, call: Recorded) -> bool:
    return call.at > moment


def journal_size(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM received_updates").fetchone()[0])


@pytest.mark.slow  # eight bot processes killed (~100 s): `make test` runs it, test-fast not
async def test_kill_9_at_random_moments_loses_and_doubles_nothing(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    db = tmp_path / "intake.db"
    users = [User(FIRST_USER + i, language_code="en") for i in range(USERS)]
    await seed_consented(api, db, [u.id for u in users])
    for user in users:
        api.add_chat(user.private_chat, user)
    env = bot_env(api, db)
    scripts = {user.id: messages_of(user.id) for user in users}
    rounds = len(scripts[users[0].id])
    chance = random.Random(20261128)
    kills = 0
    for kill in range(KILLS):
        if kill % WAVE_EVERY == 0:  # a message from everybody, the next answer of each
            for user in users:
                api.user_text(user, scripts[user.id][kill // WAVE_EVERY])
        started = time.monotonic()
        process = await start_process(env, stderr=(tmp_path / f"bot-{kill}.log").open("wb"))
        # Killed while it works: at a random moment after it first asks for updates.
        await api.wait_for_call("getUpdates", partial(called_since, started), timeout=120)
        await asyncio.sleep(chance.uniform(0.0, 2.0))
        if process.returncode is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        await process.wait()
    started = time.monotonic()
    process = await start_process(env, stderr=(tmp_path / "bot-final.log").open("wb"))
    expected = USERS * rounds
    try:
        # Running (its signal handlers set) and done with what the last run left recorded.
        await api.wait_for_call("deleteWebhook", partial(called_since, started), timeout=60)
        await api.wait_for(lambda: journal_size(db) == 0, 60, what="the journal handled")

        def replied() -> int:
            return sum(r.ok for r in api.calls("sendMessage") if r.params["chat_id"] >= FIRST_USER)

        await api.wait_for(lambda: replied() >= expected, 60, what=f"{expected} replies")
        await api.wait_idle(quiet=1.0, timeout=60)
    finally:
        assert await terminate(process) == 0

    replies = Counter(
        r.params["chat_id"] for r in api.calls("sendMessage") if r.ok and r.params["chat_id"] > 0
    )
    answers = stored_answers(db)
    lost = sum(max(rounds - replies[u.id], 0) for u in users)
    doubled = sum(max(replies[u.id] - rounds, 0) for u in users)
    print(f"kills={kills} updates={expected} lost_replies={lost} doubled_replies={doubled}")
    assert (kills, lost) == (KILLS, 0)
    # Effects are applied exactly once (below). A reply can only be sent at least once: a kill
    # in the milliseconds between Telegram taking a reply and the bot marking its update
    # handled repeats that reply (the question again) after the restart. Rare, not never.
    assert doubled <= KILLS // 4
    for user in users:
        assert answers[user.id] == {
            "org_name": f"Organisation {user.id}",
            "org_type": {"choice": "city"},
            "country": "IT",
            "city": f"City {user.id}",
        }
    assert api.errors() == []
