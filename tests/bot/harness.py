"""The real bot (wiring, Dispatcher, storage) polling a local fake Bot API, and scripted users."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine

from app.build import Core, build_core, open_database
from app.build_telegram import build_telegram_app
from app.settings import Settings
from bot.app import TelegramApp, run_polling
from dialogs import events as ev
from dialogs.model import RANGE_BUTTONS, Kind
from tests.fakebotapi import FakeBotAPI, SentMessage, User
from tests.scripted import BY_KIND, CHOICES, MULTI, TYPED


def settings_for(api: FakeBotAPI, db_path: Path, **extra: Any) -> Settings:
    """Settings pointing at the fake API and a test database, ignoring any .env file."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(api.token),
        telegram_api_url=api.base_url,
        database_url=f"sqlite+aiosqlite:///{db_path}",
        outbox_dir=str(db_path.parent / "outbox"),
        **extra,
    )


@dataclass
class RunningBot:
    """A bot polling in this event loop; `restart` builds a fresh one on the same database."""

    core: Core
    db: AsyncEngine
    app: TelegramApp
    task: asyncio.Task[None]

    async def stop(self) -> None:
        self.app.polling.stop()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(self.task, 10)


async def start_bot(settings: Settings) -> RunningBot:
    core = build_core(settings)
    db = await open_database(settings)
    app = build_telegram_app(core, db, throttle=False)
    task = asyncio.create_task(run_polling(app, handle_signals=False))
    return RunningBot(core, db, app, task)


@contextlib.asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[RunningBot]:
    bot = await start_bot(settings)
    try:
        yield bot
    finally:
        await bot.stop()
        await bot.db.dispose()


class Respondent:
    """A scripted Telegram user who reads the bot's messages and answers like a person."""

    def __init__(self, api: FakeBotAPI, core: Core, user: User, lang: str) -> None:
        self.api = api
        self.core = core
        self.user = user
        self.lang = lang
        self.chat = user.id
        t = core.translate
        self._prompts = {
            t(lang, q.prompt_key): q.id for q in core.questionnaire.questions() if q.asked
        }

    async def _settle(self) -> SentMessage:
        await self.api.wait_for_reply(self.chat, timeout=10)
        await self.api.wait_idle(quiet=0.05, timeout=10)
        return self.api.last_message(self.chat)

    async def send(self, text: str) -> SentMessage:
        self.api.user_text(self.user, text)
        return await self._settle()

    async def command(self, command: str, args: str = "") -> SentMessage:
        self.api.user_command(self.user, command, args)
        return await self._settle()

    async def press(self, label: str) -> SentMessage:
        self.api.user_press_text(self.user, label)
        return await self._settle()

    async def press_for_toast(self, message: SentMessage, data: str) -> str:
        """Press a button (possibly one no longer shown) and return the note shown on it."""
        mark = len(self.api.requests)
        self.api.user_press(self.user, message, data, check_button=False)
        answered = await self.api.wait_for_call(
            "answerCallbackQuery", lambda r: bool(r.params.get("text")), since=mark, timeout=10
        )
        await self.api.wait_idle(quiet=0.05, timeout=10)
        return str(answered.params["text"])

    def t(self, key: str, **args: str | int) -> str:
        return self.core.translate(self.lang, key, args)

    def on_review(self) -> bool:
        """Whether the last message is the review (it alone offers submit or continue)."""
        buttons = self.api.last_message(self.chat).button_texts
        return self.t("button-submit") in buttons or self.t("button-continue") in buttons

    def current_question(self) -> str:
        text = self.question_message().text
        found = [qid for prompt, qid in self._prompts.items() if prompt in text]
        assert found, f"no question in the last message:\n{self.api.dump()}"
        return max(found, key=lambda q: len(self.core.translate(self.lang, f"q-{q}")))

    def question_message(self) -> SentMessage:
        """The last message, or the question above it when it is the location keyboard's."""
        messages = self.api.messages(self.chat)
        offer = self.t("kinds-location-offer")
        if len(messages) > 1 and messages[-1].text == offer:
            return messages[-2]
        return messages[-1]

    def label(self, question: str, option: str) -> str:
        return self.core.renderer.option(question, option, self.lang)

    async def answer_current(self, *, typed: bool = False) -> str:
        """Answer the question on screen with the scripted value and wait for the next one."""
        qid = self.current_question()
        question = self.core.questionnaire.question(qid)
        if question.kind in (Kind.SINGLE, Kind.YESNO, Kind.COUNTRY, Kind.ACKNOWLEDGE):
            label = self.label(qid, CHOICES.get(qid) or question.choice_ids[0])
            await (self.send(label) if typed else self.press(label))
        elif question.kind is Kind.RANGE:
            options = question.choice_ids
            if len(options) > RANGE_BUTTONS:
                await self.send("50")
            else:
                await (self.send if typed else self.press)(options[-1])
        elif question.kind is Kind.GEOPOINT and not typed:
            self.api.user_location(self.user, 45.764, 4.8357)  # Telegram's location button
            await self._settle()
        elif question.kind is Kind.MULTI:
            for choice in MULTI.get(qid) or [question.choices[0]]:
                label = self.label(qid, choice)
                if typed:
                    await self.send(label)
                else:
                    await self.press("▫️ " + label)
                # Toggles edit the message in place: wait until the tick shows.
                await self._wait_ticked("✅ " + label)
            await self.press(self.t("button-done"))
        elif question.kind is Kind.FILE:
            await self.press(self.t("button-skip"))
        else:
            await self.send(TYPED.get(qid) or BY_KIND.get(question.kind) or f"Answer to {qid}")
        # A late reply to an earlier step can arrive first (replies are throttled): wait for
        # the next question itself, so that no answer is ever typed twice.
        await self.api.wait_for(
            lambda: self.on_review() or self.current_question() != qid, 10, what="next question"
        )
        return qid

    async def _wait_ticked(self, ticked: str) -> None:
        def shown() -> bool:
            return ticked in self.api.last_message(self.chat).button_texts

        await self.api.wait_for(shown, 10, what=ticked)

    async def answer_until_review(
        self, *, typed: bool = False, stop_at: str | None = None
    ) -> None:
        for _ in range(100):
            if self.on_review():
                return
            if stop_at is not None and self.current_question() == stop_at:
                return
            await self.answer_current(typed=typed)
        raise AssertionError(self.api.dump())


__all__ = ["Respondent", "RunningBot", "ev", "running", "settings_for", "start_bot"]
