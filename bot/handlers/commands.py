"""Slash commands of respondents: each maps onto one service action."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message, Update

from bot.context import BotContext
from dialogs import events as ev
from dialogs import service as svc

SIMPLE: dict[str, svc.Action] = {
    "resume": ev.Start(),
    "back": ev.Back(),
    "skip": ev.Skip(),
    "review": ev.Review(),
    "help": ev.Help(),
    "cancel": svc.Pause(),
    "status": svc.Status(),
    "delete": svc.Erase(),
}


async def start(
    message: Message, command: CommandObject, bot: Bot, intake: BotContext, event_update: Update
) -> None:
    """Begins or resumes; a deep-link payload (t.me/bot?start=bologna) is kept as the source."""
    assert message.from_user is not None
    action = svc.Begin(source=command.args)
    await intake.run(bot, message.from_user, message.chat, action, event_update.update_id)


async def simple(
    message: Message, command: CommandObject, bot: Bot, intake: BotContext, event_update: Update
) -> None:
    """Resume, back, skip, review, help, cancel, status and delete."""
    assert message.from_user is not None
    action = SIMPLE[command.command.lower()]
    await intake.run(bot, message.from_user, message.chat, action, event_update.update_id)


async def language(message: Message, bot: Bot, intake: BotContext) -> None:
    """Offers the four languages; the choice keeps every answer."""
    menu = intake.render.language_menu()
    await intake.sender.deliver(bot, message.chat.id, [menu])


def router() -> Router:
    """A new router with this module's handlers (routers attach to one parent only)."""
    r = Router(name="commands")
    r.message.register(start, CommandStart())
    r.message.register(simple, Command(*SIMPLE))
    r.message.register(language, Command("language"))
    return r
