"""What handlers need, built once at start-up and handed to them by the dispatcher."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass, field

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, Chat, User

from bot import methods
from bot.observe import NullObserver, Observer
from bot.polling import REPLAYED
from bot.sender import Sender
from bot.telegram_render import TelegramRenderer
from dialogs import service as svc
from dialogs.i18n import Translator, normalize_language
from dialogs.ports import ErasedMail

MAX_FILE_BYTES = 20 * 1024 * 1024  # the Bot API cannot download larger files


@dataclass(frozen=True)
class BotContext:
    """The intake service plus the Telegram rendering and sending around it."""

    service: svc.IntakeService
    render: TelegramRenderer
    translate: Translator
    sender: Sender
    admin_ids: frozenset[int]
    on_submitted: Callable[[], None] = lambda: None
    on_erased: Callable[[ErasedMail], Awaitable[None]] | None = None  # copies outside the DB
    observer: Observer = field(default_factory=NullObserver)

    async def run(
        self,
        bot: Bot,
        user: User,
        chat: Chat,
        action: svc.Action,
        update_id: int | None,
        edit_message_id: int | None = None,
        query: CallbackQuery | None = None,
    ) -> svc.Reply:
        """Hand one action to the service, then show its reply (a pressed button: its note)."""
        contact = svc.Contact(user.id, chat.id, user.language_code)
        reply = await self.service.handle(contact, action, update_id=update_id)
        if reply.duplicate and REPLAYED.get():
            # Applied before the process stopped, maybe without its reply: show where the
            # respondent stands now, so that nobody is left waiting for an answer.
            reply = await self.service.handle(contact, svc.Show())
        if reply.started:
            self.observer.questionnaire_started()
        if reply.submitted:
            self.observer.questionnaire_submitted()
            self.on_submitted()
        if reply.erased_mail is not None and self.on_erased is not None:
            await self.on_erased(reply.erased_mail)
        if query is not None:
            await answer_query(query, None if reply.duplicate else self.render.toast(reply))
        if not reply.duplicate:
            messages = self.render.render(reply, pressed=query is not None)
            await self.sender.deliver(bot, chat.id, messages, edit_message_id)
        return reply

    def language_of(self, user: User | None) -> str:
        """The user's Telegram language when supported, else English (for transport notices)."""
        return normalize_language(user.language_code if user else None) or "en"


async def answer_query(query: CallbackQuery, text: str | None) -> None:
    """Stop the button's spinner, with a short note if there is one."""
    # Answered already (a redelivered update) or expired: the user sees no difference.
    bot = query.bot
    assert bot is not None  # an update fed to the dispatcher carries its bot
    with suppress(TelegramBadRequest):
        await bot(methods.answer_query(query.id, text))
