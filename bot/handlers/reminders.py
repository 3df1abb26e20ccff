"""Reminders in the chat: /reminders shows and switches them; a reminder's two buttons."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)

from bot.context import BotContext, answer_query
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
    data = ReminderCb(action=action, draft="").pack()
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
    message = query.message
    if not isinstance(message, Message):  # too old for Telegram to send it back
        await answer_query(query, None)
        return
    user, chat = query.from_user, message.chat
    if callback_data.action in ("on", "off"):
        await answer_query(query, None)
        # Setting a value rather than toggling it: a second press or delivery changes nothing.
        found = await reminder_store.preference(user.id, callback_data.action == "on")
        if found is None:
            key, lang = "reminders-unknown", intake.language_of(user)
        else:
            enabled, stored = found
            key = "reminders-on" if enabled else "reminders-off"
            lang = _language(intake, user, stored)
        notice = intake.render.notice(intake.translate(lang, key))
        await intake.sender.deliver(bot, chat.id, [notice])
    elif (
        callback_data.action == "go"
        and await reminder_store.draft_token(user.id) == callback_data.draft
    ):
        # Pressed on the reminder, which this handler tidies below (as for any button).
        pressed = message.message_id
        await intake.run(bot, user, chat, ev.Start(), event_update.update_id, pressed, query)
    else:
        # The questionnaire was submitted or erased since (or the data is forged): a short
        # note on the button, as for any old button, rather than starting a new one.
        stale = intake.translate(intake.language_of(user), "toast-stale")
        await answer_query(query, stale)
    if message.reply_markup is not None:
        await intake.sender.clear_buttons(bot, chat.id, message.message_id)


def router() -> Router:
    """A new router with this module's handlers (routers attach to one parent only)."""
    r = Router(name="reminders")
    r.message.register(reminders_command, Command("reminders"))
    r.callback_query.register(reminder_button, ReminderCb.filter())
    return r
