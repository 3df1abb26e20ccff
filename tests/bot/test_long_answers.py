"""Long answers are kept whole, and the question that echoes them still fits one message."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from dialogs.model import short_key
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


def buttons_starting(message: SentMessage, prefix: str) -> list[str]:
    datas = [button.callback_data or "" for row in message.buttons for button in row]
    return [data for data in datas if data.startswith(prefix)]


async def press_edit(api: FakeBotAPI, who: Respondent, question: str) -> SentMessage:
    """On the review, turn pages forward to the question's Edit button and press it."""
    for _ in range(10):
        review = api.last_message(who.chat)
        key = short_key(question)  # buttons carry a question's short key, not its name
        edit = [d for d in buttons_starting(review, "n:e:") if d.endswith(f":{key}")]
        if edit:
            api.user_press(who.user, review, edit[0])
            return await who._settle()
        pages = buttons_starting(review, "n:p:")
        mark = len(api.requests)
        api.user_press(who.user, review, max(pages, key=lambda d: int(d.rsplit(":", 1)[1])))
        # The page turns by an edit: wait for it, or a busy machine reads the old page again.
        await api.wait_for_call("editMessageText", lambda r: True, since=mark, timeout=10)
        await who._settle()
    raise AssertionError(f"no Edit button for {question}\n{api.dump()}")


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

        edited = await press_edit(api, who, "description")
        assert_echoes(who, edited, answer)
        assert api.errors() == [], api.dump()
    assert stored_description(tmp_path / "intake.db") == answer  # never shortened
