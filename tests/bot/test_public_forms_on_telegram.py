"""Forms made elsewhere (tests/xlsform/forms/) answered on Telegram, over the fake Bot API."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.bot.harness import Respondent, running, settings_for
from tests.fakebotapi import FakeBotAPI, User

FORMS = Path(__file__).resolve().parents[1] / "xlsform" / "forms"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("form", "lang"),
    [("kobo_night_safety", "fr"), ("pyxform_specify_other", "en"),
     ("pyxform_yes_or_no_question", "it"), ("pyxform_group", "lt"),
     ("pyxform_text_and_integer", "en")],
)  # fmt: skip
async def test_each_form_is_answered_to_a_submission_on_telegram(
    api: FakeBotAPI, tmp_path: Path, form: str, lang: str
) -> None:
    db = tmp_path / "intake.db"
    settings = settings_for(api, db, questionnaire_file=str(FORMS / f"{form}.xlsx"))
    async with running(settings) as bot:
        user = User(300, language_code=lang)
        who = Respondent(api, bot.core, user, lang)
        await who.command("start")
        await who.press(who.t("consent-accept"))
        await who.answer_until_review()
        await who.press(who.t("button-submit"))
        [(status, raw)] = _rows(db, "SELECT status, state FROM submissions")
        assert status == "submitted", api.dump()
        answers = json.loads(raw)["answers"]
        # Every button the bot sent fits Telegram's 64 bytes and names no question.
        names = [q.id for q in bot.core.questionnaire.questions() if len(q.id) > 8]
        for message in api.messages(user.id):
            for row in message.buttons:
                for button in row:
                    data = button.callback_data or ""
                    assert len(data.encode()) <= 64 and not any(n in data for n in names)
        if form != "kobo_night_safety":
            return
        html = "\n".join(m.html for m in api.messages(user.id))
        # Two notes in one message, their markdown as Telegram formatting.
        assert "Bienvenue dans l’<b>enquête sur la sécurité la nuit</b>.\n\nCela prend" in html
        assert "Date notée\u00a0: 12 mars 2024." in html
        sent = [r for r in api.requests if r.method == "sendMessage"]
        keyboards = [json.dumps(r.params.get("reply_markup", "")) for r in sent]
        assert sum("request_location" in k for k in keyboards) == 1
        # The picture beside the workbook, once, before its question.
        assert [r.method for r in api.requests].count("sendPhoto") == 1
        assert answers["Where_does_it_take_place"] == "45.764 4.8357"  # shared, not typed
        assert answers["When_did_the_initiative_start"] == "2024-03-12"
        assert answers["How_safe_do_people_feel_at_night_1_5"] == 5
        assert answers["I_confirm_the_answers_are_accurate"] == "OK"
        assert answers["budget_per_volunteer"] == 298
