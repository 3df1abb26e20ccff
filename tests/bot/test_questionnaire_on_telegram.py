"""Scripted users complete the questionnaire on Telegram, over HTTP, against a fake Bot API."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dialogs.i18n import LANGUAGES
from tests.bot.harness import Respondent, RunningBot, running, settings_for
from tests.fakebotapi import FakeBotAPI, User


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running(settings_for(api, tmp_path / "intake.db", admin_ids=[999])) as started:
        yield started


def db_rows(bot: RunningBot, sql: str) -> list[tuple[Any, ...]]:
    path = bot.core.settings.database_url.split("///", 1)[1]
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
async def test_complete_questionnaire_with_buttons(
    api: FakeBotAPI, bot: RunningBot, lang: str
) -> None:
    user = User(100 + LANGUAGES.index(lang), language_code=lang)
    who = Respondent(api, bot.core, user, lang)
    consent = await who.command("start", "bologna")
    assert who.t("consent-accept") in consent.button_texts
    await who.press(who.t("consent-accept"))
    first = api.last_message(user.id)
    assert who.t("q-org_name") in first.text
    assert who.t("progress", section=1, sections=5, percent=0) in first.text
    await who.answer_until_review()
    review = api.last_message(user.id)
    assert who.t("button-submit") in review.button_texts
    # The review turns page by page; the initiative's name is on the second page.
    second = await who.press(who.t("button-next"))
    assert second.message_id == review.message_id and "Angeli delle fermate" in second.text
    done = await who.press(who.t("button-submit"))
    [(status, reference, source)] = db_rows(
        bot, "SELECT status, reference, source FROM submissions"
    )
    assert status == "submitted" and source == "bologna"
    assert str(reference) in done.text
    # A tidy chat: no message from the whole questionnaire still carries live buttons.
    live = [m.message_id for m in api.messages(user.id) if m.buttons]
    assert len(live) <= 1, api.dump()
    # Everything the bot sent was accepted by the Bot API: no bad HTML, length or button data.
    assert api.errors() == []


@pytest.mark.slow
async def test_typed_labels_instead_of_buttons(api: FakeBotAPI, bot: RunningBot) -> None:
    user = User(201, language_code="it")
    who = Respondent(api, bot.core, user, "it")
    await who.command("start")
    await who.press(who.t("consent-accept"))
    await who.answer_until_review(typed=True)
    assert who.on_review()
    # Typed answers too leave only the newest message with buttons: the review.
    live = [m.message_id for m in api.messages(user.id) if m.buttons]
    assert live == [api.last_message(user.id).message_id], api.dump()
    answers = dict(db_rows(bot, "SELECT question_id, value FROM answers"))
    assert answers["settings"] == '{"choices": ["night", "transport"]}'
    assert answers["country"] == '"IT"'
    assert api.errors() == []


async def test_unknown_language_is_asked_with_four_buttons(
    api: FakeBotAPI, bot: RunningBot
) -> None:
    user = User(202, language_code="de")
    who = Respondent(api, bot.core, user, "lt")
    menu = await who.command("start")
    assert menu.button_texts == ["English", "Français", "Italiano", "Lietuvių"]
    consent = await who.press("Lietuvių")
    assert who.t("consent-accept") in consent.button_texts
    question = await who.press(who.t("consent-accept"))
    assert who.t("q-org_name") in question.text
    assert db_rows(bot, "SELECT language FROM respondents") == [("lt",)]


@pytest.mark.slow
async def test_back_edit_from_review_and_language_switch(api: FakeBotAPI, bot: RunningBot) -> None:
    user = User(203, language_code="en")
    who = Respondent(api, bot.core, user, "en")
    await who.command("start")
    await who.press(who.t("consent-accept"))
    await who.answer_until_review(stop_at="contact_name")
    back = await who.press(who.t("button-back"))
    assert who.t("q-city") in back.text and "Bologna" in back.text  # current answer shown
    kept = await who.press(who.t("button-keep"))
    assert who.t("q-contact_name") in kept.text
    # Switch language mid-way: the answers stay, the question comes back in Italian.
    menu = await who.command("language")
    switched = await who.press("Italiano")
    who.lang = "it"
    assert bot.core.translate("it", "q-contact_name") in switched.text
    who = Respondent(api, bot.core, user, "it")
    await who.answer_until_review()
    # Edit from the review, then back at the review with the change.
    await who.press(who.t("button-edit", label=who.t("q-city-label")))
    review = await who.send("Vilnius")
    assert who.on_review() and "Vilnius" in review.text
    assert menu.buttons
    assert api.errors() == []


async def test_html_like_and_over_long_answers(api: FakeBotAPI, bot: RunningBot) -> None:
    user = User(204, language_code="fr")
    who = Respondent(api, bot.core, user, "fr")
    await who.command("start")
    await who.press(who.t("consent-accept"))
    refused = await who.send("x" * 5000)
    assert who.t("error-too-long", max=200, length=5000) in refused.text
    assert who.t("q-org_name") in refused.text
    await who.send("<b>Ville & Cie</b> </i> &amp;")
    back = await who.press(who.t("button-back"))
    assert "<b>Ville & Cie</b> </i> &amp;" in back.text  # shown verbatim, escaped on the wire
    assert api.errors() == []


@pytest.mark.slow
async def test_upload_a_document_and_refuse_a_big_one(api: FakeBotAPI, bot: RunningBot) -> None:
    user = User(205, language_code="en")
    who = Respondent(api, bot.core, user, "en")
    await who.command("start")
    await who.press(who.t("consent-accept"))
    await who.answer_until_review(stop_at="evaluation_document")
    api.user_document(user, "big.pdf", "application/pdf", size=25 * 1024 * 1024)
    refused = await who._settle()
    assert "(25 MB)" in refused.text and who.t("bot-file-too-big", size=25, max=20) in refused.text
    api.user_document(
        user, "évaluation 2025.pdf", "application/pdf", size=120_000, content=b"%PDF"
    )
    nxt = await who._settle()
    assert who.t("q-transferable") in nxt.text
    [row] = db_rows(bot, "SELECT file_name, mime_type, size FROM attachments")
    assert row == ("évaluation 2025.pdf", "application/pdf", 120_000)


async def test_the_unexpected_gets_a_helpful_answer(api: FakeBotAPI, bot: RunningBot) -> None:
    user = User(206, language_code="en")
    who = Respondent(api, bot.core, user, "en")
    await who.command("start")
    await who.press(who.t("consent-accept"))
    await who.answer_until_review(stop_at="org_type")
    api.user_sticker(user)
    reply = await who._settle()
    assert who.t("error-text-expected") in reply.text and who.t("q-org_type") in reply.text
    typed = api.user_text(user, "a bakery")
    reply = await who._settle()
    assert who.t("error-choice") in reply.text
    reply = await who.command("frobnicate")
    assert reply.text == who.t("bot-unknown-command")
    reply = await who.command("export")  # an admin command, from a non-admin
    assert reply.text == who.t("bot-unknown-command")
    # A forged payload and a stale button change nothing: a short note on the button.
    question = api.last_message(user.id)
    stale = await who.press_for_toast(question, "q:c:org_type:ffffffff:city")
    assert stale == who.t("toast-stale")
    assert await who.press_for_toast(question, "zz:garbage") == who.t("toast-stale")
    assert api.last_message(user.id).message_id == question.message_id
    api.user_edit(user, typed["message"]["message_id"], "City or municipality")
    reply = await who._settle()
    assert who.t("bot-edited-message") in reply.text
    assert db_rows(bot, "SELECT count(*) FROM answers") == [(1,)]
    assert api.errors() == []
