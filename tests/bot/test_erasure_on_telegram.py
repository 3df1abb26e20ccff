"""/delete on Telegram also removes the respondent's e-mail files from OUTBOX_DIR."""

from __future__ import annotations

import asyncio
import email
from collections.abc import AsyncIterator
from email.policy import default
from pathlib import Path

import pytest

from tests.bot.harness import Respondent, running, settings_for
from tests.fakebotapi import FakeBotAPI, User


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def _references(outbox: Path) -> list[str]:
    return sorted(
        str(email.message_from_bytes(path.read_bytes(), policy=default)["X-CECOPS-Reference"])
        for path in outbox.glob("*.eml")
    )


@pytest.mark.slow  # two whole questionnaires on Telegram (~7 s)
async def test_delete_removes_the_respondents_eml_files(api: FakeBotAPI, tmp_path: Path) -> None:
    settings = settings_for(api, tmp_path / "intake.db")
    outbox = Path(settings.outbox_dir)
    leaving, staying = User(401, language_code="it"), User(402, language_code="fr")
    async with running(settings) as bot:
        for user, lang in ((leaving, "it"), (staying, "fr")):
            who = Respondent(api, bot.core, user, lang)
            await who.command("start")
            await who.press(who.t("consent-accept"))
            await who.answer_until_review()
            await who.press(who.t("button-submit"))
        await api.wait_for(
            lambda: len(list(outbox.glob("*.eml"))) == 2, 10, what="two e-mail files"
        )
        both = await asyncio.to_thread(_references, outbox)

        who = Respondent(api, bot.core, leaving, "it")
        await who.command("delete")
        done = await who.press(who.t("button-erase"))
        assert who.t("erase-done") in done.text

        left = await asyncio.to_thread(_references, outbox)
    assert len(both) == 2 and len(left) == 1 and left[0] in both
