"""Reminders in the chat: a background job that finds idle drafts and sends each reminder once.

Every pass (at least once a minute) asks storage for drafts idle for REMINDER_AFTER, decides
with `dialogs.reminders.reminder_due` which reminder each one is due (in the respondent's time
zone), claims it in the database (so that of several bot processes only one sends it) and
sends it through the bot's rate-limited session. The claim commits before the message leaves:
a process killed in between loses that reminder rather than sending it twice.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramServerError,
)
from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram_render import esc
from dialogs.i18n import DEFAULT_LANGUAGE, Translator
from dialogs.model import Questionnaire
from dialogs.reminder_ports import Delivery, DraftForReminder, ReminderStore
from dialogs.reminders import (
    DraftActivity,
    ReminderPolicy,
    progress,
    reminder_due,
    respondent_zone,
)

log = logging.getLogger(__name__)

INTERVAL: Final = 30.0  # seconds between passes: "at least once a minute" with room to spare
PER_PASS: Final = 200  # reminders sent by one pass at most; the rest wait for the next one
# Between two reminders: at most 10 a second, a third of Telegram's 30 messages a second, so that
# a burst of reminders never slows the replies to people answering (the bot's rate limiter,
# shared with those replies, keeps everything under Telegram's limits in any case).
PACE: Final = 0.1
RETRY_DELAY: Final = 60.0

OnBlocked = Callable[[int], Awaitable[None]]
Shown = Callable[[int, int], Awaitable[None]]  # (chat id, message id) of a reminder sent


async def _nothing(_chat_id: int, _message_id: int) -> None:
    """No keyboard bookkeeping (tests that drive the job alone)."""


class ReminderCb(CallbackData, prefix="m"):
    """A reminder's buttons: go (continue), off / on (reminders), with the draft's token."""

    action: str
    draft: str


def claimant() -> str:
    """Who claims a reminder: this host and process (stored with the claim)."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class ReminderMessage:
    """A reminder as Telegram shows it."""

    text: str
    markup: InlineKeyboardMarkup


class ReminderJob:
    """Finds the reminders due, claims each once, sends it in the respondent's language."""

    def __init__(
        self,
        bot: Bot,
        store: ReminderStore,
        policy: ReminderPolicy,
        questionnaire: Questionnaire,
        translate: Translator,
        default_zone: str,
        on_blocked: OnBlocked,
        clock: Callable[[], datetime],
        busy: Callable[[int], bool] = lambda _user: False,
        claimed_by: str | None = None,
        pause: Callable[[float], Awaitable[None]] = asyncio.sleep,
        shown: Shown = _nothing,
        on_sent: Callable[[], None] = lambda: None,
    ) -> None:
        self._bot = bot
        self._store = store
        self.policy = policy
        self._q = questionnaire
        self._t = translate
        self._zone = default_zone
        self._on_blocked = on_blocked
        self._clock = clock
        self._busy = busy
        self._claimant = claimed_by or claimant()
        self._pause = pause
        self._shown = shown
        self._on_sent = on_sent

    def message(self, draft: DraftForReminder) -> ReminderMessage:
        """The reminder of one draft: how far they got, Continue and No more reminders."""
        lang = str(draft.state.get("lang") or DEFAULT_LANGUAGE)
        token = str(draft.state.get("draft") or "")
        answers = draft.state.get("answers") or {}
        done = progress(self._q, answers if isinstance(answers, dict) else {})
        args: dict[str, str | int] = {
            "answered": done.answered,
            "left": done.sections_left,
            "sections": done.sections,
        }
        buttons = [
            [
                InlineKeyboardButton(
                    text=self._t(lang, "button-reminder-continue"),
                    callback_data=ReminderCb(action="go", draft=token).pack(),
                )
            ],
            [
                InlineKeyboardButton(
                    text=self._t(lang, "button-reminder-stop"),
                    callback_data=ReminderCb(action="off", draft=token).pack(),
                )
            ],
        ]
        text = esc(self._t(lang, "reminder-text", args))
        return ReminderMessage(text, InlineKeyboardMarkup(inline_keyboard=buttons))

    async def run_once(self) -> int:
        """One pass: send the reminders due now; how many were sent."""
        if not self.policy.enabled:
            return 0
        now = self._clock()
        idle_since = now - self.policy.after
        sent = 0
        for draft in await self._store.idle_drafts(idle_since, self.policy.max_count):
            if sent >= PER_PASS:
                break
            zone = respondent_zone(draft.state.get("answers") or {}, self._zone)
            number = reminder_due(self.policy, _activity(draft), now, zone)
            if number is None or self._busy(draft.respondent_id):
                continue
            if sent:
                await self._pause(PACE)
            claim = await self._store.claim(draft, number, now, self._claimant, idle_since)
            if claim is None:
                continue  # another process has it, or the respondent came back meanwhile
            if await self._deliver(claim, draft) is Delivery.SENT:
                sent += 1
        return sent

    async def send_now(self, submission_id: uuid.UUID) -> Delivery:
        """A reminder staff asked for ("Send a reminder now"): opt-outs and blocks still hold."""
        draft = await self._store.draft(submission_id)
        if draft is None:
            return Delivery.NOT_A_DRAFT
        if draft.blocked:
            return Delivery.BLOCKED
        if draft.opted_out:
            return Delivery.OPTED_OUT
        now = self._clock()
        quiet_since = now - self.policy.after
        claim = await self._store.claim(draft, None, now, self._claimant, quiet_since=quiet_since)
        if claim is None:
            history = await self._store.history([submission_id])
            if any(
                r.claimed_at > quiet_since and r.outcome in ("claimed", "sent")
                for r in history.get(submission_id, [])
            ):
                return Delivery.TOO_SOON
            # Changed since it was read: submitted, erased, opted out or blocked meanwhile.
            return Delivery.NOT_A_DRAFT
        return await self._deliver(claim, draft)

    async def _deliver(self, claim: int, draft: DraftForReminder) -> Delivery:
        message = self.message(draft)
        try:
            sent = await self._bot.send_message(
                chat_id=draft.chat_id, text=message.text, reply_markup=message.markup
            )
        except TelegramForbiddenError:
            log.info("reminder: the chat blocked the bot", extra={"chat": draft.chat_id})
            await self._store.record(claim, Delivery.BLOCKED, self._clock())
            await self._on_blocked(draft.chat_id)
            return Delivery.BLOCKED
        except TelegramBadRequest as error:
            log.warning("reminder refused: %s", error.message, extra={"chat": draft.chat_id})
            await self._store.record(claim, Delivery.FAILED, self._clock())
            return Delivery.FAILED
        except (TelegramNetworkError, TelegramServerError) as error:
            # Probably not delivered: give the claim back so that a later pass tries again.
            log.warning("reminder not sent (%s); will retry", error, extra={"chat": draft.chat_id})
            await self._store.release(claim)
            return Delivery.FAILED
        await self._store.record(claim, Delivery.SENT, self._clock())
        self._on_sent()
        # Only the newest message keeps buttons: the question above loses its own.
        await self._shown(draft.chat_id, sent.message_id)
        return Delivery.SENT

    async def loop(self, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        """Pass after pass until cancelled; a failing pass (database down) is retried later."""
        while True:
            try:
                count = await self.run_once()
                if count:
                    log.info("reminders sent: %d", count)
                delay = INTERVAL
            except Exception:
                log.exception("reminders: the pass failed; trying again shortly")
                delay = RETRY_DELAY
            # As storage.db.raise_if_cancelled: the database driver may have swallowed a
            # cancellation during the pass, and this loop must still stop.
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise asyncio.CancelledError
            await sleep(delay)


def _activity(draft: DraftForReminder) -> DraftActivity:
    return DraftActivity(draft.updated_at, draft.sent, draft.last_reminder_at)
