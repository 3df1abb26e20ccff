"""A tidy chat over the fake Bot API: one live keyboard, notes on old buttons, help that helps."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.layout import row_fits
from dialogs.engine import IDLE_COMMANDS
from tests.bot.harness import Respondent, RunningBot, running, settings_for
from tests.fakebotapi import FakeBotAPI, User


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running(settings_for(api, tmp_path / "intake.db")) as started:
        yield started


async def started(api: FakeBotAPI, bot: RunningBot, user_id: int, lang: str) -> Respondent:
    who = Respondent(api, bot.core, User(user_id, language_code=lang), lang)
    await who.command("start")
    await who.press(who.t("consent-accept"))
    return who


def live_keyboards(api: FakeBotAPI, chat: int) -> list[int]:
    return [m.message_id for m in api.messages(chat) if m.buttons]


async def test_before_consent_typed_text_gets_a_short_reminder(
    api: FakeBotAPI, bot: RunningBot
) -> None:
    who = Respondent(api, bot.core, User(301, language_code="fr"), "fr")
    notice = await who.command("start")
    reminder = await who.send("bonjour")
    assert reminder.text == who.t("consent-reminder") and len(reminder.text) < len(notice.text) / 4
    assert reminder.button_texts == [
        who.t("consent-accept"), who.t("consent-decline"), who.t("button-read-notice"),
    ]  # fmt: skip
    assert live_keyboards(api, who.chat) == [reminder.message_id]
    again = await who.press(who.t("button-read-notice"))
    assert again.text == notice.text and who.t("consent-accept") in again.button_texts
    assert live_keyboards(api, who.chat) == [again.message_id]
    accepted = await who.press(who.t("consent-accept"))
    assert who.t("q-org_name") in accepted.text
    assert api.errors() == []


async def test_an_old_button_gets_a_note_and_no_new_message(
    api: FakeBotAPI, bot: RunningBot
) -> None:
    who = await started(api, bot, 302, "en")
    await who.answer_current()  # org_name, typed
    org_type = api.last_message(who.chat)
    choose_city = org_type.button(who.label("org_type", "city")).callback_data or ""
    await who.answer_current()  # org_type
    country = api.last_message(who.chat)
    back = country.button(who.t("button-back")).callback_data or ""
    await who.answer_current()  # country
    await who.answer_current()  # city, typed: the country message loses its buttons
    assert live_keyboards(api, who.chat) == [api.last_message(who.chat).message_id]
    sent_before = len(api.calls("sendMessage"))
    assert await who.press_for_toast(country, back) == who.t("toast-stale")
    assert await who.press_for_toast(org_type, choose_city) == who.t("toast-stale")
    assert len(api.calls("sendMessage")) == sent_before  # never another copy of the question
    assert who.current_question() == "contact_name"
    assert api.errors() == []


async def test_country_question_shows_a_few_rows_and_takes_any_country(
    api: FakeBotAPI, bot: RunningBot
) -> None:
    who = await started(api, bot, 303, "fr")
    await who.answer_until_review(stop_at="country")
    question = api.last_message(who.chat)
    rows = [[b.text for b in row] for row in question.buttons]
    countries = [r for r in rows if who.t("button-back") not in r]
    assert len(countries) <= 6 and all(row_fits(r) for r in rows), rows
    assert {"France", "Italie", "Lituanie", "Royaume-Uni"} <= {c for r in rows for c in r}
    await who.send("Suède")  # not on a button: typed, in French
    await who.answer_current()  # city
    assert who.current_question() == "contact_name"
    assert api.errors() == []


@pytest.mark.slow
async def test_progress_only_goes_forward_and_help_after_submitting(
    api: FakeBotAPI, bot: RunningBot
) -> None:
    who = await started(api, bot, 304, "en")
    await who.answer_until_review()
    texts = [m.text for m in api.messages(who.chat)]
    shown = [int(p) for t in texts for p in re.findall(r"· (\d+)% done", t)]
    assert shown[0] == 0 and shown == sorted(shown) and shown[-1] >= 90, shown
    review = api.last_message(who.chat)
    # Every page keeps Submit in view and its labels fit a phone.
    for _page in range(5):
        page = api.last_message(who.chat)
        assert who.t("button-submit") in page.button_texts
        assert all(row_fits([b.text for b in row]) for row in page.buttons), page.buttons
        if who.t("button-next") not in page.button_texts:
            break
        await who.press(who.t("button-next"))
    submit = review.button(who.t("button-submit")).callback_data or ""
    done = await who.press(who.t("button-submit"))
    reference = re.findall(r"CECOPS-\w+", done.text)[0]
    # A second tap on Submit (the first one's keyboard was still on screen).
    note = await who.press_for_toast(review, submit)
    assert note == who.t("toast-already-submitted", reference=reference)
    helped = await who.command("help")
    for command in ("/start", "/status", "/language", "/delete"):
        assert command in helped.text
    assert set(IDLE_COMMANDS) >= {"status", "language", "delete"}
    reviewed = await who.command("review")
    assert who.t("error-no-draft") in reviewed.text and "/status" in reviewed.text
    assert len(live_keyboards(api, who.chat)) <= 1
    assert api.errors() == []
