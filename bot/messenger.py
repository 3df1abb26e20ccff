"""What the staff workspace asks the bot to tell a respondent: a reminder now, an outcome.

Implements the workspace's RespondentMessenger (True: the message went): `send_reminder` for
"Send a reminder now" and `notify_outcome` when staff mark a submission selected or not
selected. The staff note is shown verbatim: escaped, never interpreted as markup.
"""

from __future__ import annotations

import logging
import uuid
from typing import Final

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError

from bot.reminders import OnBlocked, ReminderJob
from bot.telegram_render import esc
from dialogs.i18n import DEFAULT_LANGUAGE, Translator
from dialogs.reminder_ports import Delivery, ReminderStore
from dialogs.service import TITLE_QUESTION

log = logging.getLogger(__name__)

OUTCOME_KEYS: Final = {"selected": "outcome-selected", "not_selected": "outcome-not-selected"}
NOTE_LIMIT: Final = 3000  # a note longer than this is cut, to stay within one message


class TelegramRespondentMessenger:
    """Sends staff-initiated messages to respondents over the bot."""

    def __init__(
        self,
        bot: Bot,
        store: ReminderStore,
        reminders: ReminderJob,
        translate: Translator,
        on_blocked: OnBlocked,
    ) -> None:
        self._bot = bot
        self._store = store
        self._reminders = reminders
        self._t = translate
        self._on_blocked = on_blocked

    async def send_reminder(self, submission_id: uuid.UUID) -> bool:
        """Remind the respondent of this draft now (not if they opted out or blocked the bot)."""
        return await self._reminders.send_now(submission_id) is Delivery.SENT

    def outcome_text(
        self, lang: str, status: str, reference: str, title: str, note: str | None
    ) -> str:
        """The message for one outcome, in HTML with everything from people escaped."""
        args: dict[str, str | int] = {"reference": reference, "title": title}
        text = esc(self._t(lang, OUTCOME_KEYS[status], args))
        note = (note or "").strip()
        if note:
            text += f"\n\n<b>{esc(self._t(lang, 'outcome-note'))}</b>\n{esc(note[:NOTE_LIMIT])}"
        return text

    async def notify_outcome(
        self, submission_id: uuid.UUID, status: str, note: str | None = None
    ) -> bool:
        """Tell the respondent their submission was selected or not, with staff's note."""
        return await self.deliver_outcome(submission_id, status, note) is Delivery.SENT

    async def deliver_outcome(
        self, submission_id: uuid.UUID, status: str, note: str | None = None
    ) -> Delivery:
        """As `notify_outcome`, saying why a message did not go."""
        if status not in OUTCOME_KEYS:
            raise ValueError(f"no message for the status {status!r}")
        target = await self._store.outcome_target(submission_id, TITLE_QUESTION)
        if target is None:
            return Delivery.GONE
        if target.blocked:
            return Delivery.BLOCKED
        lang = target.lang or DEFAULT_LANGUAGE
        title = target.title or self._t(lang, "status-untitled")
        reference = target.reference or self._t(lang, "status-no-reference")
        text = self.outcome_text(lang, status, reference, title, note)
        try:
            await self._bot.send_message(chat_id=target.chat_id, text=text)
        except TelegramForbiddenError:
            await self._on_blocked(target.chat_id)
            return Delivery.BLOCKED
        except TelegramAPIError as error:
            log.warning("outcome notice not sent: %s", error, extra={"chat": target.chat_id})
            return Delivery.FAILED
        return Delivery.SENT
