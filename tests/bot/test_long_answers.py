"""Long answers are kept whole, and the question that echoes them still fits one message."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.harness import Respondent, running, settings_for
from tests.fakebotapi import FakeBotAPI, SentMessage, User, utf16_len

EMOJI = "🚌" * 2000  # 2,000 characters (under the 3,000 limit), 4,000 UTF-16 units
PROSE = ("Volunteers wait with passengers at night. " * 80)[:2990]  # past Fluent's 2,500


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def stored_description(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        [(value,)] = conn.execute(
            "SELECT value FROM answers WHERE question_id = 'description'"
        ).fetchall()
    return str(json.loads(value))


def edit_button(message: SentMessage, question: str) -> str:
    for row in message.buttons:
        for button in row:
            data = button.callback_data or ""
            if data.startswith("n:e:") and data.endswith(f":{question}"):
                return data
    raise AssertionError(f"no Edit button for {question} in {message.button_texts}")


def assert_echoes(who: Respondent, shown: SentMessage, answer: str) -> None:
    """The description question, with the beginning of its current answer and nothing broken."""
    assert who.t("q-description") in shown.text
    assert who.t("current-answer-label") + " " + answer[:200] in shown.text
    assert "{???}" not in shown.text
    assert utf16_len(shown.text) <= 4096


@pytest.mark.parametrize("answer", [EMOJI, PROSE], ids=["emoji", "2990-characters"])
async def test_back_and_edit_show_the_question_after_a_long_answer(
    api: FakeBotAPI, tmp_path: Path, answer: str
) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    user = User(901, language_code="en")
    async with running(settings) as bot:
        who = Respondent(api, bot.core, user, "en")
        await who.command("start")
        await who.press(who.t("consent-accept"))
        await who.answer_until_review(stop_at="description")
        after = await who.send(answer)
        assert who.current_question() == "settings", after.text

        back = await who.command("back")
        assert_echoes(who, back, answer)
        await who.press(who.t("button-keep"))
        await who.answer_until_review()

        review = api.last_message(user.id)
        api.user_press(user, review, edit_button(review, "description"))
        edited = await who._settle()
        assert_echoes(who, edited, answer)
        assert api.errors() == [], api.dump()
    assert stored_description(tmp_path / "intake.db") == answer  # never shortened
