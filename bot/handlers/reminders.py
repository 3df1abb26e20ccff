"""Reminders in the chat: /reminders shows and switches them; a reminder's two buttons."""

from __future__ import annotations

from contextlib import suppress

from aiogram import Bot, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)

from bot.context import BotContext
from bot.reminders import ReminderCb
from bot.telegram_render import OutMessage
from dialogs import events as ev
from dialogs.reminder_ports import ReminderStore


def _language(intake: BotContext, user: User, stored: str) -> str:
    return stored or intake.language_of(user)


def _status(intake: BotContext, lang: str, enabled: bool) -> OutMessage:
    """Whether reminders are on, with the button that switches them."""
    t = intake.translate
    key, button, action = (
        ("reminders-status-on", "button-reminders-off", "off")
        if enabled
        else ("reminders-status-off", "button-reminders-on", "on")
    )
    data = ReminderCb(a=action, d="").pack()
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t(lang, button), callback_data=data)]]
    )
    return OutMessage(intake.render.notice(t(lang, key)).text, markup)


async def reminders_command(
    message: Message, bot: Bot, intake: BotContext, reminder_store: ReminderStore
) -> None:
    """Says whether reminders are on, with a button to switch them."""
    assert message.from_user is not None
    found = await reminder_store.preference(message.from_user.id)
    if found is None:
        lang = intake.language_of(message.from_user)
        notice = intake.render.notice(intake.translate(lang, "reminders-unknown"))
        await intake.sender.deliver(bot, message.chat.id, [notice])
        return
    enabled, stored = found
    lang = _language(intake, message.from_user, stored)
    await intake.sender.deliver(bot, message.chat.id, [_status(intake, lang, enabled)])


async def reminder_button(
    query: CallbackQuery,
    callback_data: ReminderCb,
    bot: Bot,
    intake: BotContext,
    reminder_store: ReminderStore,
    event_update: Update,
) -> None:
    """Continue (back to the question where they stopped), or reminders off / on; then the
    reminder loses its buttons, so that it is not pressed again."""
    with suppress(TelegramBadRequest):  # answered already, or expired: nothing to show
        await query.answer()
    message = query.message
    if not isinstance(message, Message):
        return
    user, update_id = query.from_user, event_update.update_id
    await _apply(user, message, callback_data, bot, intake, reminder_store, update_id)
    if message.reply_markup is not None:
        await intake.sender.clear_buttons(bot, message.chat.id, message.message_id)


async def _apply(
    user: User,
    message: Message,
    callback_data: ReminderCb,
    bot: Bot,
    intake: BotContext,
    reminder_store: ReminderStore,
    update_id: int,
) -> None:
    if callback_data.a in ("on", "off"):
        # Setting a value rather than toggling it: a second press or delivery changes nothing.
        found = await reminder_store.preference(user.id, callback_data.a == "on")
        if found is None:
            key, lang = "reminders-unknown", intake.language_of(user)
        else:
            enabled, stored = found
            key = "reminders-on" if enabled else "reminders-off"
            lang = _language(intake, user, stored)
        notice = intake.render.notice(intake.translate(lang, key))
        await intake.sender.deliver(bot, message.chat.id, [notice])
        return
    # Continue the reminded questionnaire only: once it was submitted or erased, the button is
    # stale (and, without an open draft, the bot says there is none) rather than starting anew.
    # Other actions were forged, or come from a later version: stale too.
    current = await reminder_store.draft_token(user.id)
    fresh = callback_data.a == "go" and current == callback_data.d
    action: ev.Event = ev.Start() if fresh else ev.Refused("error-stale-button")
    await intake.run(bot, user, message.chat, action, update_id)


def router() -> Router:
    """A new router with this module's handlers (routers attach to one parent only)."""
    r = Router(name="reminders")
    r.message.register(reminders_command, Command("reminders"))
    r.callback_query.register(reminder_button, ReminderCb.filter())
    return r
