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
    """Continue (back to the question where they stopped), or reminders off / on."""
    with suppress(TelegramBadRequest):  # answered already, or expired: nothing to show
        await query.answer()
    message = query.message
    if not isinstance(message, Message):
        return
    chat_id = message.chat.id
    if message.reply_markup is not None:
        await intake.sender.clear_buttons(bot, chat_id, message.message_id)
    if callback_data.a == "go":
        # The reminded questionnaire only: once submitted or erased, the button says it is stale
        # (and, without an open draft, that there is none) rather than starting a new one.
        current = await reminder_store.draft_token(query.from_user.id)
        action: ev.Event = (
            ev.Start() if current == callback_data.d else ev.Refused("error-stale-button")
        )
        await intake.run(bot, query.from_user, message.chat, action, event_update.update_id)
        return
    if callback_data.a not in ("on", "off"):  # forged, or from a later version
        stale = ev.Refused("error-stale-button")
        await intake.run(bot, query.from_user, message.chat, stale, event_update.update_id)
        return
    # Setting a value rather than toggling it: a second press or delivery changes nothing.
    found = await reminder_store.preference(query.from_user.id, callback_data.a == "on")
    if found is None:
        key, lang = "reminders-unknown", intake.language_of(query.from_user)
    else:
        enabled, stored = found
        key, lang = ("reminders-on" if enabled else "reminders-off"), stored
        lang = _language(intake, query.from_user, stored)
    notice = intake.render.notice(intake.translate(lang, key))
    await intake.sender.deliver(bot, chat_id, [notice])


def router() -> Router:
    """A new router with this module's handlers (routers attach to one parent only)."""
    r = Router(name="reminders")
    r.message.register(reminders_command, Command("reminders"))
    r.callback_query.register(reminder_button, ReminderCb.filter())
    return r
