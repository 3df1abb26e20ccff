"""Invalid UTF-16 (a lone surrogate) in an update is cleaned, answered and stored."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.harness import Respondent, running, settings_for
from tests.fakebotapi import FakeBotAPI, User


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


async def test_a_lone_surrogate_in_a_text_answer_is_replaced_not_fatal(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    user = User(701, language_code="en")
    async with running(settings) as bot:
        who = Respondent(api, bot.core, user, "en")
        await who.command("start")
        first = await who.press(who.t("consent-accept"))
        assert who.t("q-org_name") in first.text
        # The fake sends it as JSON does: the escape \ud800 with no low half after it.
        reply = await who.send("Comune \ud800di Bologna 🚌")
        assert who.t("q-org_type") in reply.text
        assert api.errors() == []
    with sqlite3.connect(tmp_path / "intake.db") as conn:
        [(value,)] = conn.execute("SELECT value FROM answers").fetchall()
    assert json.loads(value) == "Comune \ufffddi Bologna 🚌"
