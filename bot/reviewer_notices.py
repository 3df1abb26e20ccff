"""Messages to reviewing partners in the chat: new assignments at once, and one reminder of
unfinished reviews three days before the round's deadline, within REMINDER_HOURS.

As `bot/reminders.py` for respondents: each pass asks storage what is due, claims each message
in the database (several bot processes send it once), then sends it through the bot's
rate-limited session, in the reviewer's language (the first language they read).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Final

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramServerError,
)

from bot.reminders import PACE, PER_PASS, RETRY_DELAY, claimant
from bot.telegram_render import esc
from dialogs.i18n import LANGUAGES, Translator
from dialogs.reminders import ActiveHours, respondent_zone
from dialogs.reviewer_ports import ReviewerNotice, ReviewerNoticeStore

log = logging.getLogger(__name__)

REMIND_BEFORE: Final = timedelta(days=3)
INTERVAL: Final = 30.0
KEYS: Final = {"assigned": "reviewer-assigned", "reminder": "reviewer-reminder"}


class ReviewerNoticeJob:
    """Finds the reviewer messages due, claims each once, sends it in their language."""

    def __init__(
        self,
        bot: Bot,
        store: ReviewerNoticeStore,
        translate: Translator,
        hours: ActiveHours,
        default_zone: str,
        default_language: str,
        clock: Callable[[], datetime],
        pause: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._bot = bot
        self._store = store
        self._t = translate
        self._hours = hours
        self._zone = default_zone
        self._lang = default_language
        self._clock = clock
        self._pause = pause
        self._claimant = claimant()

    def language(self, notice: ReviewerNotice) -> str:
        return next((code for code in notice.reads if code in LANGUAGES), self._lang)

    def text(self, notice: ReviewerNotice) -> str:
        """The message, escaped for Telegram's HTML."""
        args: dict[str, str | int] = {
            "count": notice.count,
            "round": notice.round_name,
            "deadline": notice.deadline.strftime("%Y-%m-%d"),
        }
        return esc(self._t(self.language(notice), KEYS[notice.kind], args))

    async def run_once(self) -> int:
        """One pass: send what is due now; how many went."""
        now = self._clock()
        sent = 0
        for notice in await self._store.due(now, REMIND_BEFORE):
            if sent >= PER_PASS:
                break
            if notice.kind == "reminder":
                zone = respondent_zone({"country": notice.country}, self._zone)
                if not self._hours.allows(now.astimezone(zone)):
                    continue
            if sent:
                await self._pause(PACE)
            claim = await self._store.claim(notice, now, self._claimant)
            if claim is None:
                continue
            if await self._deliver(claim, notice):
                sent += 1
        return sent

    async def _deliver(self, claim: int, notice: ReviewerNotice) -> bool:
        try:
            await self._bot.send_message(chat_id=notice.reviewer_id, text=self.text(notice))
        except TelegramForbiddenError:
            log.info("reviewer notice: a reviewer's chat is closed to the bot")
            await self._store.record(claim, "blocked", self._clock())
            return False
        except TelegramBadRequest as error:
            log.warning("reviewer notice refused: %s", error.message)
            await self._store.record(claim, "failed", self._clock())
            return False
        except (TelegramNetworkError, TelegramServerError) as error:
            log.warning("reviewer notice not sent (%s); will retry", error)
            await self._store.release(claim)
            return False
        await self._store.record(claim, "sent", self._clock())
        return True

    async def loop(self, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        """Pass after pass until cancelled; a failing pass is retried later."""
        while True:
            try:
                count = await self.run_once()
                if count:
                    log.info("reviewer notices sent: %d", count)
                delay = INTERVAL
            except Exception:
                log.exception("reviewer notices: the pass failed; trying again shortly")
                delay = RETRY_DELAY
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise asyncio.CancelledError
            await sleep(delay)
