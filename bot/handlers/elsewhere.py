"""Everything outside a private chat, and edited messages: explained once, never processed.

`fallback` comes last of all routers: a button press nothing else took (from a group, an
inline message, forged) is still answered, so that the client's spinner stops.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, Update

from bot.context import BotContext, answer_query
from bot.filters import on_loop
from dialogs import events as ev


async def added_to_group(event: ChatMemberUpdated, bot: Bot, intake: BotContext) -> None:
    """Someone added the bot to a group or channel: say once that it works in private only."""
    text = intake.translate(intake.language_of(event.from_user), "bot-private-only")
    await intake.sender.deliver(bot, event.chat.id, [intake.render.notice(text)])


async def command_in_group(message: Message, bot: Bot, intake: BotContext) -> None:
    """Asked directly in a group: point to the private chat."""
    text = intake.translate(intake.language_of(message.from_user), "bot-private-only")
    await intake.sender.deliver(bot, message.chat.id, [intake.render.notice(text)])


async def edited(message: Message, bot: Bot, intake: BotContext, event_update: Update) -> None:
    """Edits do not change answers: say how to change one, and repeat the question."""
    assert message.from_user is not None
    action = ev.Refused("bot-edited-message")
    await intake.run(bot, message.from_user, message.chat, action, event_update.update_id)


def router() -> Router:
    """A new router with this module's handlers (routers attach to one parent only)."""
    r = Router(name="elsewhere")
    r.my_chat_member.register(
        added_to_group,
        on_loop(F.chat.type != "private"),
        on_loop(F.new_chat_member.status.in_({"member", "administrator"})),
    )
    r.message.register(
        command_in_group, on_loop(F.chat.type != "private"), Command("start", "help")
    )
    r.edited_message.register(edited, on_loop(F.chat.type == "private"))
    return r


async def unanswered_press(query: CallbackQuery, intake: BotContext) -> None:
    """A press no handler took: a short note on it, nothing else."""
    lang = intake.language_of(query.from_user)
    await answer_query(query, intake.translate(lang, "toast-stale"))


def fallback() -> Router:
    """A new router answering every button press left unhandled; include it last."""
    r = Router(name="fallback")
    r.callback_query.register(unanswered_press)
    return r
